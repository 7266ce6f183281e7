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
package io.github.fpkit.indicators;

import io.github.fpkit.model.register.RowCounts;
import java.util.Objects;

/**
 * What became of the rows of one table in a computation: read, accepted, rejected (the
 * duplicate keys among them: the first row of a key counts) and, of the accepted,
 * unattributed (their woman is not in {@code women.csv}, so no area counts them).
 * Immutable.
 *
 * <pre>{@code
 * TableRows births = computed.tableRows().get(RegisterTable.BIRTHS);
 * births.read();          // 412
 * births.rejected();      // 3, of which births.duplicates() repeated an earlier row's id
 * births.unattributed();  // 1: accepted, but its mother is not in women.csv
 * births.counted();       // 408 = accepted - unattributed
 * }</pre>
 */
public final class TableRows {
    private final RowCounts rows;
    private final long unattributed;

    private TableRows(RowCounts rows, long unattributed) {
        this.rows = rows;
        this.unattributed = unattributed;
    }

    /**
     * @param rows the table's rows as read, not null
     * @param unattributed accepted rows whose woman is not in {@code women.csv}, 0 to {@code rows.accepted()}
     * @return the rows of the table
     * @throws IllegalArgumentException if {@code unattributed} is negative or exceeds the accepted rows
     */
    public static TableRows of(RowCounts rows, long unattributed) {
        Objects.requireNonNull(rows, "rows");
        if (unattributed < 0 || unattributed > rows.accepted()) {
            throw new IllegalArgumentException("unattributed rows must be 0 to the " + rows.accepted() + " accepted: "
                    + unattributed);
        }
        return new TableRows(rows, unattributed);
    }

    /** @return the rows read: accepted + rejected */
    public long read() {
        return rows.read();
    }

    /** @return the rows turned into records */
    public long accepted() {
        return rows.accepted();
    }

    /** @return the rows left out, duplicates included */
    public long rejected() {
        return rows.rejected();
    }

    /** @return the rejected rows whose key an earlier row of the table has */
    public long duplicates() {
        return rows.duplicates();
    }

    /** @return the accepted rows that no area counts because their woman is not in {@code women.csv} */
    public long unattributed() {
        return unattributed;
    }

    /** @return the rows that count towards the indicators: accepted - unattributed */
    public long counted() {
        return rows.accepted() - unattributed;
    }

    /** @return the read, accepted and rejected counts */
    public RowCounts rowCounts() {
        return rows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableRows && ((TableRows) o).rows.equals(rows) && ((TableRows) o).unattributed == unattributed;
    }

    @Override
    public int hashCode() {
        return rows.hashCode() * 31 + Long.hashCode(unattributed);
    }

    /** @return for example {@code read 412, accepted 409, rejected 3 (2 duplicates), unattributed 1} */
    @Override
    public String toString() {
        return rows + ", unattributed " + unattributed;
    }
}
