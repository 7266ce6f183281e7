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
import io.github.fpkit.io.internal.ColumnBinding;
import io.github.fpkit.io.internal.Schemas;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes indicator results as CSV with the columns of the result record (INDICATORS.md),
 * then four more: {@value #HEADER}.
 *
 * <ul>
 *   <li>{@code period} is the ISO interval ({@code 2008-10-01/2009-09-30}), {@code periodCode}
 *       its short notation ({@code 2009SY});</li>
 *   <li>{@code status} says what the value cells hold, so that an empty cell is never
 *       ambiguous: {@code count} (numerator and value are the count; no denominator and no
 *       interval), {@code defined} (a rate, share, ratio or TFR with its value) or
 *       {@code undefined} (no value: its denominator is 0, or the population is unknown);</li>
 *   <li>{@code confidence} is the level of the interval ({@code 0.95}), empty where there is
 *       no interval; {@code level} is the area's level ({@code village}, {@code township},
 *       {@code county});</li>
 *   <li>absent values are empty cells; numbers are in the shortest form that reads back to
 *       the same double (never guarded as formulas, so a negative rate stays a number).</li>
 * </ul>
 * By default UTF-8 without a byte-order mark and LF line ends, as Python's {@code csv}
 * module and R's {@code read.csv} read it; {@link Builder#byteOrderMark(boolean)} adds the
 * mark that Excel needs to recognise UTF-8, {@link Builder#encoding(Charset)} writes GBK
 * for older Excel, {@link Builder#lineEnd(String)} CRLF. {@link ResultCsvReader} reads
 * every form back to equal records.
 *
 * <pre>{@code
 * try (ResultCsvWriter out = ResultCsvWriter.open(Path.of("results.csv"))) {
 *     results.forEach(out::write);
 * }
 * try (ResultCsvWriter out = ResultCsvWriter.builder().byteOrderMark(true).open(Path.of("for-excel.csv"))) {
 *     out.writeAll(results.stream());
 * }
 * }</pre>
 *
 * <p>I/O failures, and characters the encoding cannot encode, throw
 * {@link UncheckedIOException}. Not thread-safe.
 */
public final class ResultCsvWriter implements AutoCloseable {
    /** The header row, without its line end. */
    public static final String HEADER = "area,areaName,period,indicator,numerator,denominator,value,unit,ciLow,ciHigh,"
            + "confidence,status,level,periodCode";

    /** The columns, in order. */
    public static final List<String> COLUMNS = Schemas.RESULTS.fields().stream().map(ColumnBinding::name)
            .collect(Collectors.toUnmodifiableList());

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CsvLineWriter out;

    private ResultCsvWriter(Writer writer, String name, String lineEnd, boolean byteOrderMark) {
        assert HEADER.equals(String.join(",", COLUMNS)) : "bug: HEADER is not the schema's columns";
        this.out = new CsvLineWriter(writer, name, lineEnd);
        if (byteOrderMark) {
            try {
                writer.write(BYTE_ORDER_MARK);
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": " + e.getMessage(), e);
            }
        }
        COLUMNS.forEach(out::cell);
        out.endRow();
    }

    /**
     * Creates (or replaces) a file in UTF-8 without a byte-order mark, with LF line ends,
     * and writes the header.
     *
     * @param file the file, not null
     * @return the writer; close it
     * @throws UncheckedIOException if the file cannot be created
     */
    public static ResultCsvWriter open(Path file) {
        return builder().open(file);
    }

    /**
     * Writes to a character stream, which the writer buffers and closes when closed; LF
     * line ends, no byte-order mark (the stream's encoding is its own).
     *
     * @param writer the destination, not null
     * @return the writer; close it
     * @throws UncheckedIOException if the header cannot be written
     */
    public static ResultCsvWriter of(Writer writer) {
        Objects.requireNonNull(writer, "writer");
        return new ResultCsvWriter(new BufferedWriter(writer), "results", CsvLineWriter.LF, false);
    }

    /** @return a builder for another encoding, a byte-order mark or CRLF line ends */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param result a result, not null
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public ResultCsvWriter write(IndicatorResult result) {
        Objects.requireNonNull(result, "result");
        for (ColumnBinding<IndicatorResult, ?, ?> field : Schemas.RESULTS.fields()) {
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

    /**
     * How a results file is encoded: UTF-8, no byte-order mark and LF line ends unless
     * asked otherwise.
     *
     * <pre>{@code
     * ResultCsvWriter.builder().byteOrderMark(true).open(file);              // Excel 2016 and later
     * ResultCsvWriter.builder().encoding(Charset.forName("GBK")).open(file);  // older Excel on Chinese Windows
     * }</pre>
     */
    public static final class Builder {
        private Charset encoding = StandardCharsets.UTF_8;
        private boolean byteOrderMark;
        private String lineEnd = CsvLineWriter.LF;

        private Builder() {
        }

        /**
         * @param encoding the encoding, not null; a character it cannot encode (a rare
         *        character of an area name in GBK) fails the write rather than turning into {@code ?}
         * @return this builder
         */
        public Builder encoding(Charset encoding) {
            this.encoding = Objects.requireNonNull(encoding, "encoding");
            return this;
        }

        /**
         * @param byteOrderMark true to begin the file with a byte-order mark, which tells
         *        Excel that it is UTF-8; only with UTF-8
         * @return this builder
         */
        public Builder byteOrderMark(boolean byteOrderMark) {
            this.byteOrderMark = byteOrderMark;
            return this;
        }

        /**
         * @param lineEnd {@code "\n"} (the default) or {@code "\r\n"}, not null
         * @return this builder
         * @throws IllegalArgumentException for any other line end
         */
        public Builder lineEnd(String lineEnd) {
            if (!CsvLineWriter.LF.equals(lineEnd) && !CsvLineWriter.CRLF.equals(lineEnd)) {
                throw new IllegalArgumentException("lineEnd must be \"\\n\" or \"\\r\\n\": " + (lineEnd == null ? null
                        : "\"" + lineEnd.replace("\r", "\\r").replace("\n", "\\n") + "\""));
            }
            this.lineEnd = lineEnd;
            return this;
        }

        /**
         * Creates (or replaces) a file and writes the header.
         *
         * @param file the file, not null
         * @return the writer; close it
         * @throws IllegalArgumentException if a byte-order mark is asked for in another encoding than UTF-8
         * @throws UncheckedIOException if the file cannot be created
         */
        public ResultCsvWriter open(Path file) {
            Objects.requireNonNull(file, "file");
            checkByteOrderMark();
            try {
                return new ResultCsvWriter(Files.newBufferedWriter(file, encoding), file.toString(), lineEnd, byteOrderMark);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }

        /**
         * Writes to a byte stream, which the writer closes when closed.
         *
         * @param stream the destination, not null
         * @param name what to call the destination in error messages, not null
         * @return the writer; close it
         * @throws IllegalArgumentException if a byte-order mark is asked for in another encoding than UTF-8
         * @throws UncheckedIOException if the header cannot be written
         */
        public ResultCsvWriter of(OutputStream stream, String name) {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(name, "name");
            checkByteOrderMark();
            // The charset's own encoder reports unmappable characters instead of writing '?'.
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, encoding.newEncoder()));
            return new ResultCsvWriter(writer, name, lineEnd, byteOrderMark);
        }

        private void checkByteOrderMark() {
            if (byteOrderMark && !encoding.equals(StandardCharsets.UTF_8)) {
                throw new IllegalArgumentException("a byte-order mark is written only in UTF-8, not in " + encoding.name());
            }
        }
    }
}
