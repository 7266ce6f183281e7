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

import io.github.fpkit.model.register.RowCounts;
import static io.github.fpkit.testkit.Draws.between;
import static io.github.fpkit.testkit.Draws.flip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.model.register.Register;
import io.github.fpkit.testkit.CsvTexts;
import io.github.fpkit.testkit.RecordGenerators;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Garbage lines — NUL bytes, control characters, rows far wider than the header, random
 * text valid in the encoding — between the valid rows of a table: every valid row is
 * accepted with its values, every other row is a row error at its own line, and accepted
 * plus rejected is the number of rows that Jackson's CSV parser, which knows nothing of
 * fpkit, finds in the file. Sequentially and cut into parts, with the normal buffer and
 * with buffers of a few bytes, in UTF-8, GBK and GB18030, with English and Chinese headers.
 */
class GarbageLinesPropertiesTest {
    /** Jackson as a plain RFC 4180 parser: no trimming, every cell a string. */
    private static final CsvMapper JACKSON = CsvMapper.builder(CsvFactory.builder().build()).build();
    private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("GB18030")};

    @TempDir
    Path temp;

    /** A table's file: valid rows, each a record, with garbage lines between them. */
    private static final class DamagedTable {
        final CsvTable<?> table;
        final List<?> records;
        final String text;
        /** The physical line each record starts on. */
        final List<Long> recordLines;

        DamagedTable(CsvTable<?> table, List<?> records, String text, List<Long> recordLines) {
            this.table = table;
            this.records = records;
            this.text = text;
            this.recordLines = recordLines;
        }

        @Override
        public String toString() {
            return table + ":\n" + text.replace("\u0000", "\\0");
        }
    }

    /** The places and lines of garbage: before record k, or at the end for k = records. */
    private static Gen<DamagedTable> damagedTables() {
        return in -> {
            Register register = RecordGenerators.registers().generate(in);
            CsvTable<?> table = CsvTable.all().get(between(in, 0, CsvTable.all().size() - 1));
            CsvStyle style = flip(in) ? CsvStyle.CHINESE : CsvStyle.CANONICAL;
            List<?> records;
            try (Stream<?> s = table.streamOf(register)) {
                records = s.collect(Collectors.toList());
            }
            List<String> rows = rowTexts(table, records, style);
            StringBuilder text = new StringBuilder(rows.get(0));
            List<Long> recordLines = new ArrayList<>();
            for (int k = 0; k <= records.size(); k++) {
                int garbage = between(in, 0, 3);
                for (int g = 0; g < garbage; g++) {
                    String line = flip(in) || k == 0 ? CsvTexts.garbageLines().generate(in)
                            : damagedCopy(rows.get(k), CsvTexts.controls().generate(in), between(in, 0, 1000));
                    text.append(line).append(flip(in) ? "\n" : "\r\n");
                }
                if (k < records.size()) {
                    recordLines.add(1 + lineEnds(text));
                    text.append(rows.get(k + 1));
                }
            }
            return new DamagedTable(table, records, text.toString(), recordLines);
        };
    }

    /** @return the header's text and each record's, as the writer writes them, each with its line end */
    private static <T> List<String> rowTexts(CsvTable<T> table, List<?> records, CsvStyle style) {
        StringWriter out = new StringWriter();
        List<String> rows = new ArrayList<>();
        try (CsvTableWriter<T> writer = CsvTableWriter.of(table, out, style)) {
            writer.flush();
            rows.add(out.toString());
            for (Object record : records) {
                int before = out.getBuffer().length();
                writer.write(table.recordType().cast(record));
                writer.flush();
                rows.add(out.getBuffer().substring(before));
            }
        }
        return rows;
    }

    /** @return a valid row's text with a control character put inside it, without its line end; the row's own text if it is quoted */
    private static String damagedCopy(String row, String control, int at) {
        String line = row.substring(0, row.length() - 2);
        if (line.contains("\"")) {
            return control;
        }
        int place = at % (line.length() + 1);
        return line.substring(0, place) + control + line.substring(place);
    }

    private static long lineEnds(CharSequence text) {
        long lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    /**
     * The rows of a file as a plain RFC 4180 parser finds them, by the format's rules: the
     * header is the first record with a non-blank cell; after it, a record of blank cells
     * (spaces and tabs) is a blank line unless it has more than twice the header's cells.
     *
     * @return the line each row starts on
     */
    private static List<Long> jacksonRows(String text) {
        List<Long> rows = new ArrayList<>();
        int width = -1;
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
                boolean blank = cells.stream().allMatch(c -> c.replace(" ", "").replace("\t", "").isEmpty());
                if (width < 0) {
                    width = blank ? -1 : cells.size();
                } else if (!blank || cells.size() > 2 * width) {
                    rows.add(line);
                }
            }
        }
        return rows;
    }

    /** What one pass gave: the records accepted, the lines of the rows rejected, the counts. */
    private static List<Object> outcome(List<?> records, List<RowError> errors, RowCounts counts) {
        for (RowError e : errors) {
            assertTrue(e.toString().chars().noneMatch(c -> c < ' ' || c == 0x7F), e.toString());
        }
        return List.of(records, errors.stream().map(RowError::line).collect(Collectors.toList()), counts);
    }

    /** Through the public API: a sequential stream, or a parallel one over a file cut into parts of at least a byte. */
    private static List<Object> readThroughSource(Path folder, CsvTable<?> table, Charset charset, boolean parallel) {
        CsvRegisterSource source = CsvRegister.builder().encoding(charset).minSplitBytes(parallel ? 1 : Long.MAX_VALUE)
                .open(folder);
        List<?> records;
        try (Stream<?> s = source.stream(table)) {
            records = (parallel ? s.parallel() : s).collect(Collectors.toList());
        }
        return outcome(records, source.rowErrors(), source.counts().get(table.table()));
    }

    /** With buffers of {@code bufferSize} bytes, in one part or cut in two where a parallel stream would cut it. */
    private static <T> List<Object> readInParts(Path file, CsvTable<T> table, Charset charset, int bufferSize, boolean cut) {
        try {
            ReadSettings settings = new ReadSettings(charset, false, CsvRegister.DEFAULT_MAX_CELL_LENGTH,
                    CsvRegister.DEFAULT_MAX_LINE_LENGTH, 1);
            long headerEnd = SplitPoint.headerEnd(file);
            SplitPoint point = cut && headerEnd >= 0 ? SplitPoint.find(file, 0, Files.size(file), headerEnd) : null;
            List<T> records = new ArrayList<>();
            PassReport first = new PassReport(p -> { });
            TableReader<T, ?> reader = new TableReader<>(file, table.schema(), settings, first, 0,
                    point == null ? -1 : point.offset, 1, null, bufferSize);
            reader.forEachRemaining(records::add);
            if (point != null) {
                PassReport second = new PassReport(p -> { });
                new TableReader<>(file, table.schema(), settings, second, point.offset, -1, 1 + point.lineFeeds,
                        reader.header(), bufferSize).forEachRemaining(records::add);
                first.absorb(second);
            }
            return outcome(records, first.errors(), first.counts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void property_garbageBetweenValidRows_everyRowAccountedFor_asAnIndependentParserCountsThem() {
        qt().withExamples(150).forAll(damagedTables(), org.quicktheories.generators.SourceDSL.integers().between(0, 2),
                org.quicktheories.generators.SourceDSL.integers().between(1, 24))
                .checkAssert((damaged, encoding, bufferSize) -> {
                    Charset charset = CHARSETS[encoding];
                    Path folder;
                    try {
                        folder = Files.createTempDirectory(temp, "case");
                        Files.write(folder.resolve("women.csv"), CsvTable.WOMEN.columns().stream()
                                .collect(Collectors.joining(",", "", "\n")).getBytes(charset));
                        Files.write(folder.resolve(damaged.table.table().fileName()), damaged.text.getBytes(charset));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    List<Long> rows = jacksonRows(damaged.text);
                    List<Long> garbageRows = new ArrayList<>(rows);
                    garbageRows.removeAll(damaged.recordLines);
                    assertEquals(rows.size(), damaged.records.size() + garbageRows.size(), damaged.toString());
                    List<Object> expected = List.of(damaged.records, garbageRows,
                            RowCounts.of(damaged.records.size(), garbageRows.size()));
                    Path file = folder.resolve(damaged.table.table().fileName());
                    assertEquals(expected, readThroughSource(folder, damaged.table, charset, false), damaged.toString());
                    assertEquals(expected, readThroughSource(folder, damaged.table, charset, true), damaged.toString());
                    assertEquals(expected, readInParts(file, damaged.table, charset, bufferSize, false), damaged.toString());
                    assertEquals(expected, readInParts(file, damaged.table, charset, bufferSize, true), damaged.toString());
                });
    }
}
