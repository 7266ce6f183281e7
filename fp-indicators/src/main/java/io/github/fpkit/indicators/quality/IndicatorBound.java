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
import io.github.fpkit.model.AreaCode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The smallest and largest value a user accepts for an indicator, in the indicator's unit,
 * for every area or for one area: DHIS2's min–max values. Either end may be open; both ends
 * are included.
 *
 * <pre>{@code
 * IndicatorBound cpr = IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.of(95));
 * cpr.admits(82.39);   // true
 * cpr.toString();      // "CPR [60.0, 95.0]"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorBound {
    private final Indicator indicator;
    private final Optional<AreaCode> area;
    private final OptionalDouble min;
    private final OptionalDouble max;

    private IndicatorBound(Indicator indicator, Optional<AreaCode> area, OptionalDouble min, OptionalDouble max) {
        this.indicator = indicator;
        this.area = area;
        this.min = min;
        this.max = max;
    }

    /**
     * @param indicator the indicator, not null
     * @param min the smallest value accepted, if any; finite; not null
     * @param max the largest value accepted, if any; finite, at least {@code min}; not null
     * @return the bound for every area
     * @throws IllegalArgumentException if neither end is given, an end is not finite, or max is below min
     */
    public static IndicatorBound of(Indicator indicator, OptionalDouble min, OptionalDouble max) {
        return of(indicator, Optional.empty(), min, max);
    }

    /**
     * @param indicator the indicator, not null
     * @param area the one area the bound is for, not null
     * @param min the smallest value accepted, if any; finite; not null
     * @param max the largest value accepted, if any; finite, at least {@code min}; not null
     * @return the bound for that area, which replaces a bound for every area there
     * @throws IllegalArgumentException if neither end is given, an end is not finite, or max is below min
     */
    public static IndicatorBound of(Indicator indicator, AreaCode area, OptionalDouble min, OptionalDouble max) {
        return of(indicator, Optional.of(Objects.requireNonNull(area, "area")), min, max);
    }

    private static IndicatorBound of(Indicator indicator, Optional<AreaCode> area, OptionalDouble min, OptionalDouble max) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        String what = "the bound of " + indicator.code() + area.map(a -> " for " + a).orElse("");
        if (min.isEmpty() && max.isEmpty()) {
            throw new IllegalArgumentException(what + " needs a min, a max or both");
        }
        if (min.isPresent() && !Double.isFinite(min.getAsDouble()) || max.isPresent() && !Double.isFinite(max.getAsDouble())) {
            throw new IllegalArgumentException(what + " must be finite: min " + min + ", max " + max);
        }
        if (min.isPresent() && max.isPresent() && max.getAsDouble() < min.getAsDouble()) {
            throw new IllegalArgumentException(what + ": max " + max.getAsDouble() + " is below min " + min.getAsDouble());
        }
        return new IndicatorBound(indicator, area, min, max);
    }

    /** @return the indicator */
    public Indicator indicator() {
        return indicator;
    }

    /** @return the one area the bound is for; empty for every area */
    public Optional<AreaCode> area() {
        return area;
    }

    /** @return the smallest value accepted, if any */
    public OptionalDouble min() {
        return min;
    }

    /** @return the largest value accepted, if any */
    public OptionalDouble max() {
        return max;
    }

    /**
     * @param value a value in the indicator's unit
     * @return true if min ≤ value ≤ max (an open end admits everything on its side)
     */
    public boolean admits(double value) {
        return (min.isEmpty() || value >= min.getAsDouble()) && (max.isEmpty() || value <= max.getAsDouble());
    }

    /** @return the accepted range as text: {@code "[60.0, 95.0]"}, {@code "≥ 60.0"} or {@code "≤ 95.0"} */
    public String range() {
        if (min.isEmpty()) {
            return "≤ " + QualityText.threshold(max.getAsDouble());
        }
        if (max.isEmpty()) {
            return "≥ " + QualityText.threshold(min.getAsDouble());
        }
        return "[" + QualityText.threshold(min.getAsDouble()) + ", " + QualityText.threshold(max.getAsDouble()) + "]";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IndicatorBound)) {
            return false;
        }
        IndicatorBound b = (IndicatorBound) o;
        return b.indicator == indicator && b.area.equals(area) && b.min.equals(min) && b.max.equals(max);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, area, min, max);
    }

    /** @return the indicator, the area if any, and the range, for example {@code "CPR 990102001003 [60.0, 95.0]"} */
    @Override
    public String toString() {
        return indicator.code() + area.map(a -> " " + a).orElse("") + " " + range();
    }
}
