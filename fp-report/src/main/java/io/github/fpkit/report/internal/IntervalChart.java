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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Areas' values as points with their confidence intervals as whiskers, in the order given
 * (sorted by value), and a reference line at the containing area's own value.
 *
 * @param id the chart's id
 * @param title the title
 * @param subtitle the area and the period
 * @param categoryAxis the areas' axis name
 * @param valueAxis the values' axis name, with the unit
 * @param points the points, in the order shown (bottom to top)
 * @param reference the containing area's value
 * @param referenceLabel the reference line's label: the area's name and value
 */
public record IntervalChart(String id, String title, String subtitle, String categoryAxis, String valueAxis,
        List<IntervalPoint> points, double reference, String referenceLabel) implements Chart {
    /** Copies the points. */
    public IntervalChart {
        Objects.requireNonNull(id, "id");
        points = List.copyOf(points);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "intervals");
        json.put("title", title);
        json.put("subtitle", subtitle);
        json.put("categoryAxis", categoryAxis);
        json.put("valueAxis", valueAxis);
        json.put("points", points.stream().map(IntervalPoint::toJson).collect(Collectors.toList()));
        json.put("reference", reference);
        json.put("referenceLabel", referenceLabel);
        return json;
    }
}
