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

import io.github.fpkit.io.internal.ColumnBinding;
import io.github.fpkit.io.internal.Schema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes the records of one table as CSV in canonical form: English headers in the
 * order of the register format, UTF-8 (no BOM), ISO dates, English codes, CRLF line ends,
 * RFC 4180 quoting, absent values as empty cells. With {@link CsvStyle#CHINESE} it writes
 * what a Chinese export holds instead (Chinese headers and labels, {@code 2009年9月30日}),
 * in the encoding asked for; both styles read back to equal records. Resident identity numbers are written
 * in full: this is the register's own file. Text cells a spreadsheet would execute get a
 * leading apostrophe, which the reader removes again. Streams row by row, so it suits
 * millions of rows.
 *
 * <pre>{@code
 * try (CsvTableWriter<Woman> out = CsvTableWriter.open(CsvTable.WOMEN, folder.resolve("women.csv"))) {
 *     women.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>I/O failures throw {@link UncheckedIOException}. Not thread-safe.
 *
 * @param <T> the record type
 */
public final class CsvTableWriter<T> implements AutoCloseable {
    private final List<? extends ColumnBinding<T, ?, ?>> fields;
    private final CsvLineWriter out;
    private final boolean chinese;
    private long rows;

    private CsvTableWriter(Schema<T, ?> schema, Writer writer, String name, CsvStyle style) {
        this.fields = schema.fields();
        this.out = new CsvLineWriter(writer, name, CsvLineWriter.CRLF);
        this.chinese = style == CsvStyle.CHINESE;
        for (ColumnBinding<T, ?, ?> field : fields) {
            out.cell(chinese ? field.chineseName() : field.name());
        }
        out.endRow();
    }

    /**
     * Creates (or replaces) a file and writes the header.
     *
     * @param <T> the record type
     * @param table the table, not null
     * @param file the file, not null; its folder must exist
     * @return the writer; close it
     * @throws UncheckedIOException if the file cannot be created
     */
    public static <T> CsvTableWriter<T> open(CsvTable<T> table, Path file) {
        return open(table, file, StandardCharsets.UTF_8, CsvStyle.CANONICAL);
    }

    /**
     * Creates (or replaces) a file in an encoding and style and writes the header.
     *
     * <pre>{@code
     * CsvTableWriter.open(CsvTable.WOMEN, folder.resolve("women.csv"), Charset.forName("GBK"), CsvStyle.CHINESE);
     * }</pre>
     *
     * @param <T> the record type
     * @param table the table, not null
     * @param file the file, not null; its folder must exist
     * @param encoding the encoding, not null; a character it cannot encode fails the write
     * @param style the style of headers and cells, not null
     * @return the writer; close it
     * @throws UncheckedIOException if the file cannot be created
     */
    public static <T> CsvTableWriter<T> open(CsvTable<T> table, Path file, Charset encoding, CsvStyle style) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(style, "style");
        try {
            return new CsvTableWriter<>(table.schema(), Files.newBufferedWriter(file, encoding), file.toString(), style);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes to a character stream, which the writer buffers and closes when closed.
     *
     * @param <T> the record type
     * @param table the table, not null
     * @param writer the destination, not null
     * @return the writer; close it
     * @throws UncheckedIOException if the header cannot be written
     */
    public static <T> CsvTableWriter<T> of(CsvTable<T> table, Writer writer) {
        return of(table, writer, CsvStyle.CANONICAL);
    }

    /**
     * Writes to a character stream in a style; the writer buffers and closes the stream when closed.
     *
     * @param <T> the record type
     * @param table the table, not null
     * @param writer the destination, not null
     * @param style the style of headers and cells, not null
     * @return the writer; close it
     * @throws UncheckedIOException if the header cannot be written
     */
    public static <T> CsvTableWriter<T> of(CsvTable<T> table, Writer writer, CsvStyle style) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(style, "style");
        return new CsvTableWriter<>(table.schema(), new BufferedWriter(writer, 64 * 1024), table.toString(), style);
    }

    /**
     * @param record the record, not null
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public CsvTableWriter<T> write(T record) {
        Objects.requireNonNull(record, "record");
        for (ColumnBinding<T, ?, ?> field : fields) {
            out.cell(chinese ? field.formatChinese(record) : field.format(record));
        }
        out.endRow();
        rows++;
        return this;
    }

    /**
     * @param records the records, not null; consumed, not closed
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public CsvTableWriter<T> writeAll(Stream<? extends T> records) {
        records.forEachOrdered(this::write);
        return this;
    }

    /** @return the rows written so far, the header not counted */
    public long rowsWritten() {
        return rows;
    }

    /**
     * Flushes buffered rows.
     *
     * @throws UncheckedIOException if writing fails
     */
    public void flush() {
        out.flush();
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
