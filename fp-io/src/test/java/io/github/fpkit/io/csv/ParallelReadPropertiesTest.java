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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.RecordGenerators;
import io.github.fpkit.testkit.Theories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table read by a parallel stream, cut into parts read by different threads, gives
 * exactly what one sequential pass gives: the same records in the same order, the same
 * row errors with the same line numbers, the same counts — also for damaged files (where
 * a pass stopped by an unreadable place records no counts when cut into parts).
 */
class ParallelReadPropertiesTest {
    private static final byte[] NASTY = {',', '"', '\n', '\r', '=', ' ', 'x', '1', '-'};

    @TempDir
    Path temp;

    /** What a pass over every table gives: records (or the exception's class), counts and row errors. */
    private static List<Object> readAll(Path folder, boolean parallel) {
        CsvRegisterSource source;
        try {
            source = CsvRegister.builder().minSplitBytes(parallel ? 1 : Long.MAX_VALUE).open(folder);
        } catch (CsvFormatException e) {
            return List.of(e.getClass());
        }
        List<Object> seen = new ArrayList<>();
        Set<RegisterTable> stopped = EnumSet.noneOf(RegisterTable.class);
        for (CsvTable<?> table : CsvTable.all()) {
            try (Stream<?> s = source.stream(table)) {
                seen.add((parallel ? s.parallel() : s).collect(Collectors.toList()));
            } catch (CsvFormatException e) {
                // Which of several unreadable places stops a parallel pass first may vary.
                seen.add("stopped");
                stopped.add(table.table());
            }
        }
        Map<RegisterTable, RowCounts> counts = new EnumMap<>(source.counts());
        counts.keySet().removeAll(stopped);
        seen.add(counts);
        seen.add(source.rowErrors().stream().filter(e -> stopped.stream().noneMatch(t -> e.file().endsWith(t.fileName())))
                .collect(Collectors.toList()));
        return seen;
    }

    private Path write(Map<String, byte[]> files) {
        try {
            Path folder = Files.createTempDirectory(temp, "case");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(folder.resolve(f.getKey()), f.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void test_cutFile_sameRecordsErrorsAndLines() {
        StringBuilder csv = new StringBuilder("\r\n,,\r\nid,area_code,birth_date,marital_status,household_id\r\n");
        for (int i = 1; i <= 400; i++) {
            String household = i % 3 == 0 ? "\"H,\"\"" + i + "\"\"\nsecond line\"" : "H" + i;
            String date = i % 37 == 0 ? "2009-02-29" : "1980-01-" + (1 + i % 28);
            csv.append("W").append(i).append(",990101001001,").append(date).append(",married,").append(household).append("\r\n");
            if (i % 50 == 0) {
                csv.append("\r\n");
            }
        }
        Path folder = write(Map.of("women.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        List<Object> sequential = readAll(folder, false);
        assertEquals(sequential, readAll(folder, true));
        assertEquals(400 - 400 / 37, ((List<?>) sequential.get(RegisterTable.WOMEN.ordinal())).size());
        assertTrue(((List<?>) sequential.get(sequential.size() - 1)).size() == 400 / 37);
    }

    @Test
    void test_cutFile_partsReallyCut() {
        StringBuilder csv = new StringBuilder("woman_id,method,start_date\n");
        for (int i = 1; i <= 100; i++) {
            csv.append("W").append(i).append(",iud,2001-01-01\n");
        }
        Path folder = write(Map.of("women.csv", "id,area_code,birth_date,marital_status\n".getBytes(StandardCharsets.UTF_8),
                "contraception.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        CsvRegisterSource source = CsvRegister.builder().minSplitBytes(1).open(folder);
        try (Stream<ContraceptiveEpisode> episodes = source.contraceptiveEpisodes()) {
            Spliterator<ContraceptiveEpisode> second = episodes.spliterator();
            Spliterator<ContraceptiveEpisode> first = second.trySplit();
            List<String> ids = new ArrayList<>();
            first.forEachRemaining(e -> ids.add(e.womanId()));
            int cut = ids.size();
            second.forEachRemaining(e -> ids.add(e.womanId()));
            assertTrue(cut > 0 && cut < 100, "cut after " + cut);
            assertEquals(100, ids.size());
            assertEquals("W1", ids.get(0));
            assertEquals("W" + (cut + 1), ids.get(cut));
        }
        assertEquals(RowCounts.of(100, 0), source.counts().get(RegisterTable.CONTRACEPTION));
    }

    /** A table whose rows have a key is read in one part, so that the first row of a key is the first in the file. */
    @Test
    void test_keyedTable_notCut() {
        StringBuilder csv = new StringBuilder("id,area_code,birth_date,marital_status\n");
        for (int i = 1; i <= 100; i++) {
            csv.append("W").append(i % 60).append(",990101001001,1980-01-01,married\n");
        }
        Path folder = write(Map.of("women.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        CsvRegisterSource source = CsvRegister.builder().minSplitBytes(1).open(folder);
        try (Stream<Woman> women = source.women()) {
            assertEquals(60, women.parallel().count());
        }
        assertEquals(RowCounts.of(60, 40, 40), source.counts().get(RegisterTable.WOMEN));
        RowError first = source.rowErrors().get(0);
        assertEquals(62, first.line());
        assertEquals("repeats the id of line 2 (REF_DUPLICATE_ID); the first row counts", first.reason());
    }

    @Test
    void property_mutatedFiles_parallelEqualsSequential() {
        qt().withExamples(Theories.ALGEBRAIC).forAll(RecordGenerators.registers(),
                lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(0, 6))
                .checkAssert((register, edits) -> {
                    Path folder;
                    try {
                        folder = Files.createTempDirectory(temp, "valid");
                        CsvRegisterWriter.write(register, folder);
                        for (RegisterTable table : RegisterTable.values()) {
                            Path file = folder.resolve(table.fileName());
                            if (Files.exists(file)) {
                                Files.write(file, mutate(Files.readAllBytes(file), edits));
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    assertEquals(readAll(folder, false), readAll(folder, true));
                });
    }

    private static byte[] mutate(byte[] data, List<Integer> edits) {
        byte[] out = data;
        for (int edit : edits) {
            int pos = out.length == 0 ? 0 : edit % out.length;
            byte b = NASTY[(edit / 7) % NASTY.length];
            byte[] next = new byte[out.length + 1];
            System.arraycopy(out, 0, next, 0, pos);
            next[pos] = b;
            System.arraycopy(out, pos, next, pos + 1, out.length - pos);
            out = next;
        }
        return out;
    }
}
