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
 * 45–49, in children per woman — {@link Indicator#TFR} over the ASFRs of all live births,
 * or a total fertility rate by birth order ({@link Indicator#TFR_1}, {@link Indicator#TFR_2},
 * {@link Indicator#TFR_3P}) over the ASFRs of the births of that order. It is a sum of
 * rates, not a rate, so it has no numerator or denominator of its own; it keeps the seven
 * age-specific rates it is made of, and gives their mean age at childbearing too
 * ({@link #meanAge()}, the value of {@link Indicator#MAC} for TFR's rates).
 *
 * <pre>{@code
 * TotalFertilityRate tfr = AreaTally.empty().totalFertilityRate();
 * tfr.value();    // OptionalDouble.empty: no woman-years in any age group
 * tfr.interval(); // Optional.empty
 * tally.totalFertilityRate(Indicator.TFR_1).value(); // first births only
 * }</pre>
 *
 * <p>A total fertility rate is undefined when any age group has no woman-years (its ASFR
 * is undefined). TFR, TFR_1, TFR_2 and TFR_3P share this one computation, so
 * TFR_1 + TFR_2 + TFR_3P equals TFR up to the rounding of double arithmetic (their births
 * add up exactly).
 * The interval is the normal approximation of the indicator contract:
 * Var(TFR) = 25 · Σ births_g / exposure_g² with exposure in woman-years, and TFR ± z·√Var;
 * the lower end is truncated at 0 because a fertility rate cannot be negative.
 * Immutable and thread-safe.
 */
public final class TotalFertilityRate {
    private static final double YEARS_PER_GROUP = 5;

    /** The middle of each age group in years, 17.5 … 47.5: an age group of 15–19 in completed years spans 15 to 20 exactly. */
    private static final double HALF_GROUP = YEARS_PER_GROUP / 2;

    private final Indicator indicator;
    private final List<Rate> ageSpecificRates;

    private TotalFertilityRate(Indicator indicator, List<Rate> ageSpecificRates) {
        this.indicator = indicator;
        this.ageSpecificRates = ageSpecificRates;
    }

    /**
     * @param ageSpecificRates the seven ASFRs of one total fertility rate, in age order: ASFR_15_19 …
     *        ASFR_45_49 for TFR, or ASFR_1_15_19 … ASFR_1_45_49 for TFR_1 (and so on for TFR_2,
     *        TFR_3P), not null
     * @return the total fertility rate of those rates
     * @throws IllegalArgumentException if the list is not exactly the seven ASFRs of one total
     *         fertility rate in age order
     */
    public static TotalFertilityRate of(List<Rate> ageSpecificRates) {
        List<Rate> rates = List.copyOf(Objects.requireNonNull(ageSpecificRates, "ageSpecificRates"));
        int groups = AgeGroup.values().length;
        if (rates.size() != groups) {
            throw new IllegalArgumentException("expected " + groups + " age-specific rates, got " + rates.size());
        }
        Indicator first = rates.get(0).indicator();
        Indicator total = Indicator.totalFertilityOf(first).orElseThrow(() -> new IllegalArgumentException(
                "rate 0 must be the first age-specific rate of a total fertility rate, such as "
                        + Indicator.asfr(AgeGroup.AGE_15_19) + ", not " + first));
        List<Indicator> expected = total.ageSpecificRates();
        for (int g = 0; g < groups; g++) {
            if (rates.get(g).indicator() != expected.get(g)) {
                throw new IllegalArgumentException("rate " + g + " must be " + expected.get(g) + ", not " + rates.get(g).indicator());
            }
        }
        return new TotalFertilityRate(total, rates);
    }

    /** @return the indicator this is the value of: {@link Indicator#TFR}, {@link Indicator#TFR_1}, {@link Indicator#TFR_2} or {@link Indicator#TFR_3P} */
    public Indicator indicator() {
        return indicator;
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

    /**
     * The mean age at childbearing of the seven rates, each age group taken at its middle
     * (17.5, 22.5, … 47.5 years): Σ (mid-age × ASFR) / Σ ASFR. For TFR's rates it is
     * {@link Indicator#MAC}. It has no interval.
     *
     * @return the mean age in years, empty when the rates are undefined or all 0
     */
    public OptionalDouble meanAge() {
        if (!isDefined()) {
            return OptionalDouble.empty();
        }
        double weighted = 0;
        double sum = 0;
        for (AgeGroup g : AgeGroup.values()) {
            double asfr = ageSpecificRates.get(g.ordinal()).value().getAsDouble();
            weighted += (g.lower() + HALF_GROUP) * asfr;
            sum += asfr;
        }
        return sum > 0 ? OptionalDouble.of(weighted / sum) : OptionalDouble.empty();
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
        // the rates name their indicators, which name the total
        return o instanceof TotalFertilityRate && ((TotalFertilityRate) o).ageSpecificRates.equals(ageSpecificRates);
    }

    @Override
    public int hashCode() {
        return ageSpecificRates.hashCode();
    }

    /** @return for example {@code "TFR 2.7218… from [ASFR_15_19 0/65.89…, …]"} */
    @Override
    public String toString() {
        return indicator + " " + (isDefined() ? Double.toString(value().getAsDouble()) : "undefined") + " from " + ageSpecificRates;
    }
}
