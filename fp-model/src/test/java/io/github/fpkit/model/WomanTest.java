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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
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
        Woman full = woman().residentId(ResidentId.of("990101", BIRTH, 2)).householdId("H1").marriageDate(BIRTH.plusYears(20))
                .residence(Residence.INFLOW).build();
        Woman same = Woman.builder().id("W000001").areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1980, 1, 1))
                .maritalStatus(MaritalStatus.MARRIED).residentId(ResidentId.parse(full.residentId().get().fullNumber()))
                .householdId("H1").marriageDate(LocalDate.of(2000, 1, 1)).residence(Residence.INFLOW).build();
        assertEquals(full, same);
        assertEquals(full.hashCode(), same.hashCode());
        List<Woman> others = List.of(Woman.builder().from(full).id("W000002").build(),
                Woman.builder().from(full).areaCode(AreaCode.of("990101001002")).build(),
                Woman.builder().from(full).birthDate(BIRTH.plusDays(1)).build(),
                Woman.builder().from(full).maritalStatus(MaritalStatus.REMARRIED).build(),
                Woman.builder().from(full).residentId(ResidentId.of("990101", BIRTH, 4)).build(),
                Woman.builder().from(full).householdId("H2").build(),
                Woman.builder().from(full).marriageDate(BIRTH.plusYears(21)).build(),
                Woman.builder().from(full).residence(Residence.RESIDENT).build(),
                woman().build());
        for (Woman other : others) {
            assertNotEquals(full, other);
            assertNotEquals(other, full);
        }
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Woman.builder().id("W1").areaCode(VILLAGE).maritalStatus(MaritalStatus.MARRIED).build());
        assertEquals("birthDate", e.field());
    }
}
