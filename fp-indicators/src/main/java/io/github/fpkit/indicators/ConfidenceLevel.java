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

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Validation of confidence levels and the normal quantile that two-sided intervals use. */
final class ConfidenceLevel {
    /** The level used unless another is asked for. */
    static final double DEFAULT = 0.95;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private ConfidenceLevel() {
    }

    static double check(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1: " + level);
        }
        return level;
    }

    /** @return z with P(|Z| ≤ z) = level for a standard normal Z */
    static double z(double level) {
        return STANDARD_NORMAL.inverseSurvivalProbability((1 - check(level)) / 2);
    }
}
