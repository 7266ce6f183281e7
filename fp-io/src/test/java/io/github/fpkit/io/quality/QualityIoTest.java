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
package io.github.fpkit.io.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Rate;
import io.github.fpkit.indicators.quality.IndicatorBound;
import io.github.fpkit.indicators.quality.IndicatorBounds;
import io.github.fpkit.indicators.quality.QualityCheck;
import io.github.fpkit.indicators.quality.QualityReport;
import io.github.fpkit.io.csv.IndicatorBoundsCsvReader;
import io.github.fpkit.io.csv.QualityCsvWriter;
import io.github.fpkit.io.csv.RowErrorException;
import io.github.fpkit.io.json.FpkitJson;
import io.github.fpkit.io.json.IndicatorBoundsJsonReader;
import io.github.fpkit.io.json.JsonFormatException;
import io.github.fpkit.io.report.QualityJsonWriter;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

class QualityIoTest {
    private static final AreaCode TOWNSHIP = AreaCode.of("990102001000");
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2009SY");

    /** Five villages' CPR, the fifth far below the others: a finding, five smoothed rates, five funnel points. */
    private static QualityReport report() {
        List<IndicatorResult> results = new ArrayList<>();
        long[] users = {80, 85, 78, 82, 20};
        for (int v = 0; v < users.length; v++) {
            Rate rate = Rate.of(Indicator.CPR, users[v], 100);
            results.add(IndicatorResult.builder().area(AreaCode.of("99010200100" + (v + 1))).areaName("1乡" + (v + 1) + "村").period(PERIOD)
                    .indicator(Indicator.CPR).numerator(users[v]).denominator(100).value(rate.value().getAsDouble()).build());
        }
        return QualityCheck.standard().check(results, Optional.of(TOWNSHIP), List.of());
    }

    @Test
    void test_json_isOneFlatObjectPerFindingSmoothedRateAndFunnelPoint() throws Exception {
        QualityReport report = report();
        List<Map<String, Object>> rows = FpkitJson.mapper(true).readValue(QualityJsonWriter.toJson(report), new TypeReference<>() { });
        assertEquals(report.findings().size() + 5 + 5, rows.size());
        for (Map<String, Object> row : rows) {
            assertEquals(io.github.fpkit.io.internal.QualityRows.REPORT_COLUMNS, List.copyOf(row.keySet()));
        }
        Map<String, Object> finding = rows.stream().filter(r -> "OUTLIER_MODIFIED_Z_SCORE".equals(r.get("rule"))).findFirst().orElseThrow();
        assertEquals("finding", finding.get("record"));
        assertEquals("OUTLIER_MODIFIED_Z_SCORE", finding.get("rule"));
        assertEquals("warning", finding.get("severity"));
        assertEquals("990102001005", finding.get("area"));
        assertEquals("CPR", finding.get("indicator"));
        assertEquals("modified_z_score", finding.get("method"));
        assertEquals(20, finding.get("value"));
        assertEquals("3.5", finding.get("threshold"));
        assertEquals("2008-10-01/2009-09-30", finding.get("period"));
        assertEquals("2009SY", finding.get("periodCode"));
        List<Object> kinds = rows.stream().map(r -> r.get("record")).distinct().collect(Collectors.toList());
        assertEquals(List.of("finding", "smoothed", "funnel"), kinds);
        Map<String, Object> funnel = rows.get(rows.size() - 1);
        assertEquals("below_998", funnel.get("position"));
        assertEquals("binomial", funnel.get("model"));
        assertEquals(69, funnel.get("reference"));
    }

    @Test
    void test_csv_hasTheSameColumnsAndRows() {
        QualityReport report = report();
        StringWriter out = new StringWriter();
        QualityCsvWriter.write(report, out);
        List<String> lines = out.toString().lines().collect(Collectors.toList());
        assertEquals(String.join(",", io.github.fpkit.io.internal.QualityRows.REPORT_COLUMNS), lines.get(0));
        assertEquals(1 + report.findings().size() + 10, lines.size());
        assertTrue(lines.contains("finding,OUTLIER_MODIFIED_Z_SCORE,warning,990102001005,1乡5村,2008-10-01/2009-09-30,2009SY,CPR,%,"
                + "modified_z_score,,20,,,80,-20.235,3.5,,,,,,,,,1乡5村（990102001005）综合避孕率为20.00%，在990102001000的5个村中的修正Z分数为-20.24"
                + "（中位数80.00，绝对中位差2.00），绝对值达到阈值3.5,\"CPR of 1乡5村 (990102001005) is 20.00 %; its modified z-score across the 5 "
                + "villages of 990102001000 is -20.24 (median 80.00, MAD 2.00), |M| ≥ 3.5\""), lines.toString());
        assertTrue(out.toString().endsWith("\n") && !out.toString().contains("\r"));
    }

    @Test
    void test_boundsFromJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bounds.json");
        Files.writeString(file, "[ {\"indicator\": \"CPR\", \"min\": 60, \"max\": 95},\n"
                + "  {\"indicator\": \"SRB\", \"area\": \"990102001003\", \"max\": 130} ]", StandardCharsets.UTF_8);
        IndicatorBounds bounds = IndicatorBoundsJsonReader.read(file);
        assertEquals(List.of(IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.of(95)),
                IndicatorBound.of(Indicator.SRB, AreaCode.of("990102001003"), OptionalDouble.empty(), OptionalDouble.of(130))), bounds.bounds());
    }

    @Test
    void test_badJsonBounds_nameTheirPlace(@TempDir Path dir) throws Exception {
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, "[\n {\"indicator\": \"CPR\", \"mini\": 60}\n]", StandardCharsets.UTF_8);
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> IndicatorBoundsJsonReader.read(unknown));
        assertTrue(e.getMessage().contains("unknown property 'mini'") && e.getMessage().contains("line 2"), e.getMessage());
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "[ {\"indicator\": \"CPR\"} ]", StandardCharsets.UTF_8);
        JsonFormatException none = assertThrows(JsonFormatException.class, () -> IndicatorBoundsJsonReader.read(empty));
        assertTrue(none.getMessage().contains("needs a min, a max or both"), none.getMessage());
        Path code = dir.resolve("code.json");
        Files.writeString(code, "[ {\"indicator\": \"CPX\", \"min\": 1} ]", StandardCharsets.UTF_8);
        assertThrows(JsonFormatException.class, () -> IndicatorBoundsJsonReader.read(code));
    }

    @Test
    void test_boundsFromCsv_withChineseHeaders(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bounds.csv");
        Files.writeString(file, "指标代码,区划代码,下限,上限\nCPR,,60,95\nSRB,990102001003,,130\n", StandardCharsets.UTF_8);
        assertEquals(2, IndicatorBoundsCsvReader.read(file).bounds().size());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "indicator,min,max\nCPR,60,95\nCBR,20,10\n", StandardCharsets.UTF_8);
        RowErrorException e = assertThrows(RowErrorException.class, () -> IndicatorBoundsCsvReader.read(bad));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "indicator,min\nCPR,60\nCPR,70\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> IndicatorBoundsCsvReader.read(twice));
    }
}
