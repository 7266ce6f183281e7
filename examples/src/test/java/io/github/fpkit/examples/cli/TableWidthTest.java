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
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table fits 120 terminal columns unless {@code --wide}, which prints one line a row. */
class TableWidthTest {
    @TempDir
    static Path temp;

    static Path register;
    static Path damaged;

    /** A register whose validation gives long messages: a rejected woman whose records refer to her, an unknown mother. */
    @BeforeAll
    static void generateRegisters() throws IOException {
        register = RegisterFolders.generated(temp.resolve("register"), 400, 3, 5);
        damaged = RegisterFolders.copy(register, temp.resolve("damaged"));
        List<String> women = Files.readAllLines(damaged.resolve("women.csv"));
        women.set(2, women.get(2).replace(",married,", ",marred,"));
        Files.write(damaged.resolve("women.csv"), women);
        List<String> births = Files.readAllLines(damaged.resolve("births.csv"));
        String[] cells = births.get(1).split(",", -1);
        cells[1] = "W9999999";
        births.set(1, String.join(",", cells));
        Files.write(damaged.resolve("births.csv"), births);
    }

    private static int widest(String out) {
        return out.lines().mapToInt(DisplayWidth::of).max().orElse(0);
    }

    private static Path report() throws URISyntaxException {
        return Path.of(TableWidthTest.class.getResource("/reports/shifan-2009SY-inconsistent.json").toURI());
    }

    @Test
    void test_everyTable_fits120Columns_andWideIsWider() throws Exception {
        List<List<String>> commands = List.of(
                List.of("indicators", register.toString(), "--period", "2009SY", "--level", "all"),
                List.of("indicators", register.toString(), "--period", "2009SY", "--level", "all", "--lang", "en"),
                List.of("validate", damaged.toString()),
                List.of("audit", report().toString()),
                List.of("audit", report().toString(), "--lang", "en"),
                List.of("summary", register.toString(), "--period", "2009SY", "--area", "990102001000", "--lang", "en"));
        for (List<String> command : commands) {
            FpRun run = FpRun.of(command.toArray(String[]::new));
            String table = command.get(0).equals("summary") ? run.out.substring(run.out.indexOf("\n") + 1) : run.out;
            assertTrue(widest(table) <= TextTable.DEFAULT_WIDTH, command + " is " + widest(table) + " columns wide:\n" + run.out);
            // The Chinese table of the indicators and the summary's fit as they are; the others wrap.
            boolean wraps = !command.get(0).equals("summary") && !command.equals(commands.get(0));
            if (wraps) {
                FpRun wide = FpRun.of(command.stream().collect(Collectors.collectingAndThen(Collectors.toList(), l -> {
                    l.add("--wide");
                    return l.toArray(String[]::new);
                })));
                assertTrue(widest(wide.out) > TextTable.DEFAULT_WIDTH, command + " --wide:\n" + wide.out);
                assertTrue(wide.out.lines().count() < run.out.lines().count(), command + " --wide wraps nothing");
            }
        }
    }
}
