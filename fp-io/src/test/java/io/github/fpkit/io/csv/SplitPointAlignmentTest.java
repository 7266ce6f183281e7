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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SplitPoint reads a range without quotes eight bytes at a time, then the last bytes one by
 * one: every row end, carriage return and stray quote is put at every place of those words
 * and of the bytes after them, and the cut compared with a plain reading. The files have no
 * quote at the start of a cell, so every line feed ends a row, a quote inside a cell is an
 * ordinary character, and the cut is the first line feed at or after the middle, unless a
 * carriage return without a line feed comes before it (then there is none: line numbers
 * could not be counted in bytes).
 */
class SplitPointAlignmentTest {
    @TempDir
    Path temp;

    @Test
    void test_everyRowLengthRangeAndMiddle_asAPlainReading() throws IOException {
        for (int length = 1; length <= 17; length++) {
            for (int rows : new int[] {1, 2, 4}) {
                check(rows(length - 1, rows, "\n", -1));
                if (length >= 2) {
                    check(rows(length - 2, rows, "\r\n", -1));
                    // A row's line feed made a lone carriage return: first, last and (with 4 rows) in between.
                    check(rows(length - 1, rows, "\n", 0));
                    check(rows(length - 1, rows, "\n", rows - 1));
                    if (rows == 4) {
                        check(rows(length - 1, rows, "\n", 1));
                    }
                }
                if (length >= 3) {
                    // A quote at the end of each cell, after its first byte: an ordinary character.
                    check(rows(length - 2, rows, "\"\n", -1));
                }
            }
        }
    }

    @Test
    void test_aLoneCarriageReturnAtEveryPlace_shortlyBeforeRowEnds_noCutAfterIt() throws IOException {
        // A long first line ended by a lone carriage return, then short rows: the return falls in
        // the words and in the bytes after them, two bytes before a line feed.
        for (int letters = 0; letters <= 17; letters++) {
            check(("a".repeat(letters) + "\rb\nc\nd\n").getBytes(StandardCharsets.US_ASCII));
            check(("a".repeat(letters) + "\r\rb\nc\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * @param letters the letters of each row before its end
     * @param loneCr the row whose line feed is a carriage return instead, or -1
     */
    private static byte[] rows(int letters, int rows, String end, int loneCr) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            text.append("a".repeat(letters));
            text.append(r == loneCr ? end.replace('\n', '\r') : end);
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void check(byte[] data) throws IOException {
        Path file = Files.createTempFile(temp, "rows", ".csv");
        Files.write(file, data);
        int secondRow = -1;
        for (int i = 0; i < data.length - 1 && secondRow < 0; i++) {
            secondRow = data[i] == '\n' ? i + 1 : -1;
        }
        for (int from : new int[] {0, secondRow}) {
            if (from < 0) {
                continue;
            }
            for (int to = from; to <= data.length; to++) {
                for (int after : new int[] {from, Math.max(from, to - 1)}) {
                    long middle = Math.max(from + (to - from) / 2, after);
                    long[] expected = plainReading(data, from, to, middle);
                    SplitPoint cut = SplitPoint.find(file, from, to, after);
                    String where = new String(data, StandardCharsets.US_ASCII).replace("\r", "\\r").replace("\n", "\\n")
                            + " from " + from + " to " + to + " after " + after;
                    if (expected == null) {
                        assertNull(cut, where);
                    } else {
                        assertNotNull(cut, where);
                        assertEquals(expected[0], cut.offset, where);
                        assertEquals(expected[1], cut.lineFeeds, where);
                    }
                }
            }
        }
    }

    /** @return the first line feed at or after the middle (its next offset, the line feeds up to it), or null */
    private static long[] plainReading(byte[] data, int from, int to, long middle) {
        long lineFeeds = 0;
        for (int i = from; i < to; i++) {
            if (i > from && data[i - 1] == '\r' && data[i] != '\n') {
                return null;
            }
            if (data[i] == '\n') {
                lineFeeds++;
                if (i >= middle) {
                    return i + 1 < to ? new long[] {i + 1, lineFeeds} : null;
                }
            }
        }
        return null;
    }
}
