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
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.model.Woman;
import io.github.fpkit.testkit.Theories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader remembers the values last parsed in each column and reuses them for cells with
 * the same bytes. Whatever the order of the rows, sorted (so that consecutive rows repeat
 * cells, as in real registers) or shuffled, each row gives what it gives read alone in a
 * file of its own: the same record, or the same row error (column, shown value, reason).
 */
class RowOrderPropertiesTest {
    private static final String HEADER = "id,resident_id,area_code,household_id,birth_date,marital_status,marriage_date,residence";
    /** A few cells per column, valid and not, so that rows repeat cells often. */
    private static final String[][] CELLS = {
        {"W1", "W2", "\"W\"\"3\"", "女1"},
        {"", "11010519491231002X", "11010519491231002x", "11010519491231002Y", "110105194912310021"},
        {"990101001001", "990101001002", "99010100100", "\"990101001001\"", "x90101001001"},
        {"", "H1", "\"H\"\"1\"", "户1", "H2"},
        {"1980-01-31", "1980-02-30", "1980/2/3", "19800203", "1980年2月3日", "\" 1980-01-01 \"", "2008-02-29", "2009-02-29",
            "1980-1a-01"},
        {"married", "MARRIED", "已婚", "unmarried", "bogus"},
        {"", "2001-05-01", "1979-01-01", "2001-13-01", "2001-04-31"},
        {"", "resident", "常住", "inflow", "bogus"},
    };

    @TempDir
    Path temp;

    @Test
    void property_sortedOrShuffled_eachRowReadsAsAlone() {
        qt().withExamples(Theories.ALGEBRAIC).forAll(lists().of(lists().of(integers().between(0, 99)).ofSize(CELLS.length)).ofSizeBetween(1, 40),
                longs().all()).checkAssert((picks, seed) -> {
                    List<String> rows = picks.stream().map(RowOrderPropertiesTest::row).collect(Collectors.toList());
                    // Each row repeated a few times, as a woman's events or a household's women are.
                    List<String> sorted = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        for (int k = 0; k <= picks.get(i).get(0) % 3; k++) {
                            sorted.add(rows.get(i));
                        }
                    }
                    Collections.sort(sorted);
                    List<String> shuffled = new ArrayList<>(sorted);
                    Collections.shuffle(shuffled, new Random(seed));
                    Map<String, Object> alone = new HashMap<>();
                    for (String row : sorted) {
                        alone.computeIfAbsent(row, r -> outcomes(List.of(r)).get(0));
                    }
                    for (List<String> order : List.of(sorted, shuffled)) {
                        List<Object> outcomes = outcomes(order);
                        // The first row of an id counts; a later one is rejected, naming the first row's line.
                        Map<String, Integer> lineOfId = new HashMap<>();
                        for (int i = 0; i < order.size(); i++) {
                            Object expected = alone.get(order.get(i));
                            if (expected instanceof Woman) {
                                String id = ((Woman) expected).id();
                                Integer first = lineOfId.putIfAbsent(id, i + 2);
                                if (first != null) {
                                    expected = List.of(Optional.of("id"), id, "repeats the id of line " + first
                                            + " (REF_DUPLICATE_ID); the first row counts");
                                }
                            }
                            assertEquals(expected, outcomes.get(i), order.get(i));
                        }
                    }
                });
    }

    @Test
    void test_equalCellsOfConsecutiveRows_giveEqualValues() {
        List<String> rows = List.of("W1,,990101001001,H1,1980-01-31,married,2001-05-01,resident",
                "W3,,990101001001,H1,1980-01-31,married,2001-05-01,resident",
                "W2,,990101001001,H1,1980-01-31,已婚,2001-05-01,常住");
        List<Object> outcomes = outcomes(rows);
        Woman first = (Woman) outcomes.get(0);
        Woman second = (Woman) outcomes.get(1);
        Woman third = (Woman) outcomes.get(2);
        assertEquals(Woman.builder().from(first).id("W3").build(), second);
        assertEquals(first.areaCode(), third.areaCode());
        assertEquals(first.birthDate(), third.birthDate());
        assertEquals(first.maritalStatus(), third.maritalStatus());
        assertEquals(first.residence(), third.residence());
        assertEquals("W2", third.id());
    }

    private static String row(List<Integer> picks) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < CELLS.length; c++) {
            row.append(c == 0 ? "" : ",").append(CELLS[c][picks.get(c) % CELLS[c].length]);
        }
        return row.toString();
    }

    /** @return for each row, in order, its record or its row error's column, shown value and reason */
    private List<Object> outcomes(List<String> rows) {
        Path folder;
        try {
            folder = Files.createTempDirectory(temp, "order");
            Files.write(folder.resolve("women.csv"), (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvRegisterSource source = CsvRegister.builder().open(folder);
        List<Woman> women;
        try (Stream<Woman> s = source.women()) {
            women = s.collect(Collectors.toList());
        }
        Map<Long, RowError> errors = new HashMap<>();
        for (RowError error : source.rowErrors()) {
            errors.put(error.line(), error);
        }
        List<Object> outcomes = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < rows.size(); i++) {
            // The header is line 1; no row spans lines.
            RowError error = errors.get(i + 2L);
            outcomes.add(error == null ? women.get(next++) : List.of(error.column(), error.value(), error.reason()));
        }
        assertEquals(women.size(), next);
        return outcomes;
    }
}
