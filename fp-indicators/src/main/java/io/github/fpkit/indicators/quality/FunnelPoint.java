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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.util.Objects;
import java.util.Optional;

/**
 * A sub-area on its parent's funnel plot: its raw result, the limits at its denominator and
 * where its value lies.
 *
 * <p>Immutable and thread-safe.
 */
public final class FunnelPoint {
    private final IndicatorResult result;
    private final FunnelBand band;

    FunnelPoint(IndicatorResult result, FunnelBand band) {
        this.result = result;
        this.band = band;
    }

    /** @return the sub-area */
    public AreaCode area() {
        return result.area();
    }

    /** @return the sub-area's name, if known */
    public Optional<String> areaName() {
        return result.areaName();
    }

    /** @return the period */
    public ReportingPeriod period() {
        return result.period();
    }

    /** @return the indicator */
    public Indicator indicator() {
        return result.indicator();
    }

    /** @return the raw result plotted, with its numerator, denominator and value */
    public IndicatorResult result() {
        return result;
    }

    /** @return the value plotted (y), in the indicator's unit */
    public double value() {
        return result.value().getAsDouble();
    }

    /** @return the denominator plotted (x) */
    public double denominator() {
        return band.denominator();
    }

    /** @return the limits at the point's denominator */
    public FunnelBand band() {
        return band;
    }

    /** @return where the value lies */
    public FunnelPosition position() {
        return band.position(value());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunnelPoint && ((FunnelPoint) o).result.equals(result) && ((FunnelPoint) o).band.equals(band);
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, band);
    }

    /** @return for example {@code "990102001003 CPR 62.5 at 120.0: below_998"} */
    @Override
    public String toString() {
        return area() + " " + indicator().code() + " " + value() + " at " + denominator() + ": " + position();
    }
}
