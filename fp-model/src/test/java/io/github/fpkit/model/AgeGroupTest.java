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
package io.github.fpkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgeGroupTest {
    @Test
    void of_14_isOutsideChildbearingAge() {
        assertEquals(Optional.empty(), AgeGroup.of(14));
        assertFalse(AgeGroup.isChildbearingAge(14));
    }

    @Test
    void of_15_isTheFirstGroup() {
        assertEquals(Optional.of(AgeGroup.AGE_15_19), AgeGroup.of(15));
        assertTrue(AgeGroup.isChildbearingAge(15));
    }

    @Test
    void of_19_isTheFirstGroup() {
        assertEquals(Optional.of(AgeGroup.AGE_15_19), AgeGroup.of(19));
    }

    @Test
    void of_20_isTheSecondGroup() {
        assertEquals(Optional.of(AgeGroup.AGE_20_24), AgeGroup.of(20));
    }

    @Test
    void of_49_isTheLastGroup() {
        assertEquals(Optional.of(AgeGroup.AGE_45_49), AgeGroup.of(49));
        assertTrue(AgeGroup.isChildbearingAge(49));
    }

    @Test
    void of_50_isOutsideChildbearingAge() {
        assertEquals(Optional.empty(), AgeGroup.of(50));
        assertFalse(AgeGroup.isChildbearingAge(50));
    }

    @Test
    void of_negativeAge_isEmpty() {
        assertEquals(Optional.empty(), AgeGroup.of(-1));
    }

    @Test
    void of_agreesWithContainsForEveryAge() {
        qt().forAll(integers().between(-5, 120)).check(age -> {
            long containing = java.util.Arrays.stream(AgeGroup.values()).filter(g -> g.contains(age)).count();
            return AgeGroup.of(age).map(g -> g.contains(age) && containing == 1).orElse(containing == 0)
                    && AgeGroup.of(age).isPresent() == AgeGroup.isChildbearingAge(age);
        });
    }

    @Test
    void groups_areSevenConsecutiveFiveYearBands() {
        AgeGroup[] groups = AgeGroup.values();
        assertEquals(7, groups.length);
        assertEquals(AgeGroup.CHILDBEARING_MIN, groups[0].lower());
        assertEquals(AgeGroup.CHILDBEARING_MAX, groups[6].upper());
        for (int i = 0; i < groups.length; i++) {
            assertEquals(4, groups[i].upper() - groups[i].lower());
            if (i > 0) {
                assertEquals(groups[i - 1].upper() + 1, groups[i].lower());
            }
        }
    }

    @Test
    void label_isAsInIndicatorCodes() {
        assertEquals("15_19", AgeGroup.AGE_15_19.label());
        assertEquals("45_49", AgeGroup.AGE_45_49.label());
    }
}
