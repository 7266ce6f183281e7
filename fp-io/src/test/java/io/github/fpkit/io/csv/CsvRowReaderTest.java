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
package io.github.fpkit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows split by another engine's reader are held to the cell rules of {@link CsvRegister}. */
class CsvRowReaderTest {
    private static final CsvRowReader<Woman> WOMEN = CsvRowReader.of(CsvTable.WOMEN,
            List.of("id", "resident_id", "area_code", "birth_date", "marital_status", "备注"));

    private static InvalidValueException rejected(String... cells) {
        return assertThrows(InvalidValueException.class, () -> WOMEN.read(List.of(cells)));
    }

    @Test
    void test_onlySpacesTabsAndIdeographicSpacesTrimmed_lineEndsAreText() {
        Woman w = WOMEN.read(List.of("W1", "", " 990101001001\t", "\u30001980-01-01 ", "married", "a\r\nb"));
        assertEquals(LocalDate.of(1980, 1, 1), w.birthDate());
        assertEquals("expected a date such as 2009-09-30, 2009/9/30, 2009.9.30, 20090930 or 2009年9月30日",
                rejected("W1", "", "990101001001", "1980-01-01\u2003", "married", "").reason());
    }

    @Test
    void test_controlCharacter_rejectedNamingColumnAndTheCharacterEscaped() {
        InvalidValueException e = rejected("\u0008W0000027", "", "990101001001", "1980-01-01", "married", "");
        assertEquals("id", e.field());
        assertEquals("\\x08W0000027", e.value());
        assertEquals("holds the control character \\x08, which no cell may hold (is the file damaged?)", e.reason());
        assertEquals("birth_date", rejected("W1", "", "990101001001", "1944-03-21\u0000", "married", "").field());
        assertEquals("990102001002\\x11", rejected("W1", "", "990102001002\u0011", "1980-01-01", "married", "").value());
        InvalidValueException ignored = rejected("W1", "", "990101001001", "1980-01-01", "married", "x\u007F");
        assertEquals("", ignored.field());
        assertEquals("cell 6 holds the control character \\x7F, which no cell may hold (is the file damaged?)", ignored.reason());
    }

    @Test
    void test_controlCharacterInAResidentId_staysMasked() {
        InvalidValueException e = rejected("W1", "11010519491231002X\u0000", "990101001001", "1949-12-31", "married", "");
        assertEquals("resident_id", e.field());
        assertEquals("110105*********02X\\x00", e.value());
    }
}
