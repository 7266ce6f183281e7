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
package io.github.fpkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.json.FpkitJson;
import io.github.fpkit.io.json.ResultJsonWriter;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

class QualityCommandTest {
    private static final String TOWNSHIP = "990102001000";
    private static DemoFolder demo;

    @BeforeAll
    static void extract() {
        demo = DemoFolder.extract();
    }

    @AfterAll
    static void delete() {
        demo.close();
    }

    private static String dir() {
        return demo.folder().toString();
    }

    private static List<Map<String, Object>> json(FpRun run) throws Exception {
        return FpkitJson.mapper(true).readValue(run.out, new TypeReference<>() { });
    }

    @Test
    void test_demoTownship_json_holdsFindingsSmoothedRatesAndFunnelPoints() throws Exception {
        FpRun run = FpRun.of("quality", dir(), "--period", "2009SY", "--area", TOWNSHIP, "--format", "json");
        assertEquals(ExitStatus.SUCCESS, run.status, run.toString());
        List<Map<String, Object>> rows = json(run);
        assertEquals(Set.of("finding", "smoothed", "funnel"), rows.stream().map(r -> r.get("record")).collect(Collectors.toSet()));
        for (Map<String, Object> row : rows) {
            assertEquals("2009SY", row.get("periodCode"));
            assertTrue(row.get("area").toString().startsWith("990102001"), row.toString());
        }
        List<Map<String, Object>> cpr = rows.stream().filter(r -> "smoothed".equals(r.get("record")) && "CPR".equals(r.get("indicator")))
                .collect(Collectors.toList());
        assertEquals(11, cpr.size(), "one smoothed CPR per village");
        for (Map<String, Object> s : cpr) {
            double raw = ((Number) s.get("value")).doubleValue();
            double pooled = ((Number) s.get("reference")).doubleValue();
            double smoothed = ((Number) s.get("smoothed")).doubleValue();
            assertTrue(smoothed >= Math.min(raw, pooled) && smoothed <= Math.max(raw, pooled), s.toString());
            assertEquals(1549 * 100.0 / 1880, pooled, 1e-9, "第1乡's CPR of the README");
        }
    }

    @Test
    void test_table_inBothLanguages_endsWithTheCounts() {
        FpRun zh = FpRun.of("quality", dir(), "--period", "2009SY", "--area", TOWNSHIP, "--indicators", "CPR,SRB");
        assertEquals(ExitStatus.SUCCESS, zh.status, zh.toString());
        assertTrue(zh.out.contains("经验贝叶斯平滑值（另列，不替代原始值）"), zh.out);
        assertTrue(zh.out.strip().endsWith("个漏斗图点"), zh.out);
        FpRun en = FpRun.of("quality", dir(), "--period", "2009SY", "--area", TOWNSHIP, "--indicators", "CPR", "--lang", "en");
        assertTrue(en.out.contains("Funnel plots (around the parent's pooled value)"), en.out);
        assertTrue(en.out.strip().endsWith("11 funnel points"), en.out);
    }

    @Test
    void test_csv_hasTheJsonColumns() {
        FpRun run = FpRun.of("quality", dir(), "--period", "2009SY", "--area", TOWNSHIP, "--format", "csv", "--indicators", "CBR");
        assertEquals(ExitStatus.SUCCESS, run.status, run.toString());
        assertTrue(run.out.startsWith("record,rule,severity,area,areaName,period,periodCode,indicator,unit,method,model,value,"), run.out);
    }

    @Test
    void test_valuesOutsideTheBounds_areErrors_exitOne(@TempDir Path tmp) throws Exception {
        Path bounds = tmp.resolve("bounds.csv");
        Files.writeString(bounds, "indicator,min,max\nCPR,85,95\n", StandardCharsets.UTF_8);
        FpRun run = FpRun.of("quality", dir(), "--period", "2009SY", "--area", TOWNSHIP, "--bounds", bounds.toString(),
                "--indicators", "CPR", "--format", "json");
        assertEquals(ExitStatus.DATA_ERROR, run.status, run.toString());
        List<Map<String, Object>> errors = json(run).stream().filter(r -> "error".equals(r.get("severity"))).collect(Collectors.toList());
        assertTrue(errors.stream().anyMatch(e -> e.get("area").equals(TOWNSHIP) && e.get("rule").equals("OUTLIER_MIN_MAX")), errors.toString());
        assertTrue(errors.stream().allMatch(e -> "[85.0, 95.0]".equals(e.get("threshold"))), errors.toString());
    }

    /** The township's births of 2008SY written as half of 2009SY's: the ratio is 2, beyond ±33 %. */
    @Test
    void test_history_resultsFile_givesTheRatioToEarlierPeriods(@TempDir Path tmp) throws Exception {
        List<IndicatorResult> now = Indicators.compute(CsvRegister.builder().open(demo.folder()), ReportingPeriod.parse("2009SY")).results();
        Path earlier = tmp.resolve("2008SY.json");
        try (ResultJsonWriter out = ResultJsonWriter.open(earlier)) {
            now.stream().filter(r -> r.area().equals(AreaCode.of(TOWNSHIP)) && r.indicator() == Indicator.LIVE_BIRTHS)
                    .map(r -> IndicatorResult.builder().from(r).period(ReportingPeriod.parse("2008SY")).numerator(62).value(62.5).build())
                    .forEach(out::write);
        }
        FpRun run = FpRun.of("quality", dir(), "--period", "2009SY", "--area", TOWNSHIP, "--history", earlier.toString(),
                "--indicators", "LIVE_BIRTHS", "--format", "json");
        assertEquals(ExitStatus.SUCCESS, run.status, run.toString());
        Map<String, Object> f = json(run).stream().filter(r -> "INCONSISTENT_OVER_TIME".equals(r.get("rule"))).findFirst().orElseThrow();
        assertEquals(TOWNSHIP, f.get("area"));
        assertEquals(2.0, ((Number) f.get("statistic")).doubleValue(), 1e-12);
    }

    @Test
    void test_history_registerFolders_areReadForThePeriodsBefore() {
        FpRun run = FpRun.of("quality", dir(), "--period", "2009SY", "--area", TOWNSHIP, "--history", dir() + "," + dir(),
                "--indicators", "WRA", "--format", "json");
        assertEquals(ExitStatus.SUCCESS, run.status, run.toString());
        FpRun four = FpRun.of("quality", dir(), "--period", "2009SY", "--history", String.join(",", dir(), dir(), dir(), dir()));
        assertEquals(ExitStatus.USAGE_OR_IO_ERROR, four.status, four.toString());
        assertTrue(four.err.contains("only 3 earlier periods are compared (2008SY, 2007SY, 2006SY)"), four.err);
    }

    @Test
    void test_help_ofTheQualityCommands() {
        for (String command : List.of("quality", "reconcile", "draft")) {
            FpRun run = FpRun.of(command, "--help");
            assertEquals(0, run.status, command);
            assertTrue(run.out.contains("Usage: fp " + command) && run.out.contains("Exit status:"), run.out);
        }
        assertTrue(FpRun.of("--help").out.contains("quality"));
    }

    @Test
    void test_usageErrors_areOneLine_exitTwo() {
        for (String[] args : List.of(new String[] {"--area", "990102009000"}, new String[] {"--z-threshold", "0"},
                new String[] {"--srb-range", "107"}, new String[] {"--history", "no-such-folder"},
                new String[] {"--bounds", "no-such.json"})) {
            String[] all = new String[args.length + 3];
            all[0] = "quality";
            all[1] = dir();
            all[2] = "--period=2009SY";
            System.arraycopy(args, 0, all, 3, args.length);
            FpRun run = FpRun.of(all);
            assertEquals(ExitStatus.USAGE_OR_IO_ERROR, run.status, run.toString());
            assertEquals(1, run.err.lines().count(), run.err);
            assertTrue(run.err.startsWith("fp quality: "), run.err);
        }
    }
}
