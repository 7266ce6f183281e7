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

import io.github.fpkit.model.ProcedureType;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The family-planning surgeries of the period in an aggregate report (JSON
 * {@code surgeries}, 四术: IUD insertion and removal, sterilisation, induced abortion and
 * the like): the total stated and the count by type.
 *
 * <p>As for contraceptive methods, the split by type is stated as a whole: a type not
 * listed counts as 0 when any type is listed; an empty map means no split is stated.
 * Every count is 0 or more.
 *
 * <pre>{@code
 * SurgeryCounts s = SurgeryCounts.builder().total(171)
 *     .putByType(ProcedureType.IUD_INSERTION, 112).putByType(ProcedureType.INDUCED_ABORTION, 59).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurgeryCounts {
    SurgeryCounts() {
    }

    /** @return all surgeries of the period (四术合计), if stated */
    public abstract OptionalLong total();

    /** @return surgeries by type; empty when the split is not stated */
    public abstract Map<ProcedureType, Long> byType();

    /** @return true if the split by type is stated */
    public boolean isSplitStated() {
        return !byType().isEmpty();
    }

    /**
     * @param type a procedure type, not null
     * @return the surgeries of that type, 0 if the type is not listed
     */
    public long countOf(ProcedureType type) {
        Objects.requireNonNull(type, "type");
        return byType().getOrDefault(type, 0L);
    }

    /**
     * @return the sum of the split by type, exact even where inconsistent counts add up
     *         beyond {@code Long.MAX_VALUE}; 0 if the split is not stated
     */
    public BigInteger splitTotal() {
        return byType().values().stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** @return true if nothing is stated */
    public boolean isEmpty() {
        return this.equals(empty());
    }

    /** @return counts stating nothing */
    public static SurgeryCounts empty() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SurgeryCounts}; {@code build()} throws {@code InvalidValueException} for a negative count. */
    public static final class Builder extends ImmutableSurgeryCounts.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        CountCheck.requireNonNegative("surgeries.total", total());
        CountCheck.requireNonNegative("surgeries.byType", byType());
    }
}
