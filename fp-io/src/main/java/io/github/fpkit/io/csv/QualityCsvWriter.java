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

import io.github.fpkit.indicators.quality.QualityReport;
import io.github.fpkit.indicators.quality.Reconciliation;
import io.github.fpkit.io.internal.QualityRows;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes what the quality screens found as CSV, UTF-8 as the stream encodes it and LF line
 * ends (docs/QUALITY.md has the columns): a {@link QualityReport} as one row per finding,
 * smoothed rate and funnel point, the column {@code record} saying which ({@code finding},
 * {@code smoothed}, {@code funnel}); a {@link Reconciliation} as one row per count and rate
 * compared. Absent values are empty cells. The columns are those of
 * {@code io.github.fpkit.io.report.QualityJsonWriter}'s objects, in the same order.
 *
 * <pre>{@code
 * QualityCsvWriter.write(QualityCheck.standard().check(results, Optional.empty(), List.of()), writer);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class QualityCsvWriter {
    private QualityCsvWriter() {
    }

    /**
     * Writes a report's rows to a character stream, which stays open (it is flushed).
     *
     * @param report the report, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(QualityReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        write(QualityRows.REPORT_COLUMNS, QualityRows.of(report), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes a reconciliation's rows to a character stream, which stays open (it is flushed).
     *
     * @param reconciliation the reconciliation, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(Reconciliation reconciliation, Writer out) {
        Objects.requireNonNull(reconciliation, "reconciliation");
        write(QualityRows.RECONCILIATION_COLUMNS, QualityRows.of(reconciliation), Objects.requireNonNull(out, "out"));
    }

    private static void write(List<String> columns, List<Object[]> rows, Writer out) {
        // not closed: the caller owns the stream
        CsvLineWriter csv = new CsvLineWriter(out, "quality", CsvLineWriter.LF);
        columns.forEach(csv::cell);
        csv.endRow();
        for (Object[] row : rows) {
            for (Object cell : row) {
                csv.cell(QualityRows.text(cell));
            }
            csv.endRow();
        }
        csv.flush();
    }
}
