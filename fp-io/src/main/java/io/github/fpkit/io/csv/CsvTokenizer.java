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

import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The rows and cells of a byte range of a CSV file, found by three parts: a
 * {@link ByteRangeBuffer} holds the bytes, a {@link RowScanner} finds each row's cells in
 * them (see it for the rules), and a {@link CellDecoder} makes a cell text when asked for.
 * The tokenizer keeps the place in the file — the line the current row starts on, where
 * its bytes are — and so applies the limits on cells and rows, which are in characters,
 * and names the line of every error: broken quoting, a cell or row too long
 * ({@link CsvFormatException}), a byte invalid in the encoding
 * ({@link InvalidEncodingException} with its offset in the file and its line). A UTF-8
 * byte-order mark at offset 0 is skipped when reading UTF-8 and an error in any other
 * encoding. Used by one thread at a time.
 */
final class CsvTokenizer implements AutoCloseable {
    private final String file;
    private final Charset charset;
    private final int maxCellLength;
    private final int maxLineLength;
    private final ByteRangeBuffer buffer;
    private final RowScanner rows;
    private final CellDecoder decoder;

    /**
     * The places of the current row's cells, which the scanner fills: for each cell kept,
     * its first byte, the index after its last, its {@linkplain RowScanner#NON_ASCII kind};
     * the last place is the scanner's, for the cells beyond. The tokenizer holds them, not
     * the scanner, because the reader asks for each cell several times: a step more, through
     * the scanner, made reading about 8 % slower.
     */
    private int[] starts = new int[1];
    private int[] ends = new int[1];
    private byte[] kinds = new byte[1];
    /** The physical line the current row starts on. */
    private long line;
    /** The start of the current row in the buffer, or of the next one before the first row. */
    private int rowStart;
    /** The start of the next row in the buffer. */
    private int rowEnd;
    /** The line ends from {@code rowStart} to {@code rowEnd}. */
    private int rowLines;

    /**
     * @param path the file
     * @param file the file's name in messages
     * @param charset the encoding, UTF-8, GBK or GB18030 (any encoding in which the bytes
     *     of quote, comma, carriage return and line feed are only ever those characters)
     * @param from the first byte read; 0, or the start of a row
     * @param to the byte after the last read, or -1 for the end of the file
     * @param firstLine the physical line number at {@code from}
     * @param maxCellLength the longest cell accepted, in characters
     * @param maxLineLength the longest row accepted, in characters
     * @param bufferSize the initial size of the buffer, 1 or more (small only in tests)
     * @throws UncheckedIOException if the file cannot be opened or read
     * @throws InvalidEncodingException if the file starts with a UTF-8 byte-order mark but is not read as UTF-8
     */
    CsvTokenizer(Path path, String file, Charset charset, long from, long to, long firstLine, int maxCellLength,
            int maxLineLength, int bufferSize) {
        this.file = file;
        this.charset = charset;
        this.maxCellLength = maxCellLength;
        this.maxLineLength = maxLineLength;
        this.line = firstLine;
        this.rows = new RowScanner(maxCellLength);
        rows.keepCellsIn(starts, ends, kinds);
        this.decoder = new CellDecoder(charset);
        // Room for a row of maxLineLength four-byte characters.
        int maxBuffer = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(bufferSize, 4L * maxLineLength + 8));
        this.buffer = new ByteRangeBuffer(path, file, from, to, bufferSize, maxBuffer);
        try {
            if (buffer.skipUtf8ByteOrderMark() && !charset.equals(StandardCharsets.UTF_8)) {
                throw new InvalidEncodingException(file, 1, 0, charset, "the file starts with a UTF-8 byte-order mark"
                        + " but is read as " + charset.name() + "; read it as UTF-8");
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Reads the next row that is not blank, keeping the places of its first {@code width}
     * cells. A row of empty cells only (a blank line, or {@code ,,,} as a spreadsheet writes
     * an empty row) is blank and skipped, unless it has more than twice {@code width} cells:
     * such a row is far wider than the table's and is read, to be reported rather than lost.
     *
     * @param width the cells kept, 0 or more
     * @return false at the end of the range
     * @throws CsvFormatException if the quoting is broken, or a cell or the row is too long
     * @throws InvalidEncodingException instead, if such a row has an invalid byte before
     *     the place of the problem (a decoder reading on would have met it first); the
     *     cells of a row read without a problem are checked by {@link #cell}, {@link #check}
     *     and {@link #checkExtra}
     * @throws UncheckedIOException if the file cannot be read
     */
    boolean nextRow(int width) {
        if (starts.length != width + 1) {
            keep(width);
        }
        while (true) {
            line += rowLines;
            rowLines = 0;
            rowStart = rowEnd;
            if (rowStart >= buffer.limit()) {
                if (buffer.reachedEnd()) {
                    return false;
                }
                readMore(buffer.limit());
                continue;
            }
            int next = scanRow();
            if (next == RowScanner.NEED_MORE) {
                readMore(rows.unfinishedCell());
                continue;
            }
            if (next == RowScanner.MALFORMED) {
                throw brokenQuoting();
            }
            rowEnd = next;
            rowLines = rows.lineEnds();
            int contentEnd = rows.contentEnd();
            if (contentEnd - rowStart > maxLineLength && charCount(rowStart, contentEnd, true) > maxLineLength) {
                throw lineTooLong();
            }
            if (!rows.isBlank() || rows.cellCount() > 2L * width) {
                return true;
            }
        }
    }

    private void keep(int width) {
        starts = new int[width + 1];
        ends = new int[width + 1];
        kinds = new byte[width + 1];
        rows.keepCellsIn(starts, ends, kinds);
    }

    /**
     * Finds the cells of the row at {@code rowStart}, then counts the characters of each
     * cell that may be too long, in row order: its check comes before any later problem
     * of the row, as when a decoder reads the row.
     */
    private int scanRow() {
        int next = rows.scan(buffer.bytes(), rowStart, buffer.limit(), buffer.reachedEnd());
        for (int i = 0; i < rows.longCellCount(); i++) {
            checkCellLength(rows.longCellStart(i), rows.longCellEnd(i), line + rows.longCellLineEnds(i));
        }
        return next;
    }

    /**
     * Reads more of the range after the bytes of the row being read, once its bytes so far
     * are within the limits.
     *
     * @param unfinishedCell the start of the cell that the bytes end in
     */
    private void readMore(int unfinishedCell) {
        int limit = buffer.limit();
        // The buffer may end inside a character: counted as incomplete input, not as an invalid byte.
        // It may end between the carriage return and the line feed that end the row: not the row's characters.
        int end = limit > rowStart && buffer.bytes()[limit - 1] == '\r' ? limit - 1 : limit;
        if (end - rowStart > maxLineLength && charCount(rowStart, end, false) > maxLineLength) {
            throw lineTooLong();
        }
        if (limit - unfinishedCell > maxCellLength) {
            charCount(rowStart, unfinishedCell, true);
            if (charCount(unfinishedCell, limit, false) > maxCellLength) {
                // Named at the line the cell starts on, as when the whole row is in the buffer.
                throw cellTooLong(line + RowScanner.countLineEnds(buffer.bytes(), rowStart, unfinishedCell, limit));
            }
        }
        if (!buffer.readMore(rowStart)) {
            throw lineTooLong();
        }
        rowStart = 0;
        rowEnd = 0;
    }

    /** @return the physical line the current row starts on */
    long line() {
        return line;
    }

    /** @return the cells of the current row, all counted, also those not kept */
    int cellCount() {
        return rows.cellCount();
    }

    /** @return the first cell of the current row, numbered from 0, holding a control byte; -1 if none does */
    int controlCell() {
        return rows.controlCell();
    }

    /** @return the control byte of {@link #controlCell()}, 0 to 0x1F or 0x7F */
    int controlByte() {
        return rows.controlByte();
    }

    /** @return true if the current row has a non-empty cell beyond those kept */
    boolean hasExtraContent() {
        return rows.hasExtraContent();
    }

    /**
     * @param cell a kept cell of the current row
     * @return its text
     * @throws InvalidEncodingException if it holds a byte invalid in the encoding
     */
    String cell(int cell) {
        // The common cell, plain ASCII, is made text here: a call small enough for the JIT to
        // inline into the reader's loop, which it did not when all cells went to the decoder.
        if (kinds[cell] == 0) {
            return CellDecoder.ascii(buffer.bytes(), starts[cell], ends[cell]);
        }
        return decoded(cell);
    }

    private String decoded(int cell) {
        String text = decoder.text(buffer.bytes(), starts[cell], ends[cell], isAscii(cell), hasDoubledQuotes(cell));
        if (text == null) {
            throw invalid(decoder.invalidAt());
        }
        return text;
    }

    /**
     * @param cell a kept cell of the current row, not empty
     * @param memo the column's memo
     * @return the value remembered for the cell's bytes, or null if there is none or the
     *     cell has a doubled quote (whose bytes are not its text)
     */
    Object recall(int cell, CellMemo memo) {
        if (hasDoubledQuotes(cell)) {
            return null;
        }
        return memo.recall(buffer.bytes(), starts[cell], length(cell));
    }

    /**
     * Remembers the value parsed from a kept cell of the current row, unless it has a doubled quote.
     *
     * @param value the value, not null
     */
    void remember(int cell, CellMemo memo, Object value) {
        if (!hasDoubledQuotes(cell)) {
            memo.remember(buffer.bytes(), starts[cell], length(cell), value);
        }
    }

    /**
     * Checks that a kept cell is valid in the encoding, without making it a string.
     *
     * @throws InvalidEncodingException if it is not
     */
    void check(int cell) {
        if (!isAscii(cell)) {
            charCount(starts[cell], ends[cell], true);
        }
    }

    /**
     * Checks that the cells beyond those kept are valid in the encoding.
     *
     * @throws InvalidEncodingException if one is not
     */
    void checkExtra() {
        int from = rows.nonAsciiExtra();
        if (from >= 0) {
            charCount(from, rows.contentEnd(), true);
        }
    }

    /**
     * @return true if a kept cell is not empty, has only ASCII bytes, no doubled quote and
     *     no blank at either end: its bytes are its trimmed text, one character each
     */
    boolean isPlainAscii(int cell) {
        int start = starts[cell];
        int end = ends[cell];
        byte[] bytes = buffer.bytes();
        return kinds[cell] == 0 && end > start && bytes[start] > ' ' && bytes[end - 1] > ' ';
    }

    /** @return the buffer holding the current row's cells, valid until the next row is read */
    byte[] buffer() {
        return buffer.bytes();
    }

    /** @return the index in {@link #buffer()} of a kept cell of the current row */
    int start(int cell) {
        return starts[cell];
    }

    /** @return the bytes of a kept cell of the current row, quotes excluded */
    int length(int cell) {
        return ends[cell] - starts[cell];
    }

    /** @return true if a kept cell has no byte of 0x80 or more */
    boolean isAscii(int cell) {
        return (kinds[cell] & RowScanner.NON_ASCII) == 0;
    }

    private boolean hasDoubledQuotes(int cell) {
        return (kinds[cell] & RowScanner.DOUBLED_QUOTES) != 0;
    }

    /**
     * @param cell a kept cell of the current row
     * @param other another encoding
     * @return the cell's text in that encoding, or null if it is not valid in it
     */
    String cellAs(int cell, Charset other) {
        return CellDecoder.textIn(other, buffer.bytes(), starts[cell], ends[cell], hasDoubledQuotes(cell));
    }

    /**
     * @param complete false if the bytes may end inside a character, which is then not counted
     * @return the characters of the buffer's bytes {@code [from, to)}
     * @throws InvalidEncodingException at the first invalid byte
     */
    private long charCount(int from, int to, boolean complete) {
        long count = decoder.charCount(buffer.bytes(), from, to, complete);
        if (count < 0) {
            throw invalid(decoder.invalidAt());
        }
        return count;
    }

    private void checkCellLength(int start, int cellEnd, long cellLine) {
        charCount(rowStart, start, true);
        if (charCount(start, cellEnd, true) > maxCellLength) {
            throw cellTooLong(cellLine);
        }
    }

    private CsvFormatException cellTooLong(long cellLine) {
        return new CsvFormatException(file, cellLine, "a cell is longer than " + maxCellLength
                + " characters; is this a CSV file?");
    }

    private CsvFormatException lineTooLong() {
        return new CsvFormatException(file, line, "the row is longer than " + maxLineLength
                + " characters; is this a CSV file?");
    }

    /**
     * The broken quoting of the current row. An invalid byte before it, or at it, is
     * reported instead, as a decoder reading the row up to there would.
     */
    private CsvFormatException brokenQuoting() {
        int at = rows.problemAt();
        if (at < buffer.limit()) {
            charCount(rowStart, at + 1, false);
        } else {
            charCount(rowStart, at, true);
        }
        return new CsvFormatException(file, line + rows.problemLineEnds(), rows.problem());
    }

    /** @param at the index in the buffer of an invalid byte of the current row */
    private InvalidEncodingException invalid(int at) {
        long offset = buffer.offsetOf(at);
        long lines = RowScanner.countLineEnds(buffer.bytes(), rowStart, at, buffer.limit());
        String other = charset.equals(StandardCharsets.UTF_8) ? "GBK or GB18030" : "UTF-8";
        return new InvalidEncodingException(file, line + lines, offset, charset,
                "byte offset " + offset + " is not valid " + charset.name() + "; is the file " + other
                        + "? (choose the encoding when opening the register)");
    }

    /** Closes the file. */
    @Override
    public void close() {
        buffer.close();
    }
}
