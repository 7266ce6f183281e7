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

import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.ReportFigure;
import io.github.fpkit.indicators.report.ReportSection;
import io.github.fpkit.indicators.report.StatedRate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an aggregate report as JSON (format: {@code docs/AGGREGATE_REPORTS.md}), pretty
 * printed, in the format's property order (its figures in the order of the format's table,
 * {@link ReportSection#report()}), omitting whatever the report does not state.
 * Stated rates are written as strings ({@code "91.20"}) so that their precision survives
 * any JSON reader; amounts and the average population as plain JSON numbers. Reading the
 * output with {@link ReportJsonReader} gives back an equal report.
 *
 * <pre>{@code
 * ReportJsonWriter.write(report, Path.of("shifan-2009SY.json"));
 * String json = ReportJsonWriter.toJson(report);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportJsonWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private ReportJsonWriter() {
    }

    /**
     * Writes a report to a file in UTF-8, replacing it if it exists.
     *
     * @param report the report, not null
     * @param file the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(AggregateReport report, Path file) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(file, "file");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a report to a character stream, which stays open (it is flushed).
     *
     * @param report the report, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(AggregateReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(new UnclosedWriter(out))) {
            report(g, report);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * @param report the report, not null
     * @return the report's JSON text
     */
    public static String toJson(AggregateReport report) {
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    private static void report(JsonGenerator g, AggregateReport r) {
        g.writeStartObject();
        r.areaCode().ifPresent(a -> g.writeStringProperty("areaCode", a.toString()));
        r.areaName().ifPresent(n -> g.writeStringProperty("areaName", n));
        r.statedPeriod().ifPresent(p -> g.writeStringProperty("period", p));
        r.statedReportDate().ifPresent(d -> g.writeStringProperty("reportDate", d));
        figures(g, r);
        if (!r.statedRates().isEmpty()) {
            g.writeObjectPropertyStart("statedRates");
            for (StatedRate rate : r.statedRates()) {
                g.writeStringProperty(rate.indicator().code(), rate.value().toPlainString());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * Writes every figure the report states, in the order of the format's table, opening each
     * object at its first stated figure and closing it after its last: an object with no
     * figure stated is left out.
     */
    private static void figures(JsonGenerator g, AggregateReport r) {
        List<String> open = new ArrayList<>();
        for (ReportFigure figure : ReportSection.report().figures()) {
            Optional<BigDecimal> value = figure.written(r);
            if (value.isEmpty()) {
                continue;
            }
            String[] parts = figure.path().split("\\.");
            List<String> objects = List.of(parts).subList(0, parts.length - 1);
            int shared = 0;
            while (shared < open.size() && shared < objects.size() && open.get(shared).equals(objects.get(shared))) {
                shared++;
            }
            close(g, open, shared);
            for (String object : objects.subList(shared, objects.size())) {
                g.writeObjectPropertyStart(object);
                open.add(object);
            }
            if (figure.isDecimal()) {
                g.writeNumberProperty(figure.name(), value.get());
            } else {
                g.writeNumberProperty(figure.name(), value.get().longValueExact());
            }
        }
        close(g, open, 0);
    }

    /** Closes the open objects beyond the first {@code keep}. */
    private static void close(JsonGenerator g, List<String> open, int keep) {
        while (open.size() > keep) {
            g.writeEndObject();
            open.remove(open.size() - 1);
        }
    }
}
