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
import io.github.fpkit.io.internal.Schemas;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a CSV of indicator results as {@link ResultCsvWriter} writes it, in any of its
 * forms: with or without a byte-order mark, LF or CRLF line ends; columns in any order,
 * matched case-insensitively. The ten columns of the result record are read as values;
 * {@code unit}, {@code status}, {@code level} and {@code periodCode}, if present, must
 * agree with the record ({@code period} and {@code periodCode} in any notation); a file
 * without the four newer columns (one written before they were added) reads too. Strict:
 * the first invalid row throws.
 *
 * <pre>{@code
 * List<IndicatorResult> results = ResultCsvReader.read(Path.of("results.csv"));
 * List<IndicatorResult> fromExcel = ResultCsvReader.read(Path.of("results-gbk.csv"), Charset.forName("GBK"));
 * }</pre>
 *
 * <p>Exceptions: {@link RowErrorException} for an invalid row (naming file, line, column,
 * value and reason), {@link CsvFormatException} for a missing column or an unreadable
 * file, {@link java.io.UncheckedIOException} for I/O.
 */
public final class ResultCsvReader {
    private ResultCsvReader() {
    }

    /**
     * Reads a results file in UTF-8.
     *
     * @param file the file, not null
     * @return the results, in file order
     * @throws RowErrorException if a row is not a valid result
     * @throws CsvFormatException if the file is not a results CSV
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static List<IndicatorResult> read(Path file) {
        return read(file, StandardCharsets.UTF_8);
    }

    /**
     * Reads a results file in an encoding.
     *
     * @param file the file, not null
     * @param encoding its encoding, not null: UTF-8, GBK or GB18030
     * @return the results, in file order
     * @throws RowErrorException if a row is not a valid result
     * @throws CsvFormatException if the file is not a results CSV, or holds bytes invalid in the encoding
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static List<IndicatorResult> read(Path file, Charset encoding) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(encoding, "encoding");
        ReadSettings settings = new ReadSettings(encoding, true, CsvRegister.DEFAULT_MAX_CELL_LENGTH,
                CsvRegister.DEFAULT_MAX_LINE_LENGTH, TableSpliterator.MIN_SPLIT_BYTES);
        List<IndicatorResult> results = new ArrayList<>();
        try (TableReader<IndicatorResult, ?> reader = new TableReader<>(file, Schemas.RESULTS, settings, new PassReport(p -> { }))) {
            reader.forEachRemaining(results::add);
        }
        return results;
    }
}
