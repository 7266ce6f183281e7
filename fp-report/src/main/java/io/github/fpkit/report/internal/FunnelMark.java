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

import io.github.fpkit.indicators.quality.FunnelPosition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One area of a funnel plot, as drawn: a mark of fp-indicators' {@code FunnelPoint}.
 *
 * @param name the area's name
 * @param n its denominator (the x axis)
 * @param value its rate, in the indicator's unit (the y axis)
 * @param position where it lies against the limits
 * @param tip the tooltip: rate, numerator and denominator, and the position
 */
public record FunnelMark(String name, double n, double value, FunnelPosition position, String tip) {
    /** Checks the arguments. */
    public FunnelMark {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(tip, "tip");
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("n", n);
        json.put("value", value);
        json.put("position", position.code());
        json.put("tip", tip);
        return json;
    }
}
