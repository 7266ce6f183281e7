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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthTest {
    private static final LocalDate DATE = LocalDate.of(2009, 3, 1);

    private static Birth.Builder birth() {
        return Birth.builder().id("B000001").motherId("W000001").birthDate(DATE).sex(Sex.FEMALE);
    }

    @Test
    void builder_defaultsToLiveBirthOfUnknownPolicy() {
        Birth b = birth().birthOrder(1).build();
        assertEquals(BirthOutcome.LIVE, b.outcome());
        assertEquals(PolicyStatus.UNKNOWN, b.policy());
        assertTrue(b.isLive());
        assertTrue(b.birthPermit().isEmpty(), "a permit not recorded is absent, neither yes nor no");
    }

    @Test
    void builder_keepsThePermitEitherWay() {
        assertEquals(Boolean.TRUE, birth().birthOrder(2).birthPermit(true).build().birthPermit().orElseThrow());
        assertEquals(Boolean.FALSE, birth().birthOrder(2).birthPermit(false).build().birthPermit().orElseThrow());
        assertFalse(birth().birthOrder(2).birthPermit(false).build().equals(birth().birthOrder(2).build()),
                "a birth without a permit is not one whose permit is unrecorded");
    }

    @Test
    void build_rejectsLiveBirthWithoutOrder() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> birth().build());
        assertEquals("birth_order", e.field());
    }

    @Test
    void build_rejectsOrderZero() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> birth().birthOrder(0).build());
        assertEquals("birth_order", e.field());
        assertEquals("0", e.value());
    }

    @Test
    void build_rejectsOrderZeroOnStillbirth() {
        assertThrows(InvalidValueException.class,
                () -> birth().outcome(BirthOutcome.STILLBIRTH).birthOrder(0).build());
    }

    @Test
    void build_acceptsStillbirthWithoutOrder() {
        Birth b = birth().outcome(BirthOutcome.STILLBIRTH).build();
        assertFalse(b.isLive());
        assertTrue(b.birthOrder().isEmpty());
    }

    @Test
    void build_rejectsDeathBeforeBirth() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> birth().birthOrder(1).deathDate(DATE.minusDays(1)).build());
        assertEquals("death_date", e.field());
    }

    @Test
    void build_acceptsDeathOnTheBirthDate() {
        assertEquals(DATE, birth().birthOrder(1).deathDate(DATE).build().deathDate().get());
    }

    @Test
    void build_rejectsBlankId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> birth().id("").birthOrder(1).build());
        assertEquals("id", e.field());
    }

    @Test
    void build_rejectsBlankMotherId() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> birth().motherId(" ").birthOrder(1).build());
        assertEquals("mother_id", e.field());
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Birth.builder().id("B1").motherId("W1").birthDate(DATE).birthOrder(1).build());
        assertEquals("sex", e.field());
    }
}
