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

import java.util.Arrays;
import java.util.Locale;

/**
 * Finds the cells of a CSV row in its bytes, without decoding them: in UTF-8, GBK and
 * GB18030 the bytes of {@code "}, {@code ,}, carriage return and line feed never occur
 * inside a multi-byte character. The rules are those the reader has always applied
 * (Jackson's CSV parser with trimmed spaces), and those of {@link SplitPoint}:
 * <ul>
 *   <li>a row ends at a line feed, a carriage return and line feed, a lone carriage
 *       return, or the end of the bytes; each of them also ends a physical line, and so
 *       do those inside quoted cells;</li>
 *   <li>blanks (spaces and tabs, nothing else) before a cell are skipped; a quote then
 *       opens a quoted cell, in which a doubled quote is a quote and a single one closes
 *       the cell; after it only blanks may come before the separator or the line end, a
 *       control byte is noted (below), anything else is broken quoting;</li>
 *   <li>any other cell ends at the separator or the line end, without its trailing blanks,
 *       and a quote inside it is an ordinary character;</li>
 *   <li>a control byte (below 0x20 but tab, or 0x7F; line ends inside a quoted cell are
 *       its text) is part of its cell, never a blank: the first one of a row is noted
 *       ({@link #controlCell()}, {@link #controlByte()}) for the reader to reject the row;</li>
 *   <li>a row whose cells are all empty (a blank line, {@code ,,,}) is {@linkplain #isBlank() blank}.</li>
 * </ul>
 * A scan reads nothing from the file, decodes nothing and knows no line numbers: what it
 * cannot finish or accept it returns as a status ({@link #NEED_MORE}, {@link #MALFORMED}),
 * and the cells that may be longer than a cell may be it notes, for {@link CsvTokenizer} to
 * read more, name the error's line or count the cell's characters. It puts the places of the
 * cells kept into arrays its caller gives ({@link #keepCellsIn}). Used by one thread at a time.
 */
final class RowScanner {
    /** The bytes ended inside the row: it needs more, kept from {@link #unfinishedCell()}. */
    static final int NEED_MORE = -1;
    /** The row's quoting is broken: see {@link #problem()}. */
    static final int MALFORMED = -2;
    /** A cell's kind: it has a byte of 0x80 or more. */
    static final byte NON_ASCII = 1;
    /** A cell's kind: it is quoted and has a doubled quote, so its bytes are not its text. */
    static final byte DOUBLED_QUOTES = 2;

    /** What a scan takes for the byte at the limit. */
    private static final int END = -1;
    /** The control byte DEL; the others lie below the space. */
    private static final int DEL = 0x7F;

    private final int maxCellLength;

    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    /** The cells kept: a row's cells beyond them take the last place of the arrays in turn. */
    private int width;

    private int cellCount;
    private boolean blank;
    /** The first cell of the row with a control byte, or -1; and that byte. */
    private int controlCell;
    private int controlByte;
    private boolean extraContent;
    private int nonAsciiExtra;
    private int contentEnd;
    private int lineEnds;
    private int unfinishedCell;
    /** For each cell with more bytes than a cell may have characters: its start, its end, and the line ends up to its end. */
    private int[] longCells = new int[3];
    private int longCellCount;
    private int problemAt;
    private int problemLineEnds;
    private String problem;

    /** @param maxCellLength the longest cell accepted, in characters */
    RowScanner(int maxCellLength) {
        this.maxCellLength = maxCellLength;
    }

    /**
     * Gives the arrays that receive, for each cell kept, its first byte (after its opening
     * quote if it has one), the index after its last byte (before its closing quote) and
     * its kind ({@link #NON_ASCII}, {@link #DOUBLED_QUOTES}). The arrays are the caller's;
     * each scan overwrites them.
     *
     * @param starts a place for each cell kept, and one more; not null
     * @param ends as long as {@code starts}
     * @param kinds as long as {@code starts}
     */
    void keepCellsIn(int[] starts, int[] ends, byte[] kinds) {
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
        this.width = starts.length - 1;
    }

    /**
     * Finds the cells of the row starting at {@code from}.
     *
     * @param bytes the bytes, read from {@code from} up to {@code limit}
     * @param complete true if no bytes follow {@code limit}, false if more may
     * @return the start of the next row, or {@link #NEED_MORE} or {@link #MALFORMED}
     */
    int scan(byte[] bytes, int from, int limit, boolean complete) {
        startRow();
        int count = 0;
        boolean blank = true;
        int p = from;
        while (true) {
            int slot = Math.min(count, width);
            p = skipBlanks(bytes, p, limit);
            int c = p < limit ? bytes[p] & 0xFF : END;
            if (c == '"') {
                p = quotedCell(bytes, p + 1, limit, complete, slot, count);
                if (p >= 0 && ends[slot] > starts[slot]) {
                    blank = false;
                }
            } else if (c == END && !complete) {
                return needMore(p);
            } else if (c == ',' || c == '\n' || c == '\r' || c == END) {
                record(slot, p, p, 0);
            } else {
                p = plainCell(bytes, p, limit, complete, slot, count);
                blank = false;
            }
            if (p < 0) {
                return p;
            }
            count++;
            if (p == limit || bytes[p] != ',') {
                cellCount = count;
                this.blank = blank;
                return endRow(bytes, p, limit, complete);
            }
            p++;
        }
    }

    private void startRow() {
        extraContent = false;
        controlCell = -1;
        nonAsciiExtra = -1;
        lineEnds = 0;
        longCellCount = 0;
    }

    /** @return the first index from {@code p} whose byte is not a blank (a space or a tab), or the limit */
    private static int skipBlanks(byte[] b, int p, int limit) {
        while (p < limit && isBlank(b[p])) {
            p++;
        }
        return p;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    /** Finds and records an unquoted cell starting at {@code start}, its trailing blanks left out. */
    private int plainCell(byte[] b, int start, int limit, boolean complete, int slot, int cell) {
        int bits = 0;
        int p = start;
        for (; p < limit; p++) {
            int c = b[p] & 0xFF;
            // Digits, letters and most punctuation lie above ','; one comparison decides.
            if (c <= ',') {
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                if (c < ' ' && c != '\t') {
                    noteControl(cell, c);
                }
            } else if (c == DEL) {
                noteControl(cell, c);
            }
            bits |= c;
        }
        if (p == limit && !complete) {
            return needMore(start);
        }
        int end = p;
        // The first byte is not a blank, so trimming stops at it.
        while (isBlank(b[end - 1])) {
            end--;
        }
        record(slot, start, end, bits >= 0x80 ? NON_ASCII : 0);
        return p;
    }

    /** Finds and records a quoted cell whose text starts at {@code start}, up to the separator or the line end after it. */
    private int quotedCell(byte[] b, int start, int limit, boolean complete, int slot, int cell) {
        int close = closingQuote(b, start, limit, complete, slot, cell);
        return close < 0 ? close : afterClosingQuote(b, close + 1, limit, complete, start, cell);
    }

    /** Finds and records a quoted cell whose text starts at {@code start}, counting the line ends inside it. */
    private int closingQuote(byte[] b, int start, int limit, boolean complete, int slot, int cell) {
        int bits = 0;
        int lines = 0;
        int kind = 0;
        int p = start;
        while (true) {
            if (p >= limit) {
                return complete ? malformed(p, lineEnds, "a quoted cell has no closing quote") : needMore(start);
            }
            int c = b[p] & 0xFF;
            if (c == DEL || (c < ' ' && c != '\t' && c != '\n' && c != '\r')) {
                noteControl(cell, c);
            }
            if (c == '"') {
                if (p + 1 >= limit) {
                    if (!complete) {
                        return needMore(start);
                    }
                    break;
                }
                if (b[p + 1] != '"') {
                    break;
                }
                kind |= DOUBLED_QUOTES;
                p += 2;
                continue;
            }
            if (c == '\n') {
                lines++;
            } else if (c == '\r') {
                if (p + 1 < limit) {
                    if (b[p + 1] != '\n') {
                        lines++;
                    }
                } else if (!complete) {
                    return needMore(start);
                } else {
                    lines++;
                }
            }
            bits |= c;
            p++;
        }
        lineEnds += lines;
        return record(slot, start, p, bits >= 0x80 ? kind | NON_ASCII : kind);
    }

    /**
     * Skips the blanks after the closing quote of the cell whose text starts at
     * {@code start}, up to the separator or the line end, noting a control byte as the
     * cell's; anything else is broken quoting.
     */
    private int afterClosingQuote(byte[] b, int p, int limit, boolean complete, int start, int cell) {
        for (; p < limit; p++) {
            int c = b[p] & 0xFF;
            if (c == ',' || c == '\n' || c == '\r') {
                return p;
            }
            if (c < ' ' || c == DEL) {
                if (c != '\t') {
                    noteControl(cell, c);
                }
            } else if (c != ' ') {
                return malformed(p, lineEnds, "unexpected " + shown(c)
                        + " after the closing quote of a cell; expected ',' or the end of the line");
            }
        }
        return complete ? p : needMore(start);
    }

    /**
     * Records the place of a cell, and notes a non-empty one that lies beyond the cells kept
     * or has more bytes than a cell may have characters.
     *
     * @return {@code end}
     */
    private int record(int slot, int start, int end, int kind) {
        starts[slot] = start;
        ends[slot] = end;
        kinds[slot] = (byte) kind;
        if (end > start) {
            if (slot == width) {
                noteExtra(start, kind);
            }
            if (end - start > maxCellLength) {
                noteLongCell(start, end);
            }
        }
        return end;
    }

    /** Notes the first control byte of the row, in the cell numbered {@code cell} from 0. */
    private void noteControl(int cell, int c) {
        if (controlCell < 0) {
            controlCell = cell;
            controlByte = c;
        }
    }

    private void noteExtra(int start, int kind) {
        extraContent = true;
        if ((kind & NON_ASCII) != 0 && nonAsciiExtra < 0) {
            nonAsciiExtra = start;
        }
    }

    private void noteLongCell(int start, int end) {
        if (longCells.length < 3 * (longCellCount + 1)) {
            longCells = Arrays.copyOf(longCells, 2 * longCells.length);
        }
        longCells[3 * longCellCount] = start;
        longCells[3 * longCellCount + 1] = end;
        longCells[3 * longCellCount + 2] = lineEnds;
        longCellCount++;
    }

    /**
     * Ends the row at {@code p}, a line end or the limit.
     *
     * @return the start of the next row, or {@link #NEED_MORE}
     */
    private int endRow(byte[] b, int p, int limit, boolean complete) {
        contentEnd = p;
        if (p == limit) {
            return p;
        }
        if (b[p] == '\n') {
            lineEnds++;
            return p + 1;
        }
        if (p + 1 < limit) {
            lineEnds++;
            return b[p + 1] == '\n' ? p + 2 : p + 1;
        }
        if (!complete) {
            // A line feed may follow the carriage return.
            return needMore(p);
        }
        lineEnds++;
        return p + 1;
    }

    private int needMore(int unfinished) {
        unfinishedCell = unfinished;
        return NEED_MORE;
    }

    private int malformed(int at, int lines, String reason) {
        problemAt = at;
        problemLineEnds = lines;
        problem = reason;
        return MALFORMED;
    }

    private static String shown(int c) {
        return c < 0x80 ? "'" + (char) c + "'" : "byte 0x" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
    }

    /**
     * Counts line ends as a scan does: a line feed, a carriage return and line feed, a lone
     * carriage return; a carriage return at the limit counts.
     *
     * @return the line ends that start in {@code bytes[from, to)}
     */
    static long countLineEnds(byte[] bytes, int from, int to, int limit) {
        long lines = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= limit || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    /** @return the cells of the row, all counted, also those not kept, also when all are empty */
    int cellCount() {
        return cellCount;
    }

    /** @return true if every cell of the row is empty: a blank line, or only separators and blanks */
    boolean isBlank() {
        return blank;
    }

    /** @return the first cell of the row, numbered from 0, that holds a control byte; -1 if none does */
    int controlCell() {
        return controlCell;
    }

    /** @return the control byte of {@link #controlCell()}, 0 to 0x1F or 0x7F */
    int controlByte() {
        return controlByte;
    }

    /** @return true if the row has a non-empty cell beyond those kept */
    boolean hasExtraContent() {
        return extraContent;
    }

    /** @return the start of the first non-empty cell beyond those kept with a byte of 0x80 or more, or -1 */
    int nonAsciiExtra() {
        return nonAsciiExtra;
    }

    /** @return the end of the row's last cell */
    int contentEnd() {
        return contentEnd;
    }

    /** @return the line ends of the row: those inside its quoted cells and the one that ends it */
    int lineEnds() {
        return lineEnds;
    }

    /** @return after {@link #NEED_MORE}, the start of the cell (or line end) the bytes ended in */
    int unfinishedCell() {
        return unfinishedCell;
    }

    /** @return the cells of the row scanned last with more bytes than a cell may have characters, in row order */
    int longCellCount() {
        return longCellCount;
    }

    /** @return the start of such a cell */
    int longCellStart(int longCell) {
        return longCells[3 * longCell];
    }

    /** @return the end of such a cell */
    int longCellEnd(int longCell) {
        return longCells[3 * longCell + 1];
    }

    /** @return the line ends in the row up to the end of such a cell */
    int longCellLineEnds(int longCell) {
        return longCells[3 * longCell + 2];
    }

    /** @return after {@link #MALFORMED}, the byte where the quoting breaks (the limit if a quote is not closed) */
    int problemAt() {
        return problemAt;
    }

    /** @return after {@link #MALFORMED}, the line ends in the row before the line of the problem */
    int problemLineEnds() {
        return problemLineEnds;
    }

    /** @return after {@link #MALFORMED}, what is broken */
    String problem() {
        return problem;
    }
}
