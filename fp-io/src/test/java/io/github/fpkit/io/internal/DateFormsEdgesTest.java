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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The date forms of the register format at their edges: a byte just below {@code 0} or just
 * above {@code 9} in any place of a digit, parts one digit too short or too long, the years
 * the Chinese form can hold.
 */
class DateFormsEdgesTest {
    private static LocalDate ascii(String text) {
        byte[] bytes = ("  " + text + "  ").getBytes(StandardCharsets.ISO_8859_1);
        return Dates.parseAscii(bytes, 2, text.length());
    }

    @Test
    void test_aNonDigitNextToTheDigits_inAnyPlace_isNoDate() {
        for (String form : List.of("2009-09-30", "20090930")) {
            for (int i = 0; i < form.length(); i++) {
                if (form.charAt(i) == '-') {
                    continue;
                }
                for (char bad : new char[] {'/', ':'}) {
                    String text = form.substring(0, i) + bad + form.substring(i + 1);
                    assertThrows(CellException.class, () -> ascii(text), text);
                    assertThrows(CellException.class, () -> Dates.parse(text), text);
                }
            }
        }
    }

    @Test
    void test_partsOfOneOrTwoDigits_only() {
        assertEquals(LocalDate.of(2009, 1, 2), Dates.parse("2009/1/2"));
        assertEquals(LocalDate.of(2009, 12, 31), Dates.parse("2009.12.31"));
        for (String bad : List.of("2009//2", "2009/123/1", "2009/1/", "2009/1/123", "2009年1月日", "2009年1月2", "2009年123月1日",
                "200/1/22", "2009/1/2/", "2009-1-2x")) {
            assertThrows(CellException.class, () -> Dates.parse(bad), bad);
            assertThrows(CellException.class, () -> ascii(bad), bad);
        }
    }

    @Test
    void test_registerYears_1850To2200_inEveryForm_yearZeroAndTheZeroDateOutside() {
        String outside = "not a register date: the year must be within 1850–2200";
        assertEquals(LocalDate.of(1850, 1, 1), Dates.parse("1850/1/1"));
        assertEquals(LocalDate.of(1850, 1, 1), ascii("1850-01-01"));
        assertEquals(LocalDate.of(2200, 12, 31), ascii("22001231"));
        for (String bad : List.of("1849-12-31", "18491231", "1849/12/31", "2201-01-01", "22010101", "0000-01-01", "0000/1/1", "00000000")) {
            assertEquals(outside, assertThrows(CellException.class, () -> Dates.parse(bad), bad).reason(), bad);
            assertEquals(outside, assertThrows(CellException.class, () -> ascii(bad), bad).reason(), bad);
        }
    }

    @Test
    void test_chineseForm_ofTheYears1000To9999_isoOutside() {
        assertEquals("1000年1月1日", Dates.formatChinese(LocalDate.of(1000, 1, 1)));
        assertEquals("9999年12月31日", Dates.formatChinese(LocalDate.of(9999, 12, 31)));
        assertEquals("0999-12-31", Dates.formatChinese(LocalDate.of(999, 12, 31)));
        assertEquals("+10000-01-01", Dates.formatChinese(LocalDate.of(10000, 1, 1)));
    }
}
