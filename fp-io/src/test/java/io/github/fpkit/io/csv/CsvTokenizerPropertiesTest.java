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

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.io.internal.Schemas;
import io.github.fpkit.testkit.CsvTexts;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * fpkit's byte-level tokenizer against Jackson's streaming CSV parser (with trimmed
 * spaces and no schema, as the register reader used it before), and against itself
 * with tiny buffers, so that rows straddling every possible refill are exercised.
 */
class CsvTokenizerPropertiesTest {
    private static final CsvMapper JACKSON = CsvMapper.builder(CsvFactory.builder().enable(CsvReadFeature.TRIM_SPACES)
            .build()).build();
    /** More cells than 60 pieces of text can make: every cell is kept. */
    private static final int WIDTH = 64;
    private static final String WOMEN_HEADER = "id,area_code,birth_date,marital_status,household_id\n";

    @TempDir
    Path temp;

    private Path write(byte[] bytes) {
        try {
            Path file = Files.createTempFile(temp, "table", ".csv");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's non-blank rows, each as its line and cells, or "error" where it failed. */
    private static List<String> jackson(String text) {
        List<String> rows = new ArrayList<>();
        try (JsonParser parser = JACKSON.reader().with(CsvSchema.emptySchema()).createParser(new StringReader(text))) {
            while (parser.nextToken() != null) {
                List<String> cells = new ArrayList<>();
                long line = 0;
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getString());
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(line + ":" + cells);
                }
            }
        } catch (JacksonException e) {
            rows.add("error");
        }
        return rows;
    }

    /**
     * The tokenizer's rows, as {@link #jackson}; an error as "error", or with its line,
     * offset and message when {@code detailed}.
     */
    private List<String> fpkit(byte[] bytes, int bufferSize, boolean detailed) {
        List<String> rows = new ArrayList<>();
        try (CsvTokenizer tokens = new CsvTokenizer(write(bytes), "t.csv", StandardCharsets.UTF_8, 0, -1, 1, 1000, 10_000,
                bufferSize)) {
            while (tokens.nextRow(WIDTH)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < tokens.cellCount(); c++) {
                    cells.add(tokens.cell(c));
                }
                rows.add(tokens.line() + ":" + cells);
            }
        } catch (CsvFormatException e) {
            rows.add(!detailed ? "error" : e instanceof InvalidEncodingException
                    ? "invalid byte " + ((InvalidEncodingException) e).byteOffset() + " line " + e.line()
                    : "error line " + e.line() + ": " + e.reason());
        }
        return rows;
    }

    @Test
    void property_sameRowsCellsLinesAndErrorsAsJackson() {
        // No case needs excluding: at these sizes Jackson never meets its buffer-boundary
        // quirk (a carriage return and line feed inside a quoted cell split across two
        // segments of its text buffer, counted as two lines), which needs cells of hundreds
        // of characters.
        qt().withExamples(500).forAll(CsvTexts.upTo(60))
                .checkAssert(text -> assertEquals(jackson(text), fpkit(text.getBytes(StandardCharsets.UTF_8),
                        ByteRangeBuffer.DEFAULT_SIZE, false), text));
    }

    @Test
    void property_tinyBuffers_sameRowsLinesAndErrors() {
        qt().withExamples(300).forAll(CsvTexts.upTo(60), integers().between(-20, 80), integers().between(1, 16))
                .checkAssert((text, invalidAt, bufferSize) -> {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    if (invalidAt >= 0 && invalidAt < bytes.length) {
                        // A byte that is never valid UTF-8, to check offsets and lines of encoding errors too.
                        bytes[invalidAt] = (byte) 0xFF;
                    }
                    assertEquals(fpkit(bytes, ByteRangeBuffer.DEFAULT_SIZE, true), fpkit(bytes, bufferSize, true), text);
                });
    }

    /** What a reader of the women table gives: records, row errors and counts, or the error that stopped it. */
    private static List<Object> readWomen(Path file, int bufferSize) {
        List<Object> seen = new ArrayList<>();
        PassReport pass = new PassReport(p -> { });
        ReadSettings settings = new ReadSettings(StandardCharsets.UTF_8, false, 1000, 2000, Long.MAX_VALUE);
        try (TableReader<?, ?> reader = new TableReader<>(file, Schemas.WOMEN, settings, pass, 0, -1, 1, null, bufferSize)) {
            reader.forEachRemaining(seen::add);
        } catch (CsvFormatException e) {
            seen.add(e.getMessage());
        }
        seen.add(pass.errors());
        // PassReport checks that the rows read are the rows accepted plus the rows rejected.
        seen.add(pass.counts());
        return seen;
    }

    @Test
    void property_tableReader_tinyBuffers_sameRecordsErrorsAndCounts() {
        qt().withExamples(200).forAll(CsvTexts.upTo(60), integers().between(1, 12))
                .checkAssert((noise, bufferSize) -> {
                    String text = WOMEN_HEADER + "W1,990101001001,1980-01-01,married,\"" + noise.replace("\"", "\"\"")
                            + "\"\n" + noise + "\nW2 , 990101001001 ,\"1980-02-30\",married,\n W3,990101001001,1980-01-01,已婚,"
                            + noise + "\n";
                    Path file = write(text.getBytes(StandardCharsets.UTF_8));
                    List<Object> expected = readWomen(file, ByteRangeBuffer.DEFAULT_SIZE);
                    assertEquals(expected, readWomen(file, bufferSize), text);
                });
    }
}
