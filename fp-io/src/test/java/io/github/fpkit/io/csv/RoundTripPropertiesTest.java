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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.testing.ResultGenerators;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.RecordGenerators;
import io.github.fpkit.testkit.Theories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class RoundTripPropertiesTest {
    @TempDir
    Path temp;

    private Path newFolder() {
        try {
            return Files.createTempDirectory(temp, "case");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void property_registerWrittenThenRead_givesEqualRecords_inBothModes() {
        qt().withExamples(Theories.ALGEBRAIC).forAll(RecordGenerators.registers()).checkAssert(register -> {
            Path folder = newFolder();
            CsvRegisterWriter.write(register, folder);
            for (boolean strict : new boolean[] {true, false}) {
                CsvRegisterSource source = CsvRegister.builder().strict(strict).open(folder);
                Register back = Register.copyOf(source);
                assertEquals(register.tables(), back.tables());
                assertEquals(register.areas().collect(Collectors.toList()), back.areas().collect(Collectors.toList()));
                assertEquals(register.populationCounts().collect(Collectors.toList()), back.populationCounts().collect(Collectors.toList()));
                assertEquals(register.women().collect(Collectors.toList()), back.women().collect(Collectors.toList()));
                assertEquals(register.births().collect(Collectors.toList()), back.births().collect(Collectors.toList()));
                assertEquals(register.deaths().collect(Collectors.toList()), back.deaths().collect(Collectors.toList()));
                assertEquals(register.contraceptiveEpisodes().collect(Collectors.toList()),
                        back.contraceptiveEpisodes().collect(Collectors.toList()));
                assertEquals(register.pregnancies().collect(Collectors.toList()), back.pregnancies().collect(Collectors.toList()));
                assertEquals(register.procedures().collect(Collectors.toList()), back.procedures().collect(Collectors.toList()));
                assertEquals(register.healthChecks().collect(Collectors.toList()), back.healthChecks().collect(Collectors.toList()));
                assertEquals(register.households().collect(Collectors.toList()), back.households().collect(Collectors.toList()));
                assertEquals(List.of(), source.rowErrors());
            }
        });
    }

    /** Every form the writer can give (UTF-8 with and without a byte-order mark, GB18030, LF and CRLF) reads back. */
    @Test
    void property_resultsWrittenThenRead_giveEqualRecords() {
        Gen<List<IndicatorResult>> lists = in -> {
            List<IndicatorResult> list = new ArrayList<>();
            int n = org.quicktheories.generators.SourceDSL.integers().between(0, 10).generate(in);
            for (int i = 0; i < n; i++) {
                list.add(ResultGenerators.results().generate(in));
            }
            return list;
        };
        Gen<Integer> forms = org.quicktheories.generators.SourceDSL.integers().between(0, 5);
        qt().withExamples(200).forAll(lists, forms).checkAssert((results, form) -> {
            Path file = newFolder().resolve("results.csv");
            Charset encoding = form / 2 == 2 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            ResultCsvWriter.Builder options = ResultCsvWriter.builder().encoding(encoding).byteOrderMark(form / 2 == 1)
                    .lineEnd(form % 2 == 0 ? "\n" : "\r\n");
            try (ResultCsvWriter out = options.open(file)) {
                results.forEach(out::write);
            }
            assertEquals(results, ResultCsvReader.read(file, encoding));
        });
    }

    @Test
    void property_lineNumbersExact_withEmbeddedNewlinesCrlfAndBom() {
        Gen<List<int[]>> rows = in -> {
            List<int[]> list = new ArrayList<>();
            int n = org.quicktheories.generators.SourceDSL.integers().between(1, 12).generate(in);
            for (int i = 0; i < n; i++) {
                int newlines = org.quicktheories.generators.SourceDSL.integers().between(0, 3).generate(in);
                int valid = org.quicktheories.generators.SourceDSL.integers().between(0, 1).generate(in);
                int blank = org.quicktheories.generators.SourceDSL.integers().between(0, 2).generate(in) == 0 ? 1 : 0;
                list.add(new int[] {newlines, valid, blank});
            }
            return list;
        };
        Gen<int[]> style = in -> new int[] {org.quicktheories.generators.SourceDSL.integers().between(0, 1).generate(in),
            org.quicktheories.generators.SourceDSL.integers().between(0, 1).generate(in)};
        qt().withExamples(200).forAll(rows, style).checkAssert((spec, form) -> {
            String eol = form[0] == 1 ? "\r\n" : "\n";
            StringBuilder text = new StringBuilder(form[1] == 1 ? "\uFEFF" : "");
            text.append("household_id,id,area_code,birth_date,marital_status").append(eol);
            long line = 2;
            List<Long> expected = new ArrayList<>();
            for (int i = 0; i < spec.size(); i++) {
                int[] row = spec.get(i);
                if (row[2] == 1) {
                    text.append(eol);
                    line++;
                }
                text.append('"').append("H").append((eol + "h").repeat(row[0])).append('"')
                        .append(",W").append(i).append(",990101001001,").append(row[1] == 1 ? "1980-01-01" : "1980-02-30")
                        .append(",married").append(eol);
                if (row[1] == 0) {
                    expected.add(line);
                }
                line += 1 + row[0];
            }
            Path folder = newFolder();
            try {
                Files.write(folder.resolve("women.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CsvRegisterSource source = CsvRegister.builder().open(folder);
            Register.copyOf(source);
            assertEquals(expected, source.rowErrors().stream().map(RowError::line).collect(Collectors.toList()));
            assertEquals(spec.size(), source.counts().get(RegisterTable.WOMEN).read());
            assertTrue(source.rowErrors().stream().allMatch(e -> e.column().orElse("").equals("birth_date")));
        });
    }
}
