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
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A column's memo returns a value only for the very bytes it was parsed from, and gives up on columns that rarely repeat. */
class CellMemoTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static Object recall(CellMemo memo, String cell) {
        byte[] b = bytes("  " + cell + "  ");
        return memo.recall(b, 2, cell.length());
    }

    private static void remember(CellMemo memo, String cell, Object value) {
        byte[] b = bytes("xx" + cell + "x");
        memo.remember(b, 2, cell.length(), value);
    }

    @Test
    void test_theSameBytesOnly_andCellsOfUpTo32Bytes() {
        CellMemo memo = new CellMemo(64);
        assertNull(recall(memo, "married"));
        remember(memo, "married", "MARRIED");
        assertEquals("MARRIED", recall(memo, "married"));
        assertNull(recall(memo, "marries"));
        assertNull(recall(memo, "married "));
        String longest = "a".repeat(CellMemo.MAX_LENGTH);
        remember(memo, longest, 32);
        assertEquals(32, recall(memo, longest));
        remember(memo, longest + "a", 33);
        assertNull(recall(memo, longest + "a"));
        remember(memo, "", "empty");
        assertNull(recall(memo, ""));
    }

    @Test
    void test_hitsAndLookups_areCounted() {
        CellMemo memo = new CellMemo(1);
        remember(memo, "W1", "W1");
        recall(memo, "W1");
        recall(memo, "W2");
        recall(memo, "W1");
        assertEquals(2, memo.hits());
        assertEquals(3, memo.lookups());
    }

    @Test
    void test_aColumnRarelyRepeating_isNoLongerRemembered() {
        CellMemo memo = new CellMemo(1);
        for (int i = 0; i < 4095; i++) {
            recall(memo, "W" + i);
        }
        remember(memo, "W1", "W1");
        assertEquals("W1", recall(memo, "W1"));
        CellMemo rare = new CellMemo(1);
        for (int i = 0; i < 4096; i++) {
            recall(rare, "W" + i);
        }
        remember(rare, "W1", "W1");
        assertNull(recall(rare, "W1"));
        assertEquals(4096, rare.lookups());
    }
}
