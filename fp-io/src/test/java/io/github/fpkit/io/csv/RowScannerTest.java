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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The scanner on bytes alone: the places of cells, where rows end, and each status it returns. */
class RowScannerTest {
    private final int[] starts = new int[9];
    private final int[] ends = new int[9];
    private final byte[] kinds = new byte[9];

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** @return a scanner keeping 8 cells, as many as the places given to it less one */
    private RowScanner scanner(int maxCellLength) {
        RowScanner rows = new RowScanner(maxCellLength);
        rows.keepCellsIn(starts, ends, kinds);
        return rows;
    }

    private static int scan(RowScanner rows, byte[] bytes, boolean complete) {
        return rows.scan(bytes, 0, bytes.length, complete);
    }

    @Test
    void test_plainCells_trimmed_rowEndsAfterLineFeed() {
        RowScanner rows = scanner(100);
        byte[] bytes = utf8(" a, b c ,d\nnext");
        assertEquals(11, scan(rows, bytes, true));
        assertEquals(3, rows.cellCount());
        assertEquals(1, starts[0]);
        assertEquals(2, ends[0]);
        assertEquals(4, starts[1]);
        assertEquals(7, ends[1]);
        assertEquals(9, starts[2]);
        assertEquals(0, kinds[2]);
        assertEquals(10, rows.contentEnd());
        assertEquals(1, rows.lineEnds());
    }

    @Test
    void test_quotedCell_doubledQuoteAndLineEndsInside() {
        RowScanner rows = scanner(100);
        byte[] bytes = utf8("\"x\"\"y\r\nz\" ,中\r\n");
        assertEquals(bytes.length, scan(rows, bytes, true));
        assertEquals(2, rows.cellCount());
        assertEquals(1, starts[0]);
        assertEquals(8, ends[0]);
        assertEquals(RowScanner.DOUBLED_QUOTES, kinds[0]);
        assertEquals(RowScanner.NON_ASCII, kinds[1]);
        assertEquals(2, rows.lineEnds());
    }

    @Test
    void test_loneCarriageReturnAtTheEnd_needsMoreUnlessComplete() {
        RowScanner rows = scanner(100);
        byte[] bytes = utf8("a,b\r");
        assertEquals(RowScanner.NEED_MORE, scan(rows, bytes, false));
        assertEquals(3, rows.unfinishedCell());
        assertEquals(4, scan(rows, bytes, true));
        assertEquals(1, rows.lineEnds());
    }

    @Test
    void test_bytesEndInsideACell_needMoreFromThatCell() {
        RowScanner rows = scanner(100);
        assertEquals(RowScanner.NEED_MORE, scan(rows, utf8("a,bc"), false));
        assertEquals(2, rows.unfinishedCell());
        assertEquals(RowScanner.NEED_MORE, scan(rows, utf8("a, \"b\nc"), false));
        assertEquals(4, rows.unfinishedCell());
        assertEquals(RowScanner.NEED_MORE, scan(rows, utf8("a, "), false));
        assertEquals(3, rows.unfinishedCell());
    }

    @Test
    void test_unclosedQuote_malformedAtTheEnd_onTheLineItOpens() {
        RowScanner rows = scanner(100);
        byte[] bytes = utf8("a\r\n,\"b\nc");
        assertEquals(RowScanner.MALFORMED, rows.scan(bytes, 3, bytes.length, true));
        assertEquals(bytes.length, rows.problemAt());
        assertEquals(0, rows.problemLineEnds());
        assertTrue(rows.problem().contains("no closing quote"), rows.problem());
    }

    @Test
    void test_textAfterClosingQuote_malformedAtIt_onItsLine() {
        RowScanner rows = scanner(100);
        byte[] bytes = utf8("\"a\nb\" x,c\n");
        assertEquals(RowScanner.MALFORMED, scan(rows, bytes, true));
        assertEquals(6, rows.problemAt());
        assertEquals(1, rows.problemLineEnds());
        assertTrue(rows.problem().contains("unexpected 'x'"), rows.problem());
    }

    @Test
    void test_cellsLongerInBytesThanTheLimit_notedInRowOrder() {
        RowScanner rows = scanner(3);
        byte[] bytes = utf8("ab,cdefg,\"hi\nj\",l\n");
        assertEquals(bytes.length, scan(rows, bytes, true));
        assertEquals(2, rows.longCellCount());
        assertEquals(3, rows.longCellStart(0));
        assertEquals(8, rows.longCellEnd(0));
        assertEquals(0, rows.longCellLineEnds(0));
        assertEquals(10, rows.longCellStart(1));
        assertEquals(14, rows.longCellEnd(1));
        assertEquals(1, rows.longCellLineEnds(1));
        assertEquals(4, rows.cellCount());
        scan(rows, utf8("ab\n"), true);
        assertEquals(0, rows.longCellCount());
    }

    @Test
    void test_rowOfEmptyCells_blank_itsCellsCounted() {
        RowScanner rows = scanner(100);
        assertEquals(6, scan(rows, utf8(" , \t,\nx"), true));
        assertTrue(rows.isBlank());
        assertEquals(3, rows.cellCount());
        assertEquals(3, scan(rows, utf8("\"\"\n"), true));
        assertTrue(rows.isBlank());
        assertEquals(1, rows.cellCount());
        scan(rows, utf8(",,\"x\""), true);
        assertFalse(rows.isBlank());
    }

    @Test
    void test_onlySpacesAndTabsTrimmed_controlBytesKeptAndNoted() {
        RowScanner rows = scanner(100);
        byte[] bytes = utf8(" \ta\t ,\u0008W1,1944-03-21\u0000, \u007F\n");
        assertEquals(bytes.length, scan(rows, bytes, true));
        assertEquals(4, rows.cellCount());
        assertEquals(2, starts[0]);
        assertEquals(3, ends[0]);
        assertEquals(6, starts[1]);
        assertEquals(9, ends[1]);
        assertEquals(21, ends[2]);
        assertEquals(23, starts[3]);
        assertEquals(24, ends[3]);
        assertEquals(1, rows.controlCell());
        assertEquals(0x08, rows.controlByte());
        scan(rows, utf8("a,b\n"), true);
        assertEquals(-1, rows.controlCell());
    }

    @Test
    void test_controlBytes_aloneAQuotedOrAfterAClosingQuote_notedInTheirCell_lineEndsInQuotesAreText() {
        RowScanner rows = scanner(100);
        byte[] nuls = new byte[] {0, 0, 0, '\n'};
        assertEquals(4, scan(rows, nuls, true));
        assertFalse(rows.isBlank());
        assertEquals(1, rows.cellCount());
        assertEquals(0, rows.controlCell());
        assertEquals(0, rows.controlByte());
        scan(rows, utf8("a,\"b\r\nc\",\"d\u0011\"\n"), true);
        assertEquals(2, rows.controlCell());
        assertEquals(0x11, rows.controlByte());
        scan(rows, utf8("a,\"b\" \u001F,c\n"), true);
        assertEquals(1, rows.controlCell());
        assertEquals(0x1F, rows.controlByte());
        assertEquals(3, rows.cellCount());
        scan(rows, utf8("a,\"b\nc\"\t,c\n"), true);
        assertEquals(-1, rows.controlCell());
    }

    @Test
    void test_cellsBeyondTheKeptOnes_countedAndNotedNotKept() {
        RowScanner rows = new RowScanner(100);
        rows.keepCellsIn(new int[2], new int[2], new byte[2]);
        byte[] bytes = utf8("a,,b,é\n");
        rows.scan(bytes, 0, bytes.length, true);
        assertEquals(4, rows.cellCount());
        assertTrue(rows.hasExtraContent());
        assertEquals(5, rows.nonAsciiExtra());
        byte[] empty = utf8("a,,\n");
        rows.scan(empty, 0, empty.length, true);
        assertFalse(rows.hasExtraContent());
        assertEquals(-1, rows.nonAsciiExtra());
    }

    @Test
    void test_countLineEnds_asAScanCountsThem() {
        byte[] bytes = utf8("a\r\nb\rc\nd\r");
        assertEquals(4, RowScanner.countLineEnds(bytes, 0, bytes.length, bytes.length));
        assertEquals(0, RowScanner.countLineEnds(bytes, 0, 2, bytes.length));
        assertEquals(1, RowScanner.countLineEnds(bytes, 0, 3, bytes.length));
    }
}
