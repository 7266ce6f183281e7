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

import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.internal.Field;
import io.github.fpkit.io.internal.Schemas;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes indicator results as CSV with the columns of the result record (INDICATORS.md):
 * {@code area, areaName, period, indicator, numerator, denominator, value, unit, ciLow, ciHigh};
 * {@code period} as an ISO interval, absent values as empty cells, numbers in the
 * shortest form that reads back to the same double (never guarded as formulas, so a
 * negative rate stays a number), UTF-8, CRLF. {@link ResultCsvReader} reads it back to
 * equal records.
 *
 * <pre>{@code
 * try (ResultCsvWriter out = ResultCsvWriter.open(Path.of("results.csv"))) {
 *     results.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>I/O failures throw {@link UncheckedIOException}. Not thread-safe.
 */
public final class ResultCsvWriter implements AutoCloseable {
    /** The columns, in order. */
    public static final List<String> COLUMNS = Schemas.RESULTS.fields().stream().map(Field::name)
            .collect(Collectors.toUnmodifiableList());

    private final CsvLineWriter out;

    private ResultCsvWriter(Writer writer, String name) {
        this.out = new CsvLineWriter(writer, name);
        COLUMNS.forEach(out::cell);
        out.endRow();
    }

    /**
     * Creates (or replaces) a file and writes the header.
     *
     * @param file the file, not null
     * @return the writer; close it
     * @throws UncheckedIOException if the file cannot be created
     */
    public static ResultCsvWriter open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return new ResultCsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes to a character stream, which the writer buffers and closes when closed.
     *
     * @param writer the destination, not null
     * @return the writer; close it
     */
    public static ResultCsvWriter of(Writer writer) {
        Objects.requireNonNull(writer, "writer");
        return new ResultCsvWriter(new BufferedWriter(writer), "results");
    }

    /**
     * @param result a result, not null
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public ResultCsvWriter write(IndicatorResult result) {
        Objects.requireNonNull(result, "result");
        for (Field<IndicatorResult, ?, ?> field : Schemas.RESULTS.fields()) {
            out.cell(field.format(result));
        }
        out.endRow();
        return this;
    }

    /**
     * @param results the results, not null; consumed, not closed
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public ResultCsvWriter writeAll(Stream<? extends IndicatorResult> results) {
        results.forEachOrdered(this::write);
        return this;
    }

    /**
     * Flushes and closes the destination.
     *
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void close() {
        out.close();
    }
}
