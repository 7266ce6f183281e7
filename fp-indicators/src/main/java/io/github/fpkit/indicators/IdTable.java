package io.github.fpkit.indicators;

import java.util.Arrays;

/**
 * A compact map from text ids to ints for millions of ids: the characters of all ids in
 * one array, and an open-addressing table of entry numbers — a few dozen bytes per id
 * instead of a hash map's strings, nodes and boxed integers. Entries keep their insertion
 * order; an id's value is set by its first insertion. Not thread-safe while filled;
 * safe to read from any thread once filled and published.
 */
final class IdTable {
    private static final int EMPTY = 0;

    private char[] chars = new char[1024];
    private int charCount;
    /** Entry e's characters are chars[starts[e], starts[e + 1]). */
    private int[] starts = new int[65];
    private int[] hashes = new int[64];
    private int[] values = new int[64];
    private int size;
    /** Entry number + 1 at each position, {@link #EMPTY} where free; a power of two, at most half full. */
    private int[] table = new int[128];

    /** @return the number of distinct ids */
    int size() {
        return size;
    }

    /**
     * @param id an id, not null
     * @param value the value if the id is new
     * @return the id's value: {@code value} if it was new, else the value of its first insertion
     */
    int putIfAbsent(String id, int value) {
        int hash = spread(id.hashCode());
        int mask = table.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int e = table[i] - 1;
            if (e < 0) {
                return insert(i, id, hash, value);
            }
            if (hashes[e] == hash && sameId(e, id)) {
                return values[e];
            }
        }
    }

    /**
     * @param id an id, not null
     * @return its value, or -1 if absent
     */
    int get(String id) {
        int hash = spread(id.hashCode());
        int mask = table.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int e = table[i] - 1;
            if (e < 0) {
                return -1;
            }
            if (hashes[e] == hash && sameId(e, id)) {
                return values[e];
            }
        }
    }

    private int insert(int position, String id, int hash, int value) {
        if (size == values.length) {
            int capacity = Math.max(64, size * 2);
            values = Arrays.copyOf(values, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            starts = Arrays.copyOf(starts, capacity + 1);
        }
        int length = id.length();
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
        }
        id.getChars(0, length, chars, charCount);
        charCount += length;
        starts[size + 1] = charCount;
        hashes[size] = hash;
        values[size] = value;
        table[position] = ++size;
        if (size * 2 > table.length) {
            rehash();
        }
        return value;
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int e = 0; e < size; e++) {
            int i = hashes[e] & mask;
            while (bigger[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            bigger[i] = e + 1;
        }
        table = bigger;
    }

    private boolean sameId(int e, String id) {
        int from = starts[e];
        int length = starts[e + 1] - from;
        if (length != id.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (chars[from + k] != id.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Releases the spare room of the growing arrays, once filled. */
    void trim() {
        chars = Arrays.copyOf(chars, charCount);
        starts = Arrays.copyOf(starts, size + 1);
        hashes = Arrays.copyOf(hashes, size);
        values = Arrays.copyOf(values, size);
    }

    /** Mixes the high bits of String hashes into the low ones, which the table indexes by. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }
}
