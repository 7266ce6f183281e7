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

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A rate, share or ratio of one indicator, kept exact as its numerator and denominator:
 * value = numerator / denominator × the unit's multiplier. The denominator may be a count,
 * an average population or a number of woman-years. A rate whose denominator is 0 is
 * <em>undefined</em>: {@link #value()} and {@link #interval()} are empty — never NaN,
 * infinity, 0 or an exception.
 *
 * <pre>{@code
 * Rate village1 = Rate.of(Indicator.CPR, 90, 140);
 * Rate village2 = Rate.of(Indicator.CPR, 100, 152);
 * Rate township = village1.plus(village2);  // 190 / 292, never an average of the two rates
 * township.value();                          // OptionalDouble[65.068…] (%)
 * township.interval();                       // Wilson score, 95 %
 * Rate.of(Indicator.SRB, 8, 0).value();      // OptionalDouble.empty: no female births
 * }</pre>
 *
 * <p>Any indicator but the counts and TFR (a sum of rates, see {@link TotalFertilityRate})
 * is a rate. The numerator is 0 or more, except for NIR (births − deaths), and a share
 * (unit %) has a numerator not above its denominator. Immutable and thread-safe.
 */
public final class Rate {
    private final Indicator indicator;
    private final long numerator;
    private final double denominator;

    private Rate(Indicator indicator, long numerator, double denominator) {
        this.indicator = indicator;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Obtains a rate.
     *
     * @param indicator the indicator, not a count, a total fertility rate or a mean age, not null
     * @param numerator the numerator, 0 or more (any value for NIR); at most the
     *        denominator for a share (unit %)
     * @param denominator the denominator, finite, 0 or more
     * @return the rate
     * @throws IllegalArgumentException if the indicator is a count, a total fertility rate (TFR,
     *         TFR_k) or a mean age (MAC, MEAN_AGE_FIRST_BIRTH), or a number is out of range
     */
    public static Rate of(Indicator indicator, long numerator, double denominator) {
        Objects.requireNonNull(indicator, "indicator");
        if (!isRate(indicator.formula().kind())) {
            throw new IllegalArgumentException("indicator " + indicator + " is not a rate");
        }
        if (!Double.isFinite(denominator) || denominator < 0) {
            throw new IllegalArgumentException("denominator of " + indicator + " must be finite and 0 or more: " + denominator);
        }
        if (numerator < 0 && indicator != Indicator.NIR) {
            throw new IllegalArgumentException("numerator of " + indicator + " must be 0 or more: " + numerator);
        }
        if (indicator.unit() == Unit.PERCENT && numerator > denominator) {
            throw new IllegalArgumentException("numerator of share " + indicator + " (" + numerator
                    + ") is above its denominator (" + denominator + ")");
        }
        return new Rate(indicator, numerator, denominator);
    }

    private static boolean isRate(Formula.Kind kind) {
        return switch (kind) {
            case RATIO, PER_POPULATION, PER_WOMAN_YEAR -> true;
            case COUNT, TOTAL_FERTILITY, MEAN_CHILDBEARING_AGE, MEAN_AGE, COUPLE_YEARS, CUMULATIVE_INCIDENCE -> false;
        };
    }

    /** @return the indicator */
    public Indicator indicator() {
        return indicator;
    }

    /** @return the numerator (a count; births − deaths for NIR) */
    public long numerator() {
        return numerator;
    }

    /** @return the denominator, finite, 0 or more */
    public double denominator() {
        return denominator;
    }

    /** @return the indicator's unit */
    public Unit unit() {
        return indicator.unit();
    }

    /** @return the unit's multiplier, 100 or 1000 */
    public double multiplier() {
        return indicator.unit().multiplier();
    }

    /** @return false when the denominator is 0 */
    public boolean isDefined() {
        return denominator > 0;
    }

    /** @return numerator / denominator × multiplier, empty when undefined */
    public OptionalDouble value() {
        return isDefined() ? OptionalDouble.of(numerator / denominator * multiplier()) : OptionalDouble.empty();
    }

    /**
     * Adds another rate of the same indicator by adding numerators and denominators.
     *
     * @param other a rate of the same indicator, not null
     * @return the sum
     * @throws IllegalArgumentException if {@code other} is of another indicator
     */
    public Rate plus(Rate other) {
        Objects.requireNonNull(other, "other");
        if (other.indicator != indicator) {
            throw new IllegalArgumentException("cannot add a rate of " + other.indicator + " to a rate of " + indicator);
        }
        return of(indicator, Math.addExact(numerator, other.numerator), denominator + other.denominator);
    }

    /** @return the 95 % interval, see {@link #interval(double)} */
    public Optional<ConfidenceInterval> interval() {
        return interval(ConfidenceLevel.DEFAULT);
    }

    /**
     * The confidence interval of the indicator contract ({@link Indicator#intervalMethod()}).
     *
     * @param level the confidence level, strictly between 0 and 1, for example 0.95
     * @return the interval in the indicator's unit; empty when the rate is undefined or the
     *         indicator has no interval (NIR)
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Optional<ConfidenceInterval> interval(double level) {
        return indicator.intervalMethod().interval(numerator, denominator, multiplier(), level);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Rate)) {
            return false;
        }
        Rate other = (Rate) o;
        return indicator == other.indicator && numerator == other.numerator
                && Double.compare(denominator, other.denominator) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, numerator, denominator);
    }

    /** @return for example {@code "CPR 190/292.0"} */
    @Override
    public String toString() {
        return indicator + " " + numerator + "/" + denominator;
    }
}
