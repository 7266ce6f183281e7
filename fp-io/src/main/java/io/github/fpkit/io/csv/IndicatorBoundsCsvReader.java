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

import io.github.fpkit.indicators.quality.IndicatorBound;
import io.github.fpkit.indicators.quality.IndicatorBounds;
import io.github.fpkit.io.internal.QualitySchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads min–max bounds of indicators from a small CSV file (docs/QUALITY.md), UTF-8 (a
 * byte-order mark is skipped), one bound a row, with the columns {@code indicator} (a code),
 * optionally {@code area} (a 12-digit code, for that area only), and {@code min}, {@code max}
 * or both, in the indicator's unit; the headers may be Chinese (指标代码, 区划代码, 下限, 上限).
 *
 * <pre>{@code
 * indicator,area,min,max
 * CPR,,60,95
 * SRB,990102001003,,130
 * IndicatorBounds bounds = IndicatorBoundsCsvReader.read(Path.of("bounds.csv"));
 * }</pre>
 *
 * <p>Reading is strict: a row that is not a bound (an unknown code, a bound with neither end,
 * a max below its min) is a {@link RowErrorException} naming file, line, column and value; two
 * bounds of one indicator for the same area are an {@link IllegalArgumentException}. Stateless
 * and thread-safe.
 */
public final class IndicatorBoundsCsvReader {
    private IndicatorBoundsCsvReader() {
    }

    /**
     * @param file the CSV file, not null
     * @return the bounds
     * @throws RowErrorException if a row is not a bound
     * @throws CsvFormatException if the file is not a bounds CSV (no {@code indicator} column, bytes invalid in UTF-8)
     * @throws IllegalArgumentException if two bounds are of one indicator for the same area
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static IndicatorBounds read(Path file) {
        Objects.requireNonNull(file, "file");
        ReadSettings settings = new ReadSettings(StandardCharsets.UTF_8, true, CsvRegister.DEFAULT_MAX_CELL_LENGTH,
                CsvRegister.DEFAULT_MAX_LINE_LENGTH, TableSpliterator.MIN_SPLIT_BYTES);
        List<IndicatorBound> bounds = new ArrayList<>();
        try (TableReader<IndicatorBound, ?> reader = new TableReader<>(file, QualitySchemas.BOUNDS, settings, new PassReport(p -> { }))) {
            reader.forEachRemaining(bounds::add);
        }
        try {
            return IndicatorBounds.of(bounds);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
