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

import org.junit.jupiter.api.Test;

class HouseholdTest {
    @Test
    void builder_leavesUnstatedAttributesEmpty() {
        Household h = Household.builder().id("H1").areaCode(AreaCode.of("990101001001")).build();
        assertTrue(h.rural().isEmpty());
        assertTrue(h.fatherBirthDate().isEmpty());
        assertTrue(h.oneChildCertificateDate().isEmpty());
    }

    @Test
    void build_rejectsBlankId() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Household.builder().id("").areaCode(AreaCode.of("990101001001")).build());
        assertEquals("id", e.field());
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Household.builder().areaCode(AreaCode.of("990101001001")).build());
        assertEquals("id", e.field());
    }
}
