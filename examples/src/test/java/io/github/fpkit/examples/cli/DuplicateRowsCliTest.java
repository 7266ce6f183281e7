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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repeated row is rejected in {@code fp indicators} and {@code fp validate}, through {@link Main}. */
class DuplicateRowsCliTest {
    @TempDir
    static Path temp;

    static Path register;

    @BeforeAll
    static void generateRegister() {
        register = RegisterFolders.generated(temp.resolve("register"), 300, 2, 17);
    }

    /** A copy of the register whose women.csv ends with a copy of its first woman's row. */
    private static Path withRepeatedWoman(String name) throws IOException {
        Path copy = RegisterFolders.copy(register, temp.resolve(name));
        List<String> women = new ArrayList<>(Files.readAllLines(copy.resolve("women.csv")));
        women.add(women.get(1));
        Files.write(copy.resolve("women.csv"), women);
        return copy;
    }

    @Test
    void test_indicators_repeatedWoman_sameResults_oneRejectedRowOnStderr() throws IOException {
        Path repeated = withRepeatedWoman("indicators");
        FpRun original = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--format", "csv", "--quiet");
        FpRun run = FpRun.of("indicators", repeated.toString(), "--period", "2009SY", "--format", "csv", "--quiet");
        assertEquals(0, run.status, run.err);
        assertEquals(original.out, run.out);
        String women = Files.readAllLines(repeated.resolve("women.csv")).size() + "";
        assertTrue(run.err.contains("1 rejected row(s) left out (women.csv 1; 1 repeating an earlier row's key), first: ") && run.err.contains("line " + women)
                && run.err.contains("repeats the id of line 2 (REF_DUPLICATE_ID)"), run.err);
    }

    @Test
    void test_indicatorsStrict_repeatedWoman_failsInOneLine() throws IOException {
        FpRun run = FpRun.of("indicators", withRepeatedWoman("strict").toString(), "--period", "2009SY", "--strict", "--quiet");
        assertEquals(1, run.status, run.err);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("REF_DUPLICATE_ID"), run.err);
    }

    @Test
    void test_validate_residentIdOfTwoWomen_namesTheRowThatRepeatsIt() throws IOException {
        Path copy = RegisterFolders.copy(register, temp.resolve("resident"));
        List<String> women = new ArrayList<>(Files.readAllLines(copy.resolve("women.csv")));
        assertTrue(women.get(0).startsWith("id,resident_id,"), women.get(0));
        String[] first = women.get(1).split(",", -1);
        String[] later = women.get(20).split(",", -1);
        first[1] = "34052419800101001X";
        later[1] = "34052419800101001X";
        women.set(1, String.join(",", first));
        women.set(20, String.join(",", later));
        // A row repeating the first woman's id, holding the later woman's number too: rejected, not the finding's row.
        String[] repeat = women.get(1).split(",", -1);
        women.add(String.join(",", repeat));
        Files.write(copy.resolve("women.csv"), women);
        FpRun run = FpRun.of("validate", copy.toString());
        assertEquals(1, run.status, run.err);
        String finding = run.out.lines().filter(l -> l.contains("REF_DUPLICATE_RESIDENT_ID")).findFirst()
                .orElseThrow(() -> new AssertionError(run.out));
        assertTrue(finding.matches(".*women\\.csv +21 .*"), run.out);
        assertTrue(run.out.lines().anyMatch(l -> l.contains("ROW_INVALID") && l.matches(".*women\\.csv +" + women.size() + " .*")),
                run.out);
    }

    @Test
    void test_indicatorsMaxRejected_failsOnlyWhenMoreRowsWereLeftOut() throws IOException {
        Path repeated = withRepeatedWoman("max-rejected");
        FpRun within = FpRun.of("indicators", repeated.toString(), "--period", "2009SY", "--quiet", "--max-rejected", "1");
        assertEquals(0, within.status, within.err);
        FpRun over = FpRun.of("indicators", repeated.toString(), "--period", "2009SY", "--quiet", "--max-rejected", "0");
        assertEquals(1, over.status, over.err);
        assertTrue(over.err.strip().endsWith("fp indicators: 1 rejected row(s), more than --max-rejected 0"), over.err);
        assertTrue(!over.out.isEmpty(), "the results are printed before the failure");
        FpRun negative = FpRun.of("indicators", repeated.toString(), "--period", "2009SY", "--max-rejected", "-1");
        assertEquals(2, negative.status, negative.err);
        assertEquals(1, negative.err.strip().lines().count(), negative.err);
    }
}
