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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code distributions.csv} (药具发放): read with English headers in UTF-8 and Chinese headers
 * and labels in GBK; its row errors located by line, column and value; written and read
 * back; its unknown women and areas found by validation at their lines.
 */
class DistributionsCsvTest {
    private static final String WOMEN = "id,area_code,birth_date,marital_status\nW1,990101001001,1980-01-01,married\n";
    private static final AreaCode V1 = AreaCode.of("990101001001");
    private static final AreaCode V2 = AreaCode.of("990101001002");

    @TempDir
    Path temp;

    private Path folder(Charset charset, String... namesAndTexts) throws IOException {
        Path folder = Files.createTempDirectory(temp, "register");
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.write(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1].getBytes(charset));
        }
        return folder;
    }

    private static List<Distribution> distributions(CsvRegisterSource source) {
        try (Stream<Distribution> s = source.distributions()) {
            return s.collect(Collectors.toList());
        }
    }

    private static Distribution.Builder row(String date, ContraceptiveMethod method, int quantity) {
        return Distribution.builder().date(LocalDate.parse(date)).method(method).quantity(quantity);
    }

    @Test
    void test_englishHeaders_utf8() throws IOException {
        CsvRegisterSource source = CsvRegister.builder().open(folder(StandardCharsets.UTF_8, "women.csv", WOMEN,
                "distributions.csv", "woman_id,area_code,date,method,quantity\n"
                        + "W1,,2009-01-15,oral_pill,6\n"
                        + ",990101001002,2009/6/1,condom,240\n"
                        + "W1,990101001002,20090202,INJECTABLE,3\n"));
        assertTrue(source.has(RegisterTable.DISTRIBUTIONS));
        assertEquals(List.of(row("2009-01-15", ContraceptiveMethod.ORAL_PILL, 6).womanId("W1").build(),
                row("2009-06-01", ContraceptiveMethod.CONDOM, 240).areaCode(V2).build(),
                row("2009-02-02", ContraceptiveMethod.INJECTABLE, 3).womanId("W1").areaCode(V2).build()), distributions(source));
        assertEquals(RowCounts.of(3, 0), source.counts().get(RegisterTable.DISTRIBUTIONS));
    }

    @Test
    void test_chineseHeadersAndLabels_gbk() throws IOException {
        Charset gbk = Charset.forName("GBK");
        CsvRegisterSource source = CsvRegister.builder().encoding(gbk).open(folder(gbk, "women.csv", WOMEN,
                "distributions.csv", "妇女编号,区划代码,发放日期,措施,数量\n"
                        + "W1,,2009年1月15日,口服药,6\n"
                        + ",990101001001,2009.6.1,避孕套,240\n"
                        + ",990101001001,2009-02-02,避孕针,3\n"
                        + ",990101001001,2009-02-03,针剂,1\n"));
        assertEquals(List.of(ContraceptiveMethod.ORAL_PILL, ContraceptiveMethod.CONDOM, ContraceptiveMethod.INJECTABLE,
                ContraceptiveMethod.INJECTABLE), distributions(source).stream().map(Distribution::method).collect(Collectors.toList()));
        assertEquals(LocalDate.of(2009, 1, 15), distributions(source).get(0).date());
        assertEquals(List.of(), source.rowErrors());
    }

    @Test
    void test_rowErrors_locatedByLineColumnAndValue() throws IOException {
        CsvRegisterSource source = CsvRegister.builder().open(folder(StandardCharsets.UTF_8, "women.csv", WOMEN,
                "distributions.csv", "woman_id,area_code,date,method,quantity\n"
                        + "W1,,2009-01-15,oral_pill,6\n"
                        + ",,2009-01-15,condom,120\n"
                        + "W1,,2009-01-15,condom,0\n"
                        + "W1,,2009-01-15,iud,1\n"
                        + "W1,,2009-02-29,condom,10\n"
                        + "W1,,2009-01-15,condom,-3\n"
                        + "W1,,2009-01-15,condom,\n"));
        assertEquals(1, distributions(source).size());
        List<RowError> errors = source.rowErrors();
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L), errors.stream().map(RowError::line).collect(Collectors.toList()));
        assertEquals(List.of("woman_id", "quantity", "method", "date", "quantity", "quantity"),
                errors.stream().map(e -> e.column().orElseThrow()).collect(Collectors.toList()));
        assertEquals(List.of("", "0", "iud", "2009-02-29", "-3", ""), errors.stream().map(RowError::value).collect(Collectors.toList()));
        assertEquals("a distribution needs a woman_id or an area_code", errors.get(0).reason());
        assertEquals("must be 1 or more", errors.get(1).reason());
        assertEquals("is not distributed: allowed are injectable 针剂, oral_pill 口服药, condom 避孕套", errors.get(2).reason());
        assertTrue(errors.get(3).reason().contains("not a real date"), errors.get(3).reason());
        assertEquals("is required", errors.get(5).reason());
        assertTrue(errors.get(0).file().endsWith("distributions.csv"), errors.get(0).file());
        // A row of distributions.csv has no id of its own to name.
        assertEquals(Optional.empty(), errors.get(1).recordId());
        assertEquals(RowCounts.of(1, 6), source.counts().get(RegisterTable.DISTRIBUTIONS));
    }

    @Test
    void test_writeThenRead_givesTheSameRows_twoEqualRowsStayTwo() throws IOException {
        Distribution pills = row("2009-01-15", ContraceptiveMethod.ORAL_PILL, 6).womanId("W1").build();
        Register register = Register.builder()
                .add(Woman.builder().id("W1").areaCode(V1).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build())
                .add(pills).add(pills)
                .add(row("2009-06-01", ContraceptiveMethod.CONDOM, 240).areaCode(V2).build())
                .add(row("2009-02-02", ContraceptiveMethod.INJECTABLE, Integer.MAX_VALUE).womanId("W1").areaCode(V2).build())
                .build();
        Path folder = Files.createTempDirectory(temp, "written");
        assertEquals(4L, CsvRegisterWriter.write(register, folder).get(RegisterTable.DISTRIBUTIONS));
        assertEquals("woman_id,area_code,date,method,quantity", Files.readAllLines(folder.resolve("distributions.csv")).get(0));
        assertEquals("W1,,2009-01-15,oral_pill,6", Files.readAllLines(folder.resolve("distributions.csv")).get(1));
        assertEquals(register.distributions().collect(Collectors.toList()), distributions(CsvRegister.builder().open(folder)));
    }

    @Test
    void test_aQuantityBeyondAnInt_isARowError() throws IOException {
        CsvRegisterSource source = CsvRegister.builder().open(folder(StandardCharsets.UTF_8, "women.csv", WOMEN,
                "distributions.csv", "woman_id,date,method,quantity\nW1,2009-01-15,condom,2147483648\n"));
        assertEquals(List.of(), distributions(source));
        assertEquals(Optional.of("quantity"), source.rowErrors().get(0).column());
        assertEquals("2147483648", source.rowErrors().get(0).value());
    }

    @Test
    void test_validation_findsUnknownWomenAndAreas_atTheirLines() throws IOException {
        Path folder = folder(StandardCharsets.UTF_8, "areas.csv", "code,name\n990101000000,县\n990101001000,乡\n990101001001,村\n",
                "women.csv", WOMEN,
                "distributions.csv", "woman_id,area_code,date,method,quantity\n"
                        + "W1,,2009-01-15,oral_pill,6\n"
                        + "W9,,2009-01-15,oral_pill,6\n"
                        + ",990101001009,2009-01-15,condom,120\n"
                        + "W1,990101001009,2009-01-15,condom,120\n"
                        + ",990101001001,2009-01-15,condom,120\n");
        ValidationReport report = ValidationReport.of(CsvRegister.builder().open(folder));
        assertEquals(List.of("distributions.csv 3 REF_UNKNOWN_WOMAN woman_id W9", "distributions.csv 4 REF_UNKNOWN_AREA area_code 990101001009",
                "distributions.csv 5 REF_UNKNOWN_AREA area_code 990101001009"),
                report.problems().stream().map(p -> Path.of(p.file()).getFileName() + " " + p.line().orElseThrow() + " " + p.rule() + " "
                        + p.column().orElse("-") + " " + p.value().orElse("-")).collect(Collectors.toList()));
    }
}
