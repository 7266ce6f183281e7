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

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Count;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Rate;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.quality.FunnelLevel;
import io.github.fpkit.indicators.quality.FunnelPlot;
import io.github.fpkit.indicators.quality.FunnelPoint;
import io.github.fpkit.indicators.quality.QualityCheck;
import io.github.fpkit.indicators.quality.QualityReport;
import io.github.fpkit.indicators.quality.Reconciliation;
import io.github.fpkit.indicators.quality.RegisterReport;
import io.github.fpkit.indicators.quality.ReportReconciliation;
import io.github.fpkit.indicators.quality.SmoothedRate;
import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.BirthCounts;
import io.github.fpkit.indicators.report.StatedRate;
import io.github.fpkit.indicators.report.WomenCounts;
import io.github.fpkit.io.csv.QualityCsvWriter;
import io.github.fpkit.io.json.FpkitJson;
import io.github.fpkit.io.report.QualityJsonWriter;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/**
 * Every column of the rows {@code fp quality} and {@code fp reconcile} write as JSON and CSV (docs/QUALITY.md, "Output
 * columns" and "fp reconcile columns"), for every kind of row.
 */
class QualityRowsTest {
    private static final AreaCode TOWNSHIP = AreaCode.of("990102001000");
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2009SY");
    private static final String ISO = "2008-10-01/2009-09-30";

    /** QualityIoTest's five villages: CPR 80, 85, 78, 82 and 20 % of 100 married WRA each. */
    private static QualityReport report() {
        List<IndicatorResult> results = new ArrayList<>();
        long[] users = {80, 85, 78, 82, 20};
        for (int v = 0; v < users.length; v++) {
            Rate rate = Rate.of(Indicator.CPR, users[v], 100);
            results.add(IndicatorResult.builder().area(AreaCode.of("99010200100" + (v + 1))).areaName("1乡" + (v + 1) + "村")
                    .period(PERIOD).indicator(Indicator.CPR).numerator(users[v]).denominator(100).value(rate.value().getAsDouble())
                    .build());
        }
        return QualityCheck.standard().check(results, Optional.of(TOWNSHIP), List.of());
    }

    /** ReconciliationValuesTest's township: 125 births (65 boys, 60 girls), 10,862 people, 1,549 users of 1,880 married WRA. */
    private static RegisterTally township() {
        AreaTally counts = AreaTally.builder().add(Count.LIVE_BIRTHS, 125).add(Count.MALE_BIRTHS, 65).add(Count.FEMALE_BIRTHS, 60)
                .add(Count.MARRIED_WRA, 1880).add(Count.WRA, 2534).add(Count.USERS_IUD, 1000).add(Count.USERS_FEMALE_STERILIZATION, 549)
                .add(Count.DEATHS, 75).build();
        return RegisterTally.builder(PERIOD).add(AreaCode.of("990102001001"), counts).population(TOWNSHIP, new BigDecimal("10862"))
                .name(TOWNSHIP, "第1乡").build();
    }

    /** docs/QUALITY.md's example: births.total stated as 110 and married WRA as 2,100; CPR stated 82.4, CBR 11.50. */
    private static Reconciliation reconciliation() {
        Set<RegisterTable> all = EnumSet.allOf(RegisterTable.class);
        AggregateReport drafted = RegisterReport.of(township(), TOWNSHIP, all, 2);
        AggregateReport altered = AggregateReport.builder().from(drafted)
                .births(BirthCounts.builder().from(drafted.births()).total(110).build())
                .women(WomenCounts.builder().from(drafted.women()).married(2100).build())
                .statedRates(List.of(StatedRate.parse(Indicator.CPR, "82.4"), StatedRate.parse(Indicator.CBR, "11.50"))).build();
        return ReportReconciliation.standard().reconcile(altered, township(), all);
    }

    private static List<Map<String, Object>> json(String text) throws Exception {
        return FpkitJson.mapper(true).readValue(text, new TypeReference<>() { });
    }

    private static Map<String, Object> row(List<String> columns, Object... values) {
        assertEquals(columns.size(), values.length);
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }

    private static final List<String> RECONCILIATION = List.of("record", "area", "areaName", "period", "periodCode", "code", "field",
            "register", "stated", "difference", "verificationFactor", "expected", "consistent", "severity", "chineseMessage",
            "englishMessage");

    /**
     * The counts and rates of docs/QUALITY.md's example, every column: married WRA 1880 against 2100 (difference −220, VF
     * 1880 / 2100 = 0.8952…, outside [0.90, 1.10]: an error), male births 65 against the drafted 65 (VF 1, written as the
     * integer 1, no severity), CPR 1549 / 1880 = 82.3936… % stated 82.4 (expected 82.4, consistent) and CBR 125 / 10862 ×
     * 1000 = 11.5080… ‰ stated 11.50 (expected 11.51, inconsistent: an error). The messages are the ones docs/QUALITY.md
     * prints and ReconciliationValuesTest checks.
     */
    @Test
    void test_reconciliationJson_everyColumnOfCountAndRateRows() throws Exception {
        Reconciliation r = reconciliation();
        List<Map<String, Object>> rows = json(QualityJsonWriter.toJson(r));
        assertEquals(r.counts().size() + 2, rows.size());
        for (Map<String, Object> row : rows) {
            assertEquals(RECONCILIATION, List.copyOf(row.keySet()));
        }
        Map<String, Object> married = rows.stream().filter(x -> "women.married".equals(x.get("field"))).findFirst().orElseThrow();
        assertEquals(row(RECONCILIATION, "count", "990102001000", "第1乡", ISO, "2009SY", married.get("code"), "women.married", 1880, "2100",
                -220, 1880.0 / 2100, null, null, "error", "登记" + "已婚育龄妇女" + "1880，报表2100，差-220，核实系数0.8952",
                "the register counts 1880 married WRA, the report states 2100, a difference of -220; VF 0.8952"), married);
        Map<String, Object> male = rows.stream().filter(x -> "births.male".equals(x.get("field"))).findFirst().orElseThrow();
        assertEquals(row(RECONCILIATION, "count", "990102001000", "第1乡", ISO, "2009SY", "MALE_BIRTHS", "births.male", 65, "65", 0, 1,
                null, null, null, male.get("chineseMessage"), male.get("englishMessage")), male);
        assertEquals("the register counts 65 male births, the report states 65, a difference of 0; VF 1.0000", male.get("englishMessage"));
        Map<String, Object> cpr = rows.get(rows.size() - 2);
        assertEquals(row(RECONCILIATION, "rate", "990102001000", "第1乡", ISO, "2009SY", "CPR", "statedRates.CPR", 1549.0 / 1880 * 100,
                "82.4", null, null, "82.4", true, null, "报表综合避孕率82.4%，登记计算为82.4%（1549 / 1880），在报告精度内一致",
                "the report states CPR 82.4 %, the register gives 82.4 %, consistent at the stated precision"), cpr);
        Map<String, Object> cbr = rows.get(rows.size() - 1);
        assertEquals(row(RECONCILIATION, "rate", "990102001000", "第1乡", ISO, "2009SY", "CBR", "statedRates.CBR", cbr.get("register"),
                "11.50", null, null, "11.51", false, "error", "报表人口出生率11.50‰，登记计算为11.51‰（125 / 10862），超出报告精度允许的误差±0.005",
                cbr.get("englishMessage")), cbr);
        assertEquals(125.0 / 10862 * 1000, (Double) cbr.get("register"), 1e-12);
    }

    /** The same rows as CSV: the same columns, absent cells empty, decimals in their shortest form, LF line ends. */
    @Test
    void test_reconciliationCsv_sameRowsAsText() {
        Reconciliation r = reconciliation();
        StringWriter out = new StringWriter();
        QualityCsvWriter.write(r, out);
        String text = out.toString();
        List<String> lines = text.lines().collect(Collectors.toList());
        assertEquals(String.join(",", RECONCILIATION), lines.get(0));
        assertEquals(1 + r.counts().size() + 2, lines.size());
        assertEquals("rate,990102001000,第1乡," + ISO + ",2009SY,CPR,statedRates.CPR," + (1549.0 / 1880 * 100) + ",82.4,,,82.4,true,,"
                + "报表综合避孕率82.4%，登记计算为82.4%（1549 / 1880），在报告精度内一致,"
                + "\"the report states CPR 82.4 %, the register gives 82.4 %, consistent at the stated precision\"", lines.get(lines.size() - 2));
        assertEquals(true, lines.stream().anyMatch(l -> l.startsWith("count,990102001000,第1乡," + ISO + ",2009SY,MALE_BIRTHS,births.male,65,65,0,1,,,,")),
                text);
        assertEquals(true, lines.stream().anyMatch(l -> l.contains(",women.married,1880,2100,-220," + (1880.0 / 2100) + ",,,error,")), text);
        assertEquals(true, text.endsWith("\n") && !text.contains("\r"));
    }

    private static final List<String> REPORT = List.of("record", "rule", "severity", "area", "areaName", "period", "periodCode",
            "indicator", "unit", "method", "model", "value", "numerator", "denominator", "reference", "statistic", "threshold",
            "smoothed", "weight", "tau2", "lower95", "upper95", "lower998", "upper998", "position", "chineseMessage", "englishMessage");

    /**
     * Every column of a smoothed rate's and a funnel point's rows. The counts are the villages' own (20 of 100 users); the pooled
     * value and the funnel's target are (80 + 85 + 78 + 82 + 20) / 500 = 69 %; the model is binomial (CPR is a proportion); the
     * smoothed value, its weight, τ² and the limits are the ones fp-indicators computes and tests, read from the report's
     * objects, since this test is about where each lands.
     */
    @Test
    void test_reportJson_everyColumnOfSmoothedAndFunnelRows() throws Exception {
        QualityReport report = report();
        List<Map<String, Object>> rows = json(QualityJsonWriter.toJson(report));
        for (Map<String, Object> row : rows) {
            assertEquals(REPORT, List.copyOf(row.keySet()));
        }
        int findings = report.findings().size();
        SmoothedRate s = report.smoothed().get(4);
        assertEquals("990102001005", s.area().toString());
        assertEquals(row(REPORT, "smoothed", null, null, "990102001005", "1乡5村", ISO, "2009SY", "CPR", "%", "empirical_bayes", "binomial",
                20, 20, 100, 69, null, null, s.smoothed().getAsDouble(), s.weight(), null, null, null, null, null, null, null, null),
                rows.get(findings + 4));
        FunnelPlot plot = report.funnelPlots().get(0);
        FunnelPoint p = plot.points().get(4);
        assertEquals("990102001005", p.area().toString());
        assertEquals(row(REPORT, "funnel", null, null, "990102001005", "1乡5村", ISO, "2009SY", "CPR", "%", "funnel_plot", "binomial",
                20, 20, 100, 69, null, null, null, null, number(plot.limits().tau2()), p.band().lower(FunnelLevel.P95),
                p.band().upper(FunnelLevel.P95), p.band().lower(FunnelLevel.P998), p.band().upper(FunnelLevel.P998), "below_998", null, null),
                rows.get(findings + 5 + 4));
        Map<String, Object> first = rows.get(0);
        assertEquals(Arrays.asList("finding", null, null), Arrays.asList(first.get("record"), first.get("numerator"), first.get("smoothed")));
    }

    /** A whole decimal is written as an integer in JSON, as result records are. */
    private static Object number(double value) {
        return value == Math.rint(value) ? (Object) (int) value : (Object) value;
    }

    /** The smoothed row as CSV: the counts as integers, the pooled 69 as "69", absent columns empty. */
    @Test
    void test_reportCsv_smoothedRow() {
        QualityReport report = report();
        StringWriter out = new StringWriter();
        QualityCsvWriter.write(report, out);
        List<String> lines = out.toString().lines().collect(Collectors.toList());
        SmoothedRate s = report.smoothed().get(4);
        assertEquals("smoothed,,,990102001005,1乡5村," + ISO + ",2009SY,CPR,%,empirical_bayes,binomial,20,20,100,69,,,"
                + s.smoothed().getAsDouble() + "," + s.weight() + ",,,,,,,,", lines.get(1 + report.findings().size() + 4));
    }

    /** The writers leave the caller's stream open but flushed (their javadoc): a buffered stream passes every row on. */
    @Test
    void test_writers_flushTheCallersBufferedStream() throws Exception {
        Reconciliation r = reconciliation();
        StringWriter csv = new StringWriter();
        QualityCsvWriter.write(r, new BufferedWriter(csv));
        assertEquals(1 + r.counts().size() + 2, csv.toString().lines().count());
        StringWriter json = new StringWriter();
        QualityJsonWriter.write(report(), new BufferedWriter(json));
        assertEquals(report().findings().size() + 10, json(json.toString()).size());
    }
}
