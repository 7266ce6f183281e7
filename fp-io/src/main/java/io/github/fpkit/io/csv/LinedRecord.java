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

import java.util.Objects;

/**
 * A record read from a register file with the physical line its row starts on, counted
 * as {@link RowError#line()} counts them: the header is line 1, blank lines and the extra
 * lines of a quoted cell spanning lines count, CRLF and LF are one line end each. Made by
 * {@link CsvRegisterSource#streamWithLines(CsvTable)}, for callers that must point a user
 * at a record's row (a finding of a validation rule, say).
 *
 * <pre>{@code
 * try (Stream<LinedRecord<Birth>> births = source.streamWithLines(CsvTable.BIRTHS)) {
 *     births.forEach(b -> lineOf.put(b.record().id(), b.line()));  // B000007 -> 9
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe if the record is.
 *
 * @param <T> the record type
 */
public final class LinedRecord<T> {
    private final T record;
    private final long line;

    /**
     * @param record the record, not null
     * @param line the physical line its row starts on, 2 or more (line 1 is the header)
     * @throws IllegalArgumentException if {@code line} is less than 2
     */
    public LinedRecord(T record, long line) {
        this.record = Objects.requireNonNull(record, "record");
        if (line < 2) {
            throw new IllegalArgumentException("line must be 2 or more (line 1 is the header): " + line);
        }
        this.line = line;
    }

    /** @return the record, not null */
    public T record() {
        return record;
    }

    /** @return the physical line the record's row starts on, 2 or more */
    public long line() {
        return line;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LinedRecord)) {
            return false;
        }
        LinedRecord<?> other = (LinedRecord<?>) o;
        return line == other.line && record.equals(other.record);
    }

    @Override
    public int hashCode() {
        return 31 * record.hashCode() + Long.hashCode(line);
    }

    /** @return for example {@code line 9: Birth{id=B000007, …}} */
    @Override
    public String toString() {
        return "line " + line + ": " + record;
    }
}
