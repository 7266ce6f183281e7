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

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure of a report: a chart, or where there is nothing to chart the sentence that
 * says why ("no births in the period"), never an empty axis; and notes under it (areas
 * left out because their value is undefined).
 *
 * @param id the figure's id, unique in a page
 * @param title the title, shown above the note when there is no chart
 * @param chart the chart, or empty
 * @param empty why there is no chart; empty when there is one
 * @param notes sentences under the chart
 */
public record Figure(String id, String title, Optional<Chart> chart, Optional<String> empty, List<String> notes) {
    /** Checks that a figure has a chart or says why not. */
    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (chart.isPresent() == empty.isPresent()) {
            throw new IllegalArgumentException("figure " + id + ": a chart or the reason there is none");
        }
        notes = List.copyOf(notes);
    }

    /** @return a figure of the chart with notes under it */
    public static Figure of(Chart chart, List<String> notes) {
        return new Figure(chart.id(), chart.title(), Optional.of(chart), Optional.empty(), notes);
    }

    /** @return a figure that says why it has no chart */
    public static Figure empty(String id, String title, String why) {
        return new Figure(id, title, Optional.empty(), Optional.of(why), List.of());
    }
}
