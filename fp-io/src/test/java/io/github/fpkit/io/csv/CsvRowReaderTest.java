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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rows split elsewhere (by another engine's reader), read with the rules of the register format
 * and the cell rules of {@link CsvRegister}, and what the reader says when a row breaks them.
 */
class CsvRowReaderTest {
    private static final String ID = "11010519491231002X";
    private static final List<String> WOMEN = List.of("编号", "出生日期", "区划代码", "婚姻状况", "身份证号", "notes");

    @Test
    void test_chineseHeaderInAnyOrder_unknownColumnsIgnored() {
        CsvRowReader<Woman> women = CsvRowReader.of(CsvTable.WOMEN, WOMEN);
        assertEquals(CsvTable.WOMEN, women.table());
        assertEquals(WOMEN, women.header());
        Woman w = women.read(List.of("W1", "1949/12/31", "990101001001", "已婚", ID, "anything"));
        assertEquals(Woman.builder().id("W1").birthDate(LocalDate.of(1949, 12, 31)).areaCode(AreaCode.of("990101001001"))
                .maritalStatus(MaritalStatus.MARRIED).residentId(ResidentId.parse(ID)).build(), w);
        assertEquals(Optional.empty(), women.read(Arrays.asList("W2", "1980-01-01", "990101001001", "married", null, null)).residentId());
        assertEquals(Optional.empty(), women.read(List.of("W2", "1980-01-01", "990101001001", "married", "  ", "")).residentId());
    }

    @Test
    void test_aHeaderWithoutRequiredColumns_namesThem() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> CsvRowReader.of(CsvTable.WOMEN, List.of("id", "birth_date", "area_code")));
        assertEquals("missing required column marital_status (婚姻状况)", one.getMessage());
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> CsvRowReader.of(CsvTable.WOMEN, List.of("id", "birth_date")));
        assertEquals("missing required columns area_code (区划代码/村代码), marital_status (婚姻状况)", two.getMessage());
    }

    @Test
    void test_twoColumnsNamingOneField_areRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvRowReader.of(CsvTable.WOMEN, List.of("id", " 编号 ", "birth_date", "area_code", "marital_status")));
        assertEquals("columns 'id' and '编号' both name column id", e.getMessage());
    }

    @Test
    void test_aRowOfAnotherWidth_isRefused() {
        CsvRowReader<Woman> women = CsvRowReader.of(CsvTable.WOMEN, WOMEN);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> women.read(List.of("W1", "1980-01-01")));
        assertEquals("the row has 2 cells but the header has 6", e.reason());
    }

    @Test
    void test_anEmptyRequiredCell_namesItsColumn() {
        CsvRowReader<Woman> women = CsvRowReader.of(CsvTable.WOMEN, WOMEN);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> women.read(List.of("W1", " ", "990101001001", "married", "", "")));
        assertEquals("birth_date", e.field());
        assertEquals("is required", e.reason());
    }

    @Test
    void test_aBadCell_namesItsColumnAndValue_anIdentityNumberMasked() {
        CsvRowReader<Woman> women = CsvRowReader.of(CsvTable.WOMEN, WOMEN);
        InvalidValueException date = assertThrows(InvalidValueException.class,
                () -> women.read(List.of("W1", "1980-02-30", "990101001001", "married", "", "")));
        assertEquals("birth_date", date.field());
        assertEquals("1980-02-30", date.value());
        InvalidValueException id = assertThrows(InvalidValueException.class,
                () -> women.read(List.of("W1", "1980-01-01", "990101001001", "married", "110105194912310021", "")));
        assertEquals("resident_id", id.field());
        assertEquals("110105********0021", id.value());
        assertFalse(id.getMessage().contains("110105194912310021"), id.getMessage());
    }

    @Test
    void test_aRuleOfTheRecord_namesTheFieldAndTheCellAsWritten() {
        CsvRowReader<Woman> women = CsvRowReader.of(CsvTable.WOMEN, List.of("id", "birth_date", "area_code", "marital_status",
                "marriage_date"));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> women.read(List.of("W1", "1980/01/02", "990101001001", "married", "1980/01/01")));
        assertEquals("marriage_date", e.field());
        assertEquals("1980/01/01", e.value());
        CsvRowReader<Pregnancy> pregnancies = CsvRowReader.of(CsvTable.PREGNANCIES, List.of("id", "woman_id", "start_date", "outcome"));
        InvalidValueException noDate = assertThrows(InvalidValueException.class,
                () -> pregnancies.read(List.of("P1", "W1", "2009-01-01", "miscarriage")));
        assertEquals("outcome_date", noDate.field());
        CsvRowReader<ContraceptiveEpisode> episodes = CsvRowReader.of(CsvTable.CONTRACEPTION, List.of("woman_id", "method",
                "start_date", "end_date"));
        assertTrue(assertThrows(InvalidValueException.class, () -> episodes.read(List.of("W1", "iud", "2009-01-02", "2009-01-01")))
                .reason().length() > 0);
    }

    @Test
    void test_keysAndRepeatedKeys() {
        CsvRowReader<Birth> births = CsvRowReader.of(CsvTable.BIRTHS, List.of("id", "mother_id", "birth_date", "sex", "birth_order"));
        Birth b = births.read(List.of("B1", "W1", "2009-01-01", "male", "1"));
        assertEquals(Optional.of("B1"), births.key(b));
        InvalidValueException repeated = births.repeated(b);
        assertEquals("id", repeated.field());
        assertEquals("B1", repeated.value());
        assertEquals("repeats the id of an earlier row (REF_DUPLICATE_ID); the first row counts", repeated.reason());
        CsvRowReader<PopulationCount> population = CsvRowReader.of(CsvTable.POPULATION, List.of("area_code", "period",
                "average_population"));
        PopulationCount p = population.read(List.of("990101001001", "2009SY", "500"));
        assertEquals(ReportingPeriod.parse("2009SY"), p.period());
        assertEquals("", population.repeated(p).field());
        assertEquals(Optional.of("990101001001 2009SY"), population.key(p));
        CsvRowReader<ContraceptiveEpisode> episodes = CsvRowReader.of(CsvTable.CONTRACEPTION, List.of("woman_id", "method",
                "start_date"));
        ContraceptiveEpisode e = episodes.read(List.of("W1", "iud", "2009-01-01"));
        assertEquals(Optional.empty(), episodes.key(e));
        assertThrows(IllegalArgumentException.class, () -> episodes.repeated(e));
    }

    @Test
    void test_masked_hidesIdentityNumbersOnly() {
        CsvRowReader<Woman> women = CsvRowReader.of(CsvTable.WOMEN, WOMEN);
        assertEquals(List.of("W1", "1949-12-31", "990101001001", "married", "110105********002X", "", "extra"),
                women.masked(Arrays.asList("W1", "1949-12-31", "990101001001", "married", ID, null, "extra")));
    }

    private static final CsvRowReader<Woman> MIXED = CsvRowReader.of(CsvTable.WOMEN,
            List.of("id", "resident_id", "area_code", "birth_date", "marital_status", "备注"));

    private static InvalidValueException rejected(String... cells) {
        return assertThrows(InvalidValueException.class, () -> MIXED.read(List.of(cells)));
    }

    @Test
    void test_onlySpacesTabsAndIdeographicSpacesTrimmed_lineEndsAreText() {
        Woman w = MIXED.read(List.of("W1", "", " 990101001001\t", "\u30001980-01-01 ", "married", "a\r\nb"));
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
