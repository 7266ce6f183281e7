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

/**
 * The between-area variance τ² by which FunnelPlotR widens funnel limits for overdispersion
 * (Spiegelhalter 2005; DerSimonian and Laird 1986): each area's z-score on the
 * variance-stabilising scale — the arcsine of √p for shares, √(O / E) for rates — is winsorised
 * at the 10th and 90th percentiles, φ = Σ z² / k, and
 * τ² = (k φ − (k − 1)) / (Σ wᵢ − Σ wᵢ² / Σ wᵢ) with wᵢ = 1 / sᵢ², or 0 when k φ < k − 1.
 */
final class Overdispersion {
    /** FunnelPlotR's default: 10 % at each end. */
    static final double WINSORISED = 0.1;

    private Overdispersion() {
    }

    /**
     * @param model the count's model
     * @param x each area's count
     * @param n each area's denominator, more than 0
     * @param theta the pooled rate Σx / Σn
     * @return τ², 0 or more; 0 for fewer than two areas or a pooled rate of 0 (no z-score exists)
     */
    static double tau2(SmoothingModel model, long[] x, double[] n, double theta) {
        int k = x.length;
        if (k < 2 || theta <= 0) {
            return 0;
        }
        double[] z = new double[k];
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            if (model == SmoothingModel.BINOMIAL) {
                w[i] = 4 * n[i];
                z[i] = (Math.asin(Math.sqrt(x[i] / n[i])) - Math.asin(Math.sqrt(theta))) * Math.sqrt(w[i]);
            } else {
                double expected = theta * n[i];
                w[i] = 4 * expected;
                z[i] = (Math.sqrt(x[i] / expected) - 1) * Math.sqrt(w[i]);
            }
        }
        double[] sorted = Dispersion.sorted(z);
        double low = Dispersion.quantile(sorted, WINSORISED);
        double high = Dispersion.quantile(sorted, 1 - WINSORISED);
        double squares = 0;
        double sumW = 0;
        double sumW2 = 0;
        for (int i = 0; i < k; i++) {
            double winsorised = Math.min(Math.max(z[i], low), high);
            squares += winsorised * winsorised;
            sumW += w[i];
            sumW2 += w[i] * w[i];
        }
        double phi = squares / k;
        double denominator = sumW - sumW2 / sumW;
        if (k * phi < k - 1 || denominator <= 0) {
            return 0;
        }
        return Math.max(0, (k * phi - (k - 1)) / denominator);
    }
}
