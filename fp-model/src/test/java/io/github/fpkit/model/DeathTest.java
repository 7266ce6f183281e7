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

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeathTest {
    private static Death.Builder death() {
        return Death.builder().id("D1").areaCode(AreaCode.of("990101001001")).deathDate(LocalDate.of(2009, 4, 30));
    }

    @Test
    void build_rejectsDeathBeforeBirth() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> death().birthDate(LocalDate.of(2009, 5, 1)).build());
        assertEquals("death_date", e.field());
    }

    @Test
    void build_acceptsDeathOnTheBirthDate() {
        assertEquals(LocalDate.of(2009, 4, 30), death().birthDate(LocalDate.of(2009, 4, 30)).build().birthDate().get());
    }

    @Test
    void build_rejectsBlankId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> death().id("").build());
        assertEquals("id", e.field());
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Death.builder().id("D1").deathDate(LocalDate.of(2009, 4, 30)).build());
        assertEquals("areaCode", e.field());
    }
}
