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
package io.github.fpkit.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentIdSequenceTest {
    private static final LocalDate BORN = LocalDate.of(1980, 2, 29);

    @Test
    void test_next_keepsTheDrawnSlotWhileItIsFree() {
        ResidentIdSequence sequence = new ResidentIdSequence("990102");
        assertEquals(ResidentId.of("990102", BORN, 14), sequence.next(BORN, 7));
        assertEquals(ResidentId.of("990102", BORN.plusDays(1), 14), sequence.next(BORN.plusDays(1), 7));
    }

    @Test
    void test_next_takesTheNextFreeSlot_wrapping() {
        ResidentIdSequence sequence = new ResidentIdSequence("990102");
        sequence.next(BORN, 499);
        assertEquals(ResidentId.of("990102", BORN, 0), sequence.next(BORN, 499));
        assertEquals(ResidentId.of("990102", BORN, 2), sequence.next(BORN, 0));
    }

    @Test
    void test_next_neverRepeats_andMovesToTheNextPrefixWhenADayIsFull() {
        ResidentIdSequence sequence = new ResidentIdSequence("999999");
        List<ResidentId> ids = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            ids.add(sequence.next(BORN, i % 3));
        }
        assertEquals(1200, new HashSet<>(ids).size());
        assertEquals(List.of("999999", "000000", "000001"),
                List.of(ids.get(499).areaPrefix(), ids.get(500).areaPrefix(), ids.get(1199).areaPrefix()));
        for (ResidentId id : ids) {
            assertEquals(BORN, id.birthDate());
            assertEquals(Sex.FEMALE, id.sex());
        }
    }
}
