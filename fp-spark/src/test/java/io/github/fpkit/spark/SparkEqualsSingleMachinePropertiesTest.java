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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.CsvRegisterWriter;
import io.github.fpkit.model.register.RowCounts;
import io.github.fpkit.io.csv.RowError;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.CountyRegisters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Random registers, with a few cells made invalid, rows repeated and every table split into
 * several part files, give on Spark the single-machine engine's results to the last bit,
 * and the same rejected rows.
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
