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

/** The Wilson score interval of a binomial proportion. */
final class WilsonScore {
    private WilsonScore() {
    }

    /**
     * @param successes 0 to {@code trials}
     * @param trials more than 0
     * @return {low, high} of the proportion, within [0, 1]
     */
    static double[] proportion(double successes, double trials, double level) {
        double z = ConfidenceLevel.z(level);
        double z2 = z * z;
        double centre = (successes + z2 / 2) / (trials + z2);
        double half = z / (trials + z2) * Math.sqrt(successes * (trials - successes) / trials + z2 / 4);
        // At a proportion of 0 or 1 the end is exactly 0 or 1; the formula leaves rounding noise there.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new double[] {low, high};
    }
}
