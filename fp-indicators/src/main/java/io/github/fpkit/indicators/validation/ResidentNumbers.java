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
package io.github.fpkit.indicators.validation;

import io.github.fpkit.model.ResidentId;
import java.util.Arrays;
import java.util.Optional;

/**
 * The resident identity numbers of the women's rows, each packed into a long (its 17 digits
 * and its check character; 0 for a row without one), for finding the women who share a
 * number after the women's pass: 8 bytes a woman while the pass runs, and an
 * open-addressing table only for the search. Not thread-safe.
 */
final class ResidentNumbers {
    private static final int CHECK_CHARACTERS = 11;

    private long[] packed = new long[64];
    private int size;

    /** Receives a row that repeats an earlier row's number. */
    @FunctionalInterface
    interface Repeat {
        /**
         * @param row the row that repeats the number
         * @param firstRow the first row with the number
         */
        void accept(int row, int firstRow);
    }

    /** Adds the number of the next row, if it has one. */
    void add(Optional<ResidentId> number) {
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
        }
        packed[size++] = number.map(ResidentNumbers::pack).orElse(0L);
    }

    /** Calls {@code repeat} for each row whose number an earlier row has, in row order. */
    void forEachRepeat(Repeat repeat) {
        int capacity = 2;
        while (capacity < 2 * size) {
            capacity <<= 1;
        }
        long[] keys = new long[capacity];
        int[] rows = new int[capacity];
        int mask = capacity - 1;
        for (int r = 0; r < size; r++) {
            long key = packed[r];
            if (key == 0) {
                continue;
            }
            int i = (int) (key ^ (key >>> 29) ^ (key >>> 47)) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                keys[i] = key;
                rows[i] = r;
            } else {
                repeat.accept(r, rows[i]);
            }
        }
    }

    /** @return the number of the row, which has one */
    ResidentId number(int row) {
        long v = packed[row] - 1;
        long check = v % CHECK_CHARACTERS;
        return ResidentId.parse(String.format("%017d", v / CHECK_CHARACTERS) + (check == 10 ? "X" : Long.toString(check)));
    }

    private static long pack(ResidentId number) {
        String digits = number.fullNumber();
        char check = digits.charAt(17);
        return Long.parseLong(digits, 0, 17, 10) * CHECK_CHARACTERS + (check == 'X' ? 10 : check - '0') + 1;
    }
}
