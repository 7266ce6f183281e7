package io.github.fpkit.indicators;

import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * A compact map from text ids to ints for millions of ids: the characters of all ids in
 * one array, and an open-addressing table of entry numbers — a few dozen bytes per id
 * instead of a hash map's strings, nodes and boxed integers. Entries keep their insertion
 * order; an id's value is set by its first insertion. Not thread-safe while filled;
 * safe to read from any thread once filled and published.
 */
final class IdTable {
    private static final long EMPTY = 0;

    private char[] chars = new char[1024];
    private int charCount;
    /** Entry e's characters are chars[starts[e], starts[e + 1]). */
    private int[] starts = new int[65];
    private int[] hashes = new int[64];
    private int[] values = new int[64];
    private int size;
    /**
     * At each position the entry's hash in the high half and its number + 1 in the low
     * half, {@link #EMPTY} where free, so that a probe reads one array; a power of two
     * long, at most half full.
     */
    private long[] table = new long[128];

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
            long t = table[i];
            if (t == EMPTY) {
                return insert(i, id, hash, value);
            }
            int e = (int) t - 1;
            if ((int) (t >>> 32) == hash && sameId(e, id)) {
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
            long t = table[i];
            if (t == EMPTY) {
                return -1;
            }
            int e = (int) t - 1;
            if ((int) (t >>> 32) == hash && sameId(e, id)) {
                return values[e];
            }
        }
    }

    /**
     * Puts an id of another table, as {@link #putIfAbsent(String, int)} puts a string.
     *
     * @param source the table holding the id
     * @param entry the id's entry number in {@code source}, 0 to its size - 1
     * @param value the value if the id is new here
     * @return the id's value here
     */
    int putIfAbsent(IdTable source, int entry, int value) {
        int hash = source.hashes[entry];
        int from = source.starts[entry];
        int length = source.starts[entry + 1] - from;
        int mask = table.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long t = table[i];
            if (t == EMPTY) {
                return insert(i, CharBuffer.wrap(source.chars, from, length), hash, value);
            }
            int e = (int) t - 1;
            if ((int) (t >>> 32) == hash && starts[e + 1] - starts[e] == length
                    && Arrays.equals(chars, starts[e], starts[e + 1], source.chars, from, from + length)) {
                return values[e];
            }
        }
    }

    private int insert(int position, CharSequence id, int hash, int value) {
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
        for (int k = 0; k < length; k++) {
            chars[charCount + k] = id.charAt(k);
        }
        charCount += length;
        starts[size + 1] = charCount;
        hashes[size] = hash;
        values[size] = value;
        table[position] = slot(hash, size);
        size++;
        if (size * 2 > table.length) {
            rehash();
        }
        return value;
    }

    private void rehash() {
        long[] bigger = new long[table.length * 2];
        int mask = bigger.length - 1;
        for (int e = 0; e < size; e++) {
            int i = hashes[e] & mask;
            while (bigger[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            bigger[i] = slot(hashes[e], e);
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

    private static long slot(int hash, int entry) {
        return ((long) hash << 32) | (entry + 1L);
    }

    /**
     * Mixes the high bits of String hashes into the low ones, which the table indexes by,
     * as {@link java.util.HashMap} does; no stronger mixing, because ids like {@code W0000001}
     * have neighbouring hashes, so that ids that come in order (the events of a woman, the
     * women of a village) probe neighbouring positions, which the cache holds.
     */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
