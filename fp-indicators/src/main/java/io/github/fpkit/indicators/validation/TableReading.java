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

import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.LinedRegisterSource;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;

/**
 * How the validator reads a table of its source, once per call: each record with the line
 * its row starts on when the source numbers its rows ({@link LinedRegisterSource}), with
 * {@link #NO_LINE} otherwise.
 */
final class TableReading {
    /** The line of a record whose source does not number its rows. */
    static final long NO_LINE = 0;

    private final RegisterSource source;

    TableReading(RegisterSource source) {
        this.source = source;
    }

    /**
     * @param finding a finding about a record
     * @param line the line of the record's row, or {@link #NO_LINE}
     * @return the finding, with its line if known
     */
    static Finding located(Finding.Builder finding, long line) {
        if (line != NO_LINE) {
            finding.line(line);
        }
        return finding.build();
    }

    /** @return true if the findings will have lines */
    boolean hasLines() {
        return source instanceof LinedRegisterSource;
    }

    /** @return true if the source has the table */
    boolean has(RegisterTable table) {
        return source.has(table);
    }

    /**
     * @param table the table
     * @param type its record class
     * @param stream its stream, for a source without lines
     * @param action receives each record, in the source's order, and its line or {@link #NO_LINE}
     */
    <T> void read(RegisterTable table, Class<T> type, Function<RegisterSource, Stream<T>> stream, ObjLongConsumer<? super T> action) {
        if (source instanceof LinedRegisterSource) {
            ((LinedRegisterSource) source).forEachWithLine(table, type, action);
            return;
        }
        try (Stream<T> records = stream.apply(source)) {
            records.forEach(r -> action.accept(r, NO_LINE));
        }
    }
}
