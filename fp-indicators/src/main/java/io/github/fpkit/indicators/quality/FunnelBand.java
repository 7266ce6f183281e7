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
 * The funnel's limits at one denominator, in the indicator's unit: the lower and upper 95 %
 * and 99.8 % limits. Lower limits are at least 0 and shares' upper limits at most 100 %.
 *
 * <pre>{@code
 * FunnelBand band = limits.band(150);
 * band.lower(FunnelLevel.P95);   // 76.2
 * band.upper(FunnelLevel.P998);  // 91.8
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FunnelBand {
    private final double denominator;
    private final double lower95;
    private final double upper95;
    private final double lower998;
    private final double upper998;

    FunnelBand(double denominator, double lower95, double upper95, double lower998, double upper998) {
        this.denominator = denominator;
        this.lower95 = lower95;
        this.upper95 = upper95;
        this.lower998 = lower998;
        this.upper998 = upper998;
    }

    /** @return the denominator the limits are at */
    public double denominator() {
        return denominator;
    }

    /**
     * @param level the level, not null
     * @return the lower limit at that level
     */
    public double lower(FunnelLevel level) {
        return Objects.requireNonNull(level, "level") == FunnelLevel.P95 ? lower95 : lower998;
    }

    /**
     * @param level the level, not null
     * @return the upper limit at that level
     */
    public double upper(FunnelLevel level) {
        return Objects.requireNonNull(level, "level") == FunnelLevel.P95 ? upper95 : upper998;
    }

    /**
     * @param value a value in the indicator's unit
     * @return where it lies; on a limit is within it
     */
    public FunnelPosition position(double value) {
        if (value > upper998) {
            return FunnelPosition.ABOVE_998;
        }
        if (value > upper95) {
            return FunnelPosition.ABOVE_95;
        }
        if (value < lower998) {
            return FunnelPosition.BELOW_998;
        }
        if (value < lower95) {
            return FunnelPosition.BELOW_95;
        }
        return FunnelPosition.INSIDE;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FunnelBand)) {
            return false;
        }
        FunnelBand b = (FunnelBand) o;
        return Double.compare(b.denominator, denominator) == 0 && Double.compare(b.lower95, lower95) == 0
                && Double.compare(b.upper95, upper95) == 0 && Double.compare(b.lower998, lower998) == 0
                && Double.compare(b.upper998, upper998) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(denominator, lower95, upper95, lower998, upper998);
    }

    /** @return for example {@code "at 150: 95% [76.2, 87.9], 99.8% [72.1, 91.8]"} */
    @Override
    public String toString() {
        return "at " + denominator + ": 95% [" + lower95 + ", " + upper95 + "], 99.8% [" + lower998 + ", " + upper998 + "]";
    }
}
