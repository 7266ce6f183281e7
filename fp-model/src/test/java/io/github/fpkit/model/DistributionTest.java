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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DistributionTest {
    private static final LocalDate DAY = LocalDate.of(2009, 5, 5);
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");

    private static Distribution.Builder pills() {
        return Distribution.builder().date(DAY).method(ContraceptiveMethod.ORAL_PILL).quantity(3);
    }

    @Test
    void build_keepsItsParts_andIsNamedByItsWomanElseItsArea() {
        Distribution d = pills().womanId("W1").areaCode(VILLAGE).build();
        assertEquals(Optional.of("W1"), d.womanId());
        assertEquals(Optional.of(VILLAGE), d.areaCode());
        assertEquals(DAY, d.date());
        assertEquals(ContraceptiveMethod.ORAL_PILL, d.method());
        assertEquals(3, d.quantity());
        assertEquals("W1", d.recordId());
        assertEquals("990101001001", pills().areaCode(VILLAGE).build().recordId());
    }

    @Test
    void build_withNeitherWomanNorArea_isRejectedAtWomanId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> pills().build());
        assertEquals("woman_id", e.field());
        assertEquals("", e.value());
        assertTrue(e.reason().contains("woman_id or an area_code"), e.reason());
    }

    @Test
    void build_acceptsOnlyTheDistributedMethods_andSaysWhichAreAllowed() {
        assertEquals(EnumSet.of(ContraceptiveMethod.INJECTABLE, ContraceptiveMethod.ORAL_PILL, ContraceptiveMethod.CONDOM),
                Distribution.METHODS);
        for (ContraceptiveMethod m : ContraceptiveMethod.values()) {
            if (Distribution.METHODS.contains(m)) {
                assertEquals(m, pills().areaCode(VILLAGE).method(m).build().method());
            } else {
                InvalidValueException e = assertThrows(InvalidValueException.class, () -> pills().areaCode(VILLAGE).method(m).build());
                assertEquals("method", e.field());
                assertEquals(m.code(), e.value());
                assertEquals("is not distributed: allowed are injectable 针剂, oral_pill 口服药, condom 避孕套", e.reason());
            }
        }
    }

    @Test
    void build_rejectsAQuantityBelowOne() {
        assertEquals(1, pills().areaCode(VILLAGE).quantity(1).build().quantity());
        for (int q : new int[] {0, -1, Integer.MIN_VALUE}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> pills().areaCode(VILLAGE).quantity(q).build());
            assertEquals("quantity", e.field());
            assertEquals(Integer.toString(q), e.value());
        }
    }

    @Test
    void build_rejectsABlankWomanId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> pills().womanId(" ").areaCode(VILLAGE).build());
        assertEquals("woman_id", e.field());
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Distribution.builder().womanId("W1").method(ContraceptiveMethod.CONDOM).quantity(1).build());
        assertEquals("date", e.field());
    }

    @Test
    void equalDistributions_areEqualValues() {
        assertEquals(pills().womanId("W1").build(), pills().womanId("W1").build());
    }
}
