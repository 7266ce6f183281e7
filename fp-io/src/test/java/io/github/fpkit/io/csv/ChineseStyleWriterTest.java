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

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.RecordGenerators;
import io.github.fpkit.testkit.Theories;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChineseStyleWriterTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path temp;

    @Test
    void test_chineseStyle_headersLabelsAndDates() {
        StringWriter out = new StringWriter();
        try (CsvTableWriter<Birth> w = CsvTableWriter.of(CsvTable.BIRTHS, out, CsvStyle.CHINESE)) {
            w.write(Birth.builder().id("B1").motherId("W1").birthDate(LocalDate.of(2009, 3, 7)).sex(Sex.FEMALE)
                    .birthOrder(1).policy(PolicyStatus.IN).birthPermit(true).build());
        }
        assertEquals("编号,母亲编号,出生日期,性别,孩次,政策属性,生育证,妊娠结局,死亡日期\r\n"
                + "B1,W1,2009年3月7日,女,1,政策内,是,活产,\r\n", out.toString());

        StringWriter pregnancies = new StringWriter();
        try (CsvTableWriter<Pregnancy> w = CsvTableWriter.of(CsvTable.PREGNANCIES, pregnancies, CsvStyle.CHINESE)) {
            w.write(Pregnancy.builder().id("P1").womanId("W1").startDate(LocalDate.of(2008, 12, 1)).planned(false)
                    .outcome(PregnancyOutcome.INDUCED_ABORTION).outcomeDate(LocalDate.of(2009, 1, 20)).build());
        }
        assertEquals("编号,妇女编号,怀孕日期,计划属性,妊娠结局,结局日期\r\n"
                + "P1,W1,2008年12月1日,否,人流,2009年1月20日\r\n", pregnancies.toString());
    }

    @Test
    void test_gbkChineseFile_readsBackToEqualRecords() throws IOException {
        Woman woman = Woman.builder().id("W1").areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1980, 1, 31))
                .maritalStatus(MaritalStatus.REMARRIED).marriageDate(LocalDate.of(2001, 10, 1)).build();
        Path folder = Files.createDirectory(temp.resolve("gbk"));
        try (CsvTableWriter<Woman> w = CsvTableWriter.open(CsvTable.WOMEN, folder.resolve("women.csv"), GBK, CsvStyle.CHINESE)) {
            w.write(woman);
        }
        assertEquals("编号,身份证号,区划代码,户编号,出生日期,婚姻状况,结婚日期,户籍类型\r\n"
                + "W1,,990101001001,,1980年1月31日,再婚,2001年10月1日,常住\r\n",
                Files.readString(folder.resolve("women.csv"), GBK));
        CsvRegisterSource source = CsvRegister.builder().encoding(GBK).strict(true).open(folder);
        try (Stream<Woman> women = source.women()) {
            assertEquals(List.of(woman), women.collect(Collectors.toList()));
        }
    }

    @Test
    void test_characterOutsideEncoding_failsTheWrite_neverReplaced() {
        CsvTableWriter<Area> w = CsvTableWriter.open(CsvTable.AREAS, temp.resolve("areas.csv"), StandardCharsets.US_ASCII,
                CsvStyle.CHINESE);
        w.write(Area.of(AreaCode.of("990101001001"), "第1村"));
        assertThrows(UncheckedIOException.class, w::close);
    }

    @Test
    void property_chineseStyleRegister_readsBackToEqualRecords() {
        qt().withExamples(Theories.ALGEBRAIC).forAll(RecordGenerators.registers()).checkAssert(register -> {
            Path folder = newFolder();
            for (RegisterTable table : register.tables()) {
                write(CsvTable.of(table), register, folder);
            }
            CsvRegisterSource source = CsvRegister.builder().strict(true).open(folder);
            Register back = Register.copyOf(source);
            assertEquals(register.tables(), back.tables());
            for (CsvTable<?> table : CsvTable.all()) {
                assertEquals(records(table, register), records(table, back), table.toString());
            }
        });
    }

    private static <T> void write(CsvTable<T> table, Register register, Path folder) {
        try (CsvTableWriter<T> out = CsvTableWriter.open(table, folder.resolve(table.table().fileName()),
                StandardCharsets.UTF_8, CsvStyle.CHINESE); Stream<T> records = table.streamOf(register)) {
            out.writeAll(records);
        }
    }

    private static <T> List<T> records(CsvTable<T> table, Register register) {
        try (Stream<T> records = table.streamOf(register)) {
            return records.collect(Collectors.toList());
        }
    }

    private Path newFolder() {
        try {
            return Files.createTempDirectory(temp, "case");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
