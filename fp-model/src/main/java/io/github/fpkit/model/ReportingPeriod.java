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

import io.github.fpkit.model.internal.DateProblem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a closed date range {@code [start, end]} whose reference date is
 * its end.
 *
 * <p>Notations, accepted by {@link #parse(CharSequence)} and printed by {@link #toString()}:
 * <ul>
 *   <li>{@code 2008-10-01/2009-09-30} an ISO interval (both ends included);</li>
 *   <li>{@code 2009} a calendar year; {@code 2009Q1} a quarter; {@code 2009-03} a month;</li>
 *   <li>{@code 2009SY} the statistical year 统计年度 2008-10-01/2009-09-30, named by the year
 *       it ends in; {@code 2009SH} its half-year report period 2008-10-01/2009-03-31.</li>
 * </ul>
 * {@code toString()} prints the shortest of these notations that denotes the range (the ISO
 * interval outside the years 1000–9999, whose dates {@link LocalDate#toString()} prints as
 * {@code 0999-01-01} or {@code +10000-01-01}), so {@code parse(p.toString()).equals(p)} always holds; {@link #toIsoString()} prints the
 * ISO interval used in result records.
 *
 * <pre>{@code
 * ReportingPeriod p = ReportingPeriod.parse("2009SY");
 * p.start();                            // 2008-10-01
 * p.referenceDate();                    // 2009-09-30
 * p.contains(LocalDate.of(2009, 1, 1)); // true
 * p.toIsoString();                      // "2008-10-01/2009-09-30"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportingPeriod {
    private static final String FIELD = "period";
    private static final String EXPECTED =
            "expected 2009SY, 2009SH, 2009, 2009Q1, 2009-03 or an ISO interval such as 2008-10-01/2009-09-30";
    /** A date as ISO writes it, with the year's sign and extra digits that years outside 0000–9999 need. */
    private static final Pattern ISO_DATE = Pattern.compile("([+-]?\\d{4,9})-(\\d{2})-(\\d{2})");

    private final LocalDate start;
    private final LocalDate end;

    private ReportingPeriod(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains the closed range from {@code start} to {@code end}, both included.
     *
     * @param start the first day, not null
     * @param end the last day, not before {@code start}, not null
     * @return the period
     * @throws InvalidValueException if {@code end} is before {@code start}
     */
    public static ReportingPeriod ofClosed(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException(FIELD, start + "/" + end, "the end is before the start");
        }
        return new ReportingPeriod(start, end);
    }

    /**
     * @param year the year the statistical year ends in
     * @return 1 October of {@code year - 1} to 30 September of {@code year}
     */
    public static ReportingPeriod statisticalYear(int year) {
        return new ReportingPeriod(LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30));
    }

    /**
     * @param year the year the statistical year ends in
     * @return the half-year report period, 1 October of {@code year - 1} to 31 March of {@code year}
     */
    public static ReportingPeriod statisticalHalfYear(int year) {
        return new ReportingPeriod(LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 3, 31));
    }

    /**
     * @param year the year
     * @return 1 January to 31 December of {@code year}
     */
    public static ReportingPeriod calendarYear(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * @param year the year
     * @param quarter the quarter, 1 to 4
     * @return the quarter's three months
     * @throws InvalidValueException if the quarter is not 1 to 4
     */
    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidValueException(FIELD, year + "Q" + quarter, "the quarter must be 1 to 4");
        }
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        return new ReportingPeriod(start, start.plusMonths(3).minusDays(1));
    }

    /**
     * @param month the month, not null
     * @return the month's days
     */
    public static ReportingPeriod month(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new ReportingPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Parses any notation of the class description, case-insensitively.
     *
     * @param text the notation, surrounding whitespace ignored, not null
     * @return the period
     * @throws InvalidValueException if the text is no notation or names an impossible date
     */
    public static ReportingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim().toUpperCase(Locale.ROOT);
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return ofClosed(isoDate(text, s.substring(0, slash), "first"), isoDate(text, s.substring(slash + 1), "last"));
        }
        if (s.matches("\\d{4}")) {
            return calendarYear(Integer.parseInt(s));
        }
        if (s.matches("\\d{4}Q\\d")) {
            return quarter(Integer.parseInt(s.substring(0, 4)), s.charAt(5) - '0');
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            int month = Integer.parseInt(s.substring(5));
            if (month < 1 || month > 12) {
                throw new InvalidValueException(FIELD, text.toString(), s + " is not a real month: the month must be 01 to 12");
            }
            return month(YearMonth.of(Integer.parseInt(s.substring(0, 4)), month));
        }
        if (s.matches("\\d{4}SY")) {
            return statisticalYear(Integer.parseInt(s.substring(0, 4)));
        }
        if (s.matches("\\d{4}SH")) {
            return statisticalHalfYear(Integer.parseInt(s.substring(0, 4)));
        }
        if (ISO_DATE.matcher(s).matches()) {
            throw new InvalidValueException(FIELD, text.toString(), "a single date is not a period; " + EXPECTED
                    + " (one day is " + s + "/" + s + ")");
        }
        throw new InvalidValueException(FIELD, text.toString(), EXPECTED);
    }

    /**
     * Reads one end of an ISO interval, in the form {@link LocalDate#toString()} prints,
     * explaining a failure in our words rather than java.time's.
     */
    private static LocalDate isoDate(CharSequence text, String end, String which) {
        try {
            return LocalDate.parse(end);
        } catch (DateTimeParseException e) {
            if (end.isEmpty()) {
                throw new InvalidValueException(FIELD, text.toString(), "the interval has no " + which
                        + " date; expected an ISO interval such as 2008-10-01/2009-09-30");
            }
            Matcher date = ISO_DATE.matcher(end);
            Optional<String> problem = date.matches()
                    ? DateProblem.of(Long.parseLong(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)))
                    : Optional.empty();
            throw new InvalidValueException(FIELD, text.toString(), problem.map(p -> end + " is not a real date: " + p)
                    .orElse("the " + which + " date '" + end + "' is not written as 2009-09-30; expected an ISO interval "
                            + "such as 2008-10-01/2009-09-30"));
        }
    }

    /** @return the first day, included */
    public LocalDate start() {
        return start;
    }

    /** @return the last day, included */
    public LocalDate end() {
        return end;
    }

    /** @return the reference date, which is the last day */
    public LocalDate referenceDate() {
        return end;
    }

    /**
     * @param date a date, not null
     * @return true if {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** @return the number of days, both ends included */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** @return the ISO interval {@code start/end}, as in result records */
    public String toIsoString() {
        return start + "/" + end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingPeriod && ((ReportingPeriod) o).start.equals(start) && ((ReportingPeriod) o).end.equals(end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /** @return the shortest notation denoting this range (see the class description) */
    @Override
    public String toString() {
        int y = end.getYear();
        if (y < 1000 || y > 9999 || start.getYear() < 1000) {
            return toIsoString();
        }
        if (this.equals(statisticalYear(y))) {
            return y + "SY";
        }
        if (this.equals(statisticalHalfYear(y))) {
            return y + "SH";
        }
        if (this.equals(calendarYear(y))) {
            return Integer.toString(y);
        }
        if (start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0
                && this.equals(quarter(y, (start.getMonthValue() + 2) / 3))) {
            return y + "Q" + (start.getMonthValue() + 2) / 3;
        }
        if (this.equals(month(YearMonth.from(start)))) {
            return YearMonth.from(start).toString();
        }
        return toIsoString();
    }
}
