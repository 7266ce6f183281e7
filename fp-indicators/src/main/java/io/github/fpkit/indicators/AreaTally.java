package io.github.fpkit.indicators;

import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The counts behind every indicator of one area and period: births by sex, order, policy
 * and mother's age group, deaths, women by marital status and parity, woman-days lived in
 * each age group, users by method, procedures, pregnancies, checks, households, and the
 * average population. A mergeable accumulator: {@link #empty()} is the identity of
 * {@link #merge(AreaTally)}, which is associative and commutative and adds counts, so
 * the tally of a township is the merge of the tallies of its villages — rates are never
 * averaged.
 *
 * <pre>{@code
 * Map<AreaCode, AreaTally> villages = accumulator.tallies(AreaLevel.VILLAGE);
 * AreaTally county = villages.values().stream().reduce(AreaTally.empty(), AreaTally::merge);
 * county.count(Indicator.LIVE_BIRTHS);           // a long
 * county.rate(Indicator.CPR).get().value();      // OptionalDouble, empty if no married WRA
 * county.totalFertilityRate().interval(0.90);    // Optional<ConfidenceInterval>
 * }</pre>
 *
 * <p>Woman-days are kept as whole days and divided by 365.25 only when a rate is asked
 * for, and the population is an exact decimal, so merging in any order gives bit-identical
 * results. The population of a merge is the sum of the populations that are known
 * (the identity of the algebra); the roll-up of {@link IndicatorAccumulator#tallies(AreaLevel)}
 * is stricter: an area without its own population row has a population only if all its
 * children have one, else CBR, CDR and NIR have no rate. Obtain tallies from an
 * {@link IndicatorAccumulator}. Immutable and thread-safe.
 */
public final class AreaTally {
    static final double DAYS_PER_YEAR = 365.25;

    private static final AreaTally EMPTY = new AreaTally(new long[Counter.SIZE], null);

    private final long[] counts;
    private final BigDecimal population;

    private AreaTally(long[] counts, BigDecimal population) {
        this.counts = counts;
        this.population = population;
    }

    /**
     * @param counts one value per {@link Counter}, copied
     * @param population the average population, null if unknown
     */
    static AreaTally of(long[] counts, BigDecimal population) {
        if (counts.length != Counter.SIZE) {
            throw new IllegalArgumentException("bug: expected " + Counter.SIZE + " counts, got " + counts.length);
        }
        return new AreaTally(counts.clone(), population == null ? null : normalised(population));
    }

    /** @return the tally of no record, the identity of {@link #merge(AreaTally)} */
    public static AreaTally empty() {
        return EMPTY;
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
        long[] sum = new long[Counter.SIZE];
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
     * @param indicator a count indicator ({@link Indicator#isCount()}), not null
     * @return the count
     * @throws IllegalArgumentException if the indicator is not a count
     */
    public long count(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        if (!indicator.isCount()) {
            throw new IllegalArgumentException("indicator " + indicator + " is not a count");
        }
        return get(Counter.valueOf(indicator.name()));
    }

    /**
     * The rate of an indicator, with its numerator and denominator.
     *
     * @param indicator a rate indicator (not a count, not TFR), not null
     * @return the rate; empty only for CBR, CDR and NIR when the population is unknown
     * @throws IllegalArgumentException if the indicator is a count or TFR
     */
    public Optional<Rate> rate(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        switch (indicator) {
            case CBR:
                return perPopulation(indicator, get(Counter.LIVE_BIRTHS));
            case CDR:
                return perPopulation(indicator, get(Counter.DEATHS));
            case NIR:
                return perPopulation(indicator, get(Counter.LIVE_BIRTHS) - get(Counter.DEATHS));
            case SRB:
                return rate(indicator, get(Counter.MALE_BIRTHS), get(Counter.FEMALE_BIRTHS));
            case POLICY_BIRTH_RATE:
                return rate(indicator, get(Counter.POLICY_IN_BIRTHS), get(Counter.LIVE_BIRTHS));
            case HIGHER_ORDER_BIRTH_SHARE:
                return rate(indicator, get(Counter.BIRTHS_ORDER_3P), get(Counter.LIVE_BIRTHS));
            case GFR: {
                long births = 0;
                long days = 0;
                for (AgeGroup g : AgeGroup.values()) {
                    births += get(Counter.births(g));
                    days += get(Counter.days(g));
                }
                return Optional.of(Rate.of(indicator, births, days / DAYS_PER_YEAR));
            }
            case CPR:
                return rate(indicator, users(false), get(Counter.MARRIED_WRA));
            case MCPR:
                return rate(indicator, users(false) - get(Counter.USERS_TRADITIONAL), get(Counter.MARRIED_WRA));
            case LONG_ACTING_SHARE:
                return rate(indicator, users(true), users(false));
            case UNPLANNED_PREGNANCY_SHARE:
                return rate(indicator, get(Counter.PREGNANCIES_UNPLANNED), get(Counter.PREGNANCIES_PLANNED_KNOWN));
            case HEALTH_CHECK_COVERAGE:
                return rate(indicator, get(Counter.CHECKED_MARRIED_WRA), get(Counter.MARRIED_WRA));
            default:
                break;
        }
        if (indicator.family() == IndicatorFamily.FERTILITY && indicator != Indicator.TFR) {
            AgeGroup group = AgeGroup.valueOf("AGE_" + indicator.name().substring("ASFR_".length()));
            return Optional.of(Rate.of(indicator, get(Counter.births(group)), get(Counter.days(group)) / DAYS_PER_YEAR));
        }
        throw new IllegalArgumentException("indicator " + indicator + " is not a rate");
    }

    /** @return the total fertility rate from the seven age-specific rates */
    public TotalFertilityRate totalFertilityRate() {
        List<Rate> rates = new ArrayList<>(AgeGroup.values().length);
        for (AgeGroup g : AgeGroup.values()) {
            rates.add(rate(Indicator.asfr(g)).orElseThrow());
        }
        return TotalFertilityRate.of(rates);
    }

    /**
     * The result record of one indicator of this tally: for a count, numerator and value
     * are the count; for a rate, numerator, denominator, value and interval (value and
     * interval empty when undefined; for CBR, CDR and NIR with unknown population, only
     * the numerator); for TFR, value and interval only.
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
        ConfidenceLevel.check(confidenceLevel);
        IndicatorResult.Builder b = IndicatorResult.builder();
        b.area(area).areaName(areaName).period(period).indicator(indicator);
        if (indicator.isCount()) {
            long n = count(indicator);
            b.numerator(n).value(n);
        } else if (indicator == Indicator.TFR) {
            TotalFertilityRate tfr = totalFertilityRate();
            tfr.value().ifPresent(b::value);
            tfr.interval(confidenceLevel).ifPresent(ci -> b.ciLow(ci.low()).ciHigh(ci.high()));
        } else {
            Optional<Rate> rate = rate(indicator);
            if (rate.isPresent()) {
                Rate r = rate.get();
                b.numerator(r.numerator()).denominator(r.denominator());
                r.value().ifPresent(b::value);
                r.interval(confidenceLevel).ifPresent(ci -> b.ciLow(ci.low()).ciHigh(ci.high()));
            } else {
                b.numerator(indicator == Indicator.CDR ? get(Counter.DEATHS)
                        : indicator == Indicator.NIR ? get(Counter.LIVE_BIRTHS) - get(Counter.DEATHS)
                        : get(Counter.LIVE_BIRTHS));
            }
        }
        return b.build();
    }

    long get(Counter counter) {
        return counts[counter.ordinal()];
    }

    private long users(boolean longActingOnly) {
        long n = 0;
        for (ContraceptiveMethod m : ContraceptiveMethod.values()) {
            if (!longActingOnly || m.isLongActing()) {
                n += get(Counter.users(m));
            }
        }
        return n;
    }

    private Optional<Rate> perPopulation(Indicator indicator, long numerator) {
        return population().map(p -> Rate.of(indicator, numerator, p.doubleValue()));
    }

    private static Optional<Rate> rate(Indicator indicator, long numerator, long denominator) {
        return Optional.of(Rate.of(indicator, numerator, denominator));
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
        for (Counter c : Counter.values()) {
            if (get(c) != 0) {
                s.append(c).append('=').append(get(c)).append(", ");
            }
        }
        return s.append("population=").append(population == null ? "unknown" : population.toPlainString()).append('}').toString();
    }
}
