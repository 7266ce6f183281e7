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

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Threads change nothing: the women's slots and the id tables are those of one sequential pass, and every part is taken once. */
class IndexStructuresTest {
    @Test
    void property_womenIndexInParts_slotsOfFirstRowsInStreamOrder() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            qt().withExamples(100).forAll(lists().of(integers().between(0, 30)).ofSizeBetween(0, 200), integers().between(1, 4))
                    .checkAssert((ids, parts) -> {
                        List<Woman> women = new ArrayList<>();
                        for (int id : ids) {
                            women.add(Woman.builder().id("W" + id).areaCode(AreaCode.of("990101001001"))
                                    .householdId("H" + id % 7).birthDate(LocalDate.of(1970, 1, 1).plusDays(id))
                                    .maritalStatus(MaritalStatus.MARRIED).build());
                        }
                        WomenIndex index = WomenIndex.of(ParallelParts.split(women.spliterator(), parts), parts, pool);
                        assertEquals(women.size(), index.size());
                        Map<String, Integer> first = new HashMap<>();
                        Map<String, Integer> households = new HashMap<>();
                        for (int s = 0; s < women.size(); s++) {
                            first.putIfAbsent(women.get(s).id(), s);
                            String h = women.get(s).householdId().orElseThrow();
                            households.putIfAbsent(h, households.size());
                            assertEquals(households.get(h), index.household(s));
                            assertEquals(PackedDate.of(women.get(s).birthDate()), index.birthDate(s));
                        }
                        first.forEach((id, s) -> assertEquals(s, index.slot(id)));
                        assertEquals(households.size(), index.householdCount());
                        assertFalse(index.contains("X1"));
                    });
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void property_rowIds_firstRowOfEveryId_whateverTheParts_threadsAndCursor() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            // Few distinct ids (some without an id, some empty), so that most repeat, often in neighbouring rows.
            Gen<String> ids = integers().between(-1, 12).map(i -> i < 0 ? null : i == 0 ? "" : "W" + i * 7);
            qt().withExamples(200).forAll(lists().of(ids).ofSizeBetween(0, 120), integers().between(1, 5), integers().between(1, 4),
                    longs().all()).checkAssert((rows, partCount, threads, seed) -> {
                        Random random = new Random(seed);
                        List<RowIds.Part> parts = new ArrayList<>();
                        RowIds.Part part = new RowIds.Part();
                        for (String id : rows) {
                            if (part.size() > 0 && parts.size() < partCount - 1 && random.nextInt(rows.size()) < partCount) {
                                parts.add(part);
                                part = new RowIds.Part();
                            }
                            part.add(id);
                        }
                        parts.add(part);
                        RowIds table = RowIds.of(parts, threads, threads == 1 ? null : pool);
                        assertEquals(rows.size(), table.size());
                        Map<String, Integer> first = new HashMap<>();
                        for (int r = 0; r < rows.size(); r++) {
                            if (rows.get(r) != null) {
                                first.putIfAbsent(rows.get(r), r);
                            }
                            assertEquals(rows.get(r) == null ? RowIds.NONE : first.get(rows.get(r)), table.firstOf(r));
                            assertEquals(rows.get(r), table.id(r));
                        }
                        for (String id : new String[] {"", "W7", "W14", "W84", "W1", "X"}) {
                            int expected = first.getOrDefault(id, RowIds.NONE);
                            assertEquals(expected, table.first(id), id);
                            for (int near = RowIds.NONE; near < rows.size(); near++) {
                                for (int window : new int[] {0, RowCursor.NEAR, RowCursor.FAR, Integer.MAX_VALUE}) {
                                    assertEquals(expected, table.first(id, id.toCharArray(), near, window), id + " near " + near + " window " + window);
                                }
                            }
                        }
                        // A cursor follows lookups in the rows' order, in reverse and at random.
                        List<String> lookups = new ArrayList<>(rows);
                        lookups.add("X");
                        for (List<String> order : List.of(lookups, reversed(lookups), shuffled(lookups, random))) {
                            RowCursor cursor = new RowCursor();
                            for (String id : order) {
                                if (id != null) {
                                    assertEquals(first.getOrDefault(id, RowIds.NONE), cursor.find(table, id), id);
                                }
                            }
                        }
                    });
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void property_share_everyPartTakenOnce_andTheFirstFailureRethrown() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            qt().withExamples(100).forAll(integers().between(0, 50), integers().between(1, 4), integers().between(-1, 49))
                    .checkAssert((count, threads, failing) -> {
                        List<Integer> parts = new ArrayList<>();
                        for (int i = 0; i < count; i++) {
                            parts.add(i);
                        }
                        IllegalStateException failure = new IllegalStateException("part " + failing);
                        List<List<Integer>> taken = new ArrayList<>();
                        List<Consumer<Integer>> workers = new ArrayList<>();
                        for (int w = 0; w < threads; w++) {
                            List<Integer> mine = new ArrayList<>();
                            taken.add(mine);
                            workers.add(part -> {
                                mine.add(part);
                                if (part.equals(failing)) {
                                    throw failure;
                                }
                            });
                        }
                        if (failing >= 0 && failing < count) {
                            assertSame(failure, assertThrows(IllegalStateException.class, () -> ParallelParts.share(parts, workers, pool)));
                        } else {
                            ParallelParts.share(parts, workers, pool);
                            List<Integer> all = new ArrayList<>();
                            taken.forEach(all::addAll);
                            Collections.sort(all);
                            assertEquals(parts, all);
                        }
                    });
        } finally {
            pool.shutdown();
        }
    }


    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
