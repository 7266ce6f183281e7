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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One series of a bar chart: its name, colour, a value per category (null where there is
 * none) and a tooltip per category.
 *
 * @param name the name, shown in the legend
 * @param color the colour, {@code #rrggbb}
 * @param values a value per category, null for none
 * @param tips a tooltip per category: the value with its numerator and denominator
 */
public record BarSeries(String name, String color, List<Double> values, List<String> tips) {
    /** Checks that there is a tooltip per value. */
    public BarSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        // Not List.copyOf: a category without a value is null.
        values = Collections.unmodifiableList(new ArrayList<>(values));
        tips = List.copyOf(tips);
        if (values.size() != tips.size()) {
            throw new IllegalArgumentException("series " + name + ": " + values.size() + " values but " + tips.size() + " tips");
        }
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("color", color);
        json.put("values", values);
        json.put("tips", tips);
        return json;
    }
}
