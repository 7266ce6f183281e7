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

import io.github.fpkit.indicators.report.AuditFinding;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the findings of a report's audit as a JSON array, one object per finding with the
 * properties {@code rule}, {@code severity} ({@code "error"} or {@code "warning"}),
 * {@code fields} (JSON paths), {@code expected}, {@code stated}, {@code chineseMessage} and
 * {@code englishMessage}, in the order given.
 *
 * <pre>{@code
 * String json = AuditFindingJsonWriter.toJson(ReportAudit.audit(report));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AuditFindingJsonWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AuditFindingJsonWriter() {
    }

    /**
     * Writes findings to a character stream, which stays open (it is flushed).
     *
     * @param findings the findings, not null, no null element
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(List<AuditFinding> findings, Writer out) {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(new UnclosedWriter(out))) {
            g.writeStartArray();
            for (AuditFinding f : findings) {
                g.writeStartObject();
                g.writeStringProperty("rule", f.rule());
                g.writeStringProperty("severity", f.severity().code());
                g.writeArrayPropertyStart("fields");
                f.fields().forEach(g::writeString);
                g.writeEndArray();
                g.writeStringProperty("expected", f.expected());
                g.writeStringProperty("stated", f.stated());
                g.writeStringProperty("chineseMessage", f.chineseMessage());
                g.writeStringProperty("englishMessage", f.englishMessage());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * @param findings the findings, not null, no null element
     * @return the findings' JSON array
     */
    public static String toJson(List<AuditFinding> findings) {
        StringWriter out = new StringWriter();
        write(findings, out);
        return out.toString();
    }
}
