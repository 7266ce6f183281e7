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
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RegisterProblem} as a value and as {@code fp validate} prints it (its javadoc: {@code error REF_UNKNOWN_WOMAN births.csv
 * line 12: births.csv B000123: mother_id W9 is not in women.csv}), and a {@link ValidationReport} holding warnings only.
 */
class RegisterProblemTest {
    @TempDir
    Path temp;

    private static RegisterProblem rejected(String file, long line, String column, String value, String reason) {
        return RegisterProblem.of(RowError.of(file, line, column, value, reason));
    }

    @Test
    void test_rejectedRow_isAnErrorOfRuleRowInvalid_withItsCell() {
        RegisterProblem p = rejected("/data/reg/women.csv", 3, "birth_date", "1980-02-30", "not a date");
        assertEquals("/data/reg/women.csv", p.file());
        assertEquals(OptionalLong.of(3), p.line());
        assertEquals(Optional.of("birth_date"), p.column());
        assertEquals(Optional.of("1980-02-30"), p.value());
        assertEquals(RegisterProblem.ROW_INVALID, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("not a date", p.message());
        // the file's name alone, after the last / or \, then the line: the form of the class's javadoc
        assertEquals("error ROW_INVALID women.csv line 3: not a date", p.toString());
        assertEquals("error ROW_INVALID women.csv line 3: not a date",
                rejected("C:\\reg\\women.csv", 3, "birth_date", "1980-02-30", "not a date").toString());
        assertEquals("error ROW_INVALID women.csv line 3: not a date",
                rejected("women.csv", 3, "birth_date", "1980-02-30", "not a date").toString());
        assertEquals(Optional.empty(), rejected("women.csv", 3, null, "", "too few cells").column());
    }

    /** A finding of an in-memory register has no line: none is printed, and the message names table and record first. */
    @Test
    void test_finding_withoutLine_printsNoLine_andNamesItsRecord() {
        Finding f = Finding.builder().rule("REF_UNKNOWN_WOMAN").severity(Severity.ERROR).table(RegisterTable.BIRTHS).recordId("B000123")
                .field("mother_id").value("W9").message("mother_id W9 is not in women.csv").build();
        RegisterProblem p = RegisterProblem.of(f, "reg/births.csv");
        assertEquals(OptionalLong.empty(), p.line());
        assertEquals(Optional.of("mother_id"), p.column());
        assertEquals(Optional.of("W9"), p.value());
        assertEquals("births.csv B000123: mother_id W9 is not in women.csv", p.message());
        assertEquals("error REF_UNKNOWN_WOMAN births.csv: births.csv B000123: mother_id W9 is not in women.csv", p.toString());
        RegisterProblem lined = RegisterProblem.of(Finding.builder().from(f).line(12).build(), "reg/births.csv");
        assertEquals("error REF_UNKNOWN_WOMAN births.csv line 12: births.csv B000123: mother_id W9 is not in women.csv", lined.toString());
    }

    @Test
    void test_equalsAndHashCode_overEveryPart() {
        RegisterProblem p = rejected("women.csv", 3, "birth_date", "x", "bad");
        RegisterProblem same = rejected("women.csv", 3, "birth_date", "x", "bad");
        assertEquals(same, p);
        assertEquals(same.hashCode(), p.hashCode());
        Finding warning = Finding.builder().rule(RegisterProblem.ROW_INVALID).severity(Severity.WARNING).table(RegisterTable.WOMEN)
                .recordId("W1").field("birth_date").value("x").line(3).message("bad").build();
        for (RegisterProblem other : List.of(rejected("births.csv", 3, "birth_date", "x", "bad"), rejected("women.csv", 4, "birth_date", "x", "bad"),
                rejected("women.csv", 3, "id", "x", "bad"), rejected("women.csv", 3, null, "x", "bad"), rejected("women.csv", 3, "birth_date", "y", "bad"),
                rejected("women.csv", 3, "birth_date", "x", "worse"), RegisterProblem.ofFollowOns(RowError.of("women.csv", 3, "birth_date", "x", "bad"),
                        "REF_UNKNOWN_WOMAN", "x", "bad"), RegisterProblem.of(warning, "women.csv"))) {
            assertNotEquals(p, other, other.toString());
            assertNotEquals(other, p, other.toString());
            assertNotEquals(p.hashCode(), other.hashCode(), other.toString());
        }
        // the same but for the severity: a warning with the same file, line, cell, rule and message
        RegisterProblem asWarning = RegisterProblem.of(Finding.builder().from(warning).message("x").build(), "women.csv");
        assertNotEquals(p, asWarning);
        assertFalse(p.equals("error ROW_INVALID women.csv line 3: bad"));
        assertFalse(p.equals(null));
    }

    /**
     * Two births of one woman five months apart: PLAUSIBILITY_BIRTH_INTERVAL, a warning (the interval is under the minimum;
     * fp-indicators' PlausibilityRule), and nothing else: no error, so the report has no errors.
     */
    @Test
    void test_reportOfWarningsOnly_hasNoErrors() throws IOException {
        Path folder = Files.createTempDirectory(temp, "register");
        Files.writeString(folder.resolve("areas.csv"), "code,name\n990101000000,县\n990101001000,乡\n990101001001,村\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("women.csv"), "id,area_code,birth_date,marital_status,household_id\nW1,990101001001,1980-01-01,married,\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("births.csv"), "id,mother_id,birth_date,sex,birth_order\nB1,W1,2005-01-01,female,1\n"
                + "B2,W1,2005-06-01,male,2\n", StandardCharsets.UTF_8);
        ValidationReport report = ValidationReport.of(CsvRegister.builder().open(folder));
        assertEquals(1, report.problems().size(), report.problems().toString());
        RegisterProblem p = report.problems().get(0);
        assertEquals("PLAUSIBILITY_BIRTH_INTERVAL", p.rule());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(OptionalLong.of(3), p.line());
        assertEquals(0, report.errors());
        assertEquals(1, report.warnings());
        assertFalse(report.hasErrors());
        assertEquals("0 error(s), 1 warning(s)", report.toString());
    }
}
