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
package io.github.fpkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.ResidentId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code fp duelist}: the women due on a date by village as a table (in both languages), JSON
 * and CSV, resident ids masked in every output, the area filter, and one-line usage errors
 * (a bad date, an unknown area, a missing folder) without a stack trace.
 */
class DuelistCommandTest {
    /** A resident id consistent with W1's birth date; it must never be printed whole. */
    private static final String W1_ID = ResidentId.of("990101", LocalDate.of(1980, 1, 1), 2).fullNumber();
    private static final String W1_MASKED = W1_ID.substring(0, 6) + "********" + W1_ID.substring(14);

    @TempDir
    static Path temp;

    static Path register;
    static Path generated;

    /**
     * D = 2009-09-30. 一村 (…001): W1 married with an IUD (both checks), W2 married (pregnancy
     * check), W4 married and pregnant (not due). 二村 (…002): W3 unmarried, an IUD inserted 40
     * days before D (follow-up).
     */
    @BeforeAll
    static void writeRegisters() throws IOException {
        register = Files.createDirectories(temp.resolve("hand"));
        write("areas.csv", "code,name", "990101001000,一乡", "990101001001,一村", "990101001002,二村");
        write("women.csv", "id,resident_id,area_code,birth_date,marital_status", "W1," + W1_ID + ",990101001001,1980-01-01,married",
                "W2,,990101001001,1985-05-05,married", "W3,,990101001002,1990-01-01,unmarried", "W4,,990101001001,1986-01-01,married");
        write("contraception.csv", "woman_id,method,start_date,end_date", "W1,iud,2005-03-01,");
        write("pregnancies.csv", "id,woman_id,start_date,outcome,outcome_date", "P4,W4,2009-06-01,ongoing,");
        write("procedures.csv", "woman_id,type,date", "W3,iud_insertion,2009-08-21");
        generated = RegisterFolders.generated(temp.resolve("generated"), 400, 3, 7);
    }

    private static void write(String file, String... lines) throws IOException {
        Files.writeString(register.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void test_table_byVillage_inChinese_withTheIdMasked() {
        FpRun run = FpRun.of("duelist", register.toString(), "--date", "2009-09-30");
        assertEquals(0, run.status, run::toString);
        assertEquals("", run.err);
        assertTrue(run.out.contains(W1_MASKED), run::toString);
        assertFalse(run.out.contains(W1_ID), run::toString);
        assertTrue(run.out.contains("查环、查孕"), run::toString);
        assertTrue(run.out.contains("随访"), run::toString);
        assertFalse(run.out.contains("W4"), run::toString);
        // Villages in code order: W1, W2 of 一村 before W3 of 二村.
        assertTrue(run.out.indexOf("W1") < run.out.indexOf("W2") && run.out.indexOf("W2") < run.out.indexOf("W3"), run::toString);
        assertTrue(run.out.contains("2009-09-30 应检 3 人（全部区划，2 个区划）：查环 1，查孕 2，随访 1"), run::toString);
    }

    @Test
    void test_table_inEnglish_forATownship() {
        FpRun run = FpRun.of("duelist", register.toString(), "--date", "2009-09-30", "--area", "990101001000", "--lang", "en");
        assertEquals(0, run.status, run::toString);
        assertTrue(run.out.contains("IUD check, pregnancy check"), run::toString);
        assertTrue(run.out.contains("3 women due on 2009-09-30 in 990101001000 一乡 (2 areas): IUD check 1, pregnancy check 2, follow-up 1"),
                run::toString);
    }

    @Test
    void test_json_rowsInOrder_residentIdMasked() {
        FpRun run = FpRun.of("duelist", register.toString(), "--date", "2009-09-30", "--format", "json");
        assertEquals(0, run.status, run::toString);
        JsonNode rows = new ObjectMapper().readTree(run.out);
        assertEquals(3, rows.size());
        JsonNode w1 = rows.get(0);
        assertEquals("990101001001", w1.get("area").asString());
        assertEquals("一村", w1.get("areaName").asString());
        assertEquals("W1", w1.get("womanId").asString());
        assertEquals(W1_MASKED, w1.get("residentId").asString());
        assertEquals(29, w1.get("age").asInt());
        assertEquals("[\"iud_check\",\"pregnancy_check\"]", w1.get("reasons").toString());
        assertTrue(rows.get(1).get("residentId").isNull());
        assertEquals("W3", rows.get(2).get("womanId").asString());
        assertEquals("[\"follow_up\"]", rows.get(2).get("reasons").toString());
        assertFalse(run.out.contains(W1_ID));
    }

    @Test
    void test_csv_sameColumns_reasonsSeparatedBySemicolons() {
        FpRun run = FpRun.of("duelist", register.toString(), "--date", "2009-09-30", "--format", "csv", "--area", "990101001001");
        assertEquals(0, run.status, run::toString);
        assertEquals("area,areaName,womanId,residentId,age,reasons\r\n"
                + "990101001001,一村,W1," + W1_MASKED + ",29,iud_check;pregnancy_check\r\n"
                + "990101001001,一村,W2,,24,pregnancy_check\r\n", run.out);
    }

    @Test
    void test_generatedRegister_noResidentIdWhole_inAnyFormat_andTheListIsTheIndicatorsDenominator() throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> lines = Files.readAllLines(generated.resolve("women.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        int column = header.indexOf("resident_id");
        assertTrue(column >= 0, header.toString());
        for (String line : lines.subList(1, lines.size())) {
            String id = line.split(",", -1)[column];
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        assertTrue(ids.size() > 50, "the generated register has resident ids: " + ids.size());
        for (String format : new String[] {"table", "json", "csv"}) {
            FpRun run = FpRun.of("duelist", generated.toString(), "--date", "2009-09-30", "--format", format);
            assertEquals(0, run.status, run::toString);
            for (String id : ids) {
                assertFalse(run.out.contains(id) || run.err.contains(id), format + " prints " + ResidentId.mask(id) + " whole");
            }
        }
        JsonNode listed = new ObjectMapper().readTree(FpRun.of("duelist", generated.toString(), "--date", "2009-09-30", "--format",
                "json").out);
        JsonNode coverage = new ObjectMapper().readTree(FpRun.of("indicators", generated.toString(), "--period", "2009SY", "--level",
                "county", "--format", "json", "--indicators", "HEALTH_CHECK_COVERAGE_DUE").out);
        assertEquals(1, coverage.size());
        assertTrue(listed.size() > 0);
        assertEquals(listed.size(), coverage.get(0).get("denominator").asInt());
    }

    @Test
    void test_badDate_isAUsageError_withoutStackTrace() {
        for (String date : new String[] {"2009-02-30", "2009/09/30", "yesterday"}) {
            FpRun run = FpRun.of("duelist", register.toString(), "--date", date);
            assertEquals(2, run.status, run::toString);
            assertTrue(run.err.contains("--date") && run.err.contains("'" + date + "'"), run::toString);
            assertFalse(run.err.contains("Exception") || run.err.contains("\tat "), run::toString);
            assertEquals("", run.out);
        }
        assertTrue(FpRun.of("duelist", register.toString(), "--date", "2009-02-30").err.contains("no such day"));
        assertEquals(2, FpRun.of("duelist", register.toString()).status);
    }

    @Test
    void test_unknownArea_isAUsageError_namingIt() {
        FpRun run = FpRun.of("duelist", register.toString(), "--date", "2009-09-30", "--area", "990101009000");
        assertEquals(2, run.status, run::toString);
        assertTrue(run.err.contains("--area '990101009000': the register has no such area"), run::toString);
        assertFalse(run.err.contains("Exception"), run::toString);
        assertEquals(2, FpRun.of("duelist", register.toString(), "--date", "2009-09-30", "--area", "12345").status);
    }

    @Test
    void test_unreadableFolder_isAUsageError() {
        FpRun run = FpRun.of("duelist", temp.resolve("absent").toString(), "--date", "2009-09-30");
        assertEquals(2, run.status, run::toString);
        assertTrue(run.err.contains("does not exist"), run::toString);
        assertFalse(run.err.contains("Exception"), run::toString);
    }

    @Test
    void test_missingTables_areNamedOnStderr() throws IOException {
        Path women = Files.createDirectories(temp.resolve("womenOnly"));
        Files.copy(register.resolve("women.csv"), women.resolve("women.csv"));
        FpRun run = FpRun.of("duelist", women.toString(), "--date", "2009-09-30", "--format", "json");
        assertEquals(0, run.status, run::toString);
        assertTrue(run.err.contains("contraception.csv, pregnancies.csv, procedures.csv"), run::toString);
        // Without the other tables every married WRA is due a pregnancy check: W1, W2, W4.
        assertEquals(3, new ObjectMapper().readTree(run.out).size());
    }
}
