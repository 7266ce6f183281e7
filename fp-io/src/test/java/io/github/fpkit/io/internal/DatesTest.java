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

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.testkit.RecordGenerators;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate SEPT_30 = LocalDate.of(2009, 9, 30);

    @Test
    void test_parse_everyFormOfTheFormat() {
        assertEquals(SEPT_30, Dates.parse("2009-09-30"));
        assertEquals(SEPT_30, Dates.parse("2009/9/30"));
        assertEquals(SEPT_30, Dates.parse("2009.9.30"));
        assertEquals(SEPT_30, Dates.parse("20090930"));
        assertEquals(SEPT_30, Dates.parse("2009年9月30日"));
        assertEquals(LocalDate.of(2009, 1, 2), Dates.parse("2009年01月02日"));
        assertEquals(LocalDate.of(2008, 2, 29), Dates.parse("2008/2/29"));
    }

    @Test
    void test_parse_impossibleDates_rejected() {
        assertTrue(assertThrows(CellException.class, () -> Dates.parse("2009-09-31")).reason().contains("not a real date"));
        assertThrows(CellException.class, () -> Dates.parse("2009-02-29"));
        assertThrows(CellException.class, () -> Dates.parse("20091301"));
        assertThrows(CellException.class, () -> Dates.parse("2009年2月30日"));
    }

    @Test
    void test_yearOutside1850To2200_rejectedInEveryForm_boundsAccepted() {
        for (String outside : new String[] {"0000-01-01", "1849-12-31", "2201-01-01", "18491231", "2201/1/1", "0000年1月1日",
            "9999-12-31"}) {
            assertEquals("not a register date: the year must be within 1850–2200",
                    assertThrows(CellException.class, () -> Dates.parse(outside), outside).reason(), outside);
        }
        assertEquals("not a register date: the year must be within 1850–2200",
                assertThrows(CellException.class, () -> ascii("0000-01-01")).reason());
        assertThrows(CellException.class, () -> ascii("22010101"));
        assertEquals(LocalDate.of(1850, 1, 1), Dates.parse("1850-01-01"));
        assertEquals(LocalDate.of(1850, 1, 1), ascii("18500101"));
        assertEquals(LocalDate.of(2200, 12, 31), ascii("2200-12-31"));
        assertEquals(LocalDate.of(2200, 12, 31), Dates.parse("2200年12月31日"));
    }

    @Test
    void test_parse_malformed_rejected() {
        for (String bad : new String[] {"2009-9/30", "2009-09-30x", "09-09-30", "2009年9月30", "2009--30", "2009-123-1",
            "２００９-09-30", "2009 09 30", "abcdefgh"}) {
            assertThrows(CellException.class, () -> Dates.parse(bad), bad);
        }
    }

    @Test
    void property_isoAndCompactForms_roundTrip() {
        qt().forAll(RecordGenerators.dates()).checkAssert(d -> {
            assertEquals(d, Dates.parse(d.toString()));
            assertEquals(d, Dates.parse(d.toString().replace("-", "")));
            assertEquals(d, Dates.parse(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"));
            assertEquals(d, Dates.parse(d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth()));
        });
    }

    @Test
    void test_impossibleDates_saySoInOurOwnWords() {
        assertEquals("not a real date: February has 28 days in 2009",
                assertThrows(CellException.class, () -> Dates.parse("2009-02-29")).reason());
        assertEquals("not a real date: February has 28 days in 2009",
                assertThrows(CellException.class, () -> ascii("2009-02-29")).reason());
        assertEquals("not a real date: September has 30 days",
                assertThrows(CellException.class, () -> ascii("2009-09-31")).reason());
        assertEquals("not a real date: the month must be 01 to 12",
                assertThrows(CellException.class, () -> ascii("20091301")).reason());
        assertEquals("not a real date: the day must be 01 or later",
                assertThrows(CellException.class, () -> ascii("2009/9/0")).reason());
        assertEquals(LocalDate.of(2008, 2, 29), ascii("2008-02-29"));
    }

    @Test
    void test_parseAscii_readsACellInsideABuffer_andRejectsWhatParseRejects() {
        byte[] buffer = "x,2009-09-30,20090930,2009/9/30,2009-0a-30,2009-09-3\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(SEPT_30, Dates.parseAscii(buffer, 2, 10));
        assertEquals(SEPT_30, Dates.parseAscii(buffer, 13, 8));
        assertEquals(SEPT_30, Dates.parseAscii(buffer, 22, 9));
        assertThrows(CellException.class, () -> Dates.parseAscii(buffer, 32, 10));
        assertThrows(CellException.class, () -> Dates.parseAscii(buffer, 43, 10));
    }

    @Test
    void property_parseAscii_agreesWithParse() {
        qt().forAll(RecordGenerators.dates(), org.quicktheories.generators.SourceDSL.integers().between(0, 9),
                org.quicktheories.generators.SourceDSL.integers().between(0, 9)).checkAssert((d, at, digit) -> {
                    String iso = d.toString();
                    assertEquals(d, ascii(iso));
                    // One character changed: either both accept the same date or both reject it.
                    String changed = iso.substring(0, at) + (char) ('0' + digit) + iso.substring(at + 1);
                    Object expected;
                    try {
                        expected = Dates.parse(changed);
                    } catch (CellException e) {
                        expected = e.reason();
                    }
                    Object actual;
                    try {
                        actual = ascii(changed);
                    } catch (CellException e) {
                        actual = e.reason();
                    }
                    assertEquals(expected, actual, changed);
                });
    }

    /**
     * The byte fast paths give what the text path gives: eight digits read as yyyymmdd, and 0000-00-00 is a year outside
     * the register's range (the year is checked first, as for 0000-01-01), not a malformed date.
     */
    @Test
    void test_asciiFastPaths_agreeWithTheTextPath() {
        assertEquals(SEPT_30, ascii("20090930"));
        assertEquals(LocalDate.of(1850, 1, 1), ascii("18500101"));
        assertEquals("not a register date: the year must be within 1850–2200",
                assertThrows(CellException.class, () -> ascii("0000-00-00")).reason());
    }

    /** An empty month is no date form: the cell is malformed, not an impossible month 0. */
    @Test
    void test_emptyMonth_isNoDateForm() {
        String expected = "expected a date such as 2009-09-30, 2009/9/30, 2009.9.30, 20090930 or 2009年9月30日";
        assertEquals(expected, assertThrows(CellException.class, () -> Dates.parse("2009--30")).reason());
        assertEquals(expected, assertThrows(CellException.class, () -> Dates.parse("2009//3")).reason());
    }

    private static LocalDate ascii(String text) {
        byte[] bytes = (" " + text).getBytes(StandardCharsets.ISO_8859_1);
        return Dates.parseAscii(bytes, 1, bytes.length - 1);
    }
}
