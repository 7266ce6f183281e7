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
 * A table of a report.
 *
 * @param id the table's id, unique in the page
 * @param columns the column headers
 * @param numeric for each column, true if its cells are numbers (aligned right, sorted as numbers)
 * @param rows the rows
 * @param sortable true if a click on a header sorts the rows
 */
public record Table(String id, List<String> columns, List<Boolean> numeric, List<TableRow> rows, boolean sortable) {
    /** Checks that every row has a cell per column. */
    public Table {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        rows = List.copyOf(rows);
        if (numeric.size() != columns.size()) {
            throw new IllegalArgumentException("table " + id + ": " + numeric.size() + " flags for " + columns.size() + " columns");
        }
        for (TableRow r : rows) {
            if (r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ", row " + r.key() + ": " + r.cells().size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** @return the row with the key, if any */
    public Optional<TableRow> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
