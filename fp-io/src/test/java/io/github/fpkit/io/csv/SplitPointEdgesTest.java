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
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a table file is cut for parallel reading, at its edges: after the header (a
 * byte-order mark, blank rows and quoted line ends before it), never before the end of the
 * header, and across the reader's buffer of 256 KiB.
 */
class SplitPointEdgesTest {
    private static final int BUFFER = 256 * 1024;

    @TempDir
    Path temp;

    private Path file(String text) throws IOException {
        return file(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(temp, "table", ".csv");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void test_headerEnd_isAfterTheFirstRowWithContent() throws IOException {
        assertEquals(4, SplitPoint.headerEnd(file("a,b\n1,2\n")));
        assertEquals(7, SplitPoint.headerEnd(file("\uFEFFa,b\n1,2\n")));
        assertEquals(13, SplitPoint.headerEnd(file("\n , ,\n\"\",\n\ta\n1\n")));
        assertEquals(8, SplitPoint.headerEnd(file("\"a\nb\",c\n1,2\n")));
        assertEquals(5, SplitPoint.headerEnd(file("\r\na\r\n1\r\n")));
    }

    @Test
    void test_headerEnd_withoutAHeaderRow_isNone() throws IOException {
        assertEquals(-1, SplitPoint.headerEnd(file("")));
        assertEquals(-1, SplitPoint.headerEnd(file("\uFEFF")));
        assertEquals(-1, SplitPoint.headerEnd(file("a,b")));
        assertEquals(-1, SplitPoint.headerEnd(file(" , \n,\"\"\n")));
        assertEquals(-1, SplitPoint.headerEnd(file("a\rb\n1\n")));
        // Two bytes, too short for a byte-order mark: read as they are.
        assertEquals(2, SplitPoint.headerEnd(file("a\n")));
    }

    @Test
    void test_find_cutsAfterTheHeaderEvenPastTheMiddle() throws IOException {
        Path f = file("head,er,of,a,long,first,row\n1\n2\n3\n");
        SplitPoint cut = SplitPoint.find(f, 0, Files.size(f), 28);
        assertEquals(30, cut.offset);
        assertEquals(2, cut.lineFeeds);
        SplitPoint middle = SplitPoint.find(f, 0, Files.size(f), 0);
        assertEquals(28, middle.offset);
        assertEquals(1, middle.lineFeeds);
    }

    @Test
    void test_find_noRowEndsAfterTheMiddle_noCut() throws IOException {
        Path f = file("1\n2\n3333333333333333333333");
        assertNull(SplitPoint.find(f, 0, Files.size(f), 0));
        Path quoted = file("\"1\n\",2\n\"3333333333333333333333");
        assertNull(SplitPoint.find(quoted, 0, Files.size(quoted), 0));
        Path lastByte = file("aaaaaaaaaaaaaaaaaaaaaaa\n");
        assertNull(SplitPoint.find(lastByte, 0, Files.size(lastByte), 0));
    }

    @Test
    void test_find_rangesLongerThanTheBuffer_plainAndQuoted() throws IOException {
        for (String row : new String[] {"W000001,990101001001,1980-01-01,married,H1\r\n", "W000001,\"a\nb\",1980-01-01,x\n"}) {
            int rows = 3 * BUFFER / row.length();
            byte[] data = row.repeat(rows).getBytes(StandardCharsets.US_ASCII);
            long from = row.length();
            long middle = from + (data.length - from) / 2;
            long rowsToCut = (middle - from) / row.length() + 1;
            long lineFeedsPerRow = row.chars().filter(c -> c == '\n').count();
            SplitPoint cut = SplitPoint.find(file(data), from, data.length, from);
            assertEquals(from + rowsToCut * row.length(), cut.offset, row);
            assertEquals(rowsToCut * lineFeedsPerRow, cut.lineFeeds, row);
        }
    }

    @Test
    void test_headerEnd_aByteOrderMarkThenABlankLine_theHeaderIsTheNextRow() throws IOException {
        // The mark is no content: the blank line after it is skipped, as the tokenizer skips it. By hand: 3 + 1 + 4, 3 + 2 + 6.
        assertEquals(8, SplitPoint.headerEnd(file("\uFEFF\na,b\n1,2\n")));
        assertEquals(11, SplitPoint.headerEnd(file("\uFEFF\r\n\"a\",b\n1,2\n")));
    }

    @Test
    void test_headerEnd_afterMoreBlankLinesThanTheBuffer() throws IOException {
        // A spreadsheet export may start with many empty rows: the header is found past the buffer's end.
        for (int blanks : new int[] {BUFFER - 1, BUFFER, BUFFER + 1, 2 * BUFFER}) {
            assertEquals(blanks + 4L, SplitPoint.headerEnd(file("\n".repeat(blanks) + "a,b\n1,2\n")), "blank lines " + blanks);
            assertEquals(blanks + 8L, SplitPoint.headerEnd(file(",".repeat(blanks) + "\n \"a\",b\n1,2\n")), "separators " + blanks);
        }
    }

    @Test
    void test_find_aLoneCarriageReturnBeforeTheCut_noCut_atEveryPlaceInTheEightBytesScannedAtOnce() throws IOException {
        // Lines ended by a carriage return alone (an old Mac export) cannot be counted in bytes: the
        // range is read in one part. Every place of the return in an eight-byte word, followed by
        // a run of 1 to 17 cell bytes and then a line feed that could start the next word.
        for (int before = 0; before < 16; before++) {
            for (int run = 1; run < 18; run++) {
                String text = "a".repeat(before) + "\r" + "b".repeat(run) + "\n" + "cccccccc\n".repeat(4);
                Path f = file(text);
                assertNull(SplitPoint.find(f, 0, Files.size(f), 0), before + " " + run);
                // The same lines ended by CR LF are cut at the first row end at or after the middle.
                String crlf = "a".repeat(before) + "\r\n" + "b".repeat(run) + "\n" + "cccccccc\n".repeat(4);
                Path g = file(crlf);
                long middle = Files.size(g) / 2;
                long expected = crlf.indexOf('\n', (int) middle) + 1;
                SplitPoint cut = SplitPoint.find(g, 0, Files.size(g), 0);
                assertEquals(expected, cut.offset, before + " " + run);
                assertEquals(crlf.substring(0, (int) expected).chars().filter(c -> c == '\n').count(), cut.lineFeeds);
            }
        }
    }

    @Test
    void test_find_aLineFeedInsideQuotes_isNoRowEnd_atEveryPlaceInTheFirstWord() throws IOException {
        // A quoted cell holding a line feed, and the range's only other row end its last byte:
        // there is no cut, wherever the quoted line feed lies after the middle.
        for (int before = 0; before < 9; before++) {
            for (int after = 0; after < 9; after++) {
                String text = "\"" + "a".repeat(before) + "\n" + "b".repeat(after) + "\",c\n";
                Path f = file(text);
                assertNull(SplitPoint.find(f, 0, Files.size(f), 0), text);
            }
        }
    }
}
