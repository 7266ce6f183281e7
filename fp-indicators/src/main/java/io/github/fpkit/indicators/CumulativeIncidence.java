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

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The 12-month cumulative incidence of one cause of exit from a {@link LifeTable}, in %: the
 * Aalen–Johansen estimate F = Σ S(k−1) · c_k / n_k over the months of use k = 1 … 12, where
 * n_k episodes are at risk in month k, c_k exit for the cause, d_k for any cause, and
 * S(k) = Π (1 − d_j / n_j) is the Kaplan–Meier probability of continuing through month k.
 * For every cause (c = d) it is 1 − S(12), the 12-month discontinuation rate; for failure,
 * the 12-month failure rate with the other reasons as competing exits (the multiple-decrement
 * life table of the DHS).
 *
 * <pre>{@code
 * CumulativeIncidence f = tally.cumulativeIncidence(Indicator.DISCONT_12M_IUD);
 * f.value();         // OptionalDouble, in %
 * f.interval(0.95);  // Greenwood (delta-method) variance, log-log transform
 * }</pre>
 *
 * <p>It is undefined when no episode enters the table, when its counts are inconsistent
 * (more exits than episodes at risk, or more exits for the cause than for every cause, as
 * only a hand-built tally can have), or when every episode still at risk is censored before
 * month 12 (the table does not reach 12 months). The variance is the delta-method
 * (Greenwood-type) variance of Marubini and Valsecchi:
 * Var F = Σ_k [(F − F_k)² d_k / (n_k (n_k − d_k)) + S(k−1)² c_k (n_k − c_k) / n_k³
 * − 2 (F − F_k) S(k−1) c_k / n_k²], F_k the incidence through month k, which for every cause
 * is Greenwood's S² Σ d_k / (n_k (n_k − d_k)); the interval is that of 1 − F on the
 * log(−log) scale, 1 − (1 − F)^exp(∓z·se / ((1 − F) ln(1 − F))), which stays within 0 and
 * 100 % and for every cause is the usual log-log interval of the Kaplan–Meier estimate. There
 * is no interval when F is 0 or 100 % (the variance is 0). Immutable and thread-safe.
 */
public final class CumulativeIncidence {
    private static final double PERCENT = 100;

    private final double value;
    private final double variance;
    private final boolean defined;

    private CumulativeIncidence(boolean defined, double value, double variance) {
        this.defined = defined;
        this.value = value;
        this.variance = variance;
    }

    /** One month of a life table: the episodes at risk, the exits for the cause and for every cause, the censored. */
    record Step(long atRisk, long causeExits, long exits, long censored) {
    }

    /** @return the estimate over the twelve months, in order */
    static CumulativeIncidence of(List<Step> steps) {
        Objects.requireNonNull(steps, "steps");
        if (steps.isEmpty() || steps.get(0).atRisk() <= 0) {
            return undefined();
        }
        int n = steps.size();
        double[] before = new double[n];
        double[] through = new double[n];
        double s = 1;
        double f = 0;
        int last = n;
        for (int k = 0; k < n; k++) {
            Step step = steps.get(k);
            if (step.causeExits() < 0 || step.causeExits() > step.exits() || step.censored() < 0
                    || step.exits() + step.censored() > step.atRisk()) {
                return undefined();
            }
            if (step.atRisk() == 0) {
                if (s > 0) {
                    return undefined();
                }
                last = k;
                break;
            }
            before[k] = s;
            f += s * step.causeExits() / step.atRisk();
            s *= 1 - (double) step.exits() / step.atRisk();
            through[k] = f;
        }
        double variance = 0;
        for (int k = 0; k < last; k++) {
            Step step = steps.get(k);
            double nk = step.atRisk();
            double rest = f - through[k];
            if (rest != 0) {
                variance += rest * rest * step.exits() / (nk * (nk - step.exits()));
            }
            variance += before[k] * before[k] * step.causeExits() * (nk - step.causeExits()) / (nk * nk * nk)
                    - 2 * rest * before[k] * step.causeExits() / (nk * nk);
        }
        return new CumulativeIncidence(true, Math.min(1, Math.max(0, f)), Math.max(0, variance));
    }

    private static CumulativeIncidence undefined() {
        return new CumulativeIncidence(false, 0, 0);
    }

    /** @return the cumulative incidence by 12 months of use, in % (0 to 100); empty when undefined */
    public OptionalDouble value() {
        return defined ? OptionalDouble.of(value * PERCENT) : OptionalDouble.empty();
    }

    /**
     * @param level the confidence level, strictly between 0 and 1
     * @return the log-log interval, in %; empty when undefined or when the value is 0 or 100 %
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Optional<ConfidenceInterval> interval(double level) {
        ConfidenceLevel.check(level);
        double g = 1 - value;
        if (!defined || value <= 0 || g <= 0 || variance <= 0) {
            return Optional.empty();
        }
        double se = Math.sqrt(variance) / (g * Math.abs(Math.log(g)));
        double z = ConfidenceLevel.z(level);
        double low = 1 - Math.pow(g, Math.exp(-z * se));
        double high = 1 - Math.pow(g, Math.exp(z * se));
        return Optional.of(ConfidenceInterval.of(Math.min(low, value) * PERCENT, Math.max(high, value) * PERCENT, level));
    }

    /** @return the estimated variance of the incidence as a proportion (not in %), 0 when undefined */
    double variance() {
        return variance;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CumulativeIncidence)) {
            return false;
        }
        CumulativeIncidence other = (CumulativeIncidence) o;
        return defined == other.defined && Double.compare(value, other.value) == 0 && Double.compare(variance, other.variance) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(defined, value, variance);
    }

    /** @return for example {@code "CumulativeIncidence{12.5 %}"} or {@code "CumulativeIncidence{undefined}"} */
    @Override
    public String toString() {
        return "CumulativeIncidence{" + (defined ? value * PERCENT + " %" : "undefined") + "}";
    }
}
