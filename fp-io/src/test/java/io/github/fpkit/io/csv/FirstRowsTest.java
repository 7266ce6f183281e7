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

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link FirstRows} by hand: the line of a key's first row, for a repeated key in sorted order, after the keys fall out of
 * order, and after many keys; each expected line is the one the key was first added with.
 */
class FirstRowsTest {
    @Test
    void test_repeatedKey_givesItsFirstLine_sortedOrNot() {
        FirstRows rows = new FirstRows();
        assertEquals(FirstRows.NEW, rows.add("W1", 2));
        assertEquals(2, rows.add("W1", 3), "repeated right after itself");
        assertEquals(FirstRows.NEW, rows.add("W3", 4));
        assertEquals(FirstRows.NEW, rows.add("W2", 5), "out of order, but new");
        assertEquals(4, rows.add("W3", 6), "W3 again after W2: found although not the last key");
        assertEquals(2, rows.add("W1", 7));
        assertEquals(3, rows.size());
    }

    /** 300 keys in increasing order, then one out of order: every one of them is still found, with its own line. */
    @Test
    void test_manyKeys_thenOutOfOrder_allFound() {
        FirstRows rows = new FirstRows();
        for (int k = 0; k < 300; k++) {
            assertEquals(FirstRows.NEW, rows.add(String.format("W%05d", k + 100), k + 2));
        }
        assertEquals(FirstRows.NEW, rows.add("W00001", 302));
        for (int k = 0; k < 300; k++) {
            assertEquals(k + 2, rows.add(String.format("W%05d", k + 100), 1000 + k));
        }
        assertEquals(302, rows.add("W00001", 2000));
        assertEquals(301, rows.size());
    }
}
