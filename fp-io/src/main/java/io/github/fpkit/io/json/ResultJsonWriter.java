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
package io.github.fpkit.io.json;

import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.internal.Schemas;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes indicator results as a JSON array of result records, one record a line, streaming:
 * each record is written as it comes, so that a million results need no more memory than
 * one. The keys are those of {@link io.github.fpkit.io.csv.ResultCsvWriter}'s columns, in
 * the same order, every key written ({@code null} where absent):
 *
 * <pre>{@code
 * [
 *   {"area": "990101001000", "areaName": "第1乡", "period": "2008-10-01/2009-09-30", "indicator": "CBR",
 *    "numerator": 125, "denominator": 10862, "value": 11.508009574663966, "unit": "‰",
 *    "ciLow": 9.57916581407662, "ciHigh": 13.711273885742274, "confidence": 0.95, "status": "defined",
 *    "level": "township", "periodCode": "2009SY"}
 * ]
 * }</pre>
 * (each record on one line in the file). {@code period} is the ISO interval, {@code periodCode}
 * the short notation; whole numbers have no decimal point. UTF-8, LF line ends.
 * {@link ResultJsonReader} reads it back to equal records.
 *
 * <pre>{@code
 * try (ResultJsonWriter out = ResultJsonWriter.open(Path.of("results.json"))) {
 *     out.writeAll(computed.results().stream());
 * }
 * }</pre>
 *
 * <p>I/O failures throw {@link UncheckedIOException}. Not thread-safe.
 */
public final class ResultJsonWriter implements AutoCloseable {
    /** One record a line: the array's elements indented on lines of their own, each object inline. */
    private static final ObjectWriter ONE_RECORD_A_LINE = FpkitJson.mapper(true).writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEntrySpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter()));
    private static final RecordSerializer<IndicatorResult> RECORDS = new RecordSerializer<>(Schemas.RESULTS, true);

    private final Writer target;
    private final String name;
    private final JsonGenerator generator;

    private ResultJsonWriter(Writer target, String name) {
        this.target = target;
        this.name = name;
        this.generator = ONE_RECORD_A_LINE.createGenerator(target);
        run(generator::writeStartArray);
    }

    /**
     * Creates (or replaces) a file in UTF-8 and begins the array.
     *
     * @param file the file, not null
     * @return the writer; close it to end the array
     * @throws UncheckedIOException if the file cannot be created
     */
    public static ResultJsonWriter open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return new ResultJsonWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes to a character stream, which the writer buffers and closes when closed.
     *
     * @param writer the destination, not null
     * @return the writer; close it to end the array
     * @throws UncheckedIOException if writing fails
     */
    public static ResultJsonWriter of(Writer writer) {
        Objects.requireNonNull(writer, "writer");
        return new ResultJsonWriter(new BufferedWriter(writer), "results");
    }

    /**
     * @param result a result, not null
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public ResultJsonWriter write(IndicatorResult result) {
        Objects.requireNonNull(result, "result");
        run(() -> {
            generator.writeStartObject(result);
            RECORDS.write(result, generator);
            generator.writeEndObject();
        });
        return this;
    }

    /**
     * @param results the results, not null; consumed, not closed
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public ResultJsonWriter writeAll(Stream<? extends IndicatorResult> results) {
        results.forEachOrdered(this::write);
        return this;
    }

    /**
     * Ends the array and the last line, flushes and closes the destination.
     *
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void close() {
        run(() -> {
            generator.writeEndArray();
            generator.writeRaw('\n');
            generator.close();
        });
        try {
            target.close();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** Jackson's exceptions as fpkit's writers report them. */
    private void run(Runnable writing) {
        try {
            writing.run();
        } catch (JacksonIOException e) {
            throw JsonIoFailure.of(name, e);
        } catch (JacksonException e) {
            throw new IllegalStateException("bug: a result record could not be written as JSON: " + e.getMessage(), e);
        }
    }
}
