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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
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
 * Files made of rows of cells as a register holds them (plain, blank-padded, quoted with
 * separators, line ends and doubled quotes, a quote inside an unquoted cell, UTF-8 text;
 * rows ending in LF, CR LF, now and then a lone CR), cut in a range that starts at any row,
 * ends anywhere, and holds its cut after any offset: the cut is the first row end at or
 * after the middle, as a byte-by-byte reading of RFC 4180 finds it, and reading the two
 * parts one after the other gives the rows (cells and line numbers) of the whole range.
 */
class SplitPointRowsPropertiesTest {
    @TempDir
    Path temp;

    @Test
    void property_cutOfAnyRange_asAByteByByteReading_andThePartsReadAsTheWhole() {
        checkCuts(400, 160);
    }

    /** Files of a few words, where the cut, a quote and a line end often share the eight bytes scanned at once. */
    @Test
    void property_cutOfAnyShortRange_asAByteByByteReading_andThePartsReadAsTheWhole() {
        checkCuts(1000, 8);
    }

    private void checkCuts(int examples, int maxCells) {
        qt().withExamples(examples).forAll(lists().of(integers().between(0, 999_999)).ofSizeBetween(1, maxCells),
                integers().between(0, 999), integers().between(0, 1000), integers().between(0, 1000)).checkAssert(
                        (codes, first, toPermille, afterPermille) -> {
                    List<Integer> rowStarts = new ArrayList<>();
                    byte[] data = rows(codes, rowStarts);
                    int from = rowStarts.get(first % rowStarts.size());
                    int to = from + (int) ((long) (data.length - from) * toPermille / 1000);
                    int after = from + (int) ((long) (data.length - from) * afterPermille / 1000);
                    long middle = Math.max(from + (to - from) / 2, after);
                    long[] expected = ByteByByteCut.cut(data, from, to, middle);
                    Path file = write(data);
                    SplitPoint cut = find(file, from, to, after);
                    if (expected == null) {
                        assertNull(cut);
                        return;
                    }
                    assertEquals(expected[0], cut.offset);
                    assertEquals(expected[1], cut.lineFeeds);
                    // Lines counted from 1 at the range's start, as a part after the header counts them.
                    List<String> whole = new ArrayList<>();
                    read(file, from, to, 1, whole);
                    List<String> parts = new ArrayList<>();
                    read(file, from, cut.offset, 1, parts);
                    read(file, cut.offset, to, 1 + cut.lineFeeds, parts);
                    assertEquals(whole, parts);
                });
    }

    /**
     * Each code is a cell: its kind, length and what follows it (a separator or a row end)
     * drawn from its digits.
     *
     * @param rowStarts receives the offset of every row's start
     */
    private static byte[] rows(List<Integer> codes, List<Integer> rowStarts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rowStarts.add(0);
        for (int code : codes) {
            int length = code / 10 % 17;
            String letters = "W0123456789-/.abc".substring(0, length);
            String cell;
            switch (code % 10) {
                case 0:
                case 1:
                case 2:
                    cell = letters;
                    break;
                case 3:
                    cell = " \t" + letters + " ";
                    break;
                case 4:
                    cell = "\"" + letters + ",\n" + letters + "\"";
                    break;
                case 5:
                    cell = " \"a\"\"\r\n" + letters + "\"\"\"";
                    break;
                case 6:
                    cell = letters + "\"b\"";
                    break;
                case 7:
                    cell = "李" + letters + "ä";
                    break;
                case 8:
                    cell = "\"\"";
                    break;
                default:
                    cell = "";
            }
            out.writeBytes(cell.getBytes(StandardCharsets.UTF_8));
            int end = code / 1000 % 20;
            if (end < 12) {
                out.write(',');
                continue;
            }
            if (end < 16) {
                out.write('\n');
            } else if (end < 19) {
                out.write('\r');
                out.write('\n');
            } else {
                out.write('\r');
            }
            rowStarts.add(out.size());
        }
        return out.toByteArray();
    }

    /**
     * Reads the rows of {@code [from, to)} with the tokenizer (its buffer small, so that it
     * grows and moves across rows), each as its line and its cells, then the error that ends
     * the range if any.
     */
    private static void read(Path file, long from, long to, long firstLine, List<String> rows) {
        try (CsvTokenizer tokens = new CsvTokenizer(file, "t.csv", StandardCharsets.UTF_8, from, to, firstLine, 10_000,
                100_000, 7)) {
            while (tokens.nextRow(64)) {
                StringBuilder row = new StringBuilder().append(tokens.line()).append(':');
                for (int c = 0; c < Math.min(64, tokens.cellCount()); c++) {
                    row.append('[').append(tokens.cell(c)).append(']');
                }
                rows.add(row.toString());
            }
        } catch (CsvFormatException e) {
            // A range ending inside a quoted cell: the same error, at the same line, either way.
            rows.add(e.getMessage());
        }
    }

    private SplitPoint find(Path file, long from, long to, long after) {
        try {
            return SplitPoint.find(file, from, to, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(byte[] data) {
        try {
            Path file = Files.createTempFile(temp, "part", ".csv");
            Files.write(file, data);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
