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
package io.github.fpkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Count;
import io.github.fpkit.indicators.CypFactors;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.policy.BirthCircumstances;
import io.github.fpkit.indicators.policy.BirthPolicyRule;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.CsvRegisterWriter;
import io.github.fpkit.model.register.RowCounts;
import io.github.fpkit.io.csv.RowError;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.CountyRegisters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Random registers, with a few cells made invalid, rows repeated and every table split into
 * several part files, give on Spark the single-machine engine's results to the last bit,
 * and the same rejected rows; with a calculator's settings (CYP factors, a province's own
 * policy rule, the fill of unknown statuses), through the API and the job, that
 * calculator's results.
 */
class SparkEqualsSingleMachinePropertiesTest {
    /** A cell made invalid: table, column, and the text it gets. */
    private static final String[][] DAMAGE = {
        {"women.csv", "birth_date", "1980-02-30"},
        {"births.csv", "sex", "x"},
        {"contraception.csv", "method", "magic"},
        {"deaths.csv", "area_code", "12345"},
    };

    @Test
    void property_randomRegistersSplitIntoFiles_sameResultsAndRejectsAsTheSingleMachine() {
        qt().withExamples(4).forAll(CountyRegisters.seeds(), integers().between(1, 3)).checkAssert((seed, parts) -> {
            Path root = temp();
            try {
                Path whole = root.resolve("whole");
                Path split = root.resolve("split");
                CsvRegisterWriter.write(CountyRegisters.register(seed), whole);
                damage(whole, new Random(seed));
                splitInto(whole, split, parts, new Random(seed));

                CsvRegisterSource source = CsvRegister.builder().open(whole);
                ComputedIndicators expected = Indicators.compute(source, CountyRegisters.PERIOD);
                SparkIndicators spark = FpSpark.indicators(SparkRegister.csv(LocalSpark.session(), split.toString(), StandardCharsets.UTF_8),
                        CountyRegisters.PERIOD);

                assertEquals(expected.results(), spark.computed().results());
                assertEquals(expected.unattributedRecords(), spark.computed().unattributedRecords());
                assertEquals(ResultRows.of(expected.results()), spark.results().collectAsList());
                assertEquals(rejects(source.rowErrors()), sparkRejects(spark.rejects().collectAsList()));
                for (Map.Entry<RegisterTable, RowCounts> e : source.counts().entrySet()) {
                    RowCounts counts = spark.rowCounts().get(e.getKey());
                    assertEquals(e.getValue().accepted(), counts.accepted(), e.getKey().toString());
                    assertEquals(e.getValue().rejected(), counts.rejected(), e.getKey().toString());
                }
            } finally {
                delete(root);
            }
        });
    }

    /**
     * Province 99's own rule before 2016, the registers' province: a birth up to order 3 in,
     * whatever the marriage and the permit; China's rule would leave many of them unknown or out.
     */
    private static final BirthPolicyRule PROVINCE_99 = BirthPolicyRule.of("99: three, married or not",
            (Function<BirthCircumstances, PolicyStatus> & Serializable) b -> b.order() <= 3 ? PolicyStatus.IN : PolicyStatus.OUT);

    /** Every setting other than the default: global sterilisation and 5-year implant factors, the user's rule, the fill. */
    static final IndicatorCalculator SETTINGS = IndicatorCalculator.builder()
            .cypFactors(CypFactors.builder().sterilization(10).implantInsertion(3.8).set(CypFactors.Factor.CONDOM, 100).build())
            .policyRules(PolicyRules.china().toBuilder().province("99", PROVINCE_99).build())
            .fillUnknownPolicy(true)
            .build();

    @Test
    void property_withTheCalculatorsSettings_sameResultsAsThatCalculator() {
        Set<String> changed = new TreeSet<>();
        qt().withExamples(4).forAll(CountyRegisters.seeds()).checkAssert(seed -> {
            Path root = temp();
            try {
                CsvRegisterWriter.write(CountyRegisters.register(seed), root);
                ComputedIndicators expected = SETTINGS.compute(CsvRegister.builder().open(root), CountyRegisters.PERIOD);
                SparkIndicators spark = FpSpark.indicators(SparkRegister.csv(LocalSpark.session(), root.toString(), StandardCharsets.UTF_8),
                        CountyRegisters.PERIOD, SETTINGS);

                assertEquals(expected.results(), spark.computed().results());
                assertEquals(ResultRows.of(expected.results()), spark.results().collectAsList());
                // The settings change what they should: against the defaults' results on the same register.
                ComputedIndicators standard = Indicators.compute(CsvRegister.builder().open(root), CountyRegisters.PERIOD);
                for (Indicator i : List.of(Indicator.CYP, Indicator.POLICY_BIRTH_RATE)) {
                    if (!standard.result(CountyRegisters.COUNTY, i).equals(expected.result(CountyRegisters.COUNTY, i))) {
                        changed.add(i.code());
                    }
                }
                RegisterTally china = IndicatorCalculator.tally(CsvRegister.builder().open(root), CountyRegisters.PERIOD);
                if (filled(spark.tally()) != filled(china)) {
                    changed.add("the user's rule");
                }
            } finally {
                delete(root);
            }
        });
        // Without this, a Spark that ignored the settings could pass where the settings happen to change nothing.
        assertEquals(Set.of("CYP", "POLICY_BIRTH_RATE", "the user's rule"), changed);
    }

    private static long filled(RegisterTally tally) {
        return tally.tallies(AreaLevel.COUNTY).get(CountyRegisters.COUNTY).count(Count.POLICY_FILLED_IN_BIRTHS);
    }

    @Test
    void test_job_withCypFactorsAndFill_writesTheCalculatorsRecords_andNamesTheSettings() {
        Path root = temp();
        try {
            Path register = root.resolve("register");
            CsvRegisterWriter.write(CountyRegisters.register(20081001L), register);
            Path out = root.resolve("out");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = FpSparkJob.run(new String[] {"--register", register.toString(), "--period", "2009SY", "--out", out.toString(),
                "--level", "county", "--cyp-factor", "female_sterilization=10", "--cyp-factor", "male_sterilization=10", "--fill-policy"},
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
            IndicatorCalculator calculator = IndicatorCalculator.builder().level(AreaLevel.COUNTY)
                    .cypFactors(CypFactors.builder().sterilization(10).build()).fillUnknownPolicy(true).build();
            ComputedIndicators expected = calculator.compute(CsvRegister.builder().open(register), CountyRegisters.PERIOD);
            List<Row> written = LocalSpark.session().read().schema(ResultRows.SCHEMA).json(out.toString()).collectAsList();
            assertEquals(Set.copyOf(ResultRows.of(expected.results())), Set.copyOf(written));
            String text = err.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("fp-spark: couple-years of protection (CYP) computed with the factors "
                    + CypFactors.builder().sterilization(10).build() + "; not the default: female_sterilization=10, male_sterilization=10\n"),
                    text);
            assertTrue(text.contains("fp-spark: POLICY_BIRTH_RATE counts the births recorded policy=unknown that the policy rules in force "
                    + "on their day judge in (--fill-policy)"), text);
        } finally {
            delete(root);
        }
    }

    /** The single-machine rejects as Spark words them: Spark knows no lines, so a repeat names "an earlier row". */
    private static List<String> rejects(List<RowError> errors) {
        return errors.stream().map(e -> Path.of(e.file()).getFileName() + " " + e.column().orElse("") + " " + e.value() + " "
                + e.reason().replaceAll("of line [0-9]+ \\(", "of an earlier row (")).sorted().collect(Collectors.toList());
    }

    private static List<String> sparkRejects(List<Row> rows) {
        return rows.stream().map(r -> r.getString(0) + ".csv " + (r.isNullAt(3) ? "" : r.getString(3)) + " " + r.getString(4) + " "
                + r.getString(5)).sorted().collect(Collectors.toList());
    }

    /** Makes one cell of a random row invalid in each damaged table that has rows, and repeats a row of each keyed table. */
    private static void damage(Path folder, Random random) {
        for (String table : List.of("women.csv", "births.csv", "households.csv")) {
            Path file = folder.resolve(table);
            List<String> lines = lines(file);
            if (lines.size() > 1) {
                lines.add(lines.get(1 + random.nextInt(lines.size() - 1)));
                write(file, lines);
            }
        }
        for (String[] d : DAMAGE) {
            Path file = folder.resolve(d[0]);
            List<String> lines = lines(file);
            if (lines.size() < 2) {
                continue;
            }
            int column = List.of(lines.get(0).split(",", -1)).indexOf(d[1]);
            int row = 1 + random.nextInt(lines.size() - 1);
            String[] cells = lines.get(row).split(",", -1);
            cells[column] = d[2];
            lines.set(row, String.join(",", cells));
            write(file, lines);
        }
    }

    /** Writes each table as a folder of the table's name holding {@code parts} files, each with the header. */
    private static void splitInto(Path whole, Path split, int parts, Random random) {
        try (Stream<Path> files = Files.list(whole)) {
            for (Path file : files.collect(Collectors.toList())) {
                List<String> lines = lines(file);
                Path dir = split.resolve(file.getFileName().toString());
                Files.createDirectories(dir);
                List<List<String>> chunks = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    List<String> chunk = new ArrayList<>();
                    chunk.add(lines.get(0));
                    chunks.add(chunk);
                }
                // Consecutive runs, as an export cut into files keeps a file's rows in order.
                int cut = 1;
                for (int p = 0; p < parts; p++) {
                    int end = p == parts - 1 ? lines.size() : Math.min(lines.size(), cut + random.nextInt(lines.size()));
                    chunks.get(p).addAll(lines.subList(cut, end));
                    cut = end;
                }
                for (int p = 0; p < parts; p++) {
                    write(dir.resolve("part-" + p + ".csv"), chunks.get(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("fp-spark-prop");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
