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
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first and last values each factory accepts, and the values just outside. */
class AcceptedRangeEdgesTest {
    @Test
    void test_periodsOfTheYears1000And9999_printTheirShortNotation() {
        assertEquals("1000", ReportingPeriod.calendarYear(1000).toString());
        assertEquals("9999", ReportingPeriod.calendarYear(9999).toString());
        assertEquals("9999SY", ReportingPeriod.statisticalYear(9999).toString());
        assertEquals("1000Q1", ReportingPeriod.quarter(1000, 1).toString());
        assertEquals("9999-12", ReportingPeriod.month(YearMonth.of(9999, 12)).toString());
        for (String text : List.of("1000", "9999", "9999SY", "9999SH", "1000Q1", "9999-12")) {
            assertEquals(text, ReportingPeriod.parse(text).toString());
        }
    }

    @Test
    void test_aPeriodStartingBefore1000_printsTheIsoInterval() {
        // Its first day prints as 0999-10-01, which no short notation of the year 1000 holds.
        ReportingPeriod sy1000 = ReportingPeriod.statisticalYear(1000);
        assertEquals("0999-10-01/1000-09-30", sy1000.toString());
        assertEquals(sy1000, ReportingPeriod.parse(sy1000.toString()));
    }

    @Test
    void test_areaCodeOfTheFirstCounty_isAccepted() {
        AreaCode first = AreaCode.of("000001000000");
        assertEquals(AreaLevel.COUNTY, first.level());
        assertEquals("000001000000", first.toString());
        InvalidValueException below = assertThrows(InvalidValueException.class, () -> AreaCode.of("000000999999"));
        assertEquals("the county part 000000 names no county", below.reason());
    }

    @Test
    void test_areaCodeNumbers_fromTheFirstCountyToTheLastVillage() {
        assertEquals("000001000000", AreaCode.ofNumber(1_000_000L).toString());
        assertEquals("999999999999", AreaCode.ofNumber(999_999_999_999L).toString());
        assertEquals("area_code", assertThrows(InvalidValueException.class, () -> AreaCode.ofNumber(999_999L)).field());
        assertEquals("area_code", assertThrows(InvalidValueException.class, () -> AreaCode.ofNumber(1_000_000_000_000L)).field());
    }

    @Test
    void test_residentIdsOfTheYears1800And9999_areMadeAndReadBack() {
        for (LocalDate birth : List.of(LocalDate.of(1800, 1, 1), LocalDate.of(9999, 12, 31))) {
            ResidentId id = ResidentId.of("110105", birth, 2);
            assertEquals(birth, id.birthDate());
            assertEquals(id, ResidentId.parse(id.fullNumber()));
        }
        assertEquals("birth_date", assertThrows(InvalidValueException.class,
                () -> ResidentId.of("110105", LocalDate.of(10000, 1, 1), 2)).field());
    }

    @Test
    void test_zeroPopulations_areCounts() {
        PopulationCount none = PopulationCount.builder().areaCode(AreaCode.of("990101001001"))
                .period(ReportingPeriod.parse("2009SY")).startPopulation(0).endPopulation(0).build();
        assertEquals(0.0, none.averagePopulationOrDerived());
        assertEquals("start_population", assertThrows(InvalidValueException.class,
                () -> PopulationCount.builder().areaCode(AreaCode.of("990101001001")).period(ReportingPeriod.parse("2009SY"))
                        .startPopulation(-1).endPopulation(0).build()).field());
    }
}
