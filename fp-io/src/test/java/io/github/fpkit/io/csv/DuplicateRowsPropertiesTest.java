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

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.TableRows;
import io.github.fpkit.model.register.RecordKey;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import io.github.fpkit.testkit.CountyRegisters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicating rows of any table with a key never changes an indicator and always adds
 * exactly as many rejected rows, each naming the line of the first row of its key: read
 * from files (rejected by the reader) and from memory (dropped by the engine).
 */
class DuplicateRowsPropertiesTest {
    private static final IndicatorCalculator CALCULATOR = IndicatorCalculator.builder().parallelism(2).build();

    @TempDir
    Path temp;

    @Test
    void property_duplicatedRows_changeNoIndicator_andAreEachRejected() {
        qt().withExamples(40).forAll(CountyRegisters.seeds()).checkAssert(seed -> {
            Register original = CountyRegisters.register(seed);
            Register duplicated = CountyRegisters.withDuplicates(original, seed);
            ComputedIndicators expected = CALCULATOR.compute(original, CountyRegisters.PERIOD);

            ComputedIndicators inMemory = CALCULATOR.compute(duplicated, CountyRegisters.PERIOD);
            assertEquals(expected.results(), inMemory.results());
            CsvRegisterSource files = CsvRegister.builder().minSplitBytes(1).open(written(duplicated));
            ComputedIndicators read = CALCULATOR.compute(files, CountyRegisters.PERIOD);
            assertEquals(expected.results(), read.results());

            long copies = 0;
            for (RegisterTable table : duplicated.tables()) {
                long added = rows(duplicated, table) - rows(original, table);
                copies += added;
                TableRows rows = TableRows.of(RowCounts.of(rows(original, table), added, added),
                        expected.unattributedRecords().getOrDefault(table, 0L));
                assertEquals(rows, inMemory.tableRows().get(table), table.fileName());
                assertEquals(rows, read.tableRows().get(table), table.fileName());
            }
            assertEquals(copies, read.rejectedRows());
            assertEquals(copies, files.rowErrors().size());
            Map<String, Long> firstLine = new HashMap<>();
            for (RowError e : files.rowErrors()) {
                assertTrue(e.reason().matches("repeats the (id|code|area and period) of line \\d+ \\(REF_DUPLICATE_(ID|POPULATION)\\); the first row counts"), e.reason());
                long first = Long.parseLong(e.reason().replaceAll("^\\D+(\\d+).*$", "$1"));
                assertTrue(first < e.line(), e.toString());
                assertEquals(firstLine.computeIfAbsent(e.file() + " " + e.value(), k -> first), first, e.toString());
            }
        });
    }

    @Test
    void property_aLaterRowWithTheSameKey_neverCounts() {
        qt().withExamples(30).forAll(CountyRegisters.seeds()).checkAssert(seed -> {
            Register original = CountyRegisters.register(seed);
            Register repeated = CountyRegisters.withRepeatedWomen(original, seed);
            ComputedIndicators expected = CALCULATOR.compute(original, CountyRegisters.PERIOD);
            assertEquals(expected.results(), CALCULATOR.compute(repeated, CountyRegisters.PERIOD).results());
            CsvRegisterSource files = CsvRegister.builder().open(written(repeated));
            assertEquals(expected.results(), CALCULATOR.compute(files, CountyRegisters.PERIOD).results());
            assertEquals(rows(repeated, RegisterTable.WOMEN) - rows(original, RegisterTable.WOMEN),
                    files.counts().get(RegisterTable.WOMEN).duplicates());
        });
    }

    /**
     * Rows of contraception and health checks have no identity and are all kept, yet a
     * repeated one changes no indicator: a woman's method in use and whether she had a
     * check are the same however often a row says so. (A repeated procedure row counts
     * twice: procedures are counted, and the format gives them no key.)
     */
    @Test
    void property_repeatedEpisodesAndChecks_keptAndChangeNoIndicator() {
        qt().withExamples(30).forAll(CountyRegisters.seeds()).checkAssert(seed -> {
            Register original = CountyRegisters.register(seed);
            Register.Builder b = Register.builder();
            original.tables().forEach(b::withTable);
            original.areas().forEach(b::add);
            original.populationCounts().forEach(b::add);
            original.women().forEach(b::add);
            original.births().forEach(b::add);
            original.deaths().forEach(b::add);
            original.contraceptiveEpisodes().forEach(e -> b.add(e).add(e));
            original.pregnancies().forEach(b::add);
            original.procedures().forEach(b::add);
            original.healthChecks().forEach(c -> b.add(c).add(c));
            original.households().forEach(b::add);
            original.distributions().forEach(b::add);
            Register repeated = b.build();
            ComputedIndicators expected = CALCULATOR.compute(original, CountyRegisters.PERIOD);
            CsvRegisterSource files = CsvRegister.builder().open(written(repeated));
            ComputedIndicators read = CALCULATOR.compute(files, CountyRegisters.PERIOD);
            assertEquals(expected.results(), read.results());
            assertEquals(0, read.rejectedRows());
            assertEquals(2 * rows(original, RegisterTable.CONTRACEPTION), read.tableRows().get(RegisterTable.CONTRACEPTION).accepted());
        });
    }

    /** The case of issue 17: one row of women.csv copied to the end of the file. */
    @Test
    void test_aWomanRowCopiedToTheEnd_isRejected_andStopsAStrictPass() throws IOException {
        Register original = CountyRegisters.register(7);
        Path folder = written(original);
        Path women = folder.resolve("women.csv");
        List<String> lines = Files.readAllLines(women);
        Files.write(women, List.of(lines.get(1)), StandardOpenOption.APPEND);
        long copyLine = lines.size() + 1;

        CsvRegisterSource lenient = CsvRegister.builder().open(folder);
        ComputedIndicators computed = CALCULATOR.compute(lenient, CountyRegisters.PERIOD);
        assertEquals(CALCULATOR.compute(original, CountyRegisters.PERIOD).results(), computed.results());
        assertEquals(RowCounts.of(lines.size() - 1, 1, 1), computed.tableRows().get(RegisterTable.WOMEN).rowCounts());
        RowError error = lenient.rowErrors().get(0);
        assertEquals(copyLine, error.line());
        assertEquals("repeats the id of line 2 (REF_DUPLICATE_ID); the first row counts", error.reason());

        CsvRegisterSource strict = CsvRegister.builder().strict(true).open(folder);
        RowErrorException e = assertThrows(RowErrorException.class, () -> CALCULATOR.compute(strict, CountyRegisters.PERIOD));
        assertEquals(copyLine, e.rowError().line());
    }

    @Test
    void test_tablesWithoutKey_areNotKeyed() {
        assertEquals(List.of(RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES, RegisterTable.HEALTH_CHECKS,
                        RegisterTable.DISTRIBUTIONS),
                List.of(RegisterTable.values()).stream().filter(t -> RecordKey.of(t).isEmpty()).toList());
    }

    private static long rows(Register register, RegisterTable table) {
        return switch (table) {
            case AREAS -> register.areas().count();
            case POPULATION -> register.populationCounts().count();
            case WOMEN -> register.women().count();
            case BIRTHS -> register.births().count();
            case DEATHS -> register.deaths().count();
            case CONTRACEPTION -> register.contraceptiveEpisodes().count();
            case PREGNANCIES -> register.pregnancies().count();
            case PROCEDURES -> register.procedures().count();
            case HEALTH_CHECKS -> register.healthChecks().count();
            case HOUSEHOLDS -> register.households().count();
            case DISTRIBUTIONS -> register.distributions().count();
        };
    }

    private Path written(Register register) {
        try {
            Path folder = Files.createTempDirectory(temp, "register");
            CsvRegisterWriter.write(register, folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
