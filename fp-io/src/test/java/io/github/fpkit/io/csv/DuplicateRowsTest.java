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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.CountyRegisters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row that repeats the key of an earlier row of its table (an id, an area's code, a
 * population row's area and period) is a row error naming both lines; the first row counts.
 */
class DuplicateRowsTest {
    private static final String WOMEN_HEADER = "id,area_code,birth_date,marital_status\n";

    @TempDir
    Path temp;

    private Path folder(Map<String, String> files) {
        try {
            Path folder = Files.createTempDirectory(temp, "register");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> read(CsvRegisterSource source, CsvTable<T> table) {
        try (Stream<T> s = source.stream(table)) {
            return s.collect(Collectors.toList());
        }
    }

    @Test
    void test_repeatedWoman_laterRowRejected_namingBothLines() {
        Path folder = folder(Map.of("women.csv", WOMEN_HEADER + "W1,990101001001,1980-01-01,married\n"
                + "W2,990101001001,1981-01-01,married\n" + "W1,990101001002,1990-01-01,unmarried\n"));
        CsvRegisterSource source = CsvRegister.builder().open(folder);
        List<Woman> women = read(source, CsvTable.WOMEN);
        assertEquals(List.of("W1", "W2"), women.stream().map(Woman::id).collect(Collectors.toList()));
        assertEquals("990101001001", women.get(0).areaCode().toString());
        assertEquals(RowCounts.of(2, 1, 1), source.counts().get(RegisterTable.WOMEN));
        RowError error = source.rowErrors().get(0);
        assertEquals(4, error.line());
        assertEquals("id", error.column().orElseThrow());
        assertEquals("W1", error.value());
        assertEquals("W1", error.recordId().orElseThrow());
        assertEquals("repeats the id of line 2 (REF_DUPLICATE_ID); the first row counts, this one is left out", error.reason());
    }

    @Test
    void test_repeatedPopulationRow_inAnotherNotation_rejected() {
        Path folder = folder(Map.of("women.csv", WOMEN_HEADER, "population.csv",
                "area_code,period,average_population\n990101001001,2009SY,100\n990101001001,2008-10-01/2009-09-30,100\n"
                        + "990101001001,2010SY,100\n"));
        CsvRegisterSource source = CsvRegister.builder().open(folder);
        assertEquals(2, read(source, CsvTable.POPULATION).size());
        RowError error = source.rowErrors().get(0);
        assertEquals(3, error.line());
        assertEquals("990101001001 2008-10-01/2009-09-30", error.value());
        assertEquals("repeats the area and period of line 2 (REF_DUPLICATE_POPULATION); the first row counts, this one is left out",
                error.reason());
        assertEquals(RowCounts.of(2, 1, 1), source.counts().get(RegisterTable.POPULATION));
    }

    @Test
    void test_repeatedAreaCode_rejected_firstNameKept() {
        Path folder = folder(Map.of("women.csv", WOMEN_HEADER, "areas.csv",
                "code,name\n990101001001,East\n990101001001,West\n"));
        CsvRegisterSource source = CsvRegister.builder().open(folder);
        assertEquals("East", read(source, CsvTable.AREAS).get(0).name());
        assertEquals(3, source.rowErrors().get(0).line());
        assertEquals(RowCounts.of(1, 1, 1), source.counts().get(RegisterTable.AREAS));
    }

    @Test
    void test_repeatedBirthId_rejected_eventTablesWithoutIdNot() {
        Path folder = folder(Map.of("women.csv", WOMEN_HEADER + "W1,990101001001,1980-01-01,married\n", "births.csv",
                "id,mother_id,birth_date,sex,birth_order\nB1,W1,2009-01-01,male,1\nB1,W1,2009-01-01,male,1\n",
                "procedures.csv", "woman_id,type,date\nW1,iud_insertion,2009-02-01\nW1,iud_insertion,2009-02-01\n"));
        CsvRegisterSource source = CsvRegister.builder().open(folder);
        assertEquals(1, read(source, CsvTable.BIRTHS).size());
        assertEquals(2, read(source, CsvTable.PROCEDURES).size());
        assertEquals(RowCounts.of(1, 1, 1), source.counts().get(RegisterTable.BIRTHS));
    }

    @Test
    void test_strict_repeatedWoman_throwsAtItsRow() {
        Path folder = folder(Map.of("women.csv", WOMEN_HEADER + "W1,990101001001,1980-01-01,married\n"
                + "W1,990101001001,1980-01-01,married\n"));
        CsvRegisterSource source = CsvRegister.builder().strict(true).open(folder);
        RowErrorException e = assertThrows(RowErrorException.class, () -> read(source, CsvTable.WOMEN));
        assertEquals(3, e.rowError().line());
        assertEquals(RowCounts.of(1, 1, 1), source.counts().get(RegisterTable.WOMEN));
    }

    @Test
    void test_parallelWomen_repeatAcrossParts_sameCountsAndErrorsAsSequential() {
        StringBuilder csv = new StringBuilder(WOMEN_HEADER);
        for (int i = 1; i <= 300; i++) {
            csv.append("W").append(i % 250).append(",990101001001,1980-01-01,married\n");
        }
        Path folder = folder(Map.of("women.csv", csv.toString()));
        CsvRegisterSource sequential = CsvRegister.builder().open(folder);
        read(sequential, CsvTable.WOMEN);
        CsvRegisterSource parallel = CsvRegister.builder().minSplitBytes(1).open(folder);
        try (Stream<Woman> s = parallel.women()) {
            s.parallel().forEach(w -> { });
        }
        assertEquals(RowCounts.of(250, 50, 50), sequential.counts().get(RegisterTable.WOMEN));
        assertEquals(sequential.counts(), parallel.counts());
        assertEquals(sequential.rowErrors(), parallel.rowErrors());
    }

    /**
     * Duplicating rows of the tables with a key, each after its original, changes no
     * indicator and adds exactly that many rejected rows (rows of events without an id, such
     * as two equal procedures, may be real and are not duplicates).
     */
    @Test
    void property_duplicatedRows_changeNoIndicator_addThatManyRejectedRows() {
        List<RegisterTable> keyed = List.of(RegisterTable.AREAS, RegisterTable.POPULATION, RegisterTable.WOMEN, RegisterTable.BIRTHS,
                RegisterTable.DEATHS, RegisterTable.PREGNANCIES, RegisterTable.HOUSEHOLDS);
        qt().withExamples(40).forAll(CountyRegisters.seeds(), longs().all(), integers().between(1, 12)).checkAssert((seed, draw, n) -> {
            Register register = CountyRegisters.register(seed);
            Path original = folder(Map.of());
            CsvRegisterWriter.write(register, original);
            Path repeated = folder(Map.of());
            CsvRegisterWriter.write(register, repeated);
            Random random = new Random(draw);
            int added = 0;
            for (int k = 0; k < n; k++) {
                added += duplicateARow(repeated.resolve(keyed.get(random.nextInt(keyed.size())).fileName()), random);
            }
            CsvRegisterSource originalSource = CsvRegister.builder().open(original);
            ComputedIndicators expected = IndicatorCalculator.standard().compute(originalSource, CountyRegisters.PERIOD);
            CsvRegisterSource source = CsvRegister.builder().open(repeated);
            ComputedIndicators actual = IndicatorCalculator.standard().compute(source, CountyRegisters.PERIOD);
            assertEquals(expected.results(), actual.results());
            assertEquals(expected.unattributedRecords(), actual.unattributedRecords());
            // The register may repeat a household id already: its later rows are rejected in both.
            assertEquals(originalSource.totalCounts().rejected() + added, source.totalCounts().rejected());
            assertEquals(originalSource.totalCounts().duplicates() + added, source.totalCounts().duplicates());
        });
    }

    /** Copies a random row of the file to a random place after it; @return 1, or 0 if the file has no row to copy */
    private static int duplicateARow(Path file, Random random) {
        try {
            if (!Files.exists(file)) {
                return 0;
            }
            List<String> lines = new ArrayList<>(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n")));
            if (lines.size() < 2 || lines.stream().anyMatch(l -> l.contains("\""))) {
                return 0;
            }
            int row = 1 + random.nextInt(lines.size() - 1);
            lines.add(row + 1 + random.nextInt(lines.size() - row), lines.get(row));
            Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
