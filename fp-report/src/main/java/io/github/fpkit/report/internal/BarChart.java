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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Bars over categories, in one of three layouts.
 *
 * @param id the chart's id
 * @param title the title
 * @param subtitle the area and the period
 * @param categoryAxis the categories' axis name
 * @param valueAxis the values' axis name, with the unit
 * @param categories the categories, in the order shown (top to bottom when horizontal)
 * @param series the series, each with a value per category
 * @param layout how the series are laid out
 */
public record BarChart(String id, String title, String subtitle, String categoryAxis, String valueAxis, List<String> categories,
        List<BarSeries> series, Layout layout) implements Chart {
    /** How the series of a bar chart are laid out. */
    public enum Layout {
        /** Vertical bars, the series side by side in each category. */
        GROUPED,
        /** Horizontal bars, the series stacked, each category's values summing to 100 (shares in %). */
        STACKED_SHARES,
        /** Horizontal bars, two series: the first drawn to the left of the axis, the second to the right. */
        PYRAMID
    }

    /** Checks that every series has a value per category. */
    public BarChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layout, "layout");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (BarSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart " + id + ", series " + s.name() + ": " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        if (layout == Layout.PYRAMID && series.size() != 2) {
            throw new IllegalArgumentException("chart " + id + ": a pyramid has two series, not " + series.size());
        }
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "bars");
        json.put("layout", layout.name().toLowerCase(Locale.ROOT));
        json.put("title", title);
        json.put("subtitle", subtitle);
        json.put("categoryAxis", categoryAxis);
        json.put("valueAxis", valueAxis);
        json.put("categories", categories);
        json.put("series", series.stream().map(BarSeries::toJson).collect(Collectors.toList()));
        return json;
    }
}
