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
import io.github.fpkit.model.register.Severity;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The min–max bounds a user sets (DHIS2's min–max outlier detection): at most one
 * {@link IndicatorBound} per indicator for every area, and at most one per indicator and area;
 * an area's own bound replaces the bound for every area. A value outside its bound is an
 * error: the user has said it cannot be right. fp-io's {@code IndicatorBoundsReader} reads
 * them from a small JSON or CSV file.
 *
 * <pre>{@code
 * IndicatorBounds bounds = IndicatorBounds.of(List.of(
 *         IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.of(95)),
 *         IndicatorBound.of(Indicator.SRB, OptionalDouble.empty(), OptionalDouble.of(130))));
 * bounds.check(cprResult);   // Optional[error OUTLIER_MIN_MAX …] when CPR is below 60 or above 95
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorBounds {
    private static final IndicatorBounds NONE = new IndicatorBounds(List.of());

    private final List<IndicatorBound> bounds;
    private final Map<Indicator, IndicatorBound> everywhere = new HashMap<>();
    private final Map<AreaCode, Map<Indicator, IndicatorBound>> byArea = new HashMap<>();

    private IndicatorBounds(List<IndicatorBound> bounds) {
        this.bounds = bounds;
        for (IndicatorBound b : bounds) {
            Map<Indicator, IndicatorBound> map = b.area().map(a -> byArea.computeIfAbsent(a, x -> new HashMap<>())).orElse(everywhere);
            IndicatorBound previous = map.put(b.indicator(), b);
            if (previous != null) {
                throw new IllegalArgumentException("two bounds for " + b.indicator().code() + b.area().map(a -> " in " + a).orElse("")
                        + ": " + previous.range() + " and " + b.range());
            }
        }
    }

    /** @return no bounds: nothing is checked */
    public static IndicatorBounds none() {
        return NONE;
    }

    /**
     * @param bounds the bounds, not null, no null element
     * @return the bounds
     * @throws IllegalArgumentException if two bounds are for the same indicator and the same area (or both for every area)
     */
    public static IndicatorBounds of(Collection<IndicatorBound> bounds) {
        return new IndicatorBounds(List.copyOf(Objects.requireNonNull(bounds, "bounds")));
    }

    /** @return the bounds, in the order given; unmodifiable */
    public List<IndicatorBound> bounds() {
        return bounds;
    }

    /**
     * @param area an area, not null
     * @param indicator an indicator, not null
     * @return the area's own bound of the indicator, else the bound for every area, if any
     */
    public Optional<IndicatorBound> boundFor(AreaCode area, Indicator indicator) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(indicator, "indicator");
        return Optional.ofNullable(byArea.getOrDefault(area, Map.of()).get(indicator))
                .or(() -> Optional.ofNullable(everywhere.get(indicator)));
    }

    /**
     * @param result a result, not null
     * @return an error when the result has a value outside its bound; empty when it has no
     *         value, no bound or a value within it
     */
    public Optional<QualityFinding> check(IndicatorResult result) {
        Objects.requireNonNull(result, "result");
        if (result.value().isEmpty()) {
            return Optional.empty();
        }
        double value = result.value().getAsDouble();
        return boundFor(result.area(), result.indicator()).filter(b -> !b.admits(value)).map(b -> {
            Indicator indicator = result.indicator();
            return QualityFinding.builder().method(QualityMethod.MIN_MAX).severity(Severity.ERROR).area(result.area())
                    .areaName(result.areaName()).period(result.period()).indicator(indicator).value(value).threshold(b.range())
                    .chineseMessage(QualityText.area(result.area(), result.areaName()) + indicator.chineseName() + "为"
                            + QualityText.chinese(value, indicator.unit()) + "，超出设定的上下限" + b.range())
                    .englishMessage(indicator.code() + " of " + QualityText.englishArea(result.area(), result.areaName()) + " is "
                            + QualityText.english(value, indicator.unit()) + ", outside the bounds " + b.range())
                    .build();
        });
    }

    /** @return the bounds, for example {@code "[CPR [60.0, 95.0]]"} */
    @Override
    public String toString() {
        return bounds.toString();
    }
}
