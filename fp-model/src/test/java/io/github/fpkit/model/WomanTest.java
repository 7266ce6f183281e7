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

import static io.github.fpkit.model.testing.ModelGenerators.residentIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WomanTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");
    private static final LocalDate BIRTH = LocalDate.of(1980, 1, 1);

    private static Woman.Builder woman() {
        return Woman.builder().id("W000001").areaCode(VILLAGE).birthDate(BIRTH).maritalStatus(MaritalStatus.MARRIED);
    }

    @Test
    void builder_defaultsResidenceToResident() {
        assertEquals(Residence.RESIDENT, woman().build().residence());
    }

    @Test
    void builder_keepsAStatedResidence() {
        assertEquals(Residence.INFLOW, woman().residence(Residence.INFLOW).build().residence());
    }

    @Test
    void build_rejectsBlankId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> woman().id("  ").build());
        assertEquals("id", e.field());
    }

    @Test
    void build_rejectsIdWithSurroundingWhitespace() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> woman().id(" W1").build());
        assertEquals("id", e.field());
    }

    @Test
    void build_rejectsBlankHouseholdId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> woman().householdId("").build());
        assertEquals("household_id", e.field());
    }

    @Test
    void build_rejectsMarriageBeforeBirth() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> woman().marriageDate(BIRTH.minusDays(1)).build());
        assertEquals("marriage_date", e.field());
        assertEquals("1979-12-31", e.value());
    }

    @Test
    void build_acceptsMarriageOnTheBirthDate() {
        assertEquals(BIRTH, woman().marriageDate(BIRTH).build().marriageDate().get());
    }

    @Test
    void ageOn_isCompletedYears() {
        Woman w = woman().build();
        assertEquals(29, w.ageOn(LocalDate.of(2009, 9, 30)));
        assertEquals(29, w.ageOn(LocalDate.of(2009, 12, 31)));
        assertEquals(30, w.ageOn(LocalDate.of(2010, 1, 1)));
    }

    @Test
    void isMarried_followsTheMaritalStatus() {
        assertTrue(woman().build().isMarried());
        assertTrue(woman().maritalStatus(MaritalStatus.REMARRIED).build().isMarried());
        assertFalse(woman().maritalStatus(MaritalStatus.DIVORCED).build().isMarried());
    }

    @Test
    void toString_masksTheResidentId() {
        ResidentId id = ResidentId.parse("11010519491231002X");
        String shown = woman().residentId(id).build().toString();
        assertTrue(shown.contains("110105********002X"), shown);
        assertFalse(shown.contains("11010519491231002X"), shown);
    }

    @Test
    void toString_neverContainsAGeneratedResidentId() {
        qt().forAll(residentIds()).check(id -> {
            String shown = woman().residentId(id).build().toString();
            return !shown.contains(id.fullNumber()) && !shown.contains(id.fullNumber().substring(6, 14));
        });
    }

    @Test
    void equals_comparesEveryAttribute() {
        assertEquals(woman().build(), woman().build());
        assertFalse(woman().build().equals(woman().id("W000002").build()));
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Woman.builder().id("W1").areaCode(VILLAGE).maritalStatus(MaritalStatus.MARRIED).build());
        assertEquals("birthDate", e.field());
    }
}
