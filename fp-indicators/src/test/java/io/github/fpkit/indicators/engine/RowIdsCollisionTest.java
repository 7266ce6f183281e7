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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fpkit.testkit.Theories;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Ids with the same {@link String#hashCode()} are different ids: "Aa" and "BB" hash alike,
 * and so does every string of those pairs, so a table of such ids tells them apart only by
 * their characters.
 */
class RowIdsCollisionTest {
    private static final String[] COLLIDING = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};

    private static RowIds rowIds(List<String> rows, int threads, ExecutorService pool) {
        List<RowIds.Part> parts = new ArrayList<>();
        RowIds.Part part = new RowIds.Part();
        for (String id : rows) {
            if (part.size() == 5) {
                parts.add(part);
                part = new RowIds.Part();
            }
            part.add(id);
        }
        parts.add(part);
        return RowIds.of(parts, threads, pool);
    }

    @Test
    void test_aaAndBb_areTwoIds() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        RowIds ids = rowIds(List.of("Aa", "BB", "BB", "Aa"), 1, null);
        assertEquals(0, ids.first("Aa"));
        assertEquals(1, ids.first("BB"));
        assertEquals(List.of(0, 1, 1, 0), List.of(ids.firstOf(0), ids.firstOf(1), ids.firstOf(2), ids.firstOf(3)));
        assertEquals(RowIds.NONE, ids.first("AaAa"));
    }

    @Test
    void test_theEmptyIdAndTheNulCharacter_areTwoIds() {
        assertEquals("".hashCode(), "\0".hashCode());
        RowIds ids = rowIds(List.of("", "\0"), 1, null);
        assertEquals(0, ids.first(""));
        assertEquals(1, ids.first("\0"));
        assertEquals(RowIds.NONE, ids.first("\0\0"));
    }

    @Test
    void test_idsLongerThanTheCharacterBuffer_areKept() {
        String long1 = "W".repeat(1500) + "1";
        String long2 = "W".repeat(1500) + "2";
        RowIds ids = rowIds(List.of("a", long1, long2, long1), 1, null);
        assertEquals(1, ids.first(long1));
        assertEquals(2, ids.first(long2));
        assertEquals(1, ids.firstOf(3));
    }

    @Test
    void property_collidingIds_eachKeepsItsFirstRow() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Gen<String> ids = integers().between(0, COLLIDING.length - 1).map(i -> COLLIDING[i]);
            Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(lists().of(ids).ofSizeBetween(0, 40), integers().between(1, 3))
                    .checkAssert((rows, threads) -> {
                        RowIds table = rowIds(rows, threads, threads == 1 ? null : pool);
                        Map<String, Integer> first = new HashMap<>();
                        for (int r = 0; r < rows.size(); r++) {
                            first.putIfAbsent(rows.get(r), r);
                            assertEquals(first.get(rows.get(r)), table.firstOf(r), "row " + r + " of " + rows);
                        }
                        for (String id : COLLIDING) {
                            assertEquals(first.getOrDefault(id, RowIds.NONE), table.first(id), id + " in " + rows);
                            RowCursor cursor = new RowCursor();
                            assertEquals(first.getOrDefault(id, RowIds.NONE), cursor.find(table, id), id + " in " + rows);
                        }
                    });
        } finally {
            pool.shutdown();
        }
    }
}
