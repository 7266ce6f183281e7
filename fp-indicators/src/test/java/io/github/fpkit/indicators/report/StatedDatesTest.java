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
package io.github.fpkit.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ReportingPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatedDatesTest {
    @Test
    void test_chineseAndIsoDays_read() {
        assertEquals(LocalDate.of(2009, 10, 10), StatedDates.day("2009年10月10日"));
        assertEquals(LocalDate.of(2009, 10, 10), StatedDates.day(" 2009-10-10 "));
        assertEquals(ReportingPeriod.parse("2009SY"), StatedDates.period("2008年10月1日至2009年9月30日"));
    }

    @Test
    void test_impossibleDays_areExplainedInOurOwnWords() {
        InvalidValueException day = assertThrows(InvalidValueException.class, () -> StatedDates.day("2009年2月29日"));
        assertEquals("reportDate", day.field());
        assertEquals("not a real date: February has 28 days in 2009", day.reason());
        InvalidValueException iso = assertThrows(InvalidValueException.class, () -> StatedDates.day("2009-13-01"));
        assertEquals("not a real date: the month must be 01 to 12", iso.reason());
        InvalidValueException period = assertThrows(InvalidValueException.class,
                () -> StatedDates.period("2008年10月1日至2009年9月31日"));
        assertEquals("period", period.field());
        assertEquals("not a real date: September has 30 days", period.reason());
        for (InvalidValueException e : new InvalidValueException[] {day, iso, period}) {
            assertFalse(e.getMessage().contains("Invalid date") || e.getMessage().contains("could not be parsed"),
                    e.getMessage());
        }
    }
}
