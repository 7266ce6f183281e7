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
 * {@code fp validate} on what refers to rows that are missing or were rejected (issue 17):
 * each finding at its row's line, the follow-ons of a rejected areas.csv row folded into
 * one error, the resident number of another woman at the row that repeats it; and the
 * results name a township without an areas.csv row by its code.
 */
class ValidateReferencesTest {
    @TempDir
    static Path temp;

    static Path register;

    @BeforeAll
    static void generateRegister() {
        register = RegisterFolders.generated(temp.resolve("register"), 300, 3, 17);
    }

    private static List<String> lines(Path folder, String table) throws IOException {
        return new ArrayList<>(Files.readAllLines(folder.resolve(table)));
    }

    private static List<Map<String, Object>> problems(FpRun run) {
        return FpkitJson.mapper(true).readValue(run.out, new TypeReference<List<Map<String, Object>>>() { });
    }

    private static List<Map<String, Object>> withRule(List<Map<String, Object>> problems, String rule) {
        return problems.stream().filter(p -> rule.equals(p.get("rule"))).collect(Collectors.toList());
    }

    private static int line(Map<String, Object> problem) {
        return ((Number) problem.get("line")).intValue();
    }

    private static String file(Map<String, Object> problem) {
        return Path.of(problem.get("file").toString()).getFileName().toString();
    }

    /** The index in {@code lines} of the row whose first cell is {@code code}. */
    private static int rowOf(List<String> lines, String code) {
        for (int k = 1; k < lines.size(); k++) {
            if (lines.get(k).startsWith(code + ",")) {
                return k;
            }
        }
        throw new AssertionError(code + " not in " + lines);
    }

    private static String cell(String line, int column) {
        return line.split(",", -1)[column];
    }

    @Test
    void test_householdThatHouseholdsLacks_isAnErrorAtTheWomansLine() throws IOException {
        Path bad = RegisterFolders.copy(register, temp.resolve("household"));
        List<String> women = lines(bad, "women.csv");
        int household = List.of(women.get(0).split(",", -1)).indexOf("household_id");
        String[] cells = women.get(5).split(",", -1);
        cells[household] = "H-NOWHERE";
        women.set(5, String.join(",", cells));
        Files.write(bad.resolve("women.csv"), women);

        FpRun run = FpRun.of("validate", bad.toString(), "--format", "json");
        assertEquals(1, run.status, run::toString);
        Map<String, Object> p = withRule(problems(run), "REF_UNKNOWN_HOUSEHOLD").get(0);
        assertEquals("women.csv", file(p));
        assertEquals(6, line(p));
        assertEquals("household_id", p.get("column"));
        assertEquals("H-NOWHERE", p.get("value"));
        assertTrue(p.get("message").toString().endsWith("household_id H-NOWHERE is not in households.csv"), p::toString);
    }

    @Test
    void test_townshipRowMissing_eachVillageIsAnError_andTheResultsNameTheTownshipByItsCode() throws IOException {
        Path bad = RegisterFolders.copy(register, temp.resolve("no-township"));
        List<String> areas = lines(bad, "areas.csv");
        String township = "990102001000";
        areas.remove(rowOf(areas, township));
        Files.write(bad.resolve("areas.csv"), areas);

        FpRun run = FpRun.of("validate", bad.toString(), "--format", "json");
        assertEquals(1, run.status, run::toString);
        List<Map<String, Object>> parents = withRule(problems(run), "REF_UNKNOWN_PARENT_AREA");
        List<Integer> villageLines = new ArrayList<>();
        for (int k = 1; k < areas.size(); k++) {
            if (areas.get(k).startsWith("990102001") && !areas.get(k).startsWith(township)) {
                villageLines.add(k + 1);
            }
        }
        assertEquals(villageLines, parents.stream().map(ValidateReferencesTest::line).collect(Collectors.toList()), run.out);
        assertTrue(parents.stream().allMatch(p -> township.equals(p.get("value"))
                && p.get("message").toString().contains("is under township " + township + ", which is not in areas.csv")), run.out);

        FpRun json = FpRun.of("indicators", bad.toString(), "--period", "2009SY", "--level", "township", "--format", "json",
                "--indicators", "WRA");
        assertEquals(0, json.status, json::toString);
        assertTrue(json.out.contains("{\"area\": \"" + township + "\", \"areaName\": \"" + township + "\", "), json.out);
        FpRun table = FpRun.of("indicators", bad.toString(), "--period", "2009SY", "--level", "township", "--indicators", "WRA",
                "--lang", "en");
        assertTrue(table.out.lines().anyMatch(l -> l.matches(township + " +" + township + " +WRA .*")), table.out);
    }

    @Test
    void test_rejectedAreaRow_itsFollowOnsAreOneErrorAtItsLine() throws IOException {
        Path bad = RegisterFolders.copy(register, temp.resolve("rejected-area"));
        List<String> areas = lines(bad, "areas.csv");
        String village = "990102001002";
        int row = rowOf(areas, village);
        areas.set(row, village + ",");
        Files.write(bad.resolve("areas.csv"), areas);
        long women = lines(bad, "women.csv").stream().filter(l -> l.contains("," + village + ",")).count();
        assertTrue(women > 10, "too few women in the village: " + women);

        FpRun run = FpRun.of("validate", bad.toString(), "--format", "json");
        assertEquals(1, run.status, run::toString);
        List<Map<String, Object>> problems = problems(run);
        List<Map<String, Object>> unknown = withRule(problems, "REF_UNKNOWN_AREA");
        assertEquals(1, unknown.size(), "one error for the area, not one per record: " + run.out);
        Map<String, Object> folded = unknown.get(0);
        assertEquals("areas.csv", file(folded));
        assertEquals(row + 1, line(folded));
        assertEquals(village, folded.get("value"));
        String message = folded.get("message").toString();
        assertTrue(message.contains("refer to area " + village + ", whose row (areas.csv line " + (row + 1)
                + ") was rejected at name '': "), message);
        assertTrue(message.contains("; fix that row. The records: population.csv line ") && message.contains("; women.csv lines "),
                message);
        Map<String, Object> rejected = withRule(problems, "ROW_INVALID").get(0);
        assertEquals(problems.indexOf(rejected) + 1, problems.indexOf(folded), "the folded error right after its rejected row");

        FpRun table = FpRun.of("validate", bad.toString());
        assertEquals(1, table.out.lines().filter(l -> l.contains("REF_UNKNOWN_AREA")).count(), table.out);
    }

    @Test
    void test_unknownAreaOfAPopulationRow_namesItsLine() throws IOException {
        Path bad = RegisterFolders.copy(register, temp.resolve("population-area"));
        List<String> population = lines(bad, "population.csv");
        population.add("990102001099," + cell(population.get(1), 1) + ",100,100,");
        Files.write(bad.resolve("population.csv"), population);

        FpRun run = FpRun.of("validate", bad.toString(), "--format", "json");
        assertEquals(1, run.status, run::toString);
        Map<String, Object> p = withRule(problems(run), "REF_UNKNOWN_AREA").get(0);
        assertEquals("population.csv", file(p));
        assertEquals(population.size(), line(p));
        assertEquals("990102001099", p.get("value"));
    }

    /** Issue 17: a row that repeats a woman's id and holds another woman's resident number. */
    @Test
    void test_residentNumberOfAnotherWoman_onARowThatRepeatsAnId_isThatRowRejected() throws IOException {
        Path bad = RegisterFolders.copy(register, temp.resolve("resident-repeat"));
        List<String> women = lines(bad, "women.csv");
        int resident = List.of(women.get(0).split(",", -1)).indexOf("resident_id");
        int first = -1;
        int other = -1;
        for (int k = 1; k < women.size() && other < 0; k++) {
            if (!cell(women.get(k), resident).isEmpty()) {
                if (first < 0) {
                    first = k;
                } else {
                    other = k;
                }
            }
        }
        String[] repeat = women.get(first).split(",", -1);
        repeat[resident] = cell(women.get(other), resident);
        women.add(String.join(",", repeat));
        Files.write(bad.resolve("women.csv"), women);

        FpRun run = FpRun.of("validate", bad.toString(), "--format", "json");
        assertEquals(1, run.status, run::toString);
        // The row repeats an id: the reader rejects it at its own line, so its number makes no finding at another row.
        List<Map<String, Object>> atRepeat = problems(run).stream().filter(p -> line(p) == women.size()).toList();
        assertEquals(1, atRepeat.size(), run::toString);
        assertEquals("ROW_INVALID", atRepeat.get(0).get("rule"));
        assertTrue(atRepeat.get(0).get("message").toString().startsWith("repeats the id of line " + (first + 1) + " (REF_DUPLICATE_ID)"),
                atRepeat::toString);
        assertTrue(withRule(problems(run), "REF_DUPLICATE_RESIDENT_ID").isEmpty(), run::toString);
        assertFalse(run.out.contains(repeat[resident]), "the number is masked: " + run.out);
    }
}
