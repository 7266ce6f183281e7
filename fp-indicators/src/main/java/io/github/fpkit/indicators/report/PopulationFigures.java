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

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The population figures of an aggregate report (JSON {@code population}): the
 * population on the first and last day of the period, the average population, and the
 * number of households. Every figure is optional; a stated one is 0 or more.
 *
 * <pre>{@code
 * PopulationFigures p = PopulationFigures.builder().start(30120).end(30380).build();
 * p.averageOrDerived(); // Optional[30250]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PopulationFigures {
    PopulationFigures() {
    }

    /** @return the population on the first day of the period (年初人口), if stated */
    public abstract OptionalLong start();

    /** @return the population on the last day of the period (年末人口), if stated */
    public abstract OptionalLong end();

    /** @return the average population (平均人口), if stated; may have decimals, for example 30250.5 */
    public abstract Optional<BigDecimal> average();

    /** @return the number of households (户数), if stated */
    public abstract OptionalLong households();

    /**
     * The denominator of the crude rates: the stated average, else the mean of the start
     * and end populations when both are stated.
     *
     * @return the average population, exact; empty if neither is stated
     */
    public Optional<BigDecimal> averageOrDerived() {
        if (average().isPresent()) {
            return average();
        }
        if (start().isPresent() && end().isPresent()) {
            return Optional.of(BigDecimal.valueOf(start().getAsLong()).add(BigDecimal.valueOf(end().getAsLong()))
                    .divide(BigDecimal.valueOf(2)));
        }
        return Optional.empty();
    }

    /** @return true if no figure is stated */
    public boolean isEmpty() {
        return this.equals(empty());
    }

    /** @return figures stating nothing */
    public static PopulationFigures empty() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link PopulationFigures}; {@code build()} throws {@code InvalidValueException} for a negative figure. */
    public static final class Builder extends ImmutablePopulationFigures.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        CountCheck.requireNonNegative("population.start", start());
        CountCheck.requireNonNegative("population.end", end());
        CountCheck.requireNonNegative("population.average", average());
        CountCheck.requireNonNegative("population.households", households());
    }
}
