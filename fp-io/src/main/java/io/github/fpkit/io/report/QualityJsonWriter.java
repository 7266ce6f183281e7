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
package io.github.fpkit.io.report;

import io.github.fpkit.indicators.quality.QualityReport;
import io.github.fpkit.indicators.quality.Reconciliation;
import io.github.fpkit.io.internal.QualityRows;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what the quality screens found as a JSON array of flat objects, pretty printed
 * (docs/QUALITY.md has the properties): a {@link QualityReport} as one object per finding,
 * smoothed rate and funnel point, the property {@code record} saying which ({@code finding},
 * {@code smoothed}, {@code funnel}), each with every property of the table, {@code null} where
 * it does not apply; a {@link Reconciliation} as one object per count and rate compared.
 * Findings have the properties of the audit's findings that apply to them ({@code rule},
 * {@code severity}, {@code chineseMessage}, {@code englishMessage}) beside the area, indicator,
 * value, method and threshold.
 *
 * <pre>{@code
 * String json = QualityJsonWriter.toJson(report);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class QualityJsonWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private QualityJsonWriter() {
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

    /**
     * @param report the report, not null
     * @return its JSON array
     */
    public static String toJson(QualityReport report) {
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    /**
     * @param reconciliation the reconciliation, not null
     * @return its JSON array
     */
    public static String toJson(Reconciliation reconciliation) {
        StringWriter out = new StringWriter();
        write(reconciliation, out);
        return out.toString();
    }

    private static void write(List<String> columns, List<Object[]> rows, Writer out) {
        try (JsonGenerator g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(new UnclosedWriter(out))) {
            g.writeStartArray();
            for (Object[] row : rows) {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    g.writeName(columns.get(i));
                    QualityRows.writeJson(g, row[i]);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }
}
