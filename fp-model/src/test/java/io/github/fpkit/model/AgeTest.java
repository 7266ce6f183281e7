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

import static io.github.fpkit.model.testing.ModelGenerators.birthDates;
import static io.github.fpkit.model.testing.ModelGenerators.dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.junit.jupiter.api.Test;

class AgeTest {
    private static final LocalDate LEAP_BIRTH = LocalDate.of(2008, 2, 29);

    @Test
    void completedYears_isZeroOnTheBirthDate() {
        qt().forAll(birthDates()).check(b -> Age.completedYears(b, b) == 0 && Age.completedYears(b, b.minusDays(1)) == -1);
    }

    @Test
    void completedYears_isMonotoneInTheDate() {
        qt().forAll(birthDates(), integers().between(0, 40_000), integers().between(0, 40_000))
                .check((b, d1, d2) -> {
                    LocalDate earlier = b.plusDays(Math.min(d1, d2));
                    LocalDate later = b.plusDays(Math.max(d1, d2));
                    return Age.completedYears(b, earlier) <= Age.completedYears(b, later);
                });
    }

    @Test
    void completedYears_increasesByOneOnEachBirthdayAndOnNoOtherDay() {
        qt().forAll(birthDates(), integers().between(0, 36_000)).check((b, offset) -> {
            LocalDate day = b.plusDays(offset);
            int age = Age.completedYears(b, day);
            // Four years of consecutive days hold four birthdays, one of them in a leap year.
            for (int i = 0; i < 4 * 366; i++) {
                LocalDate next = day.plusDays(1);
                int nextAge = Age.completedYears(b, next);
                boolean birthday = isBirthday(b, next);
                if (nextAge != age + (birthday ? 1 : 0)) {
                    return false;
                }
                day = next;
                age = nextAge;
            }
            return true;
        });
    }

    @Test
    void completedYears_countsFullYears() {
        qt().forAll(birthDates(), integers().between(0, 100)).check((b, years) -> {
            LocalDate turning = Age.dateOfTurning(b, years);
            return Age.completedYears(b, turning) == years && Age.completedYears(b, turning.minusDays(1)) == years - 1;
        });
    }

    @Test
    void dateOfTurning_isTheBirthdayOrFirstOfMarch() {
        qt().forAll(birthDates(), integers().between(1, 100)).check((b, years) -> {
            LocalDate turning = Age.dateOfTurning(b, years);
            return turning.getYear() == b.getYear() + years && isBirthday(b, turning);
        });
    }

    @Test
    void dateOfTurning_zero_isTheBirthDate() {
        qt().forAll(birthDates()).check(b -> Age.dateOfTurning(b, 0).equals(b));
    }

    @Test
    void leapDayBirth_turnsOlderOnFirstOfMarchInCommonYears() {
        assertEquals(0, Age.completedYears(LEAP_BIRTH, LocalDate.of(2009, 2, 28)));
        assertEquals(1, Age.completedYears(LEAP_BIRTH, LocalDate.of(2009, 3, 1)));
        assertEquals(LocalDate.of(2009, 3, 1), Age.dateOfTurning(LEAP_BIRTH, 1));
    }

    @Test
    void leapDayBirth_turnsOlderOn29FebruaryInLeapYears() {
        assertEquals(3, Age.completedYears(LEAP_BIRTH, LocalDate.of(2012, 2, 28)));
        assertEquals(4, Age.completedYears(LEAP_BIRTH, LocalDate.of(2012, 2, 29)));
        assertEquals(LocalDate.of(2012, 2, 29), Age.dateOfTurning(LEAP_BIRTH, 4));
    }

    @Test
    void leapDayBirth_turnsOlderOnFirstOfMarchIn2100() {
        LocalDate birth = LocalDate.of(2096, 2, 29);
        assertEquals(3, Age.completedYears(birth, LocalDate.of(2100, 2, 28)));
        assertEquals(4, Age.completedYears(birth, LocalDate.of(2100, 3, 1)));
    }

    @Test
    void completedYears_ofTheExampleWoman() {
        assertEquals(29, Age.completedYears(LocalDate.of(1980, 1, 1), LocalDate.of(2009, 9, 30)));
        assertEquals(28, Age.completedYears(LocalDate.of(1980, 12, 31), LocalDate.of(2009, 12, 30)));
        assertEquals(29, Age.completedYears(LocalDate.of(1980, 12, 31), LocalDate.of(2009, 12, 31)));
    }

    @Test
    void completedYears_isNegativeBeforeBirth() {
        qt().forAll(birthDates(), dates(LocalDate.of(1800, 1, 1), LocalDate.of(1899, 12, 31)))
                .check((b, before) -> Age.completedYears(b, before) < 0);
    }

    @Test
    void dateOfTurning_rejectsNegativeYears() {
        assertThrows(IllegalArgumentException.class, () -> Age.dateOfTurning(LEAP_BIRTH, -1));
    }

    @Test
    void completedYears_rejectsNullNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Age.completedYears(null, LEAP_BIRTH));
        assertEquals("birthDate", e.getMessage());
    }

    /** A birthday, counted as the catalogue does: 29 February births have theirs on 1 March in common years. */
    private static boolean isBirthday(LocalDate birth, LocalDate day) {
        if (!day.isAfter(birth)) {
            return false;
        }
        MonthDay leapDay = MonthDay.of(2, 29);
        if (MonthDay.from(birth).equals(leapDay) && !Year.isLeap(day.getYear())) {
            return MonthDay.from(day).equals(MonthDay.of(3, 1));
        }
        return MonthDay.from(day).equals(MonthDay.from(birth));
    }
}
