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

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** The exact (Garwood) confidence interval of a Poisson count. */
final class ExactPoisson {
    private ExactPoisson() {
    }

    /**
     * @param count 0 or more
     * @return {low, high} of the Poisson mean: χ²(α/2; 2k)/2 (0 when k = 0) and χ²(1−α/2; 2k+2)/2
     */
    static double[] count(long count, double level) {
        double alpha = 1 - ConfidenceLevel.check(level);
        double low = count == 0 ? 0 : ChiSquaredDistribution.of(2.0 * count).inverseCumulativeProbability(alpha / 2) / 2;
        double high = ChiSquaredDistribution.of(2.0 * count + 2).inverseSurvivalProbability(alpha / 2) / 2;
        return new double[] {low, high};
    }
}
