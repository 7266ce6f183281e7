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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.indicators.validation.RegisterValidator;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.BrokenRegisters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validating a register written to a CSV folder finds what validating it in memory finds,
 * each finding at the line of its record's row in the file (registers with no repeated key,
 * which the CSV reader may reject as rows of their own).
 */
class CsvValidationPropertiesTest {
    @TempDir
    Path temp;

    private static String said(Finding f) {
        return String.join("|", f.rule(), f.table().code(), f.recordId(), f.field().orElse(""), f.value().orElse(""),
                f.message().replaceAll(" \\(first on line \\d+\\)$", ""));
    }

    private static Map<String, Long> counted(Collection<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(CsvValidationPropertiesTest::said, TreeMap::new, Collectors.counting()));
    }

    /** The register with only the first row of each key of each table. */
    private static Register firstOfEachKey(Register register) {
        Register.Builder b = Register.builder();
        register.tables().forEach(b::withTable);
        keep(register.areas(), a -> a.code().toString()).forEach(b::add);
        keep(register.populationCounts(), p -> p.areaCode() + " " + p.period()).forEach(b::add);
        keep(register.women(), Woman::id).forEach(b::add);
        keep(register.births(), Birth::id).forEach(b::add);
        keep(register.deaths(), Death::id).forEach(b::add);
        register.contraceptiveEpisodes().forEach(b::add);
        keep(register.pregnancies(), Pregnancy::id).forEach(b::add);
        register.procedures().forEach(b::add);
        register.healthChecks().forEach(b::add);
        keep(register.households(), Household::id).forEach(b::add);
        return b.build();
    }

    private static <T> List<T> keep(Stream<T> records, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        return records.filter(r -> seen.add(key.apply(r))).collect(Collectors.toList());
    }

    /** The records of a table in the order the folder's file holds them, each on its own line (no field spans lines). */
    private static List<?> records(RegisterSource source, RegisterTable table) {
        Function<RegisterSource, Stream<?>> stream = Map.<RegisterTable, Function<RegisterSource, Stream<?>>>of(
                RegisterTable.AREAS, RegisterSource::areas, RegisterTable.POPULATION, RegisterSource::populationCounts,
                RegisterTable.WOMEN, RegisterSource::women, RegisterTable.BIRTHS, RegisterSource::births,
                RegisterTable.DEATHS, RegisterSource::deaths, RegisterTable.CONTRACEPTION, RegisterSource::contraceptiveEpisodes,
                RegisterTable.PREGNANCIES, RegisterSource::pregnancies, RegisterTable.PROCEDURES, RegisterSource::procedures,
                RegisterTable.HEALTH_CHECKS, RegisterSource::healthChecks, RegisterTable.HOUSEHOLDS, RegisterSource::households)
                .get(table);
        try (Stream<?> s = stream.apply(source)) {
            return s.collect(Collectors.toList());
        }
    }

    private static String key(Object record) {
        if (record instanceof Area) {
            return ((Area) record).code().toString();
        }
        if (record instanceof PopulationCount) {
            return ((PopulationCount) record).areaCode().toString();
        }
        if (record instanceof Woman) {
            return ((Woman) record).id();
        }
        if (record instanceof Birth) {
            return ((Birth) record).id();
        }
        if (record instanceof Death) {
            return ((Death) record).id();
        }
        if (record instanceof Pregnancy) {
            return ((Pregnancy) record).id();
        }
        if (record instanceof Household) {
            return ((Household) record).id();
        }
        if (record instanceof ContraceptiveEpisode) {
            return ((ContraceptiveEpisode) record).womanId();
        }
        if (record instanceof Procedure) {
            return ((Procedure) record).womanId();
        }
        return ((HealthCheck) record).womanId();
    }

    @Test
    void csvFolder_findsWhatTheRegisterInMemoryFinds_eachAtItsRecordsLine() {
        qt().withExamples(60).forAll(BrokenRegisters.registers()).checkAssert(broken -> {
            Register register = firstOfEachKey(broken);
            Path folder;
            try {
                folder = Files.createTempDirectory(temp, "register");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CsvRegisterWriter.write(register, folder);
            CsvRegisterSource source = CsvRegister.builder().open(folder);
            List<Finding> found = RegisterValidator.validate(source);
            assertEquals(List.of(), source.rowErrors());
            assertEquals(counted(RegisterValidator.validate(register)), counted(found));
            for (Finding f : found) {
                int row = (int) f.line().orElseThrow(() -> new AssertionError("no line: " + f)) - 2;
                String named = key(records(register, f.table()).get(row));
                assertTrue(f.recordId().equals(named) || f.recordId().startsWith(named + " "), f + " names " + named);
            }
            ValidationReport report = ValidationReport.of(CsvRegister.builder().open(folder));
            assertEquals(found.size(), report.problems().size());
            assertTrue(report.problems().stream().allMatch(p -> p.file().startsWith(folder.toString()) && p.line().isPresent()));
        });
    }
}
