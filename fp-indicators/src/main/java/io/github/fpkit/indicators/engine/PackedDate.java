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

import java.time.LocalDate;
import java.time.Year;

/**
 * Dates packed in one int as {@code yyyymmdd} (2009-09-30 is {@code 20090930}), and the
 * date arithmetic the accumulator does per record and per woman on them without making a
 * {@link LocalDate}: packed dates compare as the dates do, ages in completed years are
 * differences of the fields, and epoch days follow from the civil calendar in integer
 * arithmetic. Gives exactly what {@link io.github.fpkit.model.Age} and
 * {@link LocalDate#toEpochDay()} give, for years 0 to 214747.
 */
final class PackedDate {
    private PackedDate() {
    }

    /** @return the date packed as {@code yyyymmdd}; the year must lie in 0 to 214747 */
    static int of(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static int year(int packed) {
        return packed / 10_000;
    }

    /** @return the month and day as {@code mmdd} */
    private static int monthDay(int packed) {
        return packed % 10_000;
    }

    /**
     * As {@link io.github.fpkit.model.Age#completedYears(LocalDate, LocalDate)}: whoever
     * was born on 29 February turns a year older on 1 March in common years, because
     * {@code 0301 > 0229 > 0228}.
     *
     * @return the age in completed years on {@code on} of someone born on {@code birth}
     */
    static int completedYears(int birth, int on) {
        int years = year(on) - year(birth);
        return monthDay(on) < monthDay(birth) ? years - 1 : years;
    }

    /**
     * As {@link io.github.fpkit.model.Age#dateOfTurning(LocalDate, int)}, as an epoch day.
     *
     * @param years 0 or more
     * @return the epoch day on which someone born on {@code birth} turns {@code years} old
     */
    static long epochDayOfTurning(int birth, int years) {
        int y = year(birth) + years;
        int m = monthDay(birth) / 100;
        int d = birth % 100;
        if (m == 2 && d == 29 && !Year.isLeap(y)) {
            m = 3;
            d = 1;
        }
        return epochDay(y, m, d);
    }

    /** @return the epoch day of a packed date, as {@link LocalDate#toEpochDay()} gives it */
    static long epochDay(int packed) {
        return epochDay(year(packed), monthDay(packed) / 100, packed % 100);
    }

    /**
     * As {@link java.time.temporal.ChronoUnit#MONTHS}{@code .between(from, to)} for
     * {@code from ≤ to}: the whole months from one date to a later one, a month being complete
     * when the day of the month is reached again (2008-01-31 to 2008-02-29 is 0 months).
     *
     * @return the completed months from {@code from} to {@code to}, 0 or more when {@code from ≤ to}
     */
    static int monthsBetween(int from, int to) {
        int months = (year(to) - year(from)) * 12 + monthDay(to) / 100 - monthDay(from) / 100;
        return months > 0 && to % 100 < from % 100 ? months - 1 : months;
    }

    /** @return the date a year later, as {@link LocalDate#plusMonths(long) plusMonths(12)} gives it (29 February gives 28 February) */
    static int plusYear(int packed) {
        int next = packed + 10_000;
        return monthDay(packed) == 229 && !Year.isLeap(year(next)) ? next - 1 : next;
    }

    /** @return the packed date of an epoch day, as {@link LocalDate#ofEpochDay(long)} gives it */
    static int ofEpochDay(long epochDay) {
        return of(LocalDate.ofEpochDay(epochDay));
    }

    /** Days from 1970-01-01 of a valid date of year 0 or later, in the proleptic Gregorian calendar. */
    private static long epochDay(int year, int month, int day) {
        // The year counted from March, so that the leap day ends it: era of 400 years,
        // then the day of the era from the day of the year (153 days per 5 months).
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }
}
