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
package io.github.fpkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {
    @Test
    void test_contains_bothEndsAndWhatLiesBetween_andNothingElse() {
        ConfidenceInterval ci = ConfidenceInterval.of(59.5, 70.25, 0.95);
        assertTrue(ci.contains(59.5));
        assertTrue(ci.contains(70.25));
        assertTrue(ci.contains(65));
        assertFalse(ci.contains(Math.nextDown(59.5)));
        assertFalse(ci.contains(Math.nextUp(70.25)));
        assertFalse(ci.contains(Double.NaN));
    }

    @Test
    void test_aPointInterval_containsItsPoint() {
        ConfidenceInterval point = ConfidenceInterval.of(0, 0, 0.9);
        assertTrue(point.contains(0));
        assertFalse(point.contains(Double.MIN_VALUE));
    }

    @Test
    void test_of_rejectsReversedOrInfiniteEndsAndLevelsOutside0To1() {
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(2, 1, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(Double.NEGATIVE_INFINITY, 1, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(0, Double.NaN, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(0, 1, 1));
        assertEquals(1.0, ConfidenceInterval.of(1, 1, 0.95).high());
    }

    @Test
    void test_equals_comparesEndsAndLevel() {
        ConfidenceInterval ci = ConfidenceInterval.of(1, 2, 0.95);
        assertEquals(ci, ConfidenceInterval.of(1, 2, 0.95));
        assertEquals(ci.hashCode(), ConfidenceInterval.of(1, 2, 0.95).hashCode());
        assertNotEquals(ci, ConfidenceInterval.of(0.5, 2, 0.95));
        assertNotEquals(ci, ConfidenceInterval.of(1, 2.5, 0.95));
        assertNotEquals(ci, ConfidenceInterval.of(1, 2, 0.9));
        assertNotEquals(ci, "[1.0, 2.0] (95.0%)");
        assertEquals("[1.0, 2.0] (95.0%)", ci.toString());
    }
}
