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

import io.github.fpkit.indicators.quality.FunnelLevel;
import io.github.fpkit.indicators.quality.FunnelLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A funnel plot: areas' rates against their denominators, the pooled rate as a line and
 * the 95 % and 99.8 % control limits around it (fp-indicators' {@link FunnelLimits}, the
 * limits {@code fp quality} finds outliers by), drawn through {@code grid}.
 *
 * @param id the chart's id
 * @param title the title
 * @param subtitle the area and the period
 * @param xAxis the denominators' axis name, with the unit
 * @param yAxis the rates' axis name, with the unit
 * @param points the areas
 * @param limits the limits, around the pooled value, in the indicator's unit
 * @param grid the denominators the limit lines are drawn through, ascending
 * @param labels the legend's names of the pooled line ({@code pooled}), the limits ({@code limit95},
 *        {@code limit998}) and the points' positions (by {@code FunnelPosition.code()})
 */
public record FunnelChart(String id, String title, String subtitle, String xAxis, String yAxis, List<FunnelMark> points,
        FunnelLimits limits, List<Double> grid, Map<String, String> labels) implements Chart {
    /** Copies the lists. */
    public FunnelChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(limits, "limits");
        points = List.copyOf(points);
        grid = List.copyOf(grid);
        labels = Map.copyOf(labels);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "funnel");
        json.put("title", title);
        json.put("subtitle", subtitle);
        json.put("xAxis", xAxis);
        json.put("yAxis", yAxis);
        json.put("points", points.stream().map(FunnelMark::toJson).collect(Collectors.toList()));
        json.put("pooled", limits.target());
        json.put("lower95", line(FunnelLevel.P95, false));
        json.put("upper95", line(FunnelLevel.P95, true));
        json.put("lower998", line(FunnelLevel.P998, false));
        json.put("upper998", line(FunnelLevel.P998, true));
        json.put("labels", new LinkedHashMap<>(labels));
        return json;
    }

    /** @return the limit line as [n, rate] pairs through the grid */
    private List<List<Double>> line(FunnelLevel level, boolean upper) {
        List<List<Double>> line = new ArrayList<>();
        for (double n : grid) {
            line.add(List.of(n, upper ? limits.band(n).upper(level) : limits.band(n).lower(level)));
        }
        return line;
    }
}
