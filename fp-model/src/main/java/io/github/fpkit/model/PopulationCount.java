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

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The population of an area over a period ({@code population.csv}, 人口): the average
 * population, or the populations on the first and last day from which it follows.
 *
 * <pre>{@code
 * PopulationCount p = PopulationCount.builder().areaCode(AreaCode.of("990101002001"))
 *     .period(ReportingPeriod.parse("2009SY")).startPopulation(511).endPopulation(552).build();
 * p.averagePopulationOrDerived(); // 531.5
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PopulationCount {
    PopulationCount() {
    }

    /** @return the area, of any level ({@code area_code}): required */
    public abstract AreaCode areaCode();

    /** @return the period the counts refer to ({@code period}): required */
    public abstract ReportingPeriod period();

    /** @return the population on the first day ({@code start_population}): optional, 0 or more; required with the end population when no average is stated */
    public abstract OptionalLong startPopulation();

    /** @return the population on the last day ({@code end_population}): optional, 0 or more; required with the start population when no average is stated */
    public abstract OptionalLong endPopulation();

    /** @return the stated average population ({@code average_population}): optional, a finite number, 0 or more; required unless both the start and the end population are stated */
    public abstract OptionalDouble averagePopulation();

    /** @return the stated average, else (start + end) / 2 */
    public double averagePopulationOrDerived() {
        if (averagePopulation().isPresent()) {
            return averagePopulation().getAsDouble();
        }
        return (startPopulation().getAsLong() + endPopulation().getAsLong()) / 2.0;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PopulationCount}. Each setter's rule is on the accessor of the same
     * name; {@code build()} throws {@link InvalidValueException} naming the field that breaks
     * one (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutablePopulationCount.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        startPopulation().ifPresent(v -> requireNonNegative("start_population", v));
        endPopulation().ifPresent(v -> requireNonNegative("end_population", v));
        averagePopulation().ifPresent(v -> {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new InvalidValueException("average_population", Double.toString(v), "must be a finite number, 0 or more");
            }
        });
        if (averagePopulation().isEmpty() && (startPopulation().isEmpty() || endPopulation().isEmpty())) {
            throw new InvalidValueException("average_population", "",
                    "one of average_population or both start_population and end_population is required");
        }
    }

    private static void requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidValueException(field, Long.toString(value), "must be 0 or more");
        }
    }
}
