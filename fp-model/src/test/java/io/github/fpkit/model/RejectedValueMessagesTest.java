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
import org.junit.jupiter.api.Test;

/** What a rejected value's exception tells the user: the field, and where in the value the fault is. */
class RejectedValueMessagesTest {
    @Test
    void test_intervalWithoutFirstDate_saysTheFirstDateIsMissing() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("/2009-09-30"));
        assertEquals("period", e.field());
        assertEquals("/2009-09-30", e.value());
        assertTrue(e.reason().startsWith("the interval has no first date"), e.reason());
    }

    @Test
    void test_residentIdAreaPrefixWithALetter_isRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ResidentId.of("11010A", LocalDate.of(1980, 1, 1), 2));
        assertEquals("area_prefix", e.field());
        assertEquals("11010A", e.value());
        assertThrows(InvalidValueException.class, () -> ResidentId.of("/10105", LocalDate.of(1980, 1, 1), 2));
        assertThrows(InvalidValueException.class, () -> ResidentId.of(":10105", LocalDate.of(1980, 1, 1), 2));
    }

    @Test
    void test_residentIdWithALetter_namesItsPosition() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ResidentId.parse("1101051949A231002X"));
        assertEquals("expected a digit at position 11", e.reason());
        InvalidValueException first = assertThrows(InvalidValueException.class, () -> ResidentId.parse("A10105194912310"));
        assertEquals("expected a digit at position 1", first.reason());
    }

    @Test
    void test_residentIdWithLowerCaseLetters_isShownUpperCased_asAFinalXIsRead() {
        assertEquals("A10105********002X", assertThrows(InvalidValueException.class, () -> ResidentId.parse("a1010519491231002X")).value());
        assertEquals("Z10105********002X", assertThrows(InvalidValueException.class, () -> ResidentId.parse("z1010519491231002X")).value());
        assertEquals(ResidentId.parse("11010519491231002X"), ResidentId.parse("11010519491231002x"));
    }

    @Test
    void test_areaCodeWithALetter_namesItsPosition() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AreaCode.of("99010100100X"));
        assertEquals("expected 12 digits, found 'X' at position 12", e.reason());
    }

    @Test
    void test_blankPregnancyId_isRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Pregnancy.builder().id(" ").womanId("W1")
                .startDate(LocalDate.of(2009, 1, 1)).build());
        assertEquals("id", e.field());
    }
}
