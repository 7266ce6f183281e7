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

/**
 * One row of a table.
 *
 * @param key what the row is about (an indicator's code, a rule's id), for the page to find it by; may be empty
 * @param cells the cells' texts, as shown
 * @param sortKeys what each cell sorts by: a number as plain decimal text, or the text itself; empty for the last
 */
public record TableRow(String key, List<String> cells, List<String> sortKeys) {
    /** Checks that there is a sort key per cell. */
    public TableRow {
        Objects.requireNonNull(key, "key");
        cells = List.copyOf(cells);
        sortKeys = List.copyOf(sortKeys);
        if (cells.size() != sortKeys.size()) {
            throw new IllegalArgumentException("row " + key + ": " + cells.size() + " cells but " + sortKeys.size() + " sort keys");
        }
    }

    /** @return a row whose cells sort by their text */
    public static TableRow of(String key, List<String> cells) {
        return new TableRow(key, cells, cells);
    }
}
