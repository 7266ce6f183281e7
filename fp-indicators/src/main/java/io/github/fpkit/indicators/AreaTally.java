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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The counts behind every indicator of one area and period — one value per {@link Count}:
 * births by sex, order, policy and mother's age group, deaths, women by marital status and
 * parity, woman-days lived in each age group, users by method, procedures, pregnancies,
 * checks, households — and the average population. A plain mergeable value:
 * {@link #empty()} is the identity of {@link #merge(AreaTally)}, which is associative and
 * commutative and adds counts, so the tally of a township is the merge of the tallies of
 * its villages — rates are never averaged. Every indicator reads its value from here
 * through its {@link Indicator#formula() formula}.
 *
 * <pre>{@code
 * Map<AreaCode, AreaTally> villages = registerTally.tallies(AreaLevel.VILLAGE);
 * AreaTally county = villages.values().stream().reduce(AreaTally.empty(), AreaTally::merge);
 * county.count(Indicator.LIVE_BIRTHS);           // a long
 * county.rate(Indicator.CPR).get().value();      // OptionalDouble, empty if no married WRA
 * county.totalFertilityRate().interval(0.90);    // Optional<ConfidenceInterval>
 * byte[] wire = county.toBytes();                // the compact form, for another process
 * }</pre>
 *
 * <p>Woman-days are kept as whole days and divided by 365.25 only when a rate is asked
 * for, and the population is an exact decimal, so merging in any order gives bit-identical
 * results. The population of a merge is the sum of the populations that are known
 * (the identity of the algebra); the roll-up of {@link RegisterTally#tallies} is stricter:
 * an area without its own population row has a population only if all its children have
 * one, else CBR, CDR and NIR have no rate.
 *
 * <p>Serializable, through its compact form ({@link #toBytes()}). Immutable and thread-safe.
 */
public final class AreaTally implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Count[] COUNTS = Count.values();
    private static final AreaTally EMPTY = new AreaTally(new long[COUNTS.length], null);

    private final long[] counts;
    private final BigDecimal population;

    private AreaTally(long[] counts, BigDecimal population) {
        this.counts = counts;
        this.population = population;
    }

    /**
     * @param counts one value per {@link Count}, in its order; taken, not copied
     * @param population the average population, null if unknown
     */
    static AreaTally wrap(long[] counts, BigDecimal population) {
        if (counts.length != COUNTS.length) {
            throw new IllegalArgumentException("bug: expected " + COUNTS.length + " counts, got " + counts.length);
        }
        return new AreaTally(counts, population == null ? null : normalised(population));
    }

    /** @return the tally of no record, the identity of {@link #merge(AreaTally)} */
    public static AreaTally empty() {
        return EMPTY;
    }

    /** @return a builder of a tally, every count 0 and the population unknown */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds two tallies count by count (and their known populations).
     *
     * @param other another tally, not null
     * @return the sum; this and {@code other} are unchanged
     * @throws ArithmeticException if a count overflows a long
     */
    public AreaTally merge(AreaTally other) {
        Objects.requireNonNull(other, "other");
        long[] sum = new long[COUNTS.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = Math.addExact(counts[i], other.counts[i]);
        }
        BigDecimal pop = population == null ? other.population
                : other.population == null ? population : normalised(population.add(other.population));
        return new AreaTally(sum, pop);
    }

    /** @return the average population of the area and period, empty if unknown */
    public Optional<BigDecimal> population() {
        return Optional.ofNullable(population);
    }

    /**
     * @param averagePopulation the area's own average population (which replaces the sum
     *        of its children's), 0 or more, not null
     * @return a copy with that population
     * @throws IllegalArgumentException if the population is negative
     */
    public AreaTally withPopulation(BigDecimal averagePopulation) {
        Objects.requireNonNull(averagePopulation, "averagePopulation");
        if (averagePopulation.signum() < 0) {
            throw new IllegalArgumentException("average population must be 0 or more: " + averagePopulation);
        }
        return new AreaTally(counts, normalised(averagePopulation));
    }

    /** @return a copy whose population is unknown (an area some of whose children have no population) */
    AreaTally withoutPopulation() {
        return new AreaTally(counts, null);
    }

    /**
     * The tally with the births recorded of unknown policy filled by the policy rules: the
     * births the rules judge in ({@link Count#POLICY_FILLED_IN_BIRTHS}) moved into
     * {@link Count#POLICY_IN_BIRTHS}, which {@link Indicator#POLICY_BIRTH_RATE} then counts
     * ({@link IndicatorCalculator.Builder#fillUnknownPolicy}). Idempotent, and it commutes
     * with {@link #merge}: the fill of a merge is the merge of the fills.
     *
     * @return a copy whose POLICY_IN_BIRTHS includes the filled births and whose
     *     POLICY_FILLED_IN_BIRTHS is 0; every other count and the population unchanged
     */
    public AreaTally withUnknownPolicyFilled() {
        long[] filled = counts.clone();
        int in = Count.POLICY_IN_BIRTHS.ordinal();
        int derived = Count.POLICY_FILLED_IN_BIRTHS.ordinal();
        filled[in] = Math.addExact(filled[in], filled[derived]);
        filled[derived] = 0;
        return new AreaTally(filled, population);
    }

    /** @return true if every count is 0 and the population unknown, as in {@link #empty()} */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /**
     * @param count a count, not null
     * @return its value
     */
    public long count(Count count) {
        return counts[count.ordinal()];
    }

    /**
     * @param indicator a count indicator ({@link Indicator#isCount()}), not null
     * @return the count
     * @throws IllegalArgumentException if the indicator is not a count
     */
    public long count(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        if (!indicator.isCount()) {
            throw new IllegalArgumentException("indicator " + indicator + " is not a count");
        }
        return indicator.formula().numerator().orElseThrow().evaluate(this::count);
    }

    /**
     * The rate of an indicator, with its numerator and denominator, as its formula gives it.
     *
     * @param indicator a rate indicator (not a count, not a total fertility rate, a mean age or
     *        couple-years), not null
     * @return the rate; empty only for the indicators over the population (CBR, CDR, NIR)
     *         when the population is unknown
     * @throws IllegalArgumentException if the indicator is a count, a total fertility rate
     *         (TFR, TFR_1, TFR_2, TFR_3P), a mean age (MAC, MEAN_AGE_FIRST_BIRTH),
     *         couple-years of protection (CYP, CYP_*) or a life-table rate
     *         (DISCONT_12M*, FAILURE_12M*)
     */
    public Optional<Rate> rate(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        Formula f = indicator.formula();
        switch (f.kind()) {
            case RATIO:
                return Optional.of(Rate.of(indicator, numerator(f), f.denominator().orElseThrow().evaluate(this::count)));
            case PER_POPULATION:
                return population().map(p -> Rate.of(indicator, numerator(f), p.doubleValue()));
            case PER_WOMAN_YEAR:
                return Optional.of(Rate.of(indicator, numerator(f),
                        f.denominator().orElseThrow().evaluate(this::count) / Formula.DAYS_PER_YEAR));
            case COUNT:
            case TOTAL_FERTILITY:
            case MEAN_CHILDBEARING_AGE:
            case MEAN_AGE:
            case COUPLE_YEARS:
            case CUMULATIVE_INCIDENCE:
            default:
                throw new IllegalArgumentException("indicator " + indicator + " is not a rate");
        }
    }

    /** @return the days of a mean age over its persons, in years; empty when there is no person */
    private OptionalDouble meanAge(Formula f) {
        long persons = f.denominator().orElseThrow().evaluate(this::count);
        return persons == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(numerator(f) / (persons * Formula.DAYS_PER_YEAR));
    }

    private long numerator(Formula f) {
        return f.numerator().orElseThrow().evaluate(this::count);
    }

    /**
     * @param indicator couple-years of protection ({@link Indicator#isCoupleYears()}: CYP,
     *        CYP_PROCEDURES, CYP_DISTRIBUTIONS, CYP_&lt;METHOD&gt;), not null
     * @param factors the conversion factors, not null
     * @return the couple-years of this tally's procedures and distributions, 0 or more
     * @throws IllegalArgumentException if the indicator is not couple-years
     */
    public double coupleYears(Indicator indicator, CypFactors factors) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(factors, "factors");
        if (!indicator.isCoupleYears()) {
            throw new IllegalArgumentException("indicator " + indicator + " is not couple-years of protection");
        }
        return factors.coupleYears(indicator.formula().numerator().orElseThrow().counts(), this);
    }

    /**
     * @param indicator a life-table rate ({@link Formula.Kind#CUMULATIVE_INCIDENCE}: DISCONT_12M,
     *        FAILURE_12M and their methods), not null
     * @return its 12-month cumulative incidence over this tally's life table
     * @throws IllegalArgumentException if the indicator is not a life-table rate
     */
    public CumulativeIncidence cumulativeIncidence(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return indicator.formula().lifeTable()
                .orElseThrow(() -> new IllegalArgumentException("indicator " + indicator + " is not a life-table rate"))
                .estimate(this::count);
    }

    /** @return the total fertility rate TFR from the seven age-specific rates */
    public TotalFertilityRate totalFertilityRate() {
        return totalFertilityRate(Indicator.TFR);
    }

    /**
     * @param indicator a total fertility rate: {@link Indicator#TFR}, {@link Indicator#TFR_1},
     *        {@link Indicator#TFR_2} or {@link Indicator#TFR_3P}, not null
     * @return it, from its seven age-specific rates in this tally
     * @throws IllegalArgumentException if the indicator is not a total fertility rate
     */
    public TotalFertilityRate totalFertilityRate(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        if (indicator.formula().kind() != Formula.Kind.TOTAL_FERTILITY) {
            throw new IllegalArgumentException("indicator " + indicator + " is not a total fertility rate");
        }
        return schedule(indicator);
    }

    /** The seven age-specific rates of a total fertility rate or of the mean age at childbearing. */
    private TotalFertilityRate schedule(Indicator indicator) {
        List<Indicator> asfr = indicator.ageSpecificRates();
        List<Rate> rates = new ArrayList<>(asfr.size());
        for (Indicator i : asfr) {
            rates.add(rate(i).orElseThrow());
        }
        return TotalFertilityRate.of(rates);
    }

    /**
     * The result record of one indicator of this tally: for a count, numerator and value
     * are the count; for a rate, numerator, denominator, value and interval (value and
     * interval empty when undefined; for a rate over an unknown population, only the
     * numerator); for a total fertility rate (TFR, TFR_k), value and interval only; for a
     * mean age (MAC, MEAN_AGE_FIRST_BIRTH), the value only; for couple-years of protection,
     * the value only, with the standard factors ({@link CypFactors#standard()}); for a
     * life-table rate (DISCONT_12M*, FAILURE_12M*), value and interval
     * ({@link CumulativeIncidence}).
     *
     * @param indicator the indicator, not null
     * @param area the area this tally is of, not null
     * @param areaName the area's name, not null (may be empty)
     * @param period the period this tally is of, not null
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the result
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public IndicatorResult result(Indicator indicator, AreaCode area, Optional<String> areaName,
            ReportingPeriod period, double confidenceLevel) {
        return result(indicator, area, areaName, period, confidenceLevel, CypFactors.standard());
    }

    /**
     * The result record of one indicator of this tally, as {@link #result(Indicator, AreaCode,
     * Optional, ReportingPeriod, double)} gives it, with couple-years of protection converted
     * by the factors given. The record does not say which factors it used.
     *
     * @param indicator the indicator, not null
     * @param area the area this tally is of, not null
     * @param areaName the area's name, not null (may be empty)
     * @param period the period this tally is of, not null
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @param factors the CYP conversion factors, not null
     * @return the result
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public IndicatorResult result(Indicator indicator, AreaCode area, Optional<String> areaName,
            ReportingPeriod period, double confidenceLevel, CypFactors factors) {
        ConfidenceLevel.check(confidenceLevel);
        Objects.requireNonNull(factors, "factors");
        IndicatorResult.Builder b = IndicatorResult.builder();
        b.area(area).areaName(areaName).period(period).indicator(indicator);
        Formula f = indicator.formula();
        if (f.kind() == Formula.Kind.COUNT) {
            long n = numerator(f);
            b.numerator(n).value(n);
        } else if (f.kind() == Formula.Kind.TOTAL_FERTILITY) {
            TotalFertilityRate tfr = schedule(indicator);
            tfr.value().ifPresent(b::value);
            tfr.interval(confidenceLevel).ifPresent(b::interval);
        } else if (f.kind() == Formula.Kind.MEAN_CHILDBEARING_AGE) {
            schedule(indicator).meanAge().ifPresent(b::value);
        } else if (f.kind() == Formula.Kind.MEAN_AGE) {
            meanAge(f).ifPresent(b::value);
        } else if (f.kind() == Formula.Kind.COUPLE_YEARS) {
            b.value(coupleYears(indicator, factors));
        } else if (f.kind() == Formula.Kind.CUMULATIVE_INCIDENCE) {
            CumulativeIncidence ci = cumulativeIncidence(indicator);
            ci.value().ifPresent(b::value);
            ci.interval(confidenceLevel).ifPresent(b::interval);
        } else {
            Optional<Rate> rate = rate(indicator);
            if (rate.isPresent()) {
                Rate r = rate.get();
                b.numerator(r.numerator()).denominator(r.denominator());
                r.value().ifPresent(b::value);
                r.interval(confidenceLevel).ifPresent(b::interval);
            } else {
                b.numerator(numerator(f));
            }
        }
        return b.build();
    }

    /**
     * The compact form: the counts in {@link Count} order and the population, as
     * {@link TallyBytes} writes them (a version byte, the number of counts, each count as
     * a zig-zag variable-length long, then the population). Counts are only ever
     * appended to {@link Count}, so a form with fewer counts reads with the missing ones 0.
     *
     * @return the compact form, readable by {@link #fromBytes(byte[])}
     */
    public byte[] toBytes() {
        TallyBytes.Writer w = new TallyBytes.Writer();
        w.tally(this);
        return w.toByteArray();
    }

    /**
     * @param bytes a compact form of {@link #toBytes()}, not null
     * @return the tally
     * @throws IllegalArgumentException if the bytes are not a compact form of a tally
     */
    public static AreaTally fromBytes(byte[] bytes) {
        TallyBytes.Reader r = new TallyBytes.Reader(bytes);
        AreaTally t = r.tally();
        r.end();
        return t;
    }

    long[] counts() {
        return counts;
    }

    BigDecimal populationOrNull() {
        return population;
    }

    private Object writeReplace() {
        return new TallyBytes.SerialForm(toBytes(), false);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("an AreaTally is serialised through its compact form");
    }

    private static BigDecimal normalised(BigDecimal value) {
        // 1.0 and 1 are one population; equal tallies must be equal() whatever their merge order.
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AreaTally)) {
            return false;
        }
        AreaTally other = (AreaTally) o;
        return Arrays.equals(counts, other.counts) && Objects.equals(population, other.population);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Objects.hashCode(population);
    }

    /** @return the non-zero counts and the population, for debugging */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("AreaTally{");
        for (Count c : COUNTS) {
            if (count(c) != 0) {
                s.append(c).append('=').append(count(c)).append(", ");
            }
        }
        return s.append("population=").append(population == null ? "unknown" : population.toPlainString()).append('}').toString();
    }

    /** Builds an {@link AreaTally} count by count; not thread-safe. */
    public static final class Builder {
        private final long[] counts = new long[COUNTS.length];
        private BigDecimal population;

        private Builder() {
        }

        /**
         * @param count a count, not null
         * @param value the value to add to it
         * @return this builder
         * @throws ArithmeticException if the count overflows a long
         */
        public Builder add(Count count, long value) {
            counts[count.ordinal()] = Math.addExact(counts[count.ordinal()], value);
            return this;
        }

        /**
         * @param averagePopulation the average population, 0 or more, not null
         * @return this builder
         * @throws IllegalArgumentException if the population is negative
         */
        public Builder population(BigDecimal averagePopulation) {
            Objects.requireNonNull(averagePopulation, "averagePopulation");
            if (averagePopulation.signum() < 0) {
                throw new IllegalArgumentException("average population must be 0 or more: " + averagePopulation);
            }
            this.population = averagePopulation;
            return this;
        }

        /** @return the tally */
        public AreaTally build() {
            return wrap(counts.clone(), population);
        }
    }
}
