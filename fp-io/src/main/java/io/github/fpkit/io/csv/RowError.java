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
package io.github.fpkit.io.csv;

import io.github.fpkit.model.ResidentId;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one row of a CSV file was rejected: the file, the physical line the row starts on
 * (a quoted cell spanning lines counts all of its lines; the header is line 1), the
 * column (the canonical name of the register format), the raw cell text and the reason,
 * and the row's own record id when it can still be read, so that the records that refer
 * to the rejected row can be traced to it rather than reported as referring to nothing.
 *
 * <p>A resident identity number appears masked in {@link #value()} and in
 * {@link #toString()}, and so does any value or record id that could be one (some registers
 * key their women, births and households by the number; {@link ResidentId#maskIfNumber}).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * RowError e = source.rowErrors().get(0);
 * e.file();   // "…/women.csv"
 * e.line();   // 12
 * e.column(); // Optional[birth_date]
 * e.value();  // "2009-02-29"
 * e.reason(); // "not a real date: …"
 * e.recordId(); // Optional[W12]: the id cell of the rejected row
 * }</pre>
 */
public final class RowError {
    private final String file;
    private final long line;
    private final String column;
    private final String value;
    private final String reason;
    private final String recordId;

    private RowError(String file, long line, String column, String value, String reason, String recordId) {
        this.recordId = recordId;
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
        this.reason = reason;
    }

    /**
     * Creates a row error.
     *
     * @param file the file, as opened, not null
     * @param line the physical line the row starts on, 1 or more
     * @param column the column's canonical name, or null if the error concerns the whole row
     * @param value the raw cell text, already masked if personal, not null
     * @param reason why the row was rejected, not null
     * @return the row error
     * @throws IllegalArgumentException if {@code line} is less than 1
     */
    public static RowError of(String file, long line, String column, String value, String reason) {
        return of(file, line, column, value, reason, null);
    }

    /**
     * Creates a row error that names the rejected row's record id.
     *
     * @param file the file, as opened, not null
     * @param line the physical line the row starts on, 1 or more
     * @param column the column's canonical name, or null if the error concerns the whole row
     * @param value the raw cell text, already masked if personal, not null
     * @param reason why the row was rejected, not null
     * @param recordId the row's {@code id} (for {@code areas.csv} its {@code code}) as the
     *        record would hold it, or null if the row has no readable id
     * @return the row error
     * @throws IllegalArgumentException if {@code line} is less than 1
     */
    public static RowError of(String file, long line, String column, String value, String reason, String recordId) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
        // Some registers key their records by the resident number: an id cell, a repeated key or the
        // record id is masked as the number itself is (a legacy number typed into another column too).
        return new RowError(file, line, column, ResidentId.maskIfNumber(value), reason,
                recordId == null ? null : ResidentId.maskIfNumber(recordId));
    }

    /** @return the file, as opened */
    public String file() {
        return file;
    }

    /** @return the physical line the row starts on, 1 or more */
    public long line() {
        return line;
    }

    /** @return the column's canonical name, empty if the error concerns the whole row */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** @return the raw cell text (masked if it is a resident identity number); empty for a missing value */
    public String value() {
        return value;
    }

    /** @return why the row was rejected */
    public String reason() {
        return reason;
    }

    /**
     * The id of the rejected row: its {@code id} cell ({@code code} in {@code areas.csv}) as
     * the record would have held it. Empty for tables without such a column, when the cell is
     * empty or is itself the rejected value, and when the row has another number of cells
     * than the header (its cells may be shifted by a broken line). Masked if it could be a
     * resident identity number, as the findings that refer to the row show it.
     *
     * @return the record id, or empty
     */
    public Optional<String> recordId() {
        return Optional.ofNullable(recordId);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RowError)) {
            return false;
        }
        RowError e = (RowError) o;
        return file.equals(e.file) && line == e.line && Objects.equals(column, e.column) && value.equals(e.value)
                && reason.equals(e.reason) && Objects.equals(recordId, e.recordId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, value, reason, recordId);
    }

    /** @return for example {@code women.csv line 12, column birth_date, value '2009-02-29': not a real date} */
    @Override
    public String toString() {
        return file + " line " + line + (column == null ? "" : ", column " + column) + ", value '" + value + "': " + reason;
    }
}
