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
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.testkit.Draws;
import io.github.fpkit.testkit.Theories;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The first row of every key, as a map from key to its first line would give it: keys in
 * increasing order (the export of a sorted register) and then in any order, repeated
 * keys next to each other or far apart, keys whose hash codes collide, long keys, and
 * more keys than the first tables hold.
 */
class FirstRowsPropertiesTest {
    private static final String[] COLLIDING = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};

    /** @return keys: a sorted run, then keys of several kinds, some repeated */
    private static Gen<List<String>> keys() {
        return in -> {
            List<String> keys = new ArrayList<>();
            int sorted = Draws.between(in, 0, 80);
            for (int i = 0; i < sorted; i++) {
                keys.add(String.format("W%05d", i * Draws.between(in, 1, 2)));
            }
            int more = Draws.between(in, 0, 150);
            for (int i = 0; i < more; i++) {
                switch (Draws.between(in, 0, 4)) {
                    case 0:
                        keys.add(COLLIDING[Draws.between(in, 0, COLLIDING.length - 1)]);
                        break;
                    case 1:
                        keys.add(keys.isEmpty() ? "" : keys.get(Draws.between(in, 0, keys.size() - 1)));
                        break;
                    case 2:
                        keys.add("L".repeat(Draws.between(in, 500, 1500)) + Draws.between(in, 0, 3));
                        break;
                    default:
                        keys.add("K" + Draws.between(in, 0, 300));
                        break;
                }
            }
            return keys;
        };
    }

    @Test
    void property_eachKeysFirstLine_asAMapGivesIt() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(keys(), integers().between(1, 5)).checkAssert((keys, firstLine) -> {
            FirstRows rows = new FirstRows();
            Map<String, Long> first = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                long line = firstLine + 2L * i;
                Long earlier = first.putIfAbsent(keys.get(i), line);
                assertEquals(earlier == null ? FirstRows.NEW : earlier, rows.add(keys.get(i), line), keys.get(i) + " at " + i);
            }
            assertEquals(first.size(), rows.size());
        });
    }

    @Test
    void test_aKeyAfterALargerOne_endsTheSortedRun_andBothAreKept() {
        FirstRows rows = new FirstRows();
        assertEquals(FirstRows.NEW, rows.add("W2", 2));
        assertEquals(2, rows.add("W2", 3));
        assertEquals(FirstRows.NEW, rows.add("W10", 4));
        assertEquals(FirstRows.NEW, rows.add("W1", 5));
        assertEquals(4, rows.add("W10", 6));
        assertEquals(2, rows.add("W2", 7));
        assertEquals(FirstRows.NEW, rows.add("W", 8));
        assertEquals(4, rows.size());
    }
}
