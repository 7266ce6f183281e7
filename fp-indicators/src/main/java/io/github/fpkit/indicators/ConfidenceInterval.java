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

/**
 * A confidence interval of an indicator's value, in the indicator's unit: both ends
 * included, with the confidence level it was computed at.
 *
 * <pre>{@code
 * Rate cpr = Rate.of(Indicator.CPR, 190, 292);
 * ConfidenceInterval ci = cpr.interval().get();
 * ci.low();   // 59.4366…
 * ci.high();  // 70.3090…
 * ci.level(); // 0.95
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConfidenceInterval {
    private final double low;
    private final double high;
    private final double level;

    private ConfidenceInterval(double low, double high, double level) {
        this.low = low;
        this.high = high;
        this.level = level;
    }

    /**
     * Obtains an interval.
     *
     * @param low the lower end, finite
     * @param high the upper end, finite, not below {@code low}
     * @param level the confidence level, strictly between 0 and 1
     * @return the interval
     * @throws IllegalArgumentException if an end is not finite, {@code high < low}, or the
     *         level is not strictly between 0 and 1
     */
    public static ConfidenceInterval of(double low, double high, double level) {
        ConfidenceLevel.check(level);
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("interval ends must be finite: [" + low + ", " + high + "]");
        }
        if (high < low) {
            throw new IllegalArgumentException("interval upper end " + high + " is below its lower end " + low);
        }
        return new ConfidenceInterval(low, high, level);
    }

    /** @return the lower end */
    public double low() {
        return low;
    }

    /** @return the upper end, not below {@link #low()} */
    public double high() {
        return high;
    }

    /** @return the confidence level, strictly between 0 and 1, for example 0.95 */
    public double level() {
        return level;
    }

    /**
     * @param value a value
     * @return true if {@code low <= value <= high}
     */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConfidenceInterval)) {
            return false;
        }
        ConfidenceInterval other = (ConfidenceInterval) o;
        return Double.compare(low, other.low) == 0 && Double.compare(high, other.high) == 0
                && Double.compare(level, other.level) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(low, high, level);
    }

    /** @return for example {@code "[59.43664756739501, 70.30901429852209] (95%)"} */
    @Override
    public String toString() {
        return "[" + low + ", " + high + "] (" + (level * 100) + "%)";
    }
}
