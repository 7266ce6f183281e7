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
package io.github.fpkit.indicators.engine;

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.model.Age;
import io.github.fpkit.testkit.RecordGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Packed dates give what LocalDate and Age give. */
class PackedDateTest {
    @Test
    void property_packedDates_compareAsTheDates() {
        qt().forAll(RecordGenerators.anyDates(), RecordGenerators.anyDates())
                .checkAssert((a, b) -> assertEquals(Integer.signum(a.compareTo(b)),
                        Integer.signum(Integer.compare(PackedDate.of(a), PackedDate.of(b)))));
    }

    @Test
    void property_completedYears_asAge() {
        qt().forAll(RecordGenerators.anyDates(), integers().between(0, 36_500)).checkAssert((birth, days) -> {
            LocalDate on = birth.plusDays(days);
            assertEquals(Age.completedYears(birth, on), PackedDate.completedYears(PackedDate.of(birth), PackedDate.of(on)));
        });
    }

    @Test
    void property_epochDayOfTurning_asAge() {
        qt().forAll(RecordGenerators.anyDates(), integers().between(0, 120)).assuming((birth, years) -> birth.getYear() + years <= 9999)
                .checkAssert((birth, years) -> assertEquals(Age.dateOfTurning(birth, years).toEpochDay(),
                        PackedDate.epochDayOfTurning(PackedDate.of(birth), years)));
    }

    @Test
    void test_leapDay_turnsOnFirstMarchInCommonYears() {
        int born = PackedDate.of(LocalDate.of(1996, 2, 29));
        assertEquals(LocalDate.of(2009, 3, 1).toEpochDay(), PackedDate.epochDayOfTurning(born, 13));
        assertEquals(LocalDate.of(2012, 2, 29).toEpochDay(), PackedDate.epochDayOfTurning(born, 16));
        assertEquals(12, PackedDate.completedYears(born, PackedDate.of(LocalDate.of(2009, 2, 28))));
        assertEquals(13, PackedDate.completedYears(born, PackedDate.of(LocalDate.of(2009, 3, 1))));
        assertEquals(LocalDate.of(1, 1, 1).toEpochDay(), PackedDate.epochDayOfTurning(PackedDate.of(LocalDate.of(1, 1, 1)), 0));
    }
    @Test
    void property_monthsBetween_asChronoUnitMonths() {
        qt().forAll(RecordGenerators.anyDates(), integers().between(0, 1_000)).checkAssert((from, days) -> {
            LocalDate to = from.plusDays(days);
            assertEquals(java.time.temporal.ChronoUnit.MONTHS.between(from, to), PackedDate.monthsBetween(PackedDate.of(from), PackedDate.of(to)));
        });
    }

    @Test
    void property_plusYear_andOfEpochDay_asLocalDate() {
        qt().forAll(RecordGenerators.anyDates()).assuming(d -> d.getYear() < 9999).checkAssert(d -> {
            assertEquals(PackedDate.of(d.plusMonths(12)), PackedDate.plusYear(PackedDate.of(d)));
            assertEquals(PackedDate.of(d), PackedDate.ofEpochDay(d.toEpochDay()));
        });
    }

    @Test
    void test_monthsOfUse_atMonthEnds() {
        // From 31 January, 29 February is still the first month and 1 March the second, as java.time counts.
        int from = PackedDate.of(LocalDate.of(2008, 1, 31));
        assertEquals(0, PackedDate.monthsBetween(from, PackedDate.of(LocalDate.of(2008, 2, 29))));
        assertEquals(1, PackedDate.monthsBetween(from, PackedDate.of(LocalDate.of(2008, 3, 1))));
        assertEquals(PackedDate.of(LocalDate.of(2009, 2, 28)), PackedDate.plusYear(PackedDate.of(LocalDate.of(2008, 2, 29))));
    }
}
