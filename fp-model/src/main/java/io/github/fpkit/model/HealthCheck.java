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
package io.github.fpkit.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A health check of a woman ({@code health_checks.csv}, 查环查孕查病 / 孕前优生检查).
 *
 * <pre>{@code
 * HealthCheck c = HealthCheck.of("W1", HealthCheckKind.IUD_CHECK, LocalDate.of(2009, 4, 2));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HealthCheck {
    HealthCheck() {
    }

    /** @return the woman's {@link Woman#id()} ({@code woman_id}): required; not blank, without surrounding whitespace */
    public abstract String womanId();

    /** @return the date of the check ({@code date}): required */
    public abstract LocalDate date();

    /** @return the kind of check ({@code kind}): required */
    public abstract HealthCheckKind kind();

    /**
     * @param womanId the woman's id, not blank
     * @param kind the kind, not null
     * @param date the date, not null
     * @return the check
     */
    public static HealthCheck of(String womanId, HealthCheckKind kind, LocalDate date) {
        return builder().womanId(womanId).kind(kind).date(date).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link HealthCheck}. Each setter's rule is on the accessor of the same name;
     * {@code build()} throws {@link InvalidValueException} naming the field that breaks one
     * (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutableHealthCheck.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Records.requireId("woman_id", womanId());
    }
}
