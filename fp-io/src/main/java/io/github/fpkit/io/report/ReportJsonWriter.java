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
import io.github.fpkit.indicators.report.FloatingFlow;
import io.github.fpkit.indicators.report.StatedRate;
import io.github.fpkit.indicators.report.Subsidy;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an aggregate report as JSON (format: {@code docs/AGGREGATE_REPORTS.md}), pretty
 * printed, in the format's property order, omitting whatever the report does not state.
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
        if (!r.population().isEmpty()) {
            g.writeObjectPropertyStart("population");
            count(g, "start", r.population().start());
            count(g, "end", r.population().end());
            decimal(g, "average", r.population().average());
            count(g, "households", r.population().households());
            g.writeEndObject();
        }
        if (!r.women().isEmpty()) {
            g.writeObjectPropertyStart("women");
            count(g, "wra", r.women().wra());
            count(g, "married", r.women().married());
            count(g, "parity0", r.women().parity0());
            count(g, "parity1", r.women().parity1());
            count(g, "parity2", r.women().parity2());
            count(g, "parity3Plus", r.women().parity3Plus());
            count(g, "oneChild", r.women().oneChild());
            count(g, "twoDaughters", r.women().twoDaughters());
            g.writeEndObject();
        }
        if (!r.contraception().isEmpty()) {
            g.writeObjectPropertyStart("contraception");
            count(g, "users", r.contraception().users());
            codedCounts(g, "byMethod", r.contraception().byMethod());
            g.writeEndObject();
        }
        if (!r.births().isEmpty()) {
            g.writeObjectPropertyStart("births");
            count(g, "total", r.births().total());
            count(g, "order1", r.births().order1());
            count(g, "order2", r.births().order2());
            count(g, "order3Plus", r.births().order3Plus());
            count(g, "male", r.births().male());
            count(g, "female", r.births().female());
            count(g, "inPolicy", r.births().inPolicy());
            count(g, "outOfPolicy", r.births().outOfPolicy());
            g.writeEndObject();
        }
        count(g, "deaths", r.deaths());
        if (!r.surgeries().isEmpty()) {
            g.writeObjectPropertyStart("surgeries");
            count(g, "total", r.surgeries().total());
            codedCounts(g, "byType", r.surgeries().byType());
            g.writeEndObject();
        }
        count(g, "currentPregnancies", r.currentPregnancies());
        if (!r.healthChecks().isEmpty()) {
            g.writeObjectPropertyStart("healthChecks");
            count(g, "due", r.healthChecks().due());
            count(g, "done", r.healthChecks().done());
            g.writeEndObject();
        }
        flow(g, "floatingOut", r.floatingOut());
        flow(g, "floatingIn", r.floatingIn());
        count(g, "oneChildCertificatesIssued", r.oneChildCertificatesIssued());
        subsidy(g, "rewardSubsidy", r.rewardSubsidy());
        subsidy(g, "specialAssistanceBereaved", r.specialAssistanceBereaved());
        subsidy(g, "specialAssistanceDisabled", r.specialAssistanceDisabled());
        if (!r.statedRates().isEmpty()) {
            g.writeObjectPropertyStart("statedRates");
            for (StatedRate rate : r.statedRates()) {
                g.writeStringProperty(rate.indicator().code(), rate.value().toPlainString());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void flow(JsonGenerator g, String name, FloatingFlow flow) {
        if (flow.isEmpty()) {
            return;
        }
        g.writeObjectPropertyStart(name);
        count(g, "total", flow.total());
        count(g, "inProvince", flow.inProvince());
        count(g, "outOfProvince", flow.outOfProvince());
        count(g, "certificatesHeld", flow.certificatesHeld());
        count(g, "certificatesVerified", flow.certificatesVerified());
        count(g, "certificatesReturned", flow.certificatesReturned());
        count(g, "contractsSigned", flow.contractsSigned());
        g.writeEndObject();
    }

    private static void subsidy(JsonGenerator g, String name, Subsidy subsidy) {
        if (subsidy.isEmpty()) {
            return;
        }
        g.writeObjectPropertyStart(name);
        count(g, "beneficiaries", subsidy.beneficiaries());
        decimal(g, "standardPerPerson", subsidy.standardPerPerson());
        decimal(g, "statedTotal", subsidy.statedTotal());
        g.writeEndObject();
    }

    private static <K extends Enum<K>> void codedCounts(JsonGenerator g, String name, Map<K, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        g.writeObjectPropertyStart(name);
        // enum order, so that the output does not depend on the order the counts were put in
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> g.writeNumberProperty(e.getKey().toString(), e.getValue()));
        g.writeEndObject();
    }

    private static void count(JsonGenerator g, String name, OptionalLong value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.getAsLong());
        }
    }

    private static void decimal(JsonGenerator g, String name, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.get());
        }
    }
}
