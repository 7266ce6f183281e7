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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.Birth;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ValidationReport}: rejected rows and findings in one list by file then line, each
 * with its file and line; the follow-ons of a rejected woman's or area's row folded into one
 * error at that row; and {@link CsvRegisterSource#forEachWithLine}, the lines it reads by.
 */
class ValidationReportTest {
    private static final String AREAS = "code,name\n990101000000,县\n990101001000,乡\n990101001001,村\n";
    private static final String WOMEN = "id,area_code,birth_date,marital_status,household_id\n";
    private static final String BIRTHS = "id,mother_id,birth_date,sex,birth_order\n";

    @TempDir
    Path temp;

    private Path folder(String... namesAndTexts) throws IOException {
        Path folder = Files.createTempDirectory(temp, "register");
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1], StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static String woman(String id, String area, String birthDate) {
        return id + "," + area + "," + birthDate + ",married,\n";
    }

    private static List<String> shown(ValidationReport report) {
        return report.problems().stream().map(p -> Path.of(p.file()).getFileName() + " " + p.line().orElse(0) + " " + p.rule())
                .collect(Collectors.toList());
    }

    @Test
    void test_forEachWithLine_givesTheLinesOfStreamWithLines_andChecksTheType() throws IOException {
        CsvRegisterSource source = CsvRegister.builder().open(folder("women.csv", WOMEN + woman("W1", "990101001001", "1980-01-01")
                + "\n" + woman("W2", "990101001001", "1980-02-30") + woman("W3", "990101001001", "1981-01-01")));
        List<String> lines = new ArrayList<>();
        source.forEachWithLine(RegisterTable.WOMEN, Woman.class, (w, line) -> lines.add(w.id() + "@" + line));
        try (Stream<LinedRecord<Woman>> lined = source.streamWithLines(CsvTable.WOMEN)) {
            assertEquals(lined.map(w -> w.record().id() + "@" + w.line()).collect(Collectors.toList()), lines);
        }
        assertEquals(List.of("W1@2", "W3@5"), lines);
        assertEquals(1, source.rowErrors().size());
        assertThrows(IllegalArgumentException.class, () -> source.forEachWithLine(RegisterTable.WOMEN, Birth.class, (b, l) -> { }));
        source.forEachWithLine(RegisterTable.BIRTHS, Birth.class, (b, l) -> lines.add("none expected"));
        assertEquals(2, lines.size());
    }

    @Test
    void test_rejectedWoman_herRecordsAreOneErrorAtHerRow_rightAfterIt() throws IOException {
        StringBuilder births = new StringBuilder(BIRTHS);
        for (int k = 1; k <= 12; k++) {
            births.append("B").append(k).append(",W2,").append(2000 + k).append("-01-01,female,").append(k).append('\n');
        }
        births.append("B99,W9,2005-01-01,male,1\n");
        CsvRegisterSource source = CsvRegister.builder().open(folder("areas.csv", AREAS, "women.csv", WOMEN
                + woman("W1", "990101001001", "1980-01-01") + woman("W2", "990101001001", "1980-02-30"), "births.csv", births.toString()));
        ValidationReport report = ValidationReport.of(source);
        assertEquals(List.of("women.csv 3 ROW_INVALID", "women.csv 3 REF_UNKNOWN_WOMAN", "births.csv 14 REF_UNKNOWN_WOMAN"),
                shown(report));
        RegisterProblem folded = report.problems().get(1);
        assertEquals("W2", folded.value().orElseThrow());
        assertTrue(folded.column().isEmpty());
        assertEquals("12 records refer to woman W2, whose row (women.csv line 3) was rejected at birth_date '1980-02-30': "
                + source.rowErrors().get(0).reason() + "; fix that row. The records: births.csv lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 "
                + "and 2 more", folded.message());
        assertEquals("births.csv B99: mother_id W9 is not in women.csv", report.problems().get(2).message());
        assertEquals(3, report.errors());
        assertTrue(report.hasErrors());
    }

    @Test
    void test_rejectedArea_itsRecordsAndTheAreasUnderItAreOneError() throws IOException {
        String areas = "code,name\n990101000000,县\n990101001000,\n990101001001,村\n990101001002,村二\n";
        CsvRegisterSource source = CsvRegister.builder().open(folder("areas.csv", areas, "women.csv", WOMEN
                + woman("W1", "990101001000", "1980-01-01") + woman("W2", "990101001009", "1980-01-01"),
                "population.csv", "area_code,period,average_population\n990101001000,2009SY,300\n"));
        ValidationReport report = ValidationReport.of(source);
        assertEquals(List.of("areas.csv 3 ROW_INVALID", "areas.csv 3 REF_UNKNOWN_AREA", "women.csv 3 REF_UNKNOWN_AREA"), shown(report));
        assertEquals("4 records refer to area 990101001000, whose row (areas.csv line 3) was rejected at name '': "
                + source.rowErrors().get(0).reason() + "; fix that row. The records: areas.csv lines 4, 5; population.csv line 2; "
                + "women.csv line 2", report.problems().get(1).message());
    }

    @Test
    void test_findingsAndRowErrors_byFileInTableOrderThenLine_withTheirFile() throws IOException {
        Path folder = folder("areas.csv", AREAS, "women.csv", WOMEN + woman("W1", "990101001001", "1980-01-01")
                + woman("W2", "990101001009", "1980-01-01") + woman("W1", "990101001001", "1980-01-01"),
                "births.csv", BIRTHS + "B1,W1,1985-01-01,female,1\nB2,W1,2005-01-01,female,x\nB3,W1,2001-01-01,male,2\n");
        ValidationReport report = ValidationReport.of(CsvRegister.builder().open(folder));
        // The repeated W1 is rejected by the reader, at its own line.
        assertEquals(List.of("women.csv 3 REF_UNKNOWN_AREA", "women.csv 4 ROW_INVALID", "births.csv 2 REF_MOTHER_AGE",
                "births.csv 3 ROW_INVALID"), shown(report));
        assertEquals(folder.resolve("women.csv").toString(), report.problems().get(0).file());
        assertTrue(report.problems().get(1).message().contains("repeats the id of line 2 (REF_DUPLICATE_ID)"),
                report.problems().get(1).message());
        assertEquals(Severity.ERROR, report.problems().get(3).severity());
        assertEquals("4 error(s), 0 warning(s)", report.toString());
    }

    @Test
    void test_cleanFolder_hasNoProblem() throws IOException {
        ValidationReport report = ValidationReport.of(CsvRegister.builder().open(folder("areas.csv", AREAS, "women.csv",
                WOMEN + IntStream.range(0, 3).mapToObj(i -> woman("W" + i, "990101001001", "1980-01-01")).collect(Collectors.joining()))));
        assertEquals(List.of(), report.problems());
        assertEquals(0, report.errors());
    }
}
