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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds the rows and cells of a byte range of a CSV file on its bytes, without decoding
 * them: in UTF-8, GBK and GB18030 the bytes of {@code "}, {@code ,}, carriage return and
 * line feed never occur inside a multi-byte character. The rules are those the reader
 * has always applied (Jackson's CSV parser with trimmed spaces), and those of
 * {@link SplitPoint}:
 * <ul>
 *   <li>a row ends at a line feed, a carriage return and line feed, a lone carriage
 *       return, or the end of the range; each of them also ends a physical line, and so
 *       do those inside quoted cells;</li>
 *   <li>blanks (bytes up to the space, other than line ends) before a cell are skipped;
 *       a quote then opens a quoted cell, in which a doubled quote is a quote and a single
 *       one closes the cell; after it only blanks may come before the separator or the
 *       line end, anything else is a {@link CsvFormatException} naming the line;</li>
 *   <li>any other cell ends at the separator or the line end, without its trailing blanks,
 *       and a quote inside it is an ordinary character;</li>
 *   <li>rows whose cells are all empty (blank lines, {@code ,,,}) are skipped.</li>
 * </ul>
 * Cells are decoded only when asked for: a cell of ASCII bytes is copied into a compact
 * string, any other one is decoded by a decoder that reports, never replaces, invalid
 * bytes ({@link InvalidEncodingException} with the byte's offset in the file and its
 * line). A UTF-8 byte-order mark at offset 0 is skipped when reading UTF-8 and an error
 * in any other encoding. Used by one thread at a time.
 */
final class CsvTokenizer implements AutoCloseable {
    /**
     * The default size of the buffer, which grows only for a row longer than it: large
     * enough that reads are few, and well under half of G1's smallest region (1 MB), so
     * that a buffer is an ordinary young object, not a "humongous" one, whose allocations
     * each start a collection.
     */
    static final int DEFAULT_BUFFER = 256 * 1024;
    /** The buffer of a reader that reads only the header of a file (for the parts after the first). */
    static final int HEADER_BUFFER = 8 * 1024;

    /** {@link #parseRow} reached the end of the buffer before the end of the row. */
    private static final int NEED_MORE = -1;
    /** Kinds of cell: a cell with a byte of 0x80 or more; a quoted cell with a doubled quote. */
    private static final byte NON_ASCII = 1;
    private static final byte DOUBLED_QUOTES = 2;
    private static final int DECODE_CHUNK = 8 * 1024;

    private final FileChannel channel;
    private final String file;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final int maxCellLength;
    private final int maxLineLength;
    /** The buffer grows up to this, enough for a row of {@code maxLineLength} four-byte characters. */
    private final int maxBuffer;
    /** The offset in the file after the range. */
    private final long end;
    /** The next offset in the file to read into the buffer. */
    private long position;
    private boolean endOfInput;

    private byte[] buf;
    /** The offset in the file of {@code buf[0]}. */
    private long base;
    /** The bytes read into the buffer. */
    private int limit;
    /** The start of the current row in the buffer, or of the next one before the first row. */
    private int rowStart;
    /** The start of the next row in the buffer. */
    private int rowEnd;
    /** The line ends from {@code rowStart} to {@code rowEnd}. */
    private int rowLines;
    /** The start of the cell being read when the buffer ran out, to check its length. */
    private int partialCell;
    private ByteBuffer bytesView;
    private CharBuffer chars = CharBuffer.allocate(256);
    private byte[] unquoted = new byte[256];

    /** The physical line the current row starts on. */
    long line;
    /** The cells of the current row, all counted, also those not kept. */
    int cellCount;
    /** True if the current row has a non-empty cell beyond those kept. */
    boolean extraContent;
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private byte[] kinds = new byte[0];
    /** The start of the first cell beyond those kept that needs decoding to be checked, or -1. */
    private int uncheckedExtra;
    /** The end of the last cell of the current row. */
    private int contentEnd;

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
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.maxCellLength = maxCellLength;
        this.maxLineLength = maxLineLength;
        this.maxBuffer = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(bufferSize, 4L * maxLineLength + 8));
        this.end = to < 0 ? Long.MAX_VALUE : to;
        this.position = from;
        this.base = from;
        this.line = firstLine;
        try {
            this.channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        try {
            long size = channel.size();
            // A small table (or part) needs no larger buffer than itself.
            this.buf = new byte[(int) Math.max(1, Math.min(bufferSize, Math.min(end, size) - from + 1))];
            this.bytesView = ByteBuffer.wrap(buf);
            if (from == 0) {
                skipByteOrderMark();
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void skipByteOrderMark() {
        ByteBuffer head = ByteBuffer.allocate(3);
        try {
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // read until three bytes or the end of the file
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (head.position() == 3 && (head.get(0) & 0xFF) == 0xEF && (head.get(1) & 0xFF) == 0xBB
                && (head.get(2) & 0xFF) == 0xBF && end >= 3) {
            if (!charset.equals(StandardCharsets.UTF_8)) {
                throw new InvalidEncodingException(file, 1, 0, charset,
                        "the file starts with a UTF-8 byte-order mark but is read as " + charset.name() + "; read it as UTF-8");
            }
            position = 3;
            base = 3;
        }
    }

    /**
     * Reads the next row that has a non-empty cell, keeping the places of its first
     * {@code width} cells.
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
        if (starts.length < width) {
            starts = new int[width];
            ends = new int[width];
            kinds = new byte[width];
        }
        while (true) {
            line += rowLines;
            rowLines = 0;
            rowStart = rowEnd;
            if (rowStart >= limit) {
                if (endOfInput) {
                    return false;
                }
                partialCell = limit;
                more();
                continue;
            }
            int next = parseRow(width);
            if (next == NEED_MORE) {
                more();
                continue;
            }
            rowEnd = next;
            if (contentEnd - rowStart > maxLineLength && charCount(rowStart, contentEnd, true) > maxLineLength) {
                throw lineTooLong();
            }
            if (cellCount > 0) {
                return true;
            }
        }
    }

    /**
     * Finds the cells of the row at {@code rowStart}; a blank row counts no cell.
     *
     * @return the start of the next row, or {@link #NEED_MORE}
     */
    private int parseRow(int width) {
        final byte[] b = buf;
        final int lim = limit;
        final boolean last = endOfInput;
        final int[] starts = this.starts;
        final int[] ends = this.ends;
        final byte[] kinds = this.kinds;
        int p = rowStart;
        int count = 0;
        int lines = 0;
        boolean blank = true;
        boolean extra = false;
        int unchecked = -1;
        while (true) {
            int c;
            // Blanks before the cell; c is then its first byte, or -1 at the end of the range.
            while (true) {
                if (p >= lim) {
                    if (!last) {
                        partialCell = p;
                        return NEED_MORE;
                    }
                    c = -1;
                    break;
                }
                c = b[p] & 0xFF;
                if (c > ' ' || c == '\n' || c == '\r') {
                    break;
                }
                p++;
            }
            int start;
            int cellEnd;
            byte kind = 0;
            if (c == '"') {
                int quoteLine = lines;
                int acc = 0;
                start = ++p;
                while (true) {
                    if (p >= lim) {
                        if (!last) {
                            partialCell = start;
                            return NEED_MORE;
                        }
                        throw formatError(p, line + quoteLine, "a quoted cell has no closing quote");
                    }
                    c = b[p] & 0xFF;
                    if (c == '"') {
                        if (p + 1 < lim) {
                            if (b[p + 1] != '"') {
                                break;
                            }
                        } else if (!last) {
                            partialCell = start;
                            return NEED_MORE;
                        } else {
                            break;
                        }
                        kind |= DOUBLED_QUOTES;
                        p += 2;
                        continue;
                    }
                    if (c == '\n') {
                        lines++;
                    } else if (c == '\r') {
                        if (p + 1 < lim) {
                            if (b[p + 1] != '\n') {
                                lines++;
                            }
                        } else if (!last) {
                            partialCell = start;
                            return NEED_MORE;
                        } else {
                            lines++;
                        }
                    }
                    acc |= c;
                    p++;
                }
                cellEnd = p++;
                if (acc >= 0x80) {
                    kind |= NON_ASCII;
                }
                // After the closing quote: blanks, then the separator or the line end.
                while (true) {
                    if (p >= lim) {
                        if (!last) {
                            partialCell = start;
                            return NEED_MORE;
                        }
                        c = -1;
                        break;
                    }
                    c = b[p] & 0xFF;
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c > ' ') {
                        throw formatError(p, line + lines, "unexpected " + shown(c)
                                + " after the closing quote of a cell; expected ',' or the end of the line");
                    }
                    p++;
                }
            } else if (c == ',' || c == '\n' || c == '\r' || c < 0) {
                start = p;
                cellEnd = p;
            } else {
                int acc = 0;
                start = p;
                while (true) {
                    if (p >= lim) {
                        if (!last) {
                            partialCell = start;
                            return NEED_MORE;
                        }
                        c = -1;
                        break;
                    }
                    c = b[p] & 0xFF;
                    // Digits, letters and most punctuation lie above ','; one comparison decides.
                    if (c <= ',' && (c == ',' || c == '\n' || c == '\r')) {
                        break;
                    }
                    acc |= c;
                    p++;
                }
                cellEnd = p;
                // The first byte is not a blank, so trimming stops at it.
                while ((b[cellEnd - 1] & 0xFF) <= ' ') {
                    cellEnd--;
                }
                if (acc >= 0x80) {
                    kind |= NON_ASCII;
                }
            }
            if (cellEnd > start) {
                blank = false;
                if (cellEnd - start > maxCellLength) {
                    checkCellLength(start, cellEnd, line + lines);
                }
            }
            if (count < width) {
                starts[count] = start;
                ends[count] = cellEnd;
                kinds[count] = kind;
            } else if (cellEnd > start) {
                extra = true;
                if ((kind & NON_ASCII) != 0 && unchecked < 0) {
                    unchecked = start;
                }
            }
            count++;
            if (c == ',') {
                p++;
                continue;
            }
            contentEnd = p;
            if (c == '\n') {
                p++;
                lines++;
            } else if (c == '\r') {
                if (p + 1 < lim) {
                    p += b[p + 1] == '\n' ? 2 : 1;
                } else if (!last) {
                    partialCell = p;
                    return NEED_MORE;
                } else {
                    p++;
                }
                lines++;
            }
            break;
        }
        cellCount = blank ? 0 : count;
        extraContent = extra;
        uncheckedExtra = unchecked;
        rowLines = lines;
        return p;
    }

    /** Makes room after the row being read (moving it to the buffer's start, or growing the buffer) and reads more. */
    private void more() {
        int kept = limit - rowStart;
        // The buffer may end inside a character: counted as incomplete input, not as an invalid byte.
        if (kept > maxLineLength && charCount(rowStart, limit, false) > maxLineLength) {
            throw lineTooLong();
        }
        if (limit - partialCell > maxCellLength) {
            charCount(rowStart, partialCell, true);
            if (charCount(partialCell, limit, false) > maxCellLength) {
                throw cellTooLong(line);
            }
        }
        if (rowStart > 0) {
            System.arraycopy(buf, rowStart, buf, 0, kept);
            base += rowStart;
            partialCell -= rowStart;
            rowStart = 0;
            rowEnd = 0;
            limit = kept;
        } else if (limit == buf.length) {
            if (buf.length >= maxBuffer) {
                throw lineTooLong();
            }
            byte[] grown = new byte[(int) Math.min(maxBuffer, Math.max(16, 2L * buf.length))];
            System.arraycopy(buf, 0, grown, 0, limit);
            buf = grown;
            bytesView = ByteBuffer.wrap(buf);
        }
        int room = (int) Math.min(buf.length - limit, end - position);
        int n;
        try {
            n = room <= 0 ? -1 : channel.read(ByteBuffer.wrap(buf, limit, room), position);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (n <= 0) {
            endOfInput = true;
        } else {
            limit += n;
            position += n;
        }
    }

    /**
     * @param cell a kept cell of the current row
     * @return its text
     * @throws InvalidEncodingException if it holds a byte invalid in the encoding
     */
    String cell(int cell) {
        int start = starts[cell];
        int length = ends[cell] - start;
        if (length == 0) {
            return "";
        }
        if (kinds[cell] == 0) {
            // Latin-1 maps each byte to one char: for ASCII bytes a compact-string copy.
            return new String(buf, start, length, StandardCharsets.ISO_8859_1);
        }
        return decodeCell(cell);
    }

    /**
     * @param cell a kept cell of the current row, not empty
     * @param memo the column's memo
     * @return the value remembered for the cell's bytes, or null if there is none or the
     *     cell has a doubled quote (whose bytes are not its text)
     */
    Object recall(int cell, CellMemo memo) {
        if ((kinds[cell] & DOUBLED_QUOTES) != 0) {
            return null;
        }
        return memo.recall(buf, starts[cell], ends[cell] - starts[cell]);
    }

    /**
     * Remembers the value parsed from a kept cell of the current row, unless it has a doubled quote.
     *
     * @param value the value, not null
     */
    void remember(int cell, CellMemo memo, Object value) {
        if ((kinds[cell] & DOUBLED_QUOTES) == 0) {
            memo.remember(buf, starts[cell], ends[cell] - starts[cell], value);
        }
    }

    private String decodeCell(int cell) {
        int start = starts[cell];
        int cellEnd = ends[cell];
        if ((kinds[cell] & DOUBLED_QUOTES) == 0) {
            return decode(buf, start, cellEnd - start, start, cellEnd);
        }
        int n = 0;
        byte[] out = unquoted.length >= cellEnd - start ? unquoted : (unquoted = new byte[cellEnd - start]);
        for (int i = start; i < cellEnd; i++) {
            out[n++] = buf[i];
            if (buf[i] == '"') {
                i++;
            }
        }
        if ((kinds[cell] & NON_ASCII) == 0) {
            return new String(out, 0, n, StandardCharsets.ISO_8859_1);
        }
        return decode(out, 0, n, start, cellEnd);
    }

    /** @param rawStart the cell's bytes in {@code buf}, to find the offset of an invalid byte */
    private String decode(byte[] bytes, int from, int length, int rawStart, int rawEnd) {
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(Math.max(length, 2 * chars.capacity()));
        }
        ByteBuffer in = bytes == buf ? bytesView.limit(from + length).position(from) : ByteBuffer.wrap(bytes, from, length);
        chars.clear();
        decoder.reset();
        CoderResult result = decoder.decode(in, chars, true);
        if (result.isError()) {
            if (bytes == buf) {
                throw invalid(in.position());
            }
            // A doubled quote is never part of a character: the raw cell is invalid at the same byte.
            charCount(rawStart, rawEnd, true);
            throw invalid(rawStart);
        }
        decoder.flush(chars);
        return new String(chars.array(), 0, chars.position());
    }

    /**
     * Checks that a kept cell is valid in the encoding, without making it a string.
     *
     * @throws InvalidEncodingException if it is not
     */
    void check(int cell) {
        if ((kinds[cell] & NON_ASCII) != 0) {
            charCount(starts[cell], ends[cell], true);
        }
    }

    /**
     * Checks that the cells beyond those kept are valid in the encoding.
     *
     * @throws InvalidEncodingException if one is not
     */
    void checkExtra() {
        if (uncheckedExtra >= 0) {
            charCount(uncheckedExtra, contentEnd, true);
        }
    }

    /**
     * @return true if a kept cell is not empty, has only ASCII bytes, no doubled quote and
     *     no blank at either end: its bytes are its trimmed text, one character each
     */
    boolean isPlainAscii(int cell) {
        int start = starts[cell];
        int cellEnd = ends[cell];
        return kinds[cell] == 0 && cellEnd > start && buf[start] > ' ' && buf[cellEnd - 1] > ' ';
    }

    /** @return the buffer holding the current row's cells, valid until the next row is read */
    byte[] buffer() {
        return buf;
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
        return (kinds[cell] & NON_ASCII) == 0;
    }

    /**
     * @param cell a kept cell of the current row
     * @param other another encoding
     * @return the cell's text in that encoding, or null if it is not valid in it
     */
    String cellAs(int cell, Charset other) {
        int start = starts[cell];
        int cellEnd = ends[cell];
        byte[] out = new byte[cellEnd - start];
        int n = 0;
        for (int i = start; i < cellEnd; i++) {
            out[n++] = buf[i];
            if (buf[i] == '"' && (kinds[cell] & DOUBLED_QUOTES) != 0) {
                i++;
            }
        }
        try {
            return other.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Decodes bytes of the buffer only to count their characters.
     *
     * @param complete false if the bytes may end inside a character, which is then not counted
     * @return the characters of {@code buf[from, to)}
     * @throws InvalidEncodingException at the first invalid byte
     */
    private long charCount(int from, int to, boolean complete) {
        ByteBuffer in = ByteBuffer.wrap(buf, from, to - from);
        CharBuffer out = CharBuffer.allocate(DECODE_CHUNK);
        long count = 0;
        decoder.reset();
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                throw invalid(in.position());
            }
            count += out.position();
            out.clear();
            if (result.isUnderflow()) {
                if (complete) {
                    decoder.flush(out);
                }
                return count + out.position();
            }
        }
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
     * An error in the row at {@code at}. An invalid byte before it, or at it, is reported
     * instead, as a decoder reading the row up to there would.
     */
    private CsvFormatException formatError(int at, long errorLine, String reason) {
        if (at < limit) {
            charCount(rowStart, at + 1, false);
        } else {
            charCount(rowStart, at, true);
        }
        return new CsvFormatException(file, errorLine, reason);
    }

    private static String shown(int c) {
        return c < 0x80 ? "'" + (char) c + "'" : "byte 0x" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    }

    /** @param at the index in the buffer of an invalid byte of the current row */
    private InvalidEncodingException invalid(int at) {
        long offset = base + at;
        long lines = 0;
        for (int i = rowStart; i < at; i++) {
            if (buf[i] == '\n' || (buf[i] == '\r' && (i + 1 >= limit || buf[i + 1] != '\n'))) {
                lines++;
            }
        }
        String other = charset.equals(StandardCharsets.UTF_8) ? "GBK or GB18030" : "UTF-8";
        return new InvalidEncodingException(file, line + lines, offset, charset,
                "byte offset " + offset + " is not valid " + charset.name() + "; is the file " + other
                        + "? (choose the encoding when opening the register)");
    }

    /** Closes the file. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
