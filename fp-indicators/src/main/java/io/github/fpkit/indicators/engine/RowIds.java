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
package io.github.fpkit.indicators.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The ids of a table's rows for millions of rows, in row order, and where each id first
 * occurs: the characters of all ids in one array and an open-addressing table from an id
 * to its first row — a few dozen bytes per row instead of a hash map's strings, nodes and
 * boxed integers. A row may have no id (a woman without a household); such a row is
 * nobody's first row.
 *
 * <p>Rows are collected in {@link Part parts} (one per thread reading a part of the
 * stream) and {@link #of(List, int, ExecutorService) joined} in stream order; the table is
 * then filled by several threads at once, each owning a range of the table's positions.
 * A lookup {@link #first(String, char[], int, int) near a row} first compares the id with the
 * characters of that row and the next ones, because the events of a table usually come
 * in the order of its rows (every few rows when only some women have events, as with
 * pregnancies), and hashes only if none has the id. Each row knows its id's first row,
 * so that a row's first row is found without hashing. Immutable and thread-safe once
 * built. Public for the register validator of fp-indicators, which holds the ids of
 * women and households the same way; the package is not exported.
 */
public final class RowIds {
    /** No row: an id no row has, or the first row of a row without an id. */
    public static final int NONE = -1;
    private static final long EMPTY = 0;

    /** Row r's characters are chars[starts[r], starts[r + 1]). */
    private final char[] chars;
    private final int[] starts;
    private final int size;
    /** One bit per row: set if the row has no id. */
    private final long[] none;
    /** Per row, the first row of its id (the row itself if it is the first), or {@link #NONE} if it has none. */
    private final int[] firstRows;
    /**
     * At each position the hash of an id in the high half and its first row + 1 in the
     * low half, {@link #EMPTY} where free, so that a probe reads one array; a power of two
     * long, at most half full.
     */
    private final long[] table;

    private RowIds(char[] chars, int[] starts, int size, long[] none, int[] firstRows, long[] table) {
        this.chars = chars;
        this.starts = starts;
        this.size = size;
        this.none = none;
        this.firstRows = firstRows;
        this.table = table;
    }

    /** The ids of consecutive rows, as one thread reads them; not thread-safe. */
    public static final class Part {
        private char[] chars = new char[256];
        private int charCount;
        private int[] ends = new int[32];
        private int[] hashes = new int[32];
        /** Rows without an id, ascending. */
        private int[] missing = new int[4];
        private int missingCount;
        private int size;

        /** Creates an empty part. */
        public Part() {
            // The arrays start small and double.
        }

        /** @param id the next row's id, or null if it has none */
        public void add(String id) {
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            if (id == null) {
                if (missingCount == missing.length) {
                    missing = Arrays.copyOf(missing, missingCount * 2);
                }
                missing[missingCount++] = size;
            } else {
                int length = id.length();
                if (charCount + length > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
                }
                id.getChars(0, length, chars, charCount);
                charCount += length;
                hashes[size] = spread(id.hashCode());
            }
            ends[size] = charCount;
            size++;
        }

        /** @return the rows added so far */
        public int size() {
            return size;
        }
    }

    /**
     * Finds the first row of every id of one part, on the calling thread.
     *
     * @param part the rows' ids, not null
     * @return the ids of the part's rows; row numbers count from its first row, 0
     */
    public static RowIds of(Part part) {
        return of(List.of(part), 1, null);
    }

    /**
     * Joins parts in order and finds the first row of every id.
     *
     * @param parts the rows' ids, in stream order
     * @param threads how many threads fill the table, 1 or more
     * @param pool the threads but the calling one, or null to fill on the calling thread
     * @return the ids of all rows; row numbers count from the first row of the first part
     */
    static RowIds of(List<Part> parts, int threads, ExecutorService pool) {
        int n = 0;
        int charCount = 0;
        for (Part p : parts) {
            n += p.size;
            charCount += p.charCount;
        }
        char[] chars = new char[charCount];
        int[] starts = new int[n + 1];
        int[] hashes = new int[n];
        long[] none = new long[(n + 63) >>> 6];
        int[] firstRows = new int[n];
        int row = 0;
        int offset = 0;
        for (Part p : parts) {
            System.arraycopy(p.chars, 0, chars, offset, p.charCount);
            System.arraycopy(p.hashes, 0, hashes, row, p.size);
            for (int i = 0; i < p.size; i++) {
                starts[row + i + 1] = offset + p.ends[i];
            }
            for (int i = 0; i < p.missingCount; i++) {
                mark(none, row + p.missing[i]);
                firstRows[row + p.missing[i]] = NONE;
            }
            row += p.size;
            offset += p.charCount;
        }
        int capacity = 2;
        while (capacity < 2 * n) {
            capacity <<= 1;
        }
        RowIds ids = new RowIds(chars, starts, n, none, firstRows, new long[capacity]);
        ids.fill(hashes, Math.min(threads, capacity / 2), pool);
        return ids;
    }

    /**
     * Puts every row's id, in row order, into the table: each of {@code ranges} threads
     * puts the ids whose probe starts in its range of positions, in row order, so that an
     * id's first row is put first; an id whose probe would leave the range is put
     * afterwards on the calling thread, again in row order (all rows of an id start their
     * probe at the same position, so they all leave the range once the first has).
     */
    private void fill(int[] hashes, int ranges, ExecutorService pool) {
        List<Range> parts = new ArrayList<>();
        for (int i = 0; i < ranges; i++) {
            parts.add(new Range((int) ((long) table.length * i / ranges), (int) ((long) table.length * (i + 1) / ranges), ranges == 1));
        }
        Consumer<Range> filler = range -> range.fill(hashes);
        ParallelParts.share(parts, Collections.nCopies(ranges, filler), pool);
        for (Range range : parts) {
            for (int i = 0; i < range.left.size; i++) {
                int r = range.left.rows[i];
                firstRows[r] = put(r, hashes[r], 0, table.length, true);
            }
        }
    }

    /**
     * A range of the table's positions that one thread fills, with the first rows of the
     * rows whose probe starts in it, and the rows whose probe left it; only that thread
     * writes them until it ends.
     */
    private final class Range {
        private final int from;
        private final int to;
        private final boolean wraps;
        private final Rows left = new Rows();

        Range(int from, int to, boolean wraps) {
            this.from = from;
            this.to = to;
            this.wraps = wraps;
        }

        void fill(int[] hashes) {
            int mask = table.length - 1;
            for (int r = 0; r < size; r++) {
                int home = hashes[r] & mask;
                if (home < from || home >= to || isMarked(none, r)) {
                    continue;
                }
                int first = put(r, hashes[r], from, to, wraps);
                if (first == NONE) {
                    left.add(r);
                } else {
                    firstRows[r] = first;
                }
            }
        }
    }

    /** A growing list of row numbers. */
    private static final class Rows {
        private int[] rows = new int[16];
        private int size;

        void add(int row) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
            }
            rows[size++] = row;
        }
    }

    /**
     * Puts row r's id if new, probing from its hash's position up to {@code to}, then from
     * {@code from} if {@code wraps}.
     *
     * @return the first row of the id, or {@link #NONE} if the probe left the range
     */
    private int put(int r, int hash, int from, int to, boolean wraps) {
        int mask = table.length - 1;
        int i = hash & mask;
        while (true) {
            long t = table[i];
            if (t == EMPTY) {
                table[i] = ((long) hash << 32) | (r + 1L);
                return r;
            }
            int e = (int) t - 1;
            if ((int) (t >>> 32) == hash && sameId(e, chars, starts[r], starts[r + 1] - starts[r])) {
                return e;
            }
            i++;
            if (i == to) {
                if (!wraps) {
                    return NONE;
                }
                i = from;
            }
        }
    }

    /** @return the number of rows, with or without an id */
    public int size() {
        return size;
    }

    /**
     * @param id an id, not null
     * @return the first row with that id, or {@link #NONE}
     */
    public int first(String id) {
        int hash = spread(id.hashCode());
        int mask = table.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long t = table[i];
            if (t == EMPTY) {
                return NONE;
            }
            int e = (int) t - 1;
            if ((int) (t >>> 32) == hash && matches(e, id)) {
                return e;
            }
        }
    }

    /**
     * As {@link #first(String)}, comparing first with row {@code near} and the rows
     * after it: the next event usually belongs to the row of the last or of one shortly
     * after it. A comparison of the last characters of rows in a row costs a few reads
     * from memory the cache holds, a hash lookup a fresh hash code and reads the cache
     * usually misses.
     *
     * @param id an id, not null
     * @param idChars the characters of {@code id} from index 0 (compared as arrays, which
     *     is faster than character by character), not null
     * @param near a row, or {@link #NONE}
     * @param rows how many rows after {@code near} to compare, 0 or more
     * @return the first row with that id, or {@link #NONE}
     */
    int first(String id, char[] idChars, int near, int rows) {
        if (near >= 0) {
            int length = id.length();
            for (int r = near, last = (int) Math.min(size - 1L, (long) near + rows); r <= last; r++) {
                int from = starts[r];
                // Ids that come in order usually differ in their last character: test it first.
                // A later row of a repeated id knows its first row, which lies before; a row
                // without an id has no characters, like an empty id, but is no row of it.
                if (starts[r + 1] - from == length && (length == 0 || chars[from + length - 1] == idChars[length - 1])
                        && Arrays.equals(chars, from, from + length, idChars, 0, length) && firstRows[r] != NONE) {
                    return firstRows[r];
                }
            }
        }
        return first(id);
    }

    /**
     * @param row a row, 0 to {@link #size()} - 1
     * @return the first row with the id of that row, or {@link #NONE} if that row has none
     */
    public int firstOf(int row) {
        return firstRows[row];
    }

    /**
     * @param row a row, 0 to {@link #size()} - 1
     * @return the row's id, or null if it has none
     */
    public String id(int row) {
        return isMarked(none, row) ? null : new String(chars, starts[row], starts[row + 1] - starts[row]);
    }

    private boolean matches(int row, String id) {
        int from = starts[row];
        int length = starts[row + 1] - from;
        if (length != id.length()) {
            return false;
        }
        // Ids that come in order usually differ in their last character: test it first.
        if (length > 0 && chars[from + length - 1] != id.charAt(length - 1)) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (chars[from + k] != id.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameId(int row, char[] other, int from, int length) {
        return starts[row + 1] - starts[row] == length && Arrays.equals(chars, starts[row], starts[row + 1], other, from, from + length);
    }

    private static boolean isMarked(long[] bits, int row) {
        return (bits[row >>> 6] & (1L << row)) != 0;
    }

    private static void mark(long[] bits, int row) {
        bits[row >>> 6] |= 1L << row;
    }

    /**
     * Mixes the high bits of String hashes into the low ones, which the table indexes by,
     * as {@link java.util.HashMap} does; no stronger mixing, because ids like {@code W0000001}
     * have neighbouring hashes, so that ids that come in order probe neighbouring
     * positions, which the cache holds.
     */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
