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

import java.util.Map;

/**
 * A chart of a report as data: its title, the line under it (area and period), its axes'
 * names with units, its values and, for each value, the tooltip that gives its numerator
 * and denominator. The page's script turns it into an ECharts option; nothing in it is
 * computed there.
 */
public sealed interface Chart permits BarChart, IntervalChart, FunnelChart {
    /** @return the chart's id, unique in a page, made of letters, digits and {@code -} */
    String id();

    /** @return the title */
    String title();

    /** @return the line under the title: the area and the period */
    String subtitle();

    /** @return the chart as the page's script reads it: maps, lists, strings, numbers and nulls */
    Map<String, Object> toJson();
}
