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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a CSV of indicator results as {@link ResultCsvWriter} writes it (UTF-8; columns in
 * any order, matched case-insensitively; {@code unit}, if present, must be the
 * indicator's; {@code period} in any notation). Strict: the first invalid row throws.
 *
 * <pre>{@code
 * List<IndicatorResult> results = ResultCsvReader.read(Path.of("results.csv"));
 * }</pre>
 *
 * <p>Exceptions: {@link RowErrorException} for an invalid row, {@link CsvFormatException}
 * for a missing column or an unreadable file, {@link java.io.UncheckedIOException} for I/O.
 */
public final class ResultCsvReader {
    private static final ReadSettings SETTINGS = new ReadSettings(StandardCharsets.UTF_8, true,
            CsvRegister.DEFAULT_MAX_CELL_LENGTH, CsvRegister.DEFAULT_MAX_LINE_LENGTH, TableSpliterator.MIN_SPLIT_BYTES);

    private ResultCsvReader() {
    }

    /**
     * @param file the file, not null
     * @return the results, in file order
     * @throws RowErrorException if a row is not a valid result
     * @throws CsvFormatException if the file is not a results CSV
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static List<IndicatorResult> read(Path file) {
        Objects.requireNonNull(file, "file");
        List<IndicatorResult> results = new ArrayList<>();
        try (TableReader<IndicatorResult, ?> reader = new TableReader<>(file, Schemas.RESULTS, SETTINGS,
                new Pass(p -> { }))) {
            reader.forEachRemaining(results::add);
        }
        return results;
    }
}
