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
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an aggregate report from its JSON (format: {@code docs/AGGREGATE_REPORTS.md}).
 *
 * <p>Reading is strict: an unknown property, a property given twice (also a method of
 * {@code contraception.byMethod} or a type of {@code surgeries.byType} under two spellings,
 * such as {@code "iud"} and {@code "上环"}: "stated twice"), a count that is not a whole
 * number of 0 or more, a decimal with more than 20 decimals or 25 digits before the point,
 * JSON beyond fpkit's limits (numbers of more than 64 characters or with an exponent of more
 * than 3 digits, names of more than 100 characters, strings of more than 1,000, nesting deeper
 * than 16), a file cut short, or malformed JSON is a {@link ReportFormatException} naming the
 * source, line, column, field and value. {@code null} means "not stated", but an unknown
 * property is rejected even with the value {@code null}. Stated rates
 * keep their precision whether written as numbers ({@code 91.2}) or strings
 * ({@code "91.20"}). A period or report date naming no real day is kept as text, for the
 * audit to report. Files are read as JSON text in UTF-8 (UTF-16 and UTF-32 are detected).
 *
 * <pre>{@code
 * AggregateReport report = ReportJsonReader.read(Path.of("shifan-2009SY.json"));
 * List<AuditFinding> findings = ReportAudit.audit(report);
 * }</pre>
 *
 * <h2>Exceptions</h2>
 * {@link ReportFormatException} for content that is not a report; {@link UncheckedIOException}
 * when the input cannot be read; {@link NullPointerException} for a null argument.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportJsonReader {
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(new ReportLimits())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()).build();
    /** Jackson's description of where it was, which the exception's own line and column replace. */
    private static final Pattern JACKSON_LOCATION = Pattern.compile("\\s*\\(?(start marker )?at \\[Source:[^\\]]*\\]\\)?");
    /**
     * Jackson's advice on its own settings ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", "Feature
     * 'ALLOW_COMMENTS' not enabled for parser"), which means nothing to a report's author: removed, and "require
     * enabling" said as what it means.
     */
    private static final Pattern JACKSON_ADVICE = Pattern.compile(":?\\s*enable `[^`]*` to allow"
            + "|\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)"
            + "|\\s*\\(consider enabling `[^`]*`[^()]*(\\([^()]*\\))?\\)");
    private static final Pattern JACKSON_REQUIRES = Pattern.compile("require enabling `[^`]*`");

    private ReportJsonReader() {
    }

    /**
     * Reads a report file.
     *
     * @param file the JSON file, not null
     * @return the report
     * @throws ReportFormatException if the content is not a report of the format; its source is the file's path
     * @throws UncheckedIOException if the file cannot be read
     */
    public static AggregateReport read(Path file) {
        Objects.requireNonNull(file, "file");
        try (JsonParser parser = MAPPER.createParser(file)) {
            return read(parser, file.toString());
        } catch (JacksonIOException e) {
            throw unchecked(e);
        }
    }

    /**
     * Reads a report from a character stream, which the caller closes.
     *
     * @param reader the JSON text, not null
     * @param source the name to give in errors, for example a file name, not null
     * @return the report
     * @throws ReportFormatException if the content is not a report of the format
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static AggregateReport read(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        try (JsonParser parser = MAPPER.createParser(reader)) {
            return read(parser, source);
        } catch (JacksonIOException e) {
            throw unchecked(e);
        }
    }

    /**
     * Reads a report from a string.
     *
     * @param json the JSON text, not null
     * @return the report
     * @throws ReportFormatException if the content is not a report of the format; its source is {@code <string>}
     */
    public static AggregateReport parse(String json) {
        Objects.requireNonNull(json, "json");
        try (JsonParser parser = MAPPER.createParser(json)) {
            return read(parser, "<string>");
        }
    }

    private static AggregateReport read(JsonParser parser, String source) {
        try {
            return new ReportParser(parser, source).report();
        } catch (StreamReadException e) {
            // Jackson reports some ends of input as a plain read exception, named only in its message
            if (e instanceof UnexpectedEndOfInputException || e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                throw located(source, e.getLocation(), parser, "the JSON ends before the report does (is the file cut short?)", e);
            }
            throw located(source, e.getLocation(), parser, "malformed JSON: " + withoutJacksonLocation(e.getOriginalMessage()), e);
        } catch (StreamConstraintsException e) {
            throw located(source, null, parser, "beyond what a report can hold: " + e.getOriginalMessage(), e);
        }
    }

    private static ReportFormatException located(String source, TokenStreamLocation reported, JsonParser parser, String reason,
            Exception cause) {
        TokenStreamLocation at = reported == null || reported.getLineNr() < 1 ? parser.currentLocation() : reported;
        return new ReportFormatException(source, at.getLineNr(), at.getColumnNr(), "", "", reason, cause);
    }

    private static String withoutJacksonLocation(String message) {
        String plain = JACKSON_ADVICE.matcher(JACKSON_LOCATION.matcher(message).replaceAll("")).replaceAll("");
        return JACKSON_REQUIRES.matcher(plain).replaceAll("are not JSON");
    }

    private static UncheckedIOException unchecked(JacksonIOException e) {
        return new UncheckedIOException(e.getCause());
    }
}
