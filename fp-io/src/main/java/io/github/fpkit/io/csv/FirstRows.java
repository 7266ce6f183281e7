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

/**
 * The keys of a table read so far, each with the line of its first row, kept compactly:
 * the characters of all keys in one array and no object per key. While the keys come in
 * increasing order, as in an export sorted by id, a new key is compared with the last one
 * only, and no hash table is kept; at the first key out of order, an open-addressing table
 * of the keys is built and used from then on. Not thread-safe: one per pass over a table,
 * dropped when the pass ends.
 */
final class FirstRows {
    /** Returned by {@link #add} for a key not seen before. */
    static final long NEW = 0;

    private char[] chars = new char[1024];
    private int charCount;
    /** Key k's characters are chars[starts[k], starts[k + 1]). */
    private int[] starts = new int[65];
    private long[] lines = new long[64];
    private int size;
    /** Null while the keys are increasing; then at each position a key's index + 1, 0 where free, at most half full. */
    private int[] table;

    /**
     * @param key a row's key, not null
     * @param line the line the row starts on, 1 or more
     * @return {@link #NEW} if the key is new (it is kept with this line), else the line of its first row
     */
    long add(String key, long line) {
        if (table == null) {
            int order = size == 0 ? 1 : compareWithLast(key);
            if (order > 0) {
                keep(key, line);
                return NEW;
            }
            if (order == 0) {
                return lines[size - 1];
            }
            table = new int[tableSizeFor(size + 1)];
            for (int k = 0; k < size; k++) {
                place(table, k);
            }
        }
        int mask = table.length - 1;
        int i = spread(key.hashCode()) & mask;
        for (int k = table[i]; k != 0; i = (i + 1) & mask, k = table[i]) {
            if (matches(k - 1, key)) {
                return lines[k - 1];
            }
        }
        keep(key, line);
        table[i] = size;
        if (2 * size > table.length) {
            int[] bigger = new int[2 * table.length];
            for (int k = 0; k < size; k++) {
                place(bigger, k);
            }
            table = bigger;
        }
        return NEW;
    }

    /** @return the number of distinct keys kept */
    int size() {
        return size;
    }

    private int compareWithLast(String key) {
        int from = starts[size - 1];
        int length = starts[size] - from;
        int n = Math.min(length, key.length());
        for (int c = 0; c < n; c++) {
            int d = key.charAt(c) - chars[from + c];
            if (d != 0) {
                return d;
            }
        }
        return key.length() - length;
    }

    private void keep(String key, long line) {
        int length = key.length();
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, charCount + length));
        }
        key.getChars(0, length, chars, charCount);
        charCount += length;
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, 2 * size);
            starts = Arrays.copyOf(starts, 2 * size + 1);
        }
        lines[size] = line;
        size++;
        starts[size] = charCount;
    }

    private boolean matches(int k, String key) {
        int from = starts[k];
        if (starts[k + 1] - from != key.length()) {
            return false;
        }
        for (int c = 0; c < key.length(); c++) {
            if (chars[from + c] != key.charAt(c)) {
                return false;
            }
        }
        return true;
    }

    private void place(int[] into, int k) {
        int mask = into.length - 1;
        int i = spread(hashOf(k)) & mask;
        while (into[i] != 0) {
            i = (i + 1) & mask;
        }
        into[i] = k + 1;
    }

    /** @return a power of two at least twice {@code keys} */
    private static int tableSizeFor(int keys) {
        return Integer.highestOneBit(Math.max(64, 2 * keys - 1)) << 1;
    }

    /** @return the {@link String#hashCode()} of key k, without making the string */
    private int hashOf(int k) {
        int h = 0;
        for (int c = starts[k]; c < starts[k + 1]; c++) {
            h = 31 * h + chars[c];
        }
        return h;
    }

    /** Linear probing uses the low bits: mix the high ones into them. */
    private static int spread(int h) {
        int x = h * 0x9E3779B1;
        return x ^ (x >>> 16);
    }
}
