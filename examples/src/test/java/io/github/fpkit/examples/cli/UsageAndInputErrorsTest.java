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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs and options that must fail, and how: the exit status, and one line on stderr. */
class UsageAndInputErrorsTest {
    @TempDir
    static Path temp;

    static Path register;

    @BeforeAll
    static void generateRegister() {
        register = RegisterFolders.generated(temp.resolve("register"), 120, 2, 7);
    }

    static void assertOneLine(FpRun run) {
        assertEquals(1, run.err.strip().lines().count(), run::toString);
        assertFalse(run.err.contains("\tat "), run::toString);
        assertFalse(run.err.contains("Exception"), run::toString);
    }

    // --- unreadable tables

    private static Path withBirths(String name) throws IOException {
        Path copy = RegisterFolders.copy(register, temp.resolve(name));
        Files.delete(copy.resolve("births.csv"));
        return copy;
    }

    private static void assertUnreadable(Path folder, String cause) {
        for (FpRun run : new FpRun[] {FpRun.of("validate", folder.toString()), FpRun.of("indicators", folder.toString(), "--period", "2009SY")}) {
            assertEquals(1, run.status, run::toString);
            assertOneLine(run);
            assertTrue(run.err.contains(folder.resolve("births.csv") + ": cannot be read: " + cause), run::toString);
        }
    }

    @Test
    void test_birthsThatIsAFolder_isDataError() throws IOException {
        Path folder = withBirths("births-folder");
        Files.createDirectory(folder.resolve("births.csv"));
        assertUnreadable(folder, "it is a folder");
    }

    @Test
    void test_birthsThatIsASymlinkLoop_isDataError() throws IOException {
        Path folder = withBirths("births-loop");
        Files.createSymbolicLink(folder.resolve("births.csv"), Path.of("births.csv"));
        assertUnreadable(folder, "");
    }

    @Test
    void test_birthsThatIsADanglingSymlink_isDataError() throws IOException {
        Path folder = withBirths("births-dangling");
        Files.createSymbolicLink(folder.resolve("births.csv"), folder.resolve("gone.csv"));
        assertUnreadable(folder, "it is a link to a file that does not exist");
    }

    @Test
    void test_absentOptionalTable_isFine() throws IOException {
        Path folder = withBirths("births-absent");
        assertEquals(0, FpRun.of("validate", folder.toString()).status);
        assertEquals(0, FpRun.of("indicators", folder.toString(), "--period", "2009SY").status);
    }

    // --- one line per cause

    private static Path withCell(String name, String table, int column, String value) throws IOException {
        Path copy = RegisterFolders.copy(register, temp.resolve(name));
        List<String> lines = Files.readAllLines(copy.resolve(table));
        String[] cells = lines.get(1).split(",", -1);
        cells[column] = value;
        lines.set(1, String.join(",", cells));
        Files.write(copy.resolve(table), lines);
        return copy;
    }

    @Test
    void test_validate_rejectedPopulationCount_isExplainedOnOneLine() throws IOException {
        String[] counts = {"-5", "NaN", "0x1F", "9223372036854775808"};
        for (int i = 0; i < counts.length; i++) {
            FpRun run = FpRun.of("validate", withCell("count-" + i, "population.csv", 2, counts[i]).toString());
            assertEquals(1, run.status, run::toString);
            assertOneLine(run);
            assertTrue(run.err.contains(" and "), run::toString);
        }
    }

    @Test
    void test_validate_unknownArea_isExplainedOnOneLine() throws IOException {
        FpRun women = FpRun.of("validate", withCell("unknown-area-woman", "women.csv", 2, "990102001009").toString());
        assertEquals(1, women.status, women::toString);
        FpRun population = FpRun.of("validate", withCell("unknown-area-population", "population.csv", 0, "990102001009").toString());
        assertEquals(1, population.status, population::toString);
        // The row names an area no table knows and leaves its village without a row: at most one line for each.
        assertTrue(population.err.strip().lines().count() <= 2, population::toString);
        assertTrue(population.err.lines().allMatch(l -> l.startsWith("fp validate: ") && l.contains(" and ")), population::toString);
    }

    // --- options

    @Test
    void test_periodBeforeYearOne_isUsageError() {
        FpRun run = FpRun.of("indicators", register.toString(), "--period", "0000SY");
        assertEquals(2, run.status, run::toString);
        assertOneLine(run);
        assertTrue(run.err.contains("'0000SY': starts before the year 1"), run::toString);
        assertEquals(2, FpRun.of("summary", register.toString(), "--period", "0000", "--area", "990102001000").status);
        assertEquals(0, FpRun.of("indicators", register.toString(), "--period", "0001", "--indicators", "WRA").status);
    }

    @Test
    void test_confidenceOutsideHalfTo0_9999_isUsageError() {
        for (String bad : new String[] {"4.9e-324", "0.4999", "0.99999", "1", "NaN", "-0.95"}) {
            FpRun run = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--confidence", bad);
            assertEquals(2, run.status, run::toString);
            assertOneLine(run);
            assertTrue(run.err.contains("must be from 0.5 to 0.9999"), run::toString);
        }
        for (String good : new String[] {"0.5", "0.9999"}) {
            assertEquals(0, FpRun.of("indicators", register.toString(), "--period", "2009SY", "--confidence", good, "--indicators",
                    "CPR").status, good);
        }
    }

    @Test
    void test_generateNoVillages_isUsageError() {
        Path out = temp.resolve("no-villages");
        FpRun run = FpRun.of("generate", out.toString(), "--women", "10", "--villages", "0");
        assertEquals(2, run.status, run::toString);
        assertOneLine(run);
        assertTrue(run.err.contains("--villages '0': must be 1 or more"), run::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void test_emptyFolderArgument_isUsageError() {
        for (FpRun run : new FpRun[] {FpRun.of("validate", ""), FpRun.of("indicators", "", "--period", "2009SY"),
                FpRun.of("summary", "", "--period", "2009SY", "--area", "990102001000")}) {
            assertEquals(2, run.status, run::toString);
            assertOneLine(run);
            assertTrue(run.err.contains("DIR '': empty"), run::toString);
        }
        for (String blank : new String[] {"", " "}) {
            FpRun generate = FpRun.of("generate", blank, "--women", "3");
            assertEquals(2, generate.status, generate::toString);
            assertOneLine(generate);
            assertTrue(generate.err.contains("OUT '" + blank + "': empty"), generate::toString);
            assertFalse(Files.exists(Path.of(blank).toAbsolutePath().resolve("women.csv")), "wrote into the working folder");
        }
    }
}
