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

import io.github.fpkit.io.json.FpkitJson;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import java.io.IOException;
import java.io.StringWriter;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code births.csv}'s optional {@code birth_permit} (生育证, 准生证, 生育服务证): every accepted
 * spelling, English and UTF-8, Chinese and GBK; a bad value a row error at its line and
 * column; written in both styles and read back; in JSON.
 */
class BirthPermitCsvTest {
    private static final String WOMEN = "id,area_code,birth_date,marital_status\nW1,990101001001,1980-01-01,married\n";

    @TempDir
    Path temp;

    private Path folder(Charset charset, String births) throws IOException {
        Path folder = Files.createTempDirectory(temp, "register");
        Files.write(folder.resolve("women.csv"), WOMEN.getBytes(charset));
        Files.write(folder.resolve("births.csv"), births.getBytes(charset));
        return folder;
    }

    private static List<Optional<Boolean>> permits(CsvRegisterSource source) {
        try (Stream<Birth> s = source.births()) {
            return s.map(Birth::birthPermit).collect(Collectors.toList());
        }
    }

    private static Birth birth(String id, Optional<Boolean> permit) {
        return Birth.builder().id(id).motherId("W1").birthDate(LocalDate.of(2012, 6, 1)).sex(Sex.MALE).birthOrder(2)
                .policy(PolicyStatus.IN).birthPermit(permit).build();
    }

    @Test
    void test_english_everySpelling_utf8() throws IOException {
        StringBuilder rows = new StringBuilder("id,mother_id,birth_date,sex,birth_order,birth_permit\n");
        String[] cells = {"true", "YES", "是", "有", "false", "No", "否", "无", ""};
        for (int i = 0; i < cells.length; i++) {
            rows.append("B").append(i).append(",W1,2012-06-01,male,").append(i + 1).append(',').append(cells[i]).append('\n');
        }
        CsvRegisterSource source = CsvRegister.builder().open(folder(StandardCharsets.UTF_8, rows.toString()));
        Optional<Boolean> yes = Optional.of(true);
        Optional<Boolean> no = Optional.of(false);
        assertEquals(List.of(yes, yes, yes, yes, no, no, no, no, Optional.empty()), permits(source));
        assertEquals(List.of(), source.rowErrors());
    }

    @Test
    void test_chineseHeaders_everyAlias_gbk() throws IOException {
        Charset gbk = Charset.forName("GBK");
        for (String header : List.of("生育证", "准生证", "生育服务证")) {
            CsvRegisterSource source = CsvRegister.builder().encoding(gbk).open(folder(gbk,
                    "编号,母亲编号,出生日期,性别,孩次," + header + "\nB1,W1,2012年6月1日,男,2,有\nB2,W1,2014年6月1日,女,3,否\n"));
            assertEquals(List.of(Optional.of(true), Optional.of(false)), permits(source), header);
        }
    }

    @Test
    void test_aBadValue_isARowError_atItsLineAndColumn() throws IOException {
        CsvRegisterSource source = CsvRegister.builder().open(folder(StandardCharsets.UTF_8,
                "id,mother_id,birth_date,sex,birth_order,birth_permit\nB1,W1,2012-06-01,male,1,yes\nB2,W1,2014-06-01,male,2,maybe\n"));
        assertEquals(1, permits(source).size());
        RowError e = source.rowErrors().get(0);
        assertEquals(3L, e.line());
        assertEquals(Optional.of("birth_permit"), e.column());
        assertEquals("maybe", e.value());
        assertEquals("expected true/false, yes/no, 是/否 or 有/无", e.reason());
        assertTrue(e.file().endsWith("births.csv"), e.file());
        assertEquals(RowCounts.of(1, 1), source.counts().get(RegisterTable.BIRTHS));
    }

    @Test
    void test_writtenInBothStyles_readsBack() throws IOException {
        List<Birth> births = List.of(birth("B1", Optional.of(true)), birth("B2", Optional.of(false)), birth("B3", Optional.empty()));
        StringWriter english = new StringWriter();
        try (CsvTableWriter<Birth> w = CsvTableWriter.of(CsvTable.BIRTHS, english)) {
            births.forEach(w::write);
        }
        assertEquals("id,mother_id,birth_date,sex,birth_order,policy,birth_permit,outcome,death_date",
                english.toString().lines().findFirst().orElseThrow());
        assertEquals(births, permitsRead(StandardCharsets.UTF_8, english.toString(), CsvRegister.builder()));
        Charset gbk = Charset.forName("GBK");
        StringWriter chinese = new StringWriter();
        try (CsvTableWriter<Birth> w = CsvTableWriter.of(CsvTable.BIRTHS, chinese, CsvStyle.CHINESE)) {
            births.forEach(w::write);
        }
        assertEquals(List.of("是", "否", ""), chinese.toString().lines().skip(1).map(l -> l.split(",", -1)[6]).collect(Collectors.toList()));
        assertEquals(births, permitsRead(gbk, chinese.toString(), CsvRegister.builder().encoding(gbk)));
    }

    private List<Birth> permitsRead(Charset charset, String births, CsvRegister.Builder reader) throws IOException {
        try (Stream<Birth> s = reader.open(folder(charset, births)).births()) {
            return s.collect(Collectors.toList());
        }
    }

    @Test
    void test_json_roundTrip() {
        JsonMapper json = FpkitJson.mapper(true);
        for (Birth b : List.of(birth("B1", Optional.of(true)), birth("B2", Optional.of(false)), birth("B3", Optional.empty()))) {
            String text = json.writeValueAsString(b);
            assertEquals(b, json.readValue(text, Birth.class), text);
        }
        assertTrue(json.writeValueAsString(birth("B1", Optional.of(false))).contains("\"birth_permit\":false"),
                json.writeValueAsString(birth("B1", Optional.of(false))));
        Woman w = Woman.builder().id("W1").areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1980, 1, 1))
                .maritalStatus(MaritalStatus.MARRIED).build();
        assertEquals(w, json.readValue(json.writeValueAsString(w), Woman.class));
    }
}
