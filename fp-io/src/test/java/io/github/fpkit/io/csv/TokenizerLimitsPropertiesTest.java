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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fpkit.testkit.Theories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits on a cell's and a row's length count characters, not bytes, whatever the
 * buffer: a cell or row exactly at its limit is read, one character more is an error naming
 * the limit and the row's line. Cells of Chinese characters take three bytes each.
 */
class TokenizerLimitsPropertiesTest {
    @TempDir
    Path temp;

    private Path write(String text) {
        try {
            Path file = Files.createTempFile(temp, "t", ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(int length, boolean chinese) {
        return (chinese ? "村" : "a").repeat(length);
    }

    /** @return the cells of every row read */
    private List<List<String>> read(Path file, int maxCell, int maxLine, int buffer) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvTokenizer t = new CsvTokenizer(file, "t.csv", StandardCharsets.UTF_8, 0, -1, 1, maxCell, maxLine, buffer)) {
            while (t.nextRow(8)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < t.cellCount(); c++) {
                    cells.add(t.cell(c));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void property_cellsUpToTheLimit_areRead_longerOnesRefused() {
        Theories.qt().withExamples(300).forAll(lists().of(integers().between(0, 12)).ofSizeBetween(1, 4), integers().between(1, 10),
                booleans().all(), integers().between(1, 64)).checkAssert((lengths, maxCell, chinese, buffer) -> {
                    List<String> cells = new ArrayList<>();
                    lengths.forEach(n -> cells.add(cell(n, chinese)));
                    Path file = write("x\r\n" + String.join(",", cells) + "\r\ny\r\n");
                    boolean tooLong = lengths.stream().anyMatch(n -> n > maxCell);
                    if (tooLong) {
                        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(file, maxCell, 1000, buffer));
                        assertEquals("a cell is longer than " + maxCell + " characters; is this a CSV file?", e.reason());
                        assertEquals(2, e.line());
                    } else {
                        // A row of empty cells only is no row.
                        List<List<String>> expected = cells.stream().allMatch(String::isEmpty) ? List.of(List.of("x"), List.of("y"))
                                : List.of(List.of("x"), cells, List.of("y"));
                        assertEquals(expected, read(file, maxCell, 1000, buffer));
                    }
                });
    }

    @Test
    void property_rowsUpToTheLimit_areRead_longerOnesRefused() {
        Theories.qt().withExamples(300).forAll(integers().between(1, 30), integers().between(1, 30), booleans().all(),
                integers().between(1, 64)).checkAssert((length, maxLine, chinese, buffer) -> {
                    String row = cell(length, chinese);
                    Path file = write("x\r\n" + row + "\r\ny\r\n");
                    if (length > maxLine) {
                        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(file, 1000, maxLine, buffer));
                        assertEquals("the row is longer than " + maxLine + " characters; is this a CSV file?", e.reason());
                        assertEquals(2, e.line());
                    } else {
                        assertEquals(List.of(List.of("x"), List.of(row), List.of("y")), read(file, 1000, maxLine, buffer));
                    }
                });
    }

    @Test
    void test_aRowAtTheLimit_whoseBufferEndsBetweenCarriageReturnAndLineFeed_isRead() {
        // Found by the property above: the buffer "x\r" once counted the carriage return as a second character.
        assertEquals(List.of(List.of("x"), List.of("a"), List.of("y")), read(write("x\r\na\r\ny\r\n"), 1000, 1, 2));
        assertThrows(CsvFormatException.class, () -> read(write("x\r\nab\r\n"), 1000, 1, 2));
    }

    @Test
    void test_aCellExactlyAtTheLimit_ofThreeByteCharacters() {
        Path file = write("村村村,ab\n");
        assertEquals(List.of(List.of("村村村", "ab")), read(file, 3, 6, 4));
        assertFalse(read(file, 3, 6, 64).isEmpty());
        assertThrows(CsvFormatException.class, () -> read(file, 2, 6, 64));
        assertThrows(CsvFormatException.class, () -> read(file, 3, 5, 64));
    }
}
