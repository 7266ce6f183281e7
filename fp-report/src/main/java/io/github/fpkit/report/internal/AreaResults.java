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

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.AreaCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One area's results by indicator, with its name. Immutable. */
public final class AreaResults {
    private final AreaCode area;
    private final String name;
    private final Map<Indicator, IndicatorResult> results;

    private AreaResults(AreaCode area, String name, Map<Indicator, IndicatorResult> results) {
        this.area = area;
        this.name = name;
        this.results = results;
    }

    /**
     * @param computed results that include the area's, not null
     * @param area the area, not null
     * @return its results, named by the first result that has a name (else by the code); empty if it has none
     */
    public static AreaResults of(ComputedIndicators computed, AreaCode area) {
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(area, "area");
        return of(area, computed.resultsFor(area));
    }

    /**
     * @param area the area, not null
     * @param results its results, not null
     * @return its results, named by the first result that has a name (else by the code)
     */
    public static AreaResults of(AreaCode area, List<IndicatorResult> results) {
        Map<Indicator, IndicatorResult> byIndicator = new EnumMap<>(Indicator.class);
        results.forEach(r -> byIndicator.put(r.indicator(), r));
        String name = results.stream().map(IndicatorResult::areaName).flatMap(Optional::stream).findFirst()
                .orElse(area.toString());
        return new AreaResults(area, name, Collections.unmodifiableMap(byIndicator));
    }

    /** @return the area */
    public AreaCode area() {
        return area;
    }

    /** @return its name, or its code if it has none */
    public String name() {
        return name;
    }

    /** @return true if the area has no result at all */
    public boolean isEmpty() {
        return results.isEmpty();
    }

    /** @return the result of the indicator, or empty if it was not computed (its table is missing) */
    public Optional<IndicatorResult> result(Indicator indicator) {
        return Optional.ofNullable(results.get(indicator));
    }

    /** @return the indicator's numerator, or 0 if it has none or was not computed */
    public long numerator(Indicator indicator) {
        IndicatorResult r = results.get(indicator);
        return r == null ? 0 : r.numerator().orElse(0);
    }

    /** @return the area's results in catalogue order */
    public List<IndicatorResult> all() {
        return List.copyOf(results.values());
    }
}
