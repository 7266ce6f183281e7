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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.io.csv.ValidationReport;
import io.github.fpkit.io.json.FpkitJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

/**
 * {@code fp validate} names the line of the record each finding is about, in the table and
 * in JSON, and folds the records of a woman whose row was rejected into one error that
 * names the cause.
 */
class ValidateLinesTest {
    @TempDir
    static Path temp;

    static Path register;

    @BeforeAll
    static void generateRegister() {
        register = RegisterFolders.generated(temp.resolve("register"), 300, 2, 11);
    }

    private static Path copyOfRegister(String name) throws IOException {
        return RegisterFolders.copy(register, temp.resolve(name));
    }

    private static List<Map<String, Object>> json(FpRun run) {
        return FpkitJson.mapper(true).readValue(run.out, new TypeReference<List<Map<String, Object>>>() { });
    }

    private static List<Map<String, Object>> withRule(List<Map<String, Object>> problems, String rule) {
        return problems.stream().filter(p -> rule.equals(p.get("rule"))).collect(Collectors.toList());
    }

    private static int line(Map<String, Object> problem) {
        return ((Number) problem.get("line")).intValue();
    }

    /** The line of the table output that holds every given text. */
    private static String tableLine(String out, String... texts) {
        return out.lines().filter(l -> List.of(texts).stream().allMatch(l::contains)).findFirst()
                .orElseThrow(() -> new AssertionError(String.join(" ", texts) + " not in\n" + out));
    }

    @Test
    void test_findings_nameTheLineOfTheirRecord_tableAndJson() throws IOException {
        Path bad = copyOfRegister("lines");
        List<String> births = new ArrayList<>(Files.readAllLines(bad.resolve("births.csv")));
        int mother = List.of(births.get(0).split(",", -1)).indexOf("mother_id");
        assertTrue(births.size() > 30, "too few births: " + births.size());
        // Row k of the list is on line k + 1; the blank line after the header (line 2) shifts every row down by one.
        String[] unknownMother = births.get(10).split(",", -1);
        unknownMother[mother] = "W-NOBODY";
        births.set(10, String.join(",", unknownMother));
        births.add(1, "");
        Files.write(bad.resolve("births.csv"), births);
        // A copy of the woman of line 7 as the last row: her id repeated.
        List<String> women = new ArrayList<>(Files.readAllLines(bad.resolve("women.csv")));
        String firstId = women.get(6).split(",", -1)[0];
        women.add(women.get(6));
        Files.write(bad.resolve("women.csv"), women);
        int repeatLine = women.size();

        FpRun run = FpRun.of("validate", bad.toString(), "--format", "json");
        assertEquals(1, run.status, run.toString());
        List<Map<String, Object>> problems = json(run);
        Map<String, Object> unknown = withRule(problems, "REF_UNKNOWN_WOMAN").stream().filter(p -> "W-NOBODY".equals(p.get("value")))
                .findFirst().orElseThrow(() -> new AssertionError(run.out));
        assertEquals(12, line(unknown));
        // A repeated id is a rejected row: the repeating row, naming the first row's line.
        Map<String, Object> duplicate = problems.stream().filter(p -> firstId.equals(p.get("value"))
                && "ROW_INVALID".equals(p.get("rule"))).findFirst().orElseThrow(() -> new AssertionError(run.out));
        assertEquals(repeatLine, line(duplicate), "the repeated row, not the first");
        assertTrue(duplicate.get("message").toString().startsWith("repeats the id of line 7 (REF_DUPLICATE_ID)"),
                duplicate.toString());
        assertTrue(problems.stream().allMatch(p -> p.get("line") != null), run.out);

        FpRun table = FpRun.of("validate", bad.toString());
        assertEquals(1, table.status);
        assertTrue(tableLine(table.out, "REF_UNKNOWN_WOMAN", "W-NOBODY").matches(".*births\\.csv +12 .*"), table.out);
        assertTrue(tableLine(table.out, "ROW_INVALID", firstId).matches(".*women\\.csv +" + repeatLine + " .*"), table.out);
    }

    @Test
    void test_rejectedWoman_herRecordsAreOneErrorNamingTheCause_tableAndJson() throws IOException {
        Path bad = copyOfRegister("rejected-woman");
        List<String> women = new ArrayList<>(Files.readAllLines(bad.resolve("women.csv")));
        List<String> womenHeader = List.of(women.get(0).split(",", -1));
        List<String> births = Files.readAllLines(bad.resolve("births.csv"));
        int mother = List.of(births.get(0).split(",", -1)).indexOf("mother_id");
        // The mother of the first birth, and every line of births.csv that refers to her.
        String woman = births.get(1).split(",", -1)[mother];
        List<Integer> herBirthLines = new ArrayList<>();
        for (int k = 1; k < births.size(); k++) {
            if (births.get(k).split(",", -1)[mother].equals(woman)) {
                herBirthLines.add(k + 1);
            }
        }
        int row = -1;
        for (int k = 1; k < women.size(); k++) {
            if (women.get(k).split(",", -1)[womenHeader.indexOf("id")].equals(woman)) {
                row = k;
            }
        }
        String[] cells = women.get(row).split(",", -1);
        cells[womenHeader.indexOf("birth_date")] = "1980-02-30";
        women.set(row, String.join(",", cells));
        Files.write(bad.resolve("women.csv"), women);
        int rejectedLine = row + 1;

        FpRun run = FpRun.of("validate", bad.toString(), "--format", "json");
        assertEquals(1, run.status, run.toString());
        List<Map<String, Object>> problems = json(run);
        List<Map<String, Object>> rejected = withRule(problems, "ROW_INVALID");
        assertEquals(1, rejected.size(), run.out);
        assertEquals(rejectedLine, line(rejected.get(0)));
        assertEquals("birth_date", rejected.get(0).get("column"));
        List<Map<String, Object>> unknown = withRule(problems, "REF_UNKNOWN_WOMAN");
        assertEquals(1, unknown.size(), "one error for the woman, not one per record: " + run.out);
        Map<String, Object> folded = unknown.get(0);
        assertEquals(woman, folded.get("value"));
        assertEquals("error", folded.get("severity"));
        assertTrue(folded.get("file").toString().endsWith("women.csv"), folded.toString());
        assertEquals(rejectedLine, line(folded));
        String message = folded.get("message").toString();
        String birthLines = herBirthLines.stream().limit(ValidationReport.LINES_LISTED).map(String::valueOf)
                .collect(Collectors.joining(", "));
        assertTrue(message.contains("to woman " + woman + ", whose row (women.csv line " + rejectedLine
                + ") was rejected at birth_date '1980-02-30'"), message);
        assertTrue(message.contains("births.csv " + (herBirthLines.size() == 1 ? "line " : "lines ") + birthLines), message);

        FpRun table = FpRun.of("validate", bad.toString());
        assertEquals(1, table.status);
        String line = tableLine(table.out, "REF_UNKNOWN_WOMAN");
        assertTrue(line.matches(".*women\\.csv +" + rejectedLine + " .*"), table.out);
        assertEquals(1, table.out.lines().filter(l -> l.contains("REF_UNKNOWN_WOMAN")).count(), table.out);
    }
}
