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
package io.github.fpkit.io.internal;

import io.github.fpkit.model.internal.DateProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;

/**
 * The date forms of the register format: {@code 2009-09-30}, {@code 2009/9/30},
 * {@code 2009.9.30}, {@code 20090930} and {@code 2009年9月30日}. Parsed by hand rather than
 * with a regular expression or {@code LocalDate.parse} because dates are the most
 * frequent cells of a register. An impossible date is rejected with our own reason, for
 * example {@code "not a real date: February has 28 days in 2009"}, and so is a date outside
 * the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}, which no register holds: a year such
 * as 0000 or 2201 is a damaged cell, not a date to count.
 */
public final class Dates {
    /** The first year of a register date. */
    public static final int FIRST_YEAR = 1850;
    /** The last year of a register date. */
    public static final int LAST_YEAR = 2200;

    private static final String EXPECTED = "expected a date such as 2009-09-30, 2009/9/30, 2009.9.30, 20090930 or 2009年9月30日";
    private static final String OUTSIDE = "not a register date: the year must be within " + FIRST_YEAR + "–" + LAST_YEAR;

    private Dates() {
    }

    /**
     * Parses a cell given as ASCII bytes, the ISO form {@code 2009-09-30} and the form
     * {@code 20090930} straight from the bytes; the other forms through a string.
     *
     * @param b the buffer holding the cell, not null
     * @param start the cell's first byte
     * @param length the cell's bytes, ASCII, trimmed, 1 or more
     * @return the date
     * @throws CellException if the text is no date form, names an impossible date or a year
     *     outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static LocalDate parseAscii(byte[] b, int start, int length) {
        if (length == 10 && b[start + 4] == '-' && b[start + 7] == '-') {
            // Each digit's value; negative or above 9 for any other byte.
            int y1 = b[start] - '0';
            int y2 = b[start + 1] - '0';
            int y3 = b[start + 2] - '0';
            int y4 = b[start + 3] - '0';
            int m1 = b[start + 5] - '0';
            int m2 = b[start + 6] - '0';
            int d1 = b[start + 8] - '0';
            int d2 = b[start + 9] - '0';
            if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) >= 0 && y1 <= 9 && y2 <= 9 && y3 <= 9 && y4 <= 9 && m1 <= 9
                    && m2 <= 9 && d1 <= 9 && d2 <= 9) {
                return date(y1 * 1000 + y2 * 100 + y3 * 10 + y4, m1 * 10 + m2, d1 * 10 + d2);
            }
            throw new CellException(EXPECTED);
        }
        if (length == 8) {
            int all = 0;
            for (int i = start; i < start + 8; i++) {
                int digit = b[i] - '0';
                if (digit < 0 || digit > 9) {
                    all = -1;
                    break;
                }
                all = all * 10 + digit;
            }
            if (all >= 0) {
                return date(all / 10000, all / 100 % 100, all % 100);
            }
        }
        return parse(new String(b, start, length, StandardCharsets.ISO_8859_1));
    }

    /**
     * @param text the cell, trimmed and not empty
     * @return the date
     * @throws CellException if the text is no date form, names an impossible date or a year
     *     outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static LocalDate parse(CharSequence text) {
        int n = text.length();
        if (n == 8) {
            int all = digits(text, 0, 8);
            if (all >= 0) {
                return date(all / 10000, all / 100 % 100, all % 100);
            }
        }
        if (n < 8 || n > 11) {
            throw new CellException(EXPECTED);
        }
        int year = digits(text, 0, 4);
        if (year < 0) {
            throw new CellException(EXPECTED);
        }
        char sep = text.charAt(4);
        boolean chinese = sep == '年';
        if (!chinese && sep != '-' && sep != '/' && sep != '.') {
            throw new CellException(EXPECTED);
        }
        char monthEnd = chinese ? '月' : sep;
        int i = 5;
        int monthStart = i;
        while (i < n && text.charAt(i) != monthEnd) {
            i++;
        }
        int month = i - monthStart >= 1 && i - monthStart <= 2 && i < n ? digits(text, monthStart, i) : -1;
        int dayStart = i + 1;
        int dayEnd = chinese ? n - 1 : n;
        if (month < 0 || dayEnd - dayStart < 1 || dayEnd - dayStart > 2 || (chinese && text.charAt(n - 1) != '日')) {
            throw new CellException(EXPECTED);
        }
        int day = digits(text, dayStart, dayEnd);
        if (day < 0) {
            throw new CellException(EXPECTED);
        }
        return date(year, month, day);
    }

    /**
     * @param date a date, not null
     * @return the Chinese form without leading zeros, for example {@code 2009年9月30日}; ISO
     *     for a year outside 1000–9999, which the Chinese form cannot hold
     */
    public static String formatChinese(LocalDate date) {
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            return date.toString();
        }
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CellException(OUTSIDE);
        }
        if (month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))) {
            return LocalDate.of(year, month, day);
        }
        Optional<String> problem = DateProblem.of(year, month, day);
        if (problem.isPresent()) {
            throw new CellException("not a real date: " + problem.get());
        }
        return LocalDate.of(year, month, day);
    }

    /** @return the non-negative number of the ASCII digits in [from, to), or -1 if a character is not one */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
