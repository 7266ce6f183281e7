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

import io.github.fpkit.model.register.RowCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Residence;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRegisterReadTest {
    private static final String HEADER = "id,area_code,birth_date,marital_status\n";

    @TempDir
    Path folder;

    private CsvRegisterSource open(String women) throws IOException {
        return open(women.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
    }

    private CsvRegisterSource open(byte[] women, Charset charset, boolean strict) throws IOException {
        Files.write(folder.resolve("women.csv"), women);
        return CsvRegister.builder().encoding(charset).strict(strict).open(folder);
    }

    private static List<Woman> women(CsvRegisterSource source) {
        try (Stream<Woman> s = source.women()) {
            return s.collect(Collectors.toList());
        }
    }

    @Test
    void test_headers_aliasesCaseWhitespaceAndAnyOrder() throws IOException {
        CsvRegisterSource source = open(" 婚姻状况 ,BIRTH_DATE ,\u3000区划代码,Id\n已婚,1980-01-01,990101001001,W1\n");
        Woman w = women(source).get(0);
        assertEquals("W1", w.id());
        assertEquals(MaritalStatus.MARRIED, w.maritalStatus());
        assertEquals(AreaCode.of("990101001001"), w.areaCode());
        assertEquals(Residence.RESIDENT, w.residence());
    }

    @Test
    void test_unknownColumns_reportedOnceAsWarnings() throws IOException {
        CsvRegisterSource source = open("id,area_code,birth_date,marital_status,备注\nW1,990101001001,1980-01-01,married,x\n");
        women(source);
        women(source);
        assertEquals(1, source.warnings().size());
        assertTrue(source.warnings().get(0).contains("备注"));
        assertTrue(source.warnings().get(0).contains("women.csv"));
    }

    @Test
    void test_missingRequiredColumn_failsAtOpen_namingFileAndColumn() throws IOException {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> open("id,area_code,marital_status\nW1,990101001001,married\n"));
        assertTrue(e.file().endsWith("women.csv"), e.file());
        assertTrue(e.getMessage().contains("birth_date"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void test_columnNamedTwice_fails() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> open("id,编号,area_code,birth_date,marital_status\n"));
        assertTrue(e.getMessage().contains("both name column id"), e.getMessage());
    }

    @Test
    void test_missingWomenFile_fails() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvRegister.builder().open(folder));
        assertTrue(e.getMessage().contains("women.csv"));
    }

    @Test
    void test_twoFileNamesDifferingOnlyInCase_areAnError_notAChoice() throws IOException {
        Files.writeString(folder.resolve("Births.csv"), "id,mother_id,birth_date,sex,birth_order\n");
        Files.writeString(folder.resolve("BIRTHS.csv"), "id,mother_id,birth_date,sex,birth_order\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> open(HEADER));
        assertTrue(e.getMessage().contains("BIRTHS.csv and Births.csv"), e.getMessage());
    }

    @Test
    void test_oneFileNameInAnotherCase_isRead() throws IOException {
        Files.writeString(folder.resolve("Births.csv"), "id,mother_id,birth_date,sex,birth_order\n");
        assertTrue(open(HEADER).has(RegisterTable.BIRTHS));
    }

    @Test
    void test_populationBeyondTheDoubleRange_isARowError() throws IOException {
        Files.writeString(folder.resolve("population.csv"), "area_code,period,average_population\n"
                + "990101001001,2009SY,1e400\n990101001002,2009SY,500\n");
        CsvRegisterSource source = open(HEADER);
        try (Stream<PopulationCount> s = source.populationCounts()) {
            assertEquals(1, s.count());
        }
        RowError error = source.rowErrors().get(0);
        assertEquals(2, error.line());
        assertEquals("average_population", error.column().orElseThrow());
        assertEquals("1e400", error.value());
        assertEquals(RowCounts.of(1, 1), source.counts().get(RegisterTable.POPULATION));
    }

    /** Issue 17: a period of the year 0 was accepted, and fp validate spoke of -0001-10-01/0000-09-30. */
    @Test
    void test_populationPeriodOutside1850To2200_rowErrors_boundsAccepted() throws IOException {
        Files.writeString(folder.resolve("population.csv"), "area_code,period,average_population\n"
                + "990101001001,0000SY,500\n"
                + "990101001002,0000-01-01/2009-09-30,500\n"
                + "990101001003,2009-10-01/2201-01-01,500\n"
                + "990101001004,1850SY,500\n"
                + "990101001005,1850-01-01/2200-12-31,500\n"
                + "990101001006,2009SY,500\n");
        CsvRegisterSource source = open(HEADER);
        try (Stream<PopulationCount> s = source.populationCounts()) {
            assertEquals(List.of("990101001005", "990101001006"), s.map(p -> p.areaCode().toString()).collect(Collectors.toList()));
        }
        List<RowError> errors = source.rowErrors();
        assertEquals(List.of(2L, 3L, 4L, 5L), errors.stream().map(RowError::line).collect(Collectors.toList()));
        for (RowError e : errors) {
            assertEquals(Optional.of("period"), e.column());
            assertTrue(e.reason().startsWith("not a register period: its years must be within 1850–2200"), e.reason());
        }
        assertTrue(errors.get(0).reason().endsWith("(-0001-10-01/0000-09-30)"), errors.get(0).reason());
    }

    @Test
    void test_absentTable_streamsEmptyAndIsNotInTables() throws IOException {
        CsvRegisterSource source = open(HEADER);
        assertFalse(source.has(RegisterTable.BIRTHS));
        try (Stream<Birth> births = source.births()) {
            assertEquals(0, births.count());
        }
    }

    @Test
    void test_lenient_skipsAndCollectsRowErrors_withFileLineColumnValueReason() throws IOException {
        CsvRegisterSource source = open(HEADER
                + "W1,990101001001,1980-01-01,married\n"
                + "W2,990101001001,2009-02-29,married\n"
                + "\n"
                + "W3,990101001001,1980-01-01,engaged\n"
                + "W4,990101001001,1980-01-01,married\n");
        assertEquals(List.of("W1", "W4"), women(source).stream().map(Woman::id).collect(Collectors.toList()));
        List<RowError> errors = source.rowErrors();
        assertEquals(2, errors.size());
        RowError first = errors.get(0);
        assertTrue(first.file().endsWith("women.csv"));
        assertEquals(3, first.line());
        assertEquals(Optional.of("birth_date"), first.column());
        assertEquals("2009-02-29", first.value());
        assertTrue(first.reason().contains("not a real date"), first.reason());
        assertEquals(5, errors.get(1).line());
        assertEquals(Optional.of("marital_status"), errors.get(1).column());
        assertEquals("engaged", errors.get(1).value());
        assertEquals(RowCounts.of(2, 2), source.counts().get(RegisterTable.WOMEN));
    }

    @Test
    void test_strict_stopsAtFirstRowError() throws IOException {
        CsvRegisterSource source = open((HEADER
                + "W1,990101001001,1980-01-01,married\n"
                + "W2,990101001001,2009-09-31,married\n"
                + "W3,990101001001,1980-01-01,married\n").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        RowErrorException e = assertThrows(RowErrorException.class, () -> women(source));
        assertEquals(3, e.rowError().line());
        assertEquals(Optional.of("birth_date"), e.rowError().column());
        assertEquals(RowCounts.of(1, 1), source.counts().get(RegisterTable.WOMEN));
    }

    @Test
    void test_residentIdMaskedInRowErrors() throws IOException {
        CsvRegisterSource source = open("id,resident_id,area_code,birth_date,marital_status\n"
                + "W1,110105194912310021,990101001001,1949-12-31,married\n");
        women(source);
        RowError e = source.rowErrors().get(0);
        assertEquals(Optional.of("resident_id"), e.column());
        assertEquals("110105********0021", e.value());
        assertFalse(e.toString().contains("110105194912310021"));
    }

    @Test
    void test_recordCheckFailure_mapsToItsColumnAndRawCell() throws IOException {
        CsvRegisterSource source = open("id,area_code,birth_date,marital_status,marriage_date\n"
                + "W1,990101001001,1980-01-01,married,1979年1月1日\n");
        women(source);
        RowError e = source.rowErrors().get(0);
        assertEquals(Optional.of("marriage_date"), e.column());
        assertEquals("1979年1月1日", e.value());
    }

    @Test
    void test_requiredCellEmpty_isRowError() throws IOException {
        CsvRegisterSource source = open(HEADER + "W1,,1980-01-01,married\n");
        women(source);
        assertEquals(Optional.of("area_code"), source.rowErrors().get(0).column());
        assertEquals("is required", source.rowErrors().get(0).reason());
    }

    @Test
    void test_wrongCellCount_isRowError_butTrailingEmptyCellsAreNot() throws IOException {
        CsvRegisterSource source = open(HEADER + "W1,990101001001,1980-01-01\nW2,990101001001,1980-01-01,married,,\n"
                + "W3,990101001001,1980-01-01,married,x\n");
        assertEquals(List.of("W2"), women(source).stream().map(Woman::id).collect(Collectors.toList()));
        assertEquals(List.of(2L, 4L), source.rowErrors().stream().map(RowError::line).collect(Collectors.toList()));
    }

    @Test
    void test_lineNumbers_exactWithBomCrlfAndQuotedNewlines() throws IOException {
        String text = "\uFEFFid,area_code,birth_date,marital_status,household_id\r\n"
                + "W1,990101001001,1980-01-01,married,\"H\r\n1\"\r\n"
                + "\r\n"
                + "W2,990101001001,1980-13-01,married,\"a\nb\nc\"\r\n"
                + "W3,990101001001,1980-01-01,married,x\n"
                + "W4,990101001001,bad,married,\n";
        CsvRegisterSource source = open(text);
        List<Woman> women = women(source);
        assertEquals(Optional.of("H\r\n1"), women.get(0).householdId());
        assertEquals(List.of(5L, 9L), source.rowErrors().stream().map(RowError::line).collect(Collectors.toList()));
    }

    @Test
    void test_invalidUtf8_namesByteOffsetAndSuggestsGbk() throws IOException {
        byte[] gbk = (HEADER + "W1,990101001001,1980-01-01,已婚\n").getBytes(Charset.forName("GBK"));
        CsvRegisterSource source = open(gbk, StandardCharsets.UTF_8, false);
        InvalidEncodingException e = assertThrows(InvalidEncodingException.class, () -> women(source));
        int offset = HEADER.length() + "W1,990101001001,1980-01-01,".length();
        assertEquals(offset, e.byteOffset());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("GBK"), e.getMessage());
        assertTrue(e.getMessage().contains(Integer.toString(offset)), e.getMessage());
    }

    @Test
    void test_invalidGbk_suggestsUtf8() throws IOException {
        byte[] bytes = (HEADER + "W1,990101001001,1980-01-01,married\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        bad[bytes.length] = (byte) 0x81;
        bad[bytes.length + 1] = (byte) 0x20;
        CsvRegisterSource source = open(bad, Charset.forName("GBK"), false);
        InvalidEncodingException e = assertThrows(InvalidEncodingException.class, () -> women(source));
        assertEquals(bytes.length, e.byteOffset());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertEquals(3, e.line());
        RowCounts counts = source.counts().get(RegisterTable.WOMEN);
        assertEquals(counts.read(), counts.accepted() + counts.rejected());
    }

    @Test
    void test_utf8Bom_readAsGbk_isAnError() throws IOException {
        byte[] bom = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_8);
        InvalidEncodingException e = assertThrows(InvalidEncodingException.class, () -> open(bom, Charset.forName("GBK"), false));
        assertEquals(0, e.byteOffset());
    }

    @Test
    void test_gb18030_readsChineseLabels() throws IOException {
        byte[] bytes = ("编号,区划代码,出生日期,婚姻状况,户籍类型\nW1,990101001001,1980年1月1日,再婚,省外流出\n").getBytes(Charset.forName("GB18030"));
        Woman w = women(open(bytes, Charset.forName("GB18030"), true)).get(0);
        assertEquals(MaritalStatus.REMARRIED, w.maritalStatus());
        assertEquals(Residence.OUTFLOW_OUT_OF_PROVINCE, w.residence());
        assertEquals(LocalDate.of(1980, 1, 1), w.birthDate());
    }

    @Test
    void test_hugeCell_isFormatErrorNotOutOfMemory() throws IOException {
        Files.writeString(folder.resolve("women.csv"), HEADER + "W1,\"" + "9".repeat(200_000) + "\",1980-01-01,married\n");
        CsvRegisterSource source = CsvRegister.builder().maxCellLength(1000).open(folder);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> women(source));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("longer than 1000"), e.getMessage());
    }

    @Test
    void test_hugeLine_isFormatError() throws IOException {
        Files.writeString(folder.resolve("women.csv"), HEADER + "W1,990101001001,1980-01-01,married" + ",".repeat(100_000) + "x\n");
        CsvRegisterSource source = CsvRegister.builder().maxLineLength(10_000).open(folder);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> women(source));
        assertTrue(e.getMessage().contains("longer than 10000"), e.getMessage());
    }

    @Test
    void test_notCsvAtAll_isFormatError() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThrows(CsvFormatException.class, () -> open(png, StandardCharsets.UTF_8, false));
        assertThrows(CsvFormatException.class, () -> open("{\"women\": [1, 2, 3]}"));
        assertThrows(CsvFormatException.class, () -> open(""));
    }

    @Test
    void test_brokenQuoting_isFormatErrorWithLine() throws IOException {
        CsvRegisterSource source = open(HEADER + "W1,990101001001,1980-01-01,married\n\"W2\"x,990101001001,1980-01-01,married\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> women(source));
        assertEquals(3, e.line());
        assertEquals(RowCounts.of(1, 0), source.counts().get(RegisterTable.WOMEN));
    }

    @Test
    void test_streamClosedEarly_recordsNothing_andFullPassRecordsOnce() throws IOException {
        CsvRegisterSource source = open(HEADER + "W1,990101001001,1980-01-01,married\nW2,990101001001,bad,married\n"
                + "W3,990101001001,1980-01-01,married\n");
        try (Stream<Woman> s = source.women()) {
            assertEquals("W1", s.findFirst().get().id());
        }
        assertTrue(source.counts().isEmpty());
        women(source);
        women(source);
        assertEquals(RowCounts.of(2, 1), source.counts().get(RegisterTable.WOMEN));
        assertEquals(1, source.rowErrors().size());
    }

    @Test
    void test_booleansAndPeriods_everyNotation() throws IOException {
        Files.writeString(folder.resolve("pregnancies.csv"), "id,woman_id,start_date,planned,outcome,outcome_date\n"
                + "P1,W1,2009.3.1,计划内,,\nP2,W1,20090301,FALSE,人流,2009/5/1\nP3,W1,2009-03-01,是,ongoing,\nP4,W1,2009-03-01,maybe,,\n");
        Files.writeString(folder.resolve("population.csv"), "area_code,period,average_population\n"
                + "990101001001,2009SY,1\n990101001001,2009,1\n990101001001,2009Q1,1\n990101001001,2009-03,1\n"
                + "990101001001,2008-10-01/2009-09-30,1\n990101001001,2009SH,1\n");
        CsvRegisterSource source = open(HEADER);
        Register r = Register.copyOf(source);
        assertEquals(List.of(Optional.of(true), Optional.of(false), Optional.of(true)),
                r.pregnancies().map(Pregnancy::planned).collect(Collectors.toList()));
        // 2008-10-01/2009-09-30 is 2009SY in another notation: a repeat of line 2's area and period.
        assertEquals(5, r.populationCounts().count());
        assertEquals(RowCounts.of(5, 1, 1), source.counts().get(RegisterTable.POPULATION));
        RowError repeat = source.rowErrors().stream().filter(e -> e.file().endsWith("population.csv")).findFirst().orElseThrow();
        assertEquals(6, repeat.line());
        assertEquals("repeats the area and period of line 2 (REF_DUPLICATE_POPULATION); the first row counts", repeat.reason());
        assertEquals(Optional.of("planned"), source.rowErrors().stream().filter(e -> e.file().endsWith("pregnancies.csv"))
                .findFirst().orElseThrow().column());
    }

    @Test
    void test_datesOutside1850To2200_rowErrors_boundsAccepted() throws IOException {
        CsvRegisterSource source = open(HEADER
                + "W1,990101001001,0000-01-01,married\n"
                + "W2,990101001001,2201-01-01,married\n"
                + "W3,990101001001,1849年12月31日,married\n"
                + "W4,990101001001,22010101,married\n"
                + "W5,990101001001,1850-01-01,married\n"
                + "W6,990101001001,2200/12/31,married\n");
        assertEquals(List.of("W5", "W6"), women(source).stream().map(Woman::id).collect(Collectors.toList()));
        List<RowError> errors = source.rowErrors();
        assertEquals(List.of("0000-01-01", "2201-01-01", "1849年12月31日", "22010101"),
                errors.stream().map(RowError::value).collect(Collectors.toList()));
        for (RowError e : errors) {
            assertEquals(Optional.of("birth_date"), e.column());
            assertEquals("not a register date: the year must be within 1850–2200", e.reason());
        }
    }
}
