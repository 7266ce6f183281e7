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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.json.ResultJsonReader;
import io.github.fpkit.io.json.ResultJsonWriter;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers return themselves, so that writes chain; a register's writer says how many rows each table got. */
class WritersChainTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");

    @TempDir
    Path temp;

    private static IndicatorResult births(long n) {
        return IndicatorResult.builder().area(VILLAGE).period(ReportingPeriod.parse("2009SY")).indicator(Indicator.LIVE_BIRTHS)
                .numerator(n).value(n).build();
    }

    private static Woman woman(String id) {
        return Woman.builder().id(id).areaCode(VILLAGE).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build();
    }

    @Test
    void test_resultWriters_chain() throws IOException {
        Path csv = temp.resolve("results.csv");
        try (ResultCsvWriter out = ResultCsvWriter.open(csv)) {
            assertSame(out, out.write(births(1)).write(births(2)).writeAll(Stream.of(births(3))).write(births(4)));
        }
        assertEquals(List.of(births(1), births(2), births(3), births(4)), ResultCsvReader.read(csv));
        Path json = temp.resolve("results.json");
        try (ResultJsonWriter out = ResultJsonWriter.open(json)) {
            assertSame(out, out.write(births(1)).writeAll(Stream.of(births(2))).write(births(3)));
        }
        assertEquals(List.of(births(1), births(2), births(3)), ResultJsonReader.read(json));
    }

    @Test
    void test_tableWriter_chains() {
        StringWriter text = new StringWriter();
        try (CsvTableWriter<Woman> out = CsvTableWriter.of(CsvTable.WOMEN, text)) {
            assertSame(out, out.write(woman("W1")).writeAll(Stream.of(woman("W2"))).write(woman("W3")));
            assertEquals(3, out.rowsWritten());
        }
        assertEquals(4, text.toString().split("\r\n").length);
    }

    @Test
    void test_registerWriter_countsTheRowsOfEachTable() {
        Register register = Register.builder().add(woman("W1")).add(woman("W2")).withTable(RegisterTable.BIRTHS).build();
        assertEquals(Map.of(RegisterTable.WOMEN, 2L, RegisterTable.BIRTHS, 0L), CsvRegisterWriter.write(register, temp.resolve("r")));
    }

    @Test
    void test_aByteOrderMark_onlyInUtf8_onAStreamToo() {
        ResultCsvWriter.Builder gbk = ResultCsvWriter.builder().encoding(Charset.forName("GBK")).byteOrderMark(true);
        assertThrows(IllegalArgumentException.class, () -> gbk.of(new ByteArrayOutputStream(), "out"));
        assertThrows(IllegalArgumentException.class, () -> gbk.open(temp.resolve("x.csv")));
    }
}
