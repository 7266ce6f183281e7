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

import java.util.Optional;

/**
 * How the confidence interval of an indicator is computed, as the indicator contract
 * specifies (docs/INDICATORS.md, "Confidence intervals", gives the formulas with worked examples); each indicator declares its method
 * ({@link Indicator#intervalMethod()}), and each method carries its algorithm.
 *
 * <pre>{@code
 * Indicator.CPR.intervalMethod(); // WILSON_SCORE
 * Indicator.CBR.intervalMethod(); // EXACT_POISSON
 * IntervalMethod.WILSON_SCORE.interval(190, 292, 100, 0.95); // [59.44, 70.31] (95%)
 * }</pre>
 */
public enum IntervalMethod {
    /** No interval: counts, and NIR (a difference of two counts over a population). */
    NONE {
        @Override
        public Optional<ConfidenceInterval> interval(long numerator, double denominator, double multiplier, double level) {
            ConfidenceLevel.check(level);
            return Optional.empty();
        }
    },
    /** Wilson score interval for a proportion, scaled to the unit: the shares and prevalences (%). */
    WILSON_SCORE {
        @Override
        public Optional<ConfidenceInterval> interval(long numerator, double denominator, double multiplier, double level) {
            ConfidenceLevel.check(level);
            if (!(denominator > 0)) {
                return Optional.empty();
            }
            double[] p = WilsonScore.proportion(numerator, denominator, level);
            return Optional.of(ConfidenceInterval.of(p[0] * multiplier, p[1] * multiplier, level));
        }
    },
    /**
     * Wilson score interval for the male proportion p = males / (males + females), where
     * males is the numerator and females the denominator, mapped through 100·p/(1−p): the
     * sex ratio at birth.
     */
    SEX_RATIO_WILSON {
        @Override
        public Optional<ConfidenceInterval> interval(long numerator, double denominator, double multiplier, double level) {
            ConfidenceLevel.check(level);
            if (!(denominator > 0)) {
                return Optional.empty();
            }
            double[] p = WilsonScore.proportion(numerator, numerator + denominator, level);
            // At levels near 0 both ends meet at the value, which p / (1 - p) can miss by a rounding step
            // (13 males, 12 females: 108.33333333333334 for 108.33333333333333); the interval keeps it.
            double value = numerator / denominator * multiplier;
            return Optional.of(ConfidenceInterval.of(Math.min(odds(p[0]) * multiplier, value),
                    Math.max(odds(p[1]) * multiplier, value), level));
        }
    },
    /**
     * Exact (Garwood) Poisson interval for the count — lower χ²(α/2; 2k)/2, upper
     * χ²(1−α/2; 2k+2)/2 — divided by the denominator and scaled to the unit: CBR, CDR,
     * GFR and the ASFRs.
     */
    EXACT_POISSON {
        @Override
        public Optional<ConfidenceInterval> interval(long numerator, double denominator, double multiplier, double level) {
            ConfidenceLevel.check(level);
            if (!(denominator > 0)) {
                return Optional.empty();
            }
            double[] k = ExactPoisson.count(numerator, level);
            return Optional.of(ConfidenceInterval.of(k[0] / denominator * multiplier, k[1] / denominator * multiplier, level));
        }
    },
    /**
     * Normal approximation of a Poisson count: value ± z·√Var with Var = numerator /
     * denominator² × multiplier², the lower end truncated at 0 because a rate cannot be
     * negative. TFR adds the variances of its seven ASFRs
     * ({@link TotalFertilityRate#interval(double)}): Var(TFR) = 25 · Σ births_g / exposure_g².
     */
    NORMAL_APPROXIMATION {
        @Override
        public Optional<ConfidenceInterval> interval(long numerator, double denominator, double multiplier, double level) {
            ConfidenceLevel.check(level);
            if (!(denominator > 0)) {
                return Optional.empty();
            }
            double value = numerator / denominator * multiplier;
            return Optional.of(around(value, numerator / (denominator * denominator) * multiplier * multiplier, level));
        }
    },
    /**
     * Greenwood's variance on the log(−log) scale, for the 12-month life-table rates
     * (discontinuation and failure, {@link CumulativeIncidence#interval(double)}): their value
     * is not a numerator over a denominator, so this method gives no interval for one.
     */
    GREENWOOD_LOG_LOG {
        @Override
        public Optional<ConfidenceInterval> interval(long numerator, double denominator, double multiplier, double level) {
            ConfidenceLevel.check(level);
            return Optional.empty();
        }
    };

    /**
     * The interval of a rate numerator / denominator × multiplier.
     *
     * @param numerator the numerator
     * @param denominator the denominator; no interval when it is 0
     * @param multiplier the unit's multiplier, for example 100 for %
     * @param level the confidence level, strictly between 0 and 1
     * @return the interval in the unit, empty when the rate is undefined or the method gives none
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public abstract Optional<ConfidenceInterval> interval(long numerator, double denominator, double multiplier, double level);

    /** The normal interval value ± z·√variance, its lower end truncated at 0. */
    static ConfidenceInterval around(double value, double variance, double level) {
        double half = ConfidenceLevel.z(level) * Math.sqrt(variance);
        return ConfidenceInterval.of(Math.max(0, value - half), value + half, level);
    }

    private static double odds(double p) {
        return p / (1 - p);
    }
}
