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

import static io.github.fpkit.model.testing.ModelGenerators.canonicalPeriodTexts;
import static io.github.fpkit.model.testing.ModelGenerators.dates;
import static io.github.fpkit.model.testing.ModelGenerators.reportingPeriods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {
    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void parse_statisticalYearEndsOn30SeptemberOfItsYear() {
        ReportingPeriod p = ReportingPeriod.parse("2009SY");
        assertEquals(date(2008, 10, 1), p.start());
        assertEquals(date(2009, 9, 30), p.end());
    }

    @Test
    void parse_statisticalHalfYearEndsOn31MarchOfItsYear() {
        ReportingPeriod p = ReportingPeriod.parse("2009SH");
        assertEquals(date(2008, 10, 1), p.start());
        assertEquals(date(2009, 3, 31), p.end());
    }

    @Test
    void parse_isoInterval() {
        assertEquals(ReportingPeriod.ofClosed(date(2009, 1, 15), date(2009, 2, 14)),
                ReportingPeriod.parse("2009-01-15/2009-02-14"));
    }

    @Test
    void parse_calendarYear() {
        assertEquals(ReportingPeriod.ofClosed(date(2009, 1, 1), date(2009, 12, 31)), ReportingPeriod.parse("2009"));
    }

    @Test
    void parse_quarters() {
        assertEquals(ReportingPeriod.ofClosed(date(2009, 1, 1), date(2009, 3, 31)), ReportingPeriod.parse("2009Q1"));
        assertEquals(ReportingPeriod.ofClosed(date(2009, 4, 1), date(2009, 6, 30)), ReportingPeriod.parse("2009Q2"));
        assertEquals(ReportingPeriod.ofClosed(date(2009, 7, 1), date(2009, 9, 30)), ReportingPeriod.parse("2009Q3"));
        assertEquals(ReportingPeriod.ofClosed(date(2009, 10, 1), date(2009, 12, 31)), ReportingPeriod.parse("2009Q4"));
    }

    @Test
    void parse_monthOfLeapFebruary() {
        assertEquals(ReportingPeriod.ofClosed(date(2008, 2, 1), date(2008, 2, 29)), ReportingPeriod.parse("2008-02"));
    }

    @Test
    void parse_isCaseInsensitiveAndTrims() {
        assertEquals(ReportingPeriod.statisticalYear(2009), ReportingPeriod.parse(" 2009sy\t"));
        assertEquals(ReportingPeriod.statisticalHalfYear(2009), ReportingPeriod.parse("2009sh"));
        assertEquals(ReportingPeriod.quarter(2009, 3), ReportingPeriod.parse("2009q3"));
    }

    @Test
    void parse_ofToString_isIdentityForEveryNotation() {
        qt().forAll(reportingPeriods()).check(p -> ReportingPeriod.parse(p.toString()).equals(p));
    }

    @Test
    void parse_ofIsoString_isIdentity() {
        qt().forAll(reportingPeriods()).check(p -> ReportingPeriod.parse(p.toIsoString()).equals(p));
    }

    @Test
    void toString_ofParse_isTheCanonicalText() {
        qt().forAll(canonicalPeriodTexts()).check(text -> ReportingPeriod.parse(text).toString().equals(text));
    }

    @Test
    void toString_ofParse_canonicalisesCaseAndWhitespace() {
        qt().forAll(canonicalPeriodTexts())
                .check(text -> ReportingPeriod.parse(" " + text.toLowerCase(Locale.ROOT) + "\n").toString().equals(text));
    }

    @Test
    void toString_prefersTheShortestNotation() {
        assertEquals("2009SY", ReportingPeriod.parse("2008-10-01/2009-09-30").toString());
        assertEquals("2009SH", ReportingPeriod.parse("2008-10-01/2009-03-31").toString());
        assertEquals("2009", ReportingPeriod.parse("2009-01-01/2009-12-31").toString());
        assertEquals("2009Q2", ReportingPeriod.parse("2009-04-01/2009-06-30").toString());
        assertEquals("2009-03", ReportingPeriod.parse("2009-03-01/2009-03-31").toString());
        assertEquals("2009-03-01/2009-03-30", ReportingPeriod.parse("2009-03-01/2009-03-30").toString());
        assertEquals("2009-03-05/2009-03-05", ReportingPeriod.parse("2009-03-05/2009-03-05").toString());
    }

    @Test
    void toIsoString_printsBothEnds() {
        assertEquals("2008-10-01/2009-09-30", ReportingPeriod.parse("2009SY").toIsoString());
    }

    @Test
    void statisticalYears_tileTheCalendar() {
        qt().forAll(integers().between(1001, 9998)).check(y -> {
            ReportingPeriod year = ReportingPeriod.statisticalYear(y);
            ReportingPeriod next = ReportingPeriod.statisticalYear(y + 1);
            long days = year.lengthInDays();
            return year.end().plusDays(1).equals(next.start())
                    && !year.contains(next.start())
                    && (days == 365 || days == 366)
                    && (days == 366) == Year.isLeap(y);
        });
    }

    @Test
    void statisticalYears_coverEveryDateExactlyOnce() {
        qt().forAll(dates(LocalDate.of(1001, 1, 1), LocalDate.of(9997, 12, 31))).check(d -> {
            int containing = 0;
            for (int y = d.getYear() - 1; y <= d.getYear() + 2; y++) {
                if (ReportingPeriod.statisticalYear(y).contains(d)) {
                    containing++;
                }
            }
            return containing == 1;
        });
    }

    @Test
    void statisticalHalfYear_isTheFirstHalfOfItsYear() {
        qt().forAll(integers().between(1001, 9998)).check(y -> {
            ReportingPeriod half = ReportingPeriod.statisticalHalfYear(y);
            ReportingPeriod year = ReportingPeriod.statisticalYear(y);
            return half.start().equals(year.start()) && year.contains(half.end())
                    && half.lengthInDays() == (Year.isLeap(y) ? 183 : 182);
        });
    }

    @Test
    void referenceDate_isTheEnd() {
        qt().forAll(reportingPeriods()).check(p -> p.referenceDate().equals(p.end()));
        assertEquals(date(2009, 9, 30), ReportingPeriod.parse("2009SY").referenceDate());
    }

    @Test
    void contains_includesBothEndsOnly() {
        qt().forAll(reportingPeriods()).check(p -> p.contains(p.start()) && p.contains(p.end())
                && !p.contains(p.start().minusDays(1)) && !p.contains(p.end().plusDays(1)));
    }

    @Test
    void contains_agreesWithTheDateOrder() {
        qt().forAll(reportingPeriods(), dates(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)))
                .check((p, d) -> p.contains(d) == (!d.isBefore(p.start()) && !d.isAfter(p.end())));
    }

    @Test
    void lengthInDays_countsBothEnds() {
        assertEquals(365, ReportingPeriod.parse("2009SY").lengthInDays());
        assertEquals(366, ReportingPeriod.parse("2008SY").lengthInDays());
        assertEquals(1, ReportingPeriod.ofClosed(date(2009, 1, 1), date(2009, 1, 1)).lengthInDays());
    }

    @Test
    void equals_dependsOnBothEnds() {
        assertEquals(ReportingPeriod.parse("2009SY"), ReportingPeriod.parse("2008-10-01/2009-09-30"));
        assertEquals(ReportingPeriod.parse("2009SY").hashCode(), ReportingPeriod.parse("2008-10-01/2009-09-30").hashCode());
        assertNotEquals(ReportingPeriod.parse("2009SY"), ReportingPeriod.parse("2009SH"));
        assertNotEquals(ReportingPeriod.parse("2009"), ReportingPeriod.parse("2009-01-01/2009-12-30"));
    }

    @Test
    void parse_rejectsImpossibleDayInInterval() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("2009-09-31/2009-10-31"));
    }

    @Test
    void parse_rejectsFebruary29InCommonYear() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("2009-02-01/2009-02-29"));
    }

    private static String reason(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse(text));
        assertEquals("period", e.field());
        assertEquals(text, e.value());
        return e.reason();
    }

    @Test
    void parse_impossibleDays_areExplainedInOurWords() {
        assertEquals("2009-02-30 is not a real date: February has 28 days in 2009", reason("2009-02-30/2009-03-31"));
        assertEquals("2009-09-31 is not a real date: September has 30 days", reason("2008-10-01/2009-09-31"));
        assertEquals("2009-02-29 is not a real date: February has 28 days in 2009", reason("2009-02-01/2009-02-29"));
        assertEquals("2009-13-01 is not a real date: the month must be 01 to 12", reason("2009-13-01/2009-12-31"));
        assertEquals("2009-01-00 is not a real date: the day must be 01 or later", reason("2009-01-00/2009-12-31"));
    }

    @Test
    void parse_impossibleMonth_isExplainedInOurWords() {
        assertEquals("2009-13 is not a real month: the month must be 01 to 12", reason("2009-13"));
    }

    @Test
    void parse_intervalEndNotWrittenAsIsoDate_saysWhatIsExpected() {
        assertEquals("the last date '2010' is not written as 2009-09-30; expected an ISO interval such as "
                + "2008-10-01/2009-09-30", reason("2009-10-01/2010"));
        assertEquals("the first date '2009' is not written as 2009-09-30; expected an ISO interval such as "
                + "2008-10-01/2009-09-30", reason("2009/9/1"));
        assertEquals("the interval has no last date; expected an ISO interval such as 2008-10-01/2009-09-30",
                reason("2008-10-01/"));
    }

    @Test
    void parse_noNotation_listsTheNotations() {
        assertEquals("expected 2009SY, 2009SH, 2009, 2009Q1, 2009-03 or an ISO interval such as 2008-10-01/2009-09-30",
                reason("last year"));
        assertEquals("a single date is not a period; expected 2009SY, 2009SH, 2009, 2009Q1, 2009-03 or an ISO interval "
                + "such as 2008-10-01/2009-09-30 (one day is 2009-09-30/2009-09-30)", reason("2009-09-30"));
    }

    @Test
    void parse_neverPassesOnJavaTimeMessages() {
        qt().forAll(integers().between(1000, 9999), integers().between(0, 99), integers().between(0, 99))
                .checkAssert((year, month, day) -> {
                    String date = String.format("%04d-%02d-%02d", year, month, day);
                    for (String text : List.of(date + "/9999-12-31", "1000-01-01/" + date, String.format("%04d-%02d", year, month))) {
                        try {
                            ReportingPeriod.parse(text);
                        } catch (InvalidValueException e) {
                            assertFalse(e.getMessage().contains("Text '") || e.getMessage().contains("Invalid")
                                    || e.getMessage().contains("parsed") || e.getMessage().contains("MonthOfYear"),
                                    e.getMessage());
                            assertTrue(e.reason().contains("is not a real") || e.reason().contains("the end is before"),
                                    e.reason());
                        }
                    }
                });
    }

    @Test
    void parse_rejectsQuarter5() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("2009Q5"));
    }

    @Test
    void parse_rejectsQuarter0() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("2009Q0"));
    }

    @Test
    void parse_rejectsMonth13() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("2009-13"));
    }

    @Test
    void parse_rejectsMonth0() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("2009-00"));
    }

    @Test
    void parse_rejectsEndBeforeStart() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ReportingPeriod.parse("2009-09-30/2008-10-01"));
        assertEquals("period", e.field());
    }

    @Test
    void parse_rejectsGarbage() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("last year"));
        assertEquals("period", e.field());
        assertEquals("last year", e.value());
    }

    @Test
    void parse_rejectsEmptyText() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse(""));
    }

    @Test
    void parse_rejectsTwoDigitYear() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("09SY"));
    }

    @Test
    void parse_rejectsUnknownSuffix() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("2009SQ"));
    }

    @Test
    void parse_rejectsIntervalWithoutSecondEnd() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("2008-10-01/"));
    }

    @Test
    void parse_rejectsSingleDate() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("2009-09-30"));
    }

    @Test
    void parse_rejectsNullNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> ReportingPeriod.parse(null));
        assertEquals("text", e.getMessage());
    }

    @Test
    void ofClosed_rejectsEndBeforeStart() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.ofClosed(date(2009, 1, 2), date(2009, 1, 1)));
    }

    @Test
    void quarter_rejectsQuarter5() {
        assertThrows(InvalidValueException.class, () -> ReportingPeriod.quarter(2009, 5));
    }

    @Test
    void month_isTheWholeMonth() {
        qt().forAll(integers().between(1001, 9998), integers().between(1, 12)).check((y, m) -> {
            ReportingPeriod p = ReportingPeriod.month(YearMonth.of(y, m));
            return p.start().equals(YearMonth.of(y, m).atDay(1)) && p.lengthInDays() == YearMonth.of(y, m).lengthOfMonth();
        });
    }

    @Test
    void quarters_tileTheCalendarYear() {
        qt().forAll(integers().between(1001, 9998)).check(y -> {
            long days = 0;
            for (int q = 1; q <= 4; q++) {
                ReportingPeriod quarter = ReportingPeriod.quarter(y, q);
                days += quarter.lengthInDays();
                if (q < 4 && !quarter.end().plusDays(1).equals(ReportingPeriod.quarter(y, q + 1).start())) {
                    return false;
                }
            }
            return days == ReportingPeriod.calendarYear(y).lengthInDays();
        });
    }

    @Test
    void contains_rejectsNull() {
        assertThrows(NullPointerException.class, () -> ReportingPeriod.parse("2009").contains(null));
        assertFalse(ReportingPeriod.parse("2009").contains(date(2010, 1, 1)));
        assertTrue(ReportingPeriod.parse("2009").contains(date(2009, 6, 1)));
    }

    @Test
    void test_yearsOutside1000To9999_roundTripThroughTheIsoInterval() {
        for (ReportingPeriod p : List.of(ReportingPeriod.statisticalYear(10000), ReportingPeriod.calendarYear(999),
                ReportingPeriod.ofClosed(LocalDate.of(999, 12, 1), LocalDate.of(1000, 1, 31)))) {
            assertEquals(p.toIsoString(), p.toString());
            assertEquals(p, ReportingPeriod.parse(p.toString()));
        }
    }
}
