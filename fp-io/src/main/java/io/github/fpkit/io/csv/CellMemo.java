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
 * The values last parsed in one column, each kept with a copy of its cell's bytes, so that
 * a cell whose bytes equal a remembered cell's gets the same (immutable) value without a
 * string or a parse. Registers come sorted (a woman's events, a village's women, a
 * household's women are consecutive rows), so a column often repeats the previous row's
 * cell; a column of a few codes keeps several of them, found by a cheap key of their bytes.
 * A column where repeats are rare stops looking after a while, so that it pays for no copy.
 * A value is only ever returned for bytes equal to those it was parsed from. Used by one
 * thread at a time.
 */
final class CellMemo {
    /** Lookups after which a column with too few repeats stops being remembered. */
    private static final int TRIAL = 4096;
    /** Longer cells are not remembered: they are free text rather than codes or ids. */
    static final int MAX_LENGTH = 32;

    private final byte[][] bytes;
    private final int[] lengths;
    private final Object[] values;
    private final int mask;
    private int lookups;
    private int hits;
    private boolean off;

    /** @param slots the cells remembered, a power of two: 1 for the previous row's cell only */
    CellMemo(int slots) {
        this.bytes = new byte[slots][MAX_LENGTH];
        this.lengths = new int[slots];
        this.values = new Object[slots];
        this.mask = slots - 1;
    }

    /**
     * @param b the bytes of a cell without doubled quotes
     * @return the value parsed from the same bytes, or null if it is not remembered
     */
    Object recall(byte[] b, int start, int length) {
        if (off || length == 0 || length > MAX_LENGTH) {
            return null;
        }
        int slot = slot(b, start, length);
        Object value = values[slot];
        // Arrays.equals compares eight bytes at a time (an intrinsic), cheaper than a loop here.
        if (value != null && lengths[slot] == length && Arrays.equals(bytes[slot], 0, length, b, start, start + length)) {
            hits++;
            lookups++;
            return value;
        }
        if (++lookups == TRIAL && hits < TRIAL / 8) {
            off = true;
        }
        return null;
    }

    /** Remembers the value parsed from a cell's bytes, which {@link #recall} did not know. */
    void remember(byte[] b, int start, int length, Object value) {
        if (off || length == 0 || length > MAX_LENGTH) {
            return;
        }
        int slot = slot(b, start, length);
        System.arraycopy(b, start, bytes[slot], 0, length);
        lengths[slot] = length;
        values[slot] = value;
    }

    /** @return the number of times a value was recalled, for tests and measurements */
    int hits() {
        return hits;
    }

    /** @return the number of lookups while the column was remembered */
    int lookups() {
        return lookups;
    }

    private int slot(byte[] b, int start, int length) {
        if (mask == 0) {
            return 0;
        }
        // A cheap key, not a hash of every byte: a few codes differ in length or at their ends
        // or middle, and a collision only costs a parse, the bytes being compared.
        int hash = length * 0x9E3779B1 + b[start] * 31 + b[start + length - 1] * 7 + b[start + (length >> 1)];
        return (hash ^ (hash >>> 11)) & mask;
    }
}
