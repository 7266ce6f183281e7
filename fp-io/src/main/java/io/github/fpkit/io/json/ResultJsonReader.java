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
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON array of indicator result records as {@link ResultJsonWriter} writes it,
 * streaming: one record at a time, so that a file of a million results need not fit in
 * memory. Keys in any order; {@code null} or a missing key is an absent value; the ten keys
 * of the result record are read as values, while {@code unit}, {@code status},
 * {@code level} and {@code periodCode}, if present, must agree with the record
 * ({@code period} and {@code periodCode} in any notation). Files written before the four
 * newer keys were added (the conformance case's {@code expected-2009SY.json}) read too.
 * Strict: an unknown key, a key given twice, a value of the wrong type, malformed JSON or
 * content after the array is an error.
 *
 * <pre>{@code
 * List<IndicatorResult> results = ResultJsonReader.read(Path.of("results.json"));
 * try (ResultJsonReader reader = ResultJsonReader.open(Path.of("results.json"));
 *         Stream<IndicatorResult> records = reader.stream()) {
 *     long defined = records.filter(r -> r.value().isPresent()).count();
 * }
 * }</pre>
 *
 * <h2>Exceptions</h2>
 * {@link JsonFormatException} for content that is not an array of result records, naming
 * the source, line, column, key, value and reason; {@link UncheckedIOException} when the
 * input cannot be read; both also while streaming.
 *
 * <p>Not thread-safe.
 */
public final class ResultJsonReader implements AutoCloseable {
    /** Each record is read by itself from the array, so what follows it is the array's business, checked here. */
    private static final JsonMapper MAPPER = FpkitJson.mapper(true).rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final JsonParser parser;
    private final String source;

    private ResultJsonReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
        JsonToken first = parse(parser::nextToken);
        if (first != JsonToken.START_ARRAY) {
            throw new JsonFormatException(source, line(), column(), "expected a JSON array of result records, found "
                    + (first == null ? "nothing" : first.asString() == null ? first.name() : "'" + first.asString() + "'"), null);
        }
    }

    /**
     * Opens a file of JSON text (UTF-8; UTF-16 and UTF-32 are detected) and reads up to
     * its first record.
     *
     * @param file the file, not null
     * @return the reader; close it
     * @throws JsonFormatException if the file does not begin an array; its source is the file's path
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ResultJsonReader open(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        return new ResultJsonReader(parse(source, () -> MAPPER.createParser(file)), source);
    }

    /**
     * Reads from a character stream, which the reader closes when closed.
     *
     * @param reader the JSON text, not null
     * @param source what to call the input in errors, for example a file name, not null
     * @return the reader; close it
     * @throws JsonFormatException if the text does not begin an array
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ResultJsonReader open(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        return new ResultJsonReader(parse(source, () -> MAPPER.createParser(reader)), source);
    }

    /**
     * Reads a whole file.
     *
     * @param file the file, not null
     * @return the results, in file order
     * @throws JsonFormatException if the content is not an array of result records
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<IndicatorResult> read(Path file) {
        try (ResultJsonReader reader = open(file); Stream<IndicatorResult> results = reader.stream()) {
            return results.collect(Collectors.toList());
        }
    }

    /**
     * Reads a whole character stream, which it closes.
     *
     * @param reader the JSON text, not null
     * @param source what to call the input in errors, not null
     * @return the results, in order
     * @throws JsonFormatException if the content is not an array of result records
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static List<IndicatorResult> read(Reader reader, String source) {
        try (ResultJsonReader results = open(reader, source); Stream<IndicatorResult> stream = results.stream()) {
            return stream.collect(Collectors.toList());
        }
    }

    /**
     * The records not yet read, read as the stream is consumed; closing the stream closes
     * this reader. Call once.
     *
     * @return the records, in order
     */
    public Stream<IndicatorResult> stream() {
        Iterator<IndicatorResult> records = new Iterator<>() {
            private IndicatorResult next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (next == null && !ended) {
                    next = readNext();
                    ended = next == null;
                }
                return next != null;
            }

            @Override
            public IndicatorResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                IndicatorResult r = next;
                next = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /**
     * Closes the input.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        parse(() -> {
            parser.close();
            return null;
        });
    }

    /** @return the next record, or null after the array's end (checked to be the end of the input) */
    private IndicatorResult readNext() {
        JsonToken token = parse(parser::nextToken);
        if (token == JsonToken.END_ARRAY) {
            JsonToken after = parse(parser::nextToken);
            if (after != null) {
                throw new JsonFormatException(source, line(), column(), "content after the array of result records", null);
            }
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new JsonFormatException(source, line(), column(), "expected a result record (a JSON object)"
                    + (token == null ? " or the end of the array, found the end of the input" : ", found " + describe(token)), null);
        }
        return parse(() -> MAPPER.readValue(parser, IndicatorResult.class));
    }

    private String describe(JsonToken token) {
        return token.isScalarValue() ? "'" + parse(parser::getString) + "'" : token.asString();
    }

    private long line() {
        return parser.currentTokenLocation().getLineNr();
    }

    private long column() {
        return parser.currentTokenLocation().getColumnNr();
    }

    private interface Parsing<T> {
        T run();
    }

    private <T> T parse(Parsing<T> step) {
        return parse(source, step);
    }

    /** Jackson's exceptions as fpkit's: malformed or invalid content with its place, I/O failures unchecked. */
    private static <T> T parse(String source, Parsing<T> step) {
        try {
            return step.run();
        } catch (JacksonIOException e) {
            throw JsonIoFailure.of(source, e);
        } catch (UnexpectedEndOfInputException e) {
            throw new JsonFormatException(source, line(e), column(e), "the input ends before the array of result records does", e);
        } catch (JacksonException e) {
            // Jackson names where a structure started by a source it was told not to show: only noise here.
            String reason = e.getOriginalMessage().replaceAll("\\s*\\([^()]*\\[Source: [^\\]]*\\][^()]*\\)", "");
            throw new JsonFormatException(source, line(e), column(e), reason, e);
        }
    }

    private static long line(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return at == null ? -1 : at.getLineNr();
    }

    private static long column(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return at == null ? -1 : at.getColumnNr();
    }
}
