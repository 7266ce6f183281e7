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
 * The keys of a table read so far, each with the line of its first row: the characters of
 * all keys in one array and an open-addressing table of positions, no object per key, so
 * that a table of a million women costs some tens of megabytes. Not thread-safe: one per
 * pass over a table.
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
    /** At each position a key's index + 1, 0 where free; a power of two long, at most half full. */
    private int[] table = new int[128];

    /**
     * @param key a row's key, not null
     * @param line the line the row starts on, 1 or more
     * @return {@link #NEW} if the key is new (it is kept with this line), else the line of its first row
     */
    long add(String key, long line) {
        int mask = table.length - 1;
        int hash = spread(key.hashCode());
        int i = hash & mask;
        for (int k = table[i]; k != 0; i = (i + 1) & mask, k = table[i]) {
            if (matches(k - 1, key)) {
                return lines[k - 1];
            }
        }
        keep(key, line);
        table[i] = size;
        if (2 * size > table.length) {
            grow();
        }
        return NEW;
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

    private void grow() {
        int[] bigger = new int[2 * table.length];
        int mask = bigger.length - 1;
        for (int k = 0; k < size; k++) {
            int i = spread(hashOf(k)) & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = k + 1;
        }
        table = bigger;
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

    /** @return key {@code k} (0 to {@link #size()} - 1), in the order first read */
    String key(int k) {
        return new String(chars, starts[k], starts[k + 1] - starts[k]);
    }

    /** @return the line of key {@code k}'s first row */
    long line(int k) {
        return lines[k];
    }

    /** @return the number of distinct keys */
    int size() {
        return size;
    }
}
