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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.ConfidenceInterval;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result CSV's columns and forms for scripts and Excel, and what the reader checks of them. */
class ResultCsvFormsTest {
    private static final ReportingPeriod SY2009 = ReportingPeriod.parse("2009SY");
    private static final AreaCode TOWNSHIP = AreaCode.of("990101001000");

    @TempDir
    Path temp;

    /** One result of each status: a count, a defined rate with its interval at 90 %, an undefined rate. */
    private static List<IndicatorResult> results() {
        return List.of(
                IndicatorResult.builder().area(TOWNSHIP).areaName("第1乡").period(SY2009).indicator(Indicator.LIVE_BIRTHS)
                        .numerator(125).value(125).build(),
                IndicatorResult.builder().area(TOWNSHIP).areaName("第1乡").period(SY2009).indicator(Indicator.CBR)
                        .numerator(125).denominator(10862).value(11.5).interval(ConfidenceInterval.of(9.9, 13.3, 0.9)).build(),
                IndicatorResult.builder().area(AreaCode.of("990101001001")).areaName("1村").period(SY2009)
                        .indicator(Indicator.SRB).numerator(3).denominator(0).build());
    }

    private static byte[] written(ResultCsvWriter.Builder options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ResultCsvWriter out = options.of(bytes, "test")) {
            out.writeAll(results().stream());
        }
        return bytes.toByteArray();
    }

    @Test
    void test_default_utf8_lf_statusLevelConfidenceAndPeriodCode() {
        assertEquals(String.join("\n",
                ResultCsvWriter.HEADER,
                "990101001000,第1乡,2008-10-01/2009-09-30,LIVE_BIRTHS,125,,125,count,,,,count,township,2009SY",
                "990101001000,第1乡,2008-10-01/2009-09-30,CBR,125,10862,11.5,‰,9.9,13.3,0.9,defined,township,2009SY",
                "990101001001,1村,2008-10-01/2009-09-30,SRB,3,0,,per 100 females,,,,undefined,village,2009SY", ""),
                new String(written(ResultCsvWriter.builder()), StandardCharsets.UTF_8));
        assertEquals(String.join(",", ResultCsvWriter.COLUMNS), ResultCsvWriter.HEADER);
    }

    @Test
    void test_excel_byteOrderMarkBeforeTheSameText() {
        byte[] plain = written(ResultCsvWriter.builder());
        byte[] excel = written(ResultCsvWriter.builder().byteOrderMark(true));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(excel, 3));
        assertArrayEquals(plain, Arrays.copyOfRange(excel, 3, excel.length));
    }

    @Test
    void test_gbk_andCrlf() {
        Charset gbk = Charset.forName("GBK");
        String text = new String(written(ResultCsvWriter.builder().encoding(gbk).lineEnd("\r\n")), gbk);
        assertEquals(new String(written(ResultCsvWriter.builder()), StandardCharsets.UTF_8).replace("\n", "\r\n"), text);
    }

    @Test
    void test_byteOrderMarkOutsideUtf8_isRejected() {
        ResultCsvWriter.Builder options = ResultCsvWriter.builder().encoding(Charset.forName("GBK")).byteOrderMark(true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> options.open(temp.resolve("x.csv")));
        assertEquals("a byte-order mark is written only in UTF-8, not in GBK", e.getMessage());
    }

    @Test
    void test_otherLineEnd_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultCsvWriter.builder().lineEnd("\r"));
        assertEquals("lineEnd must be \"\\n\" or \"\\r\\n\": \"\\r\"", e.getMessage());
    }

    @Test
    void test_characterGbkCannotEncode_failsInsteadOfWritingAQuestionMark() {
        IndicatorResult rare = IndicatorResult.builder().area(TOWNSHIP).areaName("𠀀乡").period(SY2009)
                .indicator(Indicator.LIVE_BIRTHS).numerator(1).value(1).build();
        ResultCsvWriter.Builder gbk = ResultCsvWriter.builder().encoding(Charset.forName("GBK"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
            try (ResultCsvWriter out = gbk.open(temp.resolve("rare.csv"))) {
                out.write(rare);
            }
        });
        assertTrue(e.getMessage().endsWith("rare.csv: a character that the encoding cannot hold; UTF-8 and GB18030 hold "
                + "every character"), e.getMessage());
    }

    @Test
    void test_everyForm_readsBack() throws IOException {
        Path gbk = temp.resolve("gbk.csv");
        Files.write(gbk, written(ResultCsvWriter.builder().encoding(Charset.forName("GBK")).lineEnd("\r\n")));
        assertEquals(results(), ResultCsvReader.read(gbk, Charset.forName("GBK")));
        Path excel = temp.resolve("excel.csv");
        Files.write(excel, written(ResultCsvWriter.builder().byteOrderMark(true)));
        assertEquals(results(), ResultCsvReader.read(excel));
    }

    @Test
    void test_fileWithTheContractsTenColumnsOnly_reads_withoutAConfidenceLevel() throws IOException {
        Path old = temp.resolve("old.csv");
        Files.writeString(old, "area,areaName,period,indicator,numerator,denominator,value,unit,ciLow,ciHigh\r\n"
                + "990101001000,第1乡,2009SY,CBR,125,10862,11.5,‰,9.9,13.3\r\n");
        IndicatorResult r = ResultCsvReader.read(old).get(0);
        assertEquals(SY2009, r.period());
        assertTrue(r.ciLow().isPresent() && r.confidenceLevel().isEmpty(), r.toString());
    }

    @Test
    void test_derivedColumnsThatDisagreeWithTheRecord_areRowErrors() throws IOException {
        String row = "990101001000,第1乡,2008-10-01/2009-09-30,CBR,125,10862,11.5,‰,9.9,13.3,0.9,";
        assertRejected(row + "undefined,township,2009SY", "status", "undefined");
        assertRejected(row + "defined,village,2009SY", "level", "village");
        assertRejected(row + "defined,township,2009", "periodCode", "2009");
        assertRejected(row.replace(",0.9,", ",1.5,") + "defined,township,2009SY", null, "");
    }

    private void assertRejected(String row, String column, String value) throws IOException {
        Path file = temp.resolve("bad.csv");
        Files.writeString(file, ResultCsvWriter.HEADER + "\n" + row + "\n");
        RowErrorException e = assertThrows(RowErrorException.class, () -> ResultCsvReader.read(file));
        assertEquals(2, e.rowError().line(), e.getMessage());
        if (column != null) {
            assertEquals(column, e.rowError().column().orElseThrow(), e.getMessage());
            assertEquals(value, e.rowError().value(), e.getMessage());
        }
    }
}
