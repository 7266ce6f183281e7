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
package io.github.fpkit.report.internal;

/**
 * The control limits of a funnel plot of a proportion (Spiegelhalter 2005): around a
 * pooled proportion p, an area of n people is expected within p ± z·√(p(1−p)/n) by chance
 * alone, at 95 % (z = 1.96) or 99.8 % (z = 3.09, about three standard errors). The limits
 * narrow as n grows, so that a small village is not flagged for noise and a large one is
 * not excused. Limits are clipped to [0, 1]. Immutable.
 *
 * @param pooled the pooled proportion, from 0 to 1
 */
public record FunnelLimits(double pooled) {
    /** The two-sided 95 % normal quantile, Φ⁻¹(0.975). */
    public static final double Z_95 = 1.959963984540054;
    /** The two-sided 99.8 % normal quantile, Φ⁻¹(0.999). */
    public static final double Z_99_8 = 3.090232306167813;

    /** Where a point lies against the limits. */
    public enum Position {
        /** Within the 95 % limits. */
        WITHIN,
        /** Beyond the 95 % limits, within the 99.8 % limits: worth a look. */
        BEYOND_95,
        /** Beyond the 99.8 % limits: unlikely to be chance. */
        BEYOND_99_8
    }

    /** Checks the proportion. */
    public FunnelLimits {
        if (!(pooled >= 0 && pooled <= 1)) {
            throw new IllegalArgumentException("pooled proportion must be from 0 to 1: " + pooled);
        }
    }

    /**
     * @param n the number of people, more than 0
     * @param z the normal quantile of the limits
     * @return the lower limit, at least 0
     */
    public double lower(double n, double z) {
        return Math.max(0, pooled - z * standardError(n));
    }

    /**
     * @param n the number of people, more than 0
     * @param z the normal quantile of the limits
     * @return the upper limit, at most 1
     */
    public double upper(double n, double z) {
        return Math.min(1, pooled + z * standardError(n));
    }

    /**
     * @param proportion an area's proportion
     * @param n its number of people, more than 0
     * @return where it lies against the limits
     */
    public Position position(double proportion, double n) {
        if (proportion < lower(n, Z_99_8) || proportion > upper(n, Z_99_8)) {
            return Position.BEYOND_99_8;
        }
        if (proportion < lower(n, Z_95) || proportion > upper(n, Z_95)) {
            return Position.BEYOND_95;
        }
        return Position.WITHIN;
    }

    private double standardError(double n) {
        if (!(n > 0)) {
            throw new IllegalArgumentException("n must be more than 0: " + n);
        }
        return Math.sqrt(pooled * (1 - pooled) / n);
    }
}
