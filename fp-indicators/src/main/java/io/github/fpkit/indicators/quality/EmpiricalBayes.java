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
package io.github.fpkit.indicators.quality;

import java.util.Objects;

/**
 * Global empirical-Bayes rates of small areas: each area's raw rate pᵢ = xᵢ / nᵢ moved
 * towards the pooled rate b = Σx / Σn by as much as its own count is noisy, as R's spdep
 * {@code EBest} computes them. With k areas and the method-of-moments variance
 * s² = Σ nᵢ (pᵢ − b)² / Σn:
 * <ul>
 *   <li><b>Poisson</b> (Marshall 1991; {@code EBest(family = "poisson")}): the variance of
 *     the true rates a = max(0, s² − b / (Σn / k)), the weight wᵢ = a / (a + b / nᵢ), and
 *     EBᵢ = b + a (pᵢ − b) / (a + b / nᵢ) = b + wᵢ (pᵢ − b);</li>
 *   <li><b>binomial</b>, for shares (Martuzzi and Elliott 1996; {@code EBest(family =
 *     "binomial")}): with n̄ = Σn / k, the variance of the true shares
 *     σ² = max(0, (n̄ s² − b (1 − b)) / (n̄ − 1)) and the weight
 *     wᵢ = nᵢ σ² / ((nᵢ − 1) σ² + b (1 − b)), so that EBᵢ = wᵢ pᵢ + (1 − wᵢ) b. This is
 *     spdep's ρᵢ written through σ²; spdep leaves a negative σ² as it is, which gives weights
 *     outside [0, 1], whereas here, as in Martuzzi and Elliott and as a = max(0, …) does for the
 *     Poisson form, a negative variance is 0 and every area takes the pooled share.</li>
 * </ul>
 * Every weight is in [0, 1], so each estimate lies between the area's raw rate and the
 * pooled rate (it is kept there against rounding), and it grows with nᵢ: an area with a larger
 * denominator moves less. When the variance of the true rates is 0 every estimate is b.
 *
 * <pre>{@code
 * EmpiricalBayes eb = EmpiricalBayes.poisson(new long[] {2, 10, 0}, new double[] {100, 1000, 50});
 * eb.pooled();       // 12 / 1150
 * eb.estimate(0);    // between 0.02 and 12 / 1150
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EmpiricalBayes {
    private final SmoothingModel model;
    private final double[] raw;
    private final double[] weights;
    private final double pooled;
    private final double variance;

    private EmpiricalBayes(SmoothingModel model, double[] raw, double[] weights, double pooled, double variance) {
        this.model = model;
        this.raw = raw;
        this.weights = weights;
        this.pooled = pooled;
        this.variance = variance;
    }

    /**
     * Marshall's global estimator of rates of events over exposures.
     *
     * @param events each area's events, 0 or more; not null, at least one area
     * @param exposures each area's exposure (population, woman-years), more than 0 and finite; as many as events
     * @return the fit
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or a value is out of range
     */
    public static EmpiricalBayes poisson(long[] events, double[] exposures) {
        double[] p = raw(events, exposures, false);
        double total = sum(exposures);
        double b = sum(events) / total;
        double a = Math.max(0, momentVariance(p, exposures, b, total) - b / (total / p.length));
        double[] w = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            w[i] = a == 0 ? 0 : a / (a + b / exposures[i]);
        }
        return new EmpiricalBayes(SmoothingModel.POISSON, p, w, b, a);
    }

    /**
     * Martuzzi and Elliott's global estimator of shares.
     *
     * @param successes each area's part, 0 or more and at most its whole; not null, at least one area
     * @param trials each area's whole, at least 1 and finite; as many as successes
     * @return the fit
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or a value is out of range
     */
    public static EmpiricalBayes binomial(long[] successes, double[] trials) {
        double[] p = raw(successes, trials, true);
        double total = sum(trials);
        double b = sum(successes) / total;
        double mean = total / p.length;
        double binomial = b * (1 - b);
        double s2 = momentVariance(p, trials, b, total);
        double sigma2 = mean > 1 ? Math.max(0, (mean * s2 - binomial) / (mean - 1)) : 0;
        // wᵢ = nᵢσ² / ((nᵢ − 1)σ² + b(1 − b)) = 1 / (1 + d / (nᵢσ²)) with d = b(1 − b) − σ², at most 1.
        // The second form is computed: each of its steps rounds monotonically, so a larger
        // whole never gets a smaller weight, also when σ² and b(1 − b) are a rounding apart.
        double d = binomial - sigma2;
        double[] w = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            w[i] = sigma2 == 0 ? 0 : d <= 0 ? 1 : 1 / (1 + d / (trials[i] * sigma2));
        }
        return new EmpiricalBayes(SmoothingModel.BINOMIAL, p, w, b, sigma2);
    }

    /** @return the model the fit assumes */
    public SmoothingModel model() {
        return model;
    }

    /** @return the number of areas */
    public int size() {
        return raw.length;
    }

    /** @return the pooled rate b = Σx / Σn, the estimate every area is moved towards */
    public double pooled() {
        return pooled;
    }

    /** @return the method-of-moments variance of the areas' true rates: a (Poisson) or σ² (binomial), 0 or more */
    public double priorVariance() {
        return variance;
    }

    /**
     * @param area the area's index, 0 to {@code size() − 1}
     * @return its raw rate xᵢ / nᵢ
     * @throws IndexOutOfBoundsException if there is no such area
     */
    public double raw(int area) {
        return raw[area];
    }

    /**
     * @param area the area's index, 0 to {@code size() − 1}
     * @return the weight of its raw rate in its estimate, from 0 (the pooled rate) to 1 (the raw rate)
     * @throws IndexOutOfBoundsException if there is no such area
     */
    public double weight(int area) {
        return weights[area];
    }

    /**
     * @param area the area's index, 0 to {@code size() − 1}
     * @return its empirical-Bayes rate b + wᵢ (pᵢ − b), between pᵢ and b
     * @throws IndexOutOfBoundsException if there is no such area
     */
    public double estimate(int area) {
        double p = raw[area];
        double estimate = pooled + weights[area] * (p - pooled);
        return Math.min(Math.max(estimate, Math.min(p, pooled)), Math.max(p, pooled));
    }

    private static double[] raw(long[] counts, double[] denominators, boolean binomial) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(denominators, "denominators");
        if (counts.length == 0 || counts.length != denominators.length) {
            throw new IllegalArgumentException("one count and one denominator per area expected, at least one area: got "
                    + counts.length + " and " + denominators.length);
        }
        double[] p = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            double n = denominators[i];
            boolean valid = binomial ? n >= 1 && counts[i] <= n : n > 0;
            if (counts[i] < 0 || !valid || !Double.isFinite(n)) {
                throw new IllegalArgumentException("area " + i + ": count " + counts[i] + " over " + n + " is not "
                        + (binomial ? "a part of a whole of 1 or more" : "events over a positive exposure"));
            }
            p[i] = counts[i] / n;
        }
        return p;
    }

    /** s² = Σ nᵢ (pᵢ − b)² / Σn. */
    private static double momentVariance(double[] p, double[] n, double b, double total) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += n[i] * (p[i] - b) * (p[i] - b);
        }
        return s / total;
    }

    private static double sum(long[] values) {
        double s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** @return the model, the pooled rate and the prior variance */
    @Override
    public String toString() {
        return model + " empirical Bayes over " + raw.length + " areas: pooled " + pooled + ", variance " + variance;
    }
}
