package io.github.fpkit.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The date forms of the register format: {@code 2009-09-30}, {@code 2009/9/30},
 * {@code 2009.9.30}, {@code 20090930} and {@code 2009年9月30日}. Parsed by hand rather than
 * with a regular expression or {@code LocalDate.parse} because dates are the most
 * frequent cells of a register; {@code LocalDate.of} still validates the day.
 */
public final class Dates {
    private static final String EXPECTED = "expected a date such as 2009-09-30, 2009/9/30, 2009.9.30, 20090930 or 2009年9月30日";

    private Dates() {
    }

    /**
     * @param text the cell, trimmed and not empty; characters rather than a string, so that
     *     a reader can parse a cell without copying it into a string first
     * @return the date
     * @throws CellException if the text is no date form or names an impossible date
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
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new CellException("not a real date: " + e.getMessage());
        }
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
