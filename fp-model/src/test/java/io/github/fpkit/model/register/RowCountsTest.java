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
package io.github.fpkit.model.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RowCountsTest {
    /** @return counts whose sums stay far from overflow */
    private static Gen<RowCounts> counts() {
        Gen<Long> n = longs().between(0, 1_000_000);
        return n.zip(n, n, (accepted, rejected, duplicates) -> RowCounts.of(accepted, rejected + duplicates, duplicates));
    }

    @Test
    void test_read_isAcceptedPlusRejected() {
        RowCounts c = RowCounts.of(118, 2, 1);
        assertEquals(120, c.read());
        assertEquals(118, c.accepted());
        assertEquals(2, c.rejected());
        assertEquals(1, c.duplicates());
    }

    @Test
    void test_ofTwo_hasNoDuplicates() {
        assertEquals(RowCounts.of(5, 3, 0), RowCounts.of(5, 3));
        assertEquals(0, RowCounts.of(5, 3).duplicates());
    }

    @Test
    void test_zero_countsNoRow() {
        assertEquals(RowCounts.of(0, 0, 0), RowCounts.zero());
        assertEquals(0, RowCounts.zero().read());
    }

    @Test
    void test_plus_addsEachCount_withZeroAsIdentity() {
        assertEquals(RowCounts.of(7, 5, 2), RowCounts.of(3, 1, 0).plus(RowCounts.of(4, 4, 2)));
        qt().withExamples(200).forAll(counts(), counts(), counts()).checkAssert((a, b, c) -> {
            assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
            assertEquals(a.plus(b), b.plus(a));
            assertEquals(a, a.plus(RowCounts.zero()));
            assertEquals(a.read() + b.read(), a.plus(b).read());
        });
    }

    @Test
    void test_equals_comparesEveryCount() {
        RowCounts c = RowCounts.of(5, 3, 1);
        assertEquals(c, RowCounts.of(5, 3, 1));
        assertEquals(c.hashCode(), RowCounts.of(5, 3, 1).hashCode());
        assertNotEquals(c, RowCounts.of(6, 3, 1));
        assertNotEquals(c, RowCounts.of(5, 4, 1));
        assertNotEquals(c, RowCounts.of(5, 3, 2));
        assertNotEquals(c, "read 8, accepted 5, rejected 3 (1 duplicate)");
    }

    @Test
    void test_hashCode_tellsSmallCountsApart() {
        Set<Integer> hashes = new HashSet<>();
        int n = 0;
        for (int accepted = 0; accepted < 31; accepted++) {
            for (int rejected = 0; rejected < 31; rejected++) {
                for (int duplicates = 0; duplicates <= rejected; duplicates++) {
                    hashes.add(RowCounts.of(accepted, rejected, duplicates).hashCode());
                    n++;
                }
            }
        }
        assertEquals(n, hashes.size());
    }

    @Test
    void test_toString_namesTheDuplicatesOnlyWhenThereAreSome() {
        assertEquals("read 120, accepted 118, rejected 2", RowCounts.of(118, 2).toString());
        assertEquals("read 120, accepted 118, rejected 2 (1 duplicate)", RowCounts.of(118, 2, 1).toString());
        assertEquals("read 120, accepted 118, rejected 2 (2 duplicates)", RowCounts.of(118, 2, 2).toString());
    }

    @Test
    void test_negativeCounts_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> RowCounts.of(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> RowCounts.of(0, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> RowCounts.of(0, 1, -1));
    }

    @Test
    void test_moreDuplicatesThanRejectedRows_isRejected_asManyIsNot() {
        assertThrows(IllegalArgumentException.class, () -> RowCounts.of(0, 1, 2));
        assertEquals(2, RowCounts.of(0, 2, 2).duplicates());
    }

    @Test
    void test_zeroCounts_areAccepted() {
        assertEquals(RowCounts.zero(), RowCounts.of(0, 0, 0));
    }
}
