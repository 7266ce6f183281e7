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

import java.math.BigDecimal;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The two control limits of a funnel plot (Spiegelhalter 2005): 95 %, about two standard
 * errors, where a point beyond is an <em>alert</em>, and 99.8 %, about three, where it is an
 * <em>alarm</em>.
 */
public enum FunnelLevel {
    /** The 95 % limits, z = 1.959964. */
    P95(0.95),
    /** The 99.8 % limits, z = 3.090232. */
    P998(0.998);

    private final double coverage;
    private final double z;

    FunnelLevel(double coverage) {
        this.coverage = coverage;
        this.z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - coverage) / 2);
    }

    /** @return the share of in-control points within the limits: 0.95 or 0.998 */
    public double coverage() {
        return coverage;
    }

    /** @return the two-sided standard normal quantile of the coverage: 1.959964 or 3.090232 */
    public double z() {
        return z;
    }

    /** @return the coverage as a percentage, {@code "95%"} or {@code "99.8%"} */
    @Override
    public String toString() {
        return BigDecimal.valueOf(coverage).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
