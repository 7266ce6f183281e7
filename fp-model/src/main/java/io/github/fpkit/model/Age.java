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

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * Age in completed years, as the indicator catalogue counts it: a person born on
 * 29 February turns a year older on 1 March in common years.
 */
public final class Age {
    private Age() {
    }

    /**
     * Returns the age in completed years on a date.
     *
     * <pre>{@code
     * Age.completedYears(LocalDate.of(2008, 2, 29), LocalDate.of(2009, 2, 28)); // 0
     * Age.completedYears(LocalDate.of(2008, 2, 29), LocalDate.of(2009, 3, 1));  // 1
     * }</pre>
     *
     * @param birthDate the birth date, not null
     * @param on the date, not null
     * @return the completed years; negative if {@code on} is before the birth date
     */
    public static int completedYears(LocalDate birthDate, LocalDate on) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(on, "on");
        int years = on.getYear() - birthDate.getYear();
        int monthDiff = on.getMonthValue() - birthDate.getMonthValue();
        if (monthDiff < 0 || (monthDiff == 0 && on.getDayOfMonth() < birthDate.getDayOfMonth())) {
            years--;
        }
        return years;
    }

    /**
     * Returns the first day on which a person has an age: the birthday of that year, or
     * 1 March for a 29 February birth in a common year.
     *
     * @param birthDate the birth date, not null
     * @param years the age in completed years, 0 or more
     * @return the first date on which {@link #completedYears} returns {@code years}
     * @throws IllegalArgumentException if {@code years} is negative
     */
    public static LocalDate dateOfTurning(LocalDate birthDate, int years) {
        Objects.requireNonNull(birthDate, "birthDate");
        if (years < 0) {
            throw new IllegalArgumentException("years must be 0 or more: " + years);
        }
        LocalDate date = birthDate.plusYears(years);
        if (birthDate.getMonth() == Month.FEBRUARY && birthDate.getDayOfMonth() == 29 && date.getDayOfMonth() == 28) {
            return date.plusDays(1);
        }
        return date;
    }
}
