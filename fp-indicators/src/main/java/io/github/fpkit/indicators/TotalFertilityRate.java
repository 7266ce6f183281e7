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
package io.github.fpkit.indicators;

import io.github.fpkit.model.AgeGroup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The total fertility rate 总和生育率: 5 × Σ ASFR / 1000 over the seven age groups 15–19 …
 * 45–49, in children per woman. It is a sum of rates, not a rate, so it has no numerator
 * or denominator of its own; it keeps the seven age-specific rates it is made of.
 *
 * <pre>{@code
 * TotalFertilityRate tfr = AreaTally.empty().totalFertilityRate();
 * tfr.value();    // OptionalDouble.empty: no woman-years in any age group
 * tfr.interval(); // Optional.empty
 * }</pre>
 *
 * <p>TFR is undefined when any age group has no woman-years (its ASFR is undefined).
 * The interval is the normal approximation of the indicator contract:
 * Var(TFR) = 25 · Σ births_g / exposure_g² with exposure in woman-years, and TFR ± z·√Var;
 * the lower end is truncated at 0 because a fertility rate cannot be negative.
 * Immutable and thread-safe.
 */
public final class TotalFertilityRate {
    private static final double YEARS_PER_GROUP = 5;

    private final List<Rate> ageSpecificRates;

    private TotalFertilityRate(List<Rate> ageSpecificRates) {
        this.ageSpecificRates = ageSpecificRates;
    }

    /**
     * @param ageSpecificRates the seven ASFRs, in age order ASFR_15_19 … ASFR_45_49, not null
     * @return the total fertility rate
     * @throws IllegalArgumentException if the list is not exactly the seven ASFRs in age order
     */
    public static TotalFertilityRate of(List<Rate> ageSpecificRates) {
        List<Rate> rates = List.copyOf(Objects.requireNonNull(ageSpecificRates, "ageSpecificRates"));
        AgeGroup[] groups = AgeGroup.values();
        if (rates.size() != groups.length) {
            throw new IllegalArgumentException("expected " + groups.length + " age-specific rates, got " + rates.size());
        }
        for (int g = 0; g < groups.length; g++) {
            if (rates.get(g).indicator() != Indicator.asfr(groups[g])) {
                throw new IllegalArgumentException("rate " + g + " must be " + Indicator.asfr(groups[g])
                        + ", not " + rates.get(g).indicator());
            }
        }
        return new TotalFertilityRate(rates);
    }

    /** @return the seven age-specific rates, ASFR_15_19 first; unmodifiable */
    public List<Rate> ageSpecificRates() {
        return ageSpecificRates;
    }

    /** @return true when every age group has woman-years */
    public boolean isDefined() {
        return ageSpecificRates.stream().allMatch(Rate::isDefined);
    }

    /** @return 5 × Σ ASFR / 1000 in children per woman, empty when undefined */
    public OptionalDouble value() {
        if (!isDefined()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (Rate asfr : ageSpecificRates) {
            sum += asfr.value().getAsDouble();
        }
        return OptionalDouble.of(YEARS_PER_GROUP * sum / Unit.PER_MILLE.multiplier());
    }

    /** @return the 95 % interval, see {@link #interval(double)} */
    public Optional<ConfidenceInterval> interval() {
        return interval(ConfidenceLevel.DEFAULT);
    }

    /**
     * @param level the confidence level, strictly between 0 and 1
     * @return the normal-approximation interval (class description), empty when undefined
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Optional<ConfidenceInterval> interval(double level) {
        ConfidenceLevel.check(level);
        if (!isDefined()) {
            return Optional.empty();
        }
        double variance = 0;
        for (Rate asfr : ageSpecificRates) {
            variance += asfr.numerator() / (asfr.denominator() * asfr.denominator());
        }
        return Optional.of(IntervalMethod.around(value().getAsDouble(), YEARS_PER_GROUP * YEARS_PER_GROUP * variance, level));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TotalFertilityRate && ((TotalFertilityRate) o).ageSpecificRates.equals(ageSpecificRates);
    }

    @Override
    public int hashCode() {
        return ageSpecificRates.hashCode();
    }

    /** @return for example {@code "TFR 2.7218… from [ASFR_15_19 0/65.89…, …]"} */
    @Override
    public String toString() {
        return "TFR " + (isDefined() ? Double.toString(value().getAsDouble()) : "undefined") + " from " + ageSpecificRates;
    }
}
