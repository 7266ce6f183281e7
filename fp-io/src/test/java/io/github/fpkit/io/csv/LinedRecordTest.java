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
import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fpkit.model.Birth;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.Theories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CsvRegisterSource#streamWithLines(CsvTable)} pairs each record with the physical
 * line its row starts on — counted as row errors count them — also across CRLF line ends,
 * quoted cells spanning lines, blank lines and files cut into parts read in parallel; and
 * a rejected row's {@link RowError#recordId()} names its id only when that id is readable.
 */
class LinedRecordTest {
    private static final String HEADER = "id,area_code,birth_date,marital_status,household_id";

    @TempDir
    Path temp;

    private Path folder(String women) {
        try {
            Path folder = Files.createTempDirectory(temp, "register");
            Files.writeString(folder.resolve("women.csv"), women, StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> idAndLine(Stream<LinedRecord<Woman>> women) {
        return women.map(w -> w.record().id() + "@" + w.line()).collect(Collectors.toList());
    }

    @Test
    void test_crlfQuotedNewlinesBlankLines_linesAreThoseRowErrorsCount() {
        String women = HEADER + "\r\n"                                           // 1
                + "W1,990101001001,1980-01-01,married,H1\r\n"                      // 2
                + "\r\n"                                                           // 3
                + "W2,990101001001,1981-01-01,married,\"H\r\n2\r\nend\"\r\n"       // 4-6
                + "W3,990101001001,2009-02-29,married,H3\n"                        // 7: rejected
                + "\n\n"                                                           // 8, 9
                + "W4,990101001001,1982-01-01,married,\"H\n4\"\n"                  // 10-11
                + "W5,990101001001,1983-01-01,married,H5";                         // 12, no line end
        CsvRegisterSource source = CsvRegister.builder().open(folder(women));
        try (Stream<LinedRecord<Woman>> lined = source.streamWithLines(CsvTable.WOMEN)) {
            assertEquals(List.of("W1@2", "W2@4", "W4@10", "W5@12"), idAndLine(lined));
        }
        assertEquals(7, source.rowErrors().get(0).line());
        assertEquals(RowCounts.of(4, 1), source.counts().get(RegisterTable.WOMEN));
    }

    @Test
    void test_absentTable_isEmpty() {
        CsvRegisterSource source = CsvRegister.builder().open(folder(HEADER + "\nW1,990101001001,1980-01-01,married,\n"));
        try (Stream<LinedRecord<Birth>> births = source.streamWithLines(CsvTable.BIRTHS)) {
            assertEquals(0, births.count());
        }
    }

    @Test
    void test_cutIntoParts_laterPartStartsAtItsOwnLine() throws IOException {
        StringBuilder csv = new StringBuilder("woman_id,type,date\n");
        List<String> expected = new ArrayList<>();
        long line = 2;
        for (int i = 1; i <= 100; i++) {
            boolean quoted = i % 7 == 0;
            String woman = quoted ? "W\n\n" + i : "W" + i;
            csv.append(quoted ? "\"" + woman + "\"" : woman).append(",iud_insertion,2001-01-01\n");
            expected.add(woman + "@" + line);
            line += quoted ? 3 : 1;
        }
        Path folder = folder(HEADER + "\n");
        Files.writeString(folder.resolve("procedures.csv"), csv, StandardCharsets.UTF_8);
        CsvRegisterSource source = CsvRegister.builder().minSplitBytes(1).open(folder);
        try (Stream<LinedRecord<Procedure>> procedures = source.streamWithLines(CsvTable.PROCEDURES)) {
            Spliterator<LinedRecord<Procedure>> second = procedures.spliterator();
            Spliterator<LinedRecord<Procedure>> first = second.trySplit();
            assertTrue(first != null, "the file was not cut");
            List<String> seen = new ArrayList<>();
            first.forEachRemaining(p -> seen.add(p.record().womanId() + "@" + p.line()));
            int cut = seen.size();
            second.forEachRemaining(p -> seen.add(p.record().womanId() + "@" + p.line()));
            assertTrue(cut > 0 && cut < 100, "cut after " + cut);
            assertEquals(expected, seen);
        }
        assertEquals(RowCounts.of(100, 0), source.counts().get(RegisterTable.PROCEDURES));
    }

    /**
     * Each shape code makes one row: bit 0 a CRLF line end (else LF), bit 1 a blank line
     * before it, bit 2 a quoted household cell over two lines, bit 3 an impossible birth
     * date (a rejected row). The writer counts the lines it writes; the reader, sequential
     * or cut into parts as small as possible, must name the same lines.
     */
    @Test
    void property_anyLayout_linesAreThoseWritten_sequentialAndParallel() {
        qt().withExamples(Theories.ALGEBRAIC).forAll(lists().of(integers().between(0, 15)).ofSizeBetween(0, 60)).checkAssert(shapes -> {
            StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
            List<String> expected = new ArrayList<>();
            List<Long> rejected = new ArrayList<>();
            long line = 2;
            for (int i = 0; i < shapes.size(); i++) {
                int shape = shapes.get(i);
                String end = (shape & 1) != 0 ? "\r\n" : "\n";
                if ((shape & 2) != 0) {
                    csv.append(end);
                    line++;
                }
                boolean quoted = (shape & 4) != 0;
                boolean bad = (shape & 8) != 0;
                csv.append('W').append(i).append(",990101001001,").append(bad ? "1980-02-30" : "1980-02-01")
                        .append(",married,").append(quoted ? "\"H" + end + i + "\"" : "H" + i).append(end);
                if (bad) {
                    rejected.add(line);
                } else {
                    expected.add("W" + i + "@" + line);
                }
                line += quoted ? 2 : 1;
            }
            Path folder = folder(csv.toString());
            for (boolean parallel : new boolean[] {false, true}) {
                CsvRegisterSource source = CsvRegister.builder().minSplitBytes(parallel ? 1 : Long.MAX_VALUE).open(folder);
                try (Stream<LinedRecord<Woman>> women = source.streamWithLines(CsvTable.WOMEN)) {
                    assertEquals(expected, idAndLine(parallel ? women.parallel() : women));
                }
                assertEquals(rejected, source.rowErrors().stream().map(RowError::line).collect(Collectors.toList()));
            }
        });
    }

    @Test
    void test_rowError_namesTheRecordIdOnlyWhenReadable() {
        String women = HEADER + "\n"
                + "W1,990101001001,2009-02-29,married,H1\n"   // impossible date: id readable
                + ",990101001001,1980-01-01,married,H2\n"     // id missing
                + "W3,990101001001,1980-01-01\n"              // too few cells: cells may be shifted
                + "W4,990101001001,1980-01-01,married,H4,x\n" // too many cells
                + "W5,9901,1980-01-01,married,H5\n";          // bad area code: id readable
        CsvRegisterSource source = CsvRegister.builder().open(folder(women));
        try (Stream<Woman> all = source.women()) {
            assertEquals(0, all.count());
        }
        assertEquals(List.of(Optional.of("W1"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("W5")),
                source.rowErrors().stream().map(RowError::recordId).collect(Collectors.toList()));
    }

    @Test
    void test_rowError_ofAreas_namesTheCode() throws IOException {
        Path folder = folder(HEADER + "\n");
        Files.writeString(folder.resolve("areas.csv"), "code,name\n990101001001,\n");
        CsvRegisterSource source = CsvRegister.builder().open(folder);
        try (Stream<?> areas = source.areas()) {
            assertEquals(0, areas.count());
        }
        assertEquals(Optional.of("990101001001"), source.rowErrors().get(0).recordId());
    }

    @Test
    void test_linedRecord_rejectsHeaderLine() {
        assertThrows(IllegalArgumentException.class, () -> new LinedRecord<>("x", 1));
        assertEquals(new LinedRecord<>("x", 2), new LinedRecord<>("x", 2));
        assertEquals("line 2: x", new LinedRecord<>("x", 2).toString());
    }
}
