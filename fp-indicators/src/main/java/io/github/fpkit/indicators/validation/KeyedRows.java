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
package io.github.fpkit.indicators.validation;

import io.github.fpkit.indicators.engine.RowIds;
import java.util.Arrays;

/**
 * The ids of a table's rows and the lines the rows start on, for the tables whose ids the
 * validator holds because other tables refer to them (women, households): the ids' characters
 * in one array and an open-addressing table from an id to its first row ({@link RowIds}), and
 * a long per row, so that memory grows by a few dozen bytes a row. Filled in row order, then
 * {@linkplain #close() closed}, then read. Not thread-safe.
 */
final class KeyedRows {
    private RowIds.Part part = new RowIds.Part();
    private long[] lines = new long[64];
    private RowIds ids;

    /** Adds the next row; only before {@link #close()}. */
    void add(String id, long line) {
        int row = part.size();
        if (row == lines.length) {
            lines = Arrays.copyOf(lines, row * 2);
        }
        lines[row] = line;
        part.add(id);
    }

    /** Ends the rows: builds the table from ids to first rows and lets the collected parts go. */
    void close() {
        ids = RowIds.of(part);
        part = null;
        lines = Arrays.copyOf(lines, ids.size());
    }

    /** @return the number of rows */
    int size() {
        return ids.size();
    }

    /** @return the first row with the id, or {@link RowIds#NONE} */
    int first(String id) {
        return ids.first(id);
    }

    /** @return the first row with the id of {@code row}: {@code row} itself unless a row before it has its id */
    int firstOf(int row) {
        return ids.firstOf(row);
    }

    /** @return the id of the row */
    String id(int row) {
        return ids.id(row);
    }

    /** @return the line the row starts on, or {@link TableReading#NO_LINE} */
    long line(int row) {
        return lines[row];
    }
}
