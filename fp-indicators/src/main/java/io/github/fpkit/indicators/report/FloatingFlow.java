/*
 * Copyright 2026 the fpkit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.fpkit.indicators.report;

import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One direction of the floating population in an aggregate report (JSON
 * {@code floatingOut} for 流出人口, {@code floatingIn} for 流入人口): the people in total,
 * split by whether they moved within the province or across its border, and the
 * administrative work done for them — marriage-and-childbearing certificates (婚育证明)
 * held, verified and returned, and management contracts signed. Every count is optional;
 * a stated one is 0 or more. Validation errors name the field without its direction
 * (for example {@code total}); the JSON reader adds the direction.
 *
 * <pre>{@code
 * FloatingFlow out = FloatingFlow.builder().total(2150).inProvince(860).outOfProvince(1290)
 *     .certificatesHeld(1980).contractsSigned(2010).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FloatingFlow {
    FloatingFlow() {
    }

    /** @return people in this flow, if stated */
    public abstract OptionalLong total();

    /** @return of them, those who moved within the province (省内), if stated */
    public abstract OptionalLong inProvince();

    /** @return of them, those who moved across the province's border (省外), if stated */
    public abstract OptionalLong outOfProvince();

    /** @return of them, those holding a marriage-and-childbearing certificate (持证), if stated */
    public abstract OptionalLong certificatesHeld();

    /** @return of them, those whose certificate was verified (验证), if stated */
    public abstract OptionalLong certificatesVerified();

    /** @return of them, those for whom a certificate or its feedback was returned (反馈), if stated */
    public abstract OptionalLong certificatesReturned();

    /** @return of them, those who signed a family-planning management contract (签订合同), if stated */
    public abstract OptionalLong contractsSigned();

    /** @return true if nothing is stated */
    public boolean isEmpty() {
        return this.equals(empty());
    }

    /** @return a flow stating nothing */
    public static FloatingFlow empty() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FloatingFlow}; {@code build()} throws {@code InvalidValueException} for a negative count. */
    public static final class Builder extends ImmutableFloatingFlow.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        CountCheck.requireNonNegative("total", total());
        CountCheck.requireNonNegative("inProvince", inProvince());
        CountCheck.requireNonNegative("outOfProvince", outOfProvince());
        CountCheck.requireNonNegative("certificatesHeld", certificatesHeld());
        CountCheck.requireNonNegative("certificatesVerified", certificatesVerified());
        CountCheck.requireNonNegative("certificatesReturned", certificatesReturned());
        CountCheck.requireNonNegative("contractsSigned", contractsSigned());
    }
}
