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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a CSV file can be cut in two so that each part is read by its own thread: the
 * first row end at or after the middle of a range. Rows are found by following the file
 * from the start of the range as the parser reads it (RFC 4180: a quote opens a quoted
 * cell only at the start of a cell, possibly after spaces and tabs; inside, a doubled quote is a
 * quote and a single one closes the cell; anywhere else a quote is an ordinary
 * character). In UTF-8, GBK and GB18030 the bytes of {@code "}, {@code ,}, carriage return
 * and line feed never occur inside a multi-byte character, so bytes can be followed
 * without decoding. Also counts the line feeds before the cut, so that the second part
 * knows its first line number. Immutable.
 */
final class SplitPoint {
    private static final int BUFFER = 256 * 1024;

    private static final int CELL_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    /** The offset of the first byte of the second part. */
    final long offset;
    /** The line feeds in the range before {@link #offset}. */
    final long lineFeeds;

    private SplitPoint(long offset, long lineFeeds) {
        this.offset = offset;
        this.lineFeeds = lineFeeds;
    }

    /**
     * @param path the file
     * @param from the start of the range, where a row starts
     * @param to the end of the range
     * @param after the cut must lie after this offset (the end of the header)
     * @return the cut, or null if there is none, or if the range has a carriage return
     *     without a line feed before the cut (its line numbers could not be counted in bytes)
     * @throws IOException if the file cannot be read
     */
    static SplitPoint find(Path path, long from, long to, long after) throws IOException {
        long middle = Math.max(from + (to - from) / 2, after);
        SplitPoint withoutQuotes = findWithoutQuotes(path, from, to, middle);
        return withoutQuotes != QUOTES ? withoutQuotes : followQuotes(path, from, to, middle);
    }

    /** Marks a range that has quotes or a lone carriage return before its middle. */
    private static final SplitPoint QUOTES = new SplitPoint(-1, -1);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long QUOTE_BYTES = 0x2222222222222222L;
    /**
     * With {@link #HIGH_BITS}: {@code (w - BELOW_QUOTE) & ~w & HIGH_BITS} is not zero exactly
     * when a byte of {@code w} is below {@code 0x23}, as a quote, carriage return and line feed are.
     */
    private static final long BELOW_QUOTE = 0x2323232323232323L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The common case, eight bytes at a time: a range with no quote (and every carriage
     * return followed by a line feed) before the cut, where every line feed ends a row.
     *
     * @return the cut, null if there is none, or {@link #QUOTES} if the range needs {@link #followQuotes}
     */
    private static SplitPoint findWithoutQuotes(Path path, long from, long to, long middle) throws IOException {
        long lineFeeds = 0;
        boolean carriageReturn = false;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            // Direct: the file is read straight into it, where a heap buffer would be read
            // into a temporary direct one and copied again.
            ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
            long position = from;
            while (position < to) {
                buffer.clear();
                buffer.limit((int) Math.min(BUFFER, to - position));
                int n = channel.read(buffer, position);
                if (n <= 0) {
                    return null;
                }
                int i = 0;
                for (; i + 8 <= n; i += 8) {
                    long word = buffer.getLong(i);
                    // Most words (cells of digits, letters, separators) have no byte below a
                    // quote, so no quote and no line end: one test, without following a
                    // carriage return of the last word, which such a word would refute.
                    if ((((word - BELOW_QUOTE) & ~word & HIGH_BITS) == 0) && !carriageReturn) {
                        continue;
                    }
                    long lf = zeroBytes(word ^ LINE_FEEDS);
                    long cr = zeroBytes(word ^ CARRIAGE_RETURNS);
                    if (zeroBytes(word ^ QUOTE_BYTES) != 0 || (carriageReturn && (lf & 0x80L) == 0) || ((cr << 8) & ~lf) != 0) {
                        return QUOTES;
                    }
                    carriageReturn = cr < 0;
                    if (lf != 0 && position + i + 7 >= middle) {
                        for (int k = 0; k < 8; k++) {
                            long bit = 1L << (8 * k + 7);
                            if ((lf & bit) != 0 && position + i + k >= middle) {
                                long cut = position + i + k + 1;
                                long before = Long.bitCount(lf & (bit | (bit - 1)));
                                return cut < to ? new SplitPoint(cut, lineFeeds + before) : null;
                            }
                        }
                    }
                    lineFeeds += Long.bitCount(lf);
                }
                for (; i < n; i++) {
                    byte b = buffer.get(i);
                    if (b == '"' || (carriageReturn && b != '\n')) {
                        return QUOTES;
                    }
                    carriageReturn = b == '\r';
                    if (b == '\n') {
                        lineFeeds++;
                        if (position + i >= middle) {
                            long cut = position + i + 1;
                            return cut < to ? new SplitPoint(cut, lineFeeds) : null;
                        }
                    }
                }
                position += n;
            }
        }
        return null;
    }

    /** @return the high bit of every byte of {@code x} that is zero, and no other bit */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /** The general case: follows quoted cells byte by byte. */
    private static SplitPoint followQuotes(Path path, long from, long to, long middle) throws IOException {
        Scanner scanner = new Scanner();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long position = from;
            while (position < to) {
                buffer.clear();
                buffer.limit((int) Math.min(BUFFER, to - position));
                int n = channel.read(buffer, position);
                if (n <= 0) {
                    return null;
                }
                byte[] bytes = buffer.array();
                for (int i = 0; i < n; i++) {
                    if (!scanner.next(bytes[i])) {
                        return null;
                    }
                    if (scanner.rowEnded && position + i >= middle) {
                        long cut = position + i + 1;
                        return cut < to ? new SplitPoint(cut, scanner.lineFeeds) : null;
                    }
                }
                position += n;
            }
        }
        return null;
    }

    /**
     * @param path the file
     * @return the offset after the header, the first row holding more than spaces, tabs,
     *     separators and quote characters (a byte-order mark at the start is skipped); -1 if there is none
     * @throws IOException if the file cannot be read
     */
    static long headerEnd(Path path) throws IOException {
        Scanner scanner = new Scanner();
        boolean content = false;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long position = 0;
            while (true) {
                buffer.clear();
                int n = channel.read(buffer, position);
                if (n <= 0) {
                    return -1;
                }
                byte[] bytes = buffer.array();
                int i = position == 0 && n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
                for (; i < n; i++) {
                    byte b = bytes[i];
                    if (!scanner.next(b)) {
                        return -1;
                    }
                    if (scanner.rowEnded) {
                        if (content) {
                            return position + i + 1;
                        }
                    } else if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != ',' && b != '"') {
                        content = true;
                    }
                }
                position += n;
            }
        }
    }

    /** Follows the bytes of a file as the CSV parser reads them. */
    private static final class Scanner {
        private int state = CELL_START;
        private boolean carriageReturn;
        long lineFeeds;
        /** True if the last byte ended a row (a line feed outside quotes). */
        boolean rowEnded;

        /** @return false at a carriage return not followed by a line feed */
        boolean next(byte b) {
            // Most bytes (digits, letters, '-', '.', '/') only mean "inside a cell": decided
            // without the full state machine, which only quotes, separators, blanks and
            // line ends (and the bytes of multi-byte characters) need.
            if ((b & 0xFF) > ',' && b < 0x7F && !carriageReturn) {
                rowEnded = false;
                if (state != QUOTED) {
                    state = UNQUOTED;
                }
                return true;
            }
            if (carriageReturn && b != '\n') {
                return false;
            }
            carriageReturn = b == '\r';
            rowEnded = false;
            if (b == '\n') {
                lineFeeds++;
            }
            switch (state) {
                case QUOTED:
                    if (b == '"') {
                        state = QUOTE_IN_QUOTED;
                    }
                    return true;
                case QUOTE_IN_QUOTED:
                    if (b == '"') {
                        state = QUOTED;
                        return true;
                    }
                    state = UNQUOTED;
                    return outside(b);
                case CELL_START:
                    if (b == '"') {
                        state = QUOTED;
                        return true;
                    }
                    if (b == ' ' || b == '\t') {
                        return true;
                    }
                    return outside(b);
                default:
                    return outside(b);
            }
        }

        private boolean outside(byte b) {
            if (b == ',') {
                state = CELL_START;
            } else if (b == '\n') {
                state = CELL_START;
                rowEnded = true;
            } else if (b != '\r') {
                state = UNQUOTED;
            }
            return true;
        }
    }
}
