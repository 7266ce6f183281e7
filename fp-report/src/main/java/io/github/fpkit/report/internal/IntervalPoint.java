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
import java.util.Map;
import java.util.Objects;

/**
 * One area's value with its confidence interval.
 *
 * @param name the area's name
 * @param value the value
 * @param low the interval's lower end, or null if it has no interval
 * @param high the interval's upper end, or null if it has no interval
 * @param tip the tooltip: value, interval, numerator and denominator
 */
public record IntervalPoint(String name, double value, Double low, Double high, String tip) {
    /** Checks that the interval has both ends or none. */
    public IntervalPoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tip, "tip");
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException(name + ": an interval has two ends");
        }
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("value", value);
        json.put("low", low);
        json.put("high", high);
        json.put("tip", tip);
        return json;
    }
}
