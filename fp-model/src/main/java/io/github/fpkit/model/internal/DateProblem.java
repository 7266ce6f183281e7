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
package io.github.fpkit.model.internal;

import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a year, month and day name no real date, in our own words: java.time's messages
 * ("Text '2009-02-30' could not be parsed: Invalid date 'FEBRUARY 30'") are written for
 * programmers and must not reach the people who typed the date. Shared by every fpkit
 * module that reads dates (periods, register cells, report dates). Thread-safe.
 */
public final class DateProblem {
    private DateProblem() {
    }

    /**
     * @param year the year, any
     * @param month the month as written, any
     * @param day the day as written, any
     * @return the reason the day does not exist, for example {@code "February has 28 days in 2009"};
     *     empty if it exists
     */
    public static Optional<String> of(long year, int month, int day) {
        return problem(year, month, day, false);
    }

    /**
     * The reason of {@link #of(long, int, int)} in Chinese, for messages that must not mix languages.
     *
     * @param year the year, any
     * @param month the month as written, any
     * @param day the day as written, any
     * @return the reason the day does not exist, for example {@code "2009年2月只有28天"}; empty if it exists
     */
    public static Optional<String> chinese(long year, int month, int day) {
        return problem(year, month, day, true);
    }

    private static Optional<String> problem(long year, int month, int day, boolean chinese) {
        if (month < 1 || month > 12) {
            return Optional.of(chinese ? "月份须为01至12" : "the month must be 01 to 12");
        }
        if (day < 1) {
            return Optional.of(chinese ? "日须为01或以后" : "the day must be 01 or later");
        }
        Month m = Month.of(month);
        int length = m.length(Year.isLeap(year));
        if (day <= length) {
            return Optional.empty();
        }
        // Only February's length depends on the year, so only there does the year explain anything.
        boolean february = m == Month.FEBRUARY;
        return Optional.of(chinese ? (february ? year + "年" : "") + month + "月只有" + length + "天"
                : m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " has " + length + " days" + (february ? " in " + year : ""));
    }
}
