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
package io.github.fpkit.indicators.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Count;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.BirthCounts;
import io.github.fpkit.indicators.report.CountFigure;
import io.github.fpkit.indicators.report.StatedRate;
import io.github.fpkit.indicators.report.WomenCounts;
import io.github.fpkit.indicators.testing.VillageResults;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.register.RegisterTable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reconciliations, their count and rate comparisons as values and messages, and the drafted report they start from. */
class ReconciliationValuesTest {
    private static final Set<RegisterTable> ALL = EnumSet.allOf(RegisterTable.class);

    /** ReportReconciliationTest's township: 125 births (65 boys, 60 girls), 10,862 people, 1,549 users of 1,880 married WRA. */
    private static RegisterTally township() {
        AreaTally counts = AreaTally.builder().add(Count.LIVE_BIRTHS, 125).add(Count.MALE_BIRTHS, 65).add(Count.FEMALE_BIRTHS, 60)
                .add(Count.MARRIED_WRA, 1880).add(Count.WRA, 2534).add(Count.USERS_IUD, 1000).add(Count.USERS_FEMALE_STERILIZATION, 549)
                .add(Count.DEATHS, 75).build();
        return RegisterTally.builder(VillageResults.PERIOD).add(VillageResults.village(1), counts)
                .population(VillageResults.TOWNSHIP, new BigDecimal("10862")).name(VillageResults.TOWNSHIP, "第1乡").build();
    }

    private static CountFigure figure(String code) {
        return CountFigure.all().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** docs/QUALITY.md's example: births.total stated as 110 (VF 125 / 110) and married WRA as 2,100 (VF 1880 / 2100 = 0.8952). */
    private static AggregateReport altered(List<StatedRate> rates) {
        AggregateReport report = RegisterReport.of(township(), VillageResults.TOWNSHIP, ALL, 2);
        return AggregateReport.builder().from(report).births(BirthCounts.builder().from(report.births()).total(110).build())
                .women(WomenCounts.builder().from(report.women()).married(2100).build()).statedRates(rates).build();
    }

    /** 90 and 110 of 100 are the verification factors 0.90 and 1.10 exactly: the bounds are included. */
    @Test
    void test_verificationFactors_onTheBounds_areWithin() {
        CountFigure births = figure("LIVE_BIRTHS");
        assertTrue(new CountComparison(births, 90, 100, 0.90, 1.10).isWithinBounds());
        assertTrue(new CountComparison(births, 110, 100, 0.90, 1.10).isWithinBounds());
        assertFalse(new CountComparison(births, 89, 100, 0.90, 1.10).isWithinBounds());
        assertFalse(new CountComparison(births, 111, 100, 0.90, 1.10).isWithinBounds());
        assertTrue(new CountComparison(births, 111, 100, 0.90, 1.10).isFinding());
        assertFalse(new CountComparison(births, 5, 0, 0.90, 1.10).isWithinBounds(), "undefined");
    }

    @Test
    void test_countComparisons_inBothLanguages_andAsValues() {
        Reconciliation r = ReportReconciliation.standard().reconcile(altered(List.of()), township(), ALL);
        CountComparison married = r.counts().stream().filter(c -> c.count().figure().path().equals("women.married")).findFirst().orElseThrow();
        assertEquals(1880, married.register());
        assertEquals(2100, married.stated());
        assertEquals("the register counts 1880 married WRA, the report states 2100, a difference of -220; VF 0.8952", married.englishMessage());
        assertEquals("登记" + married.count().figure().chineseName() + "1880，报表2100，差-220，核实系数0.8952", married.chineseMessage());
        CountComparison births = r.counts().stream().filter(c -> c.count().figure().path().equals("births.total")).findFirst().orElseThrow();
        assertEquals("the register counts 125 live births, the report states 110, a difference of 15; VF 1.1364", births.englishMessage());
        CountComparison male = new CountComparison(figure("MALE_BIRTHS"), 65, 60, 0.9, 1.1);
        assertEquals("MALE_BIRTHS births.male: register 65, stated 60, VF " + 65.0 / 60, male.toString());
        CountComparison undefined = new CountComparison(figure("DEATHS"), 75, 0, 0.9, 1.1);
        assertEquals(OptionalDouble.empty(), undefined.verificationFactor());
        assertEquals("DEATHS deaths: register 75, stated 0, VF undefined", undefined.toString().replace(figure("DEATHS").figure().path(), "deaths"));
        assertEquals("登记" + figure("DEATHS").figure().chineseName() + "75，报表0，差75，报表为0而登记不为0，核实系数无定义", undefined.chineseMessage());
        assertTrue(undefined.englishMessage().endsWith(", a difference of 75; VF undefined: the report states 0"), undefined.englishMessage());
        assertEquals(new CountComparison(figure("MALE_BIRTHS"), 65, 60, 0.9, 1.1), male);
        assertEquals(new CountComparison(figure("MALE_BIRTHS"), 65, 60, 0.9, 1.1).hashCode(), male.hashCode());
        for (CountComparison other : new CountComparison[] {new CountComparison(figure("FEMALE_BIRTHS"), 65, 60, 0.9, 1.1),
                new CountComparison(figure("MALE_BIRTHS"), 66, 60, 0.9, 1.1), new CountComparison(figure("MALE_BIRTHS"), 65, 61, 0.9, 1.1),
                new CountComparison(figure("MALE_BIRTHS"), 65, 60, 0.9, 1.05)}) {
            assertNotEquals(male, other);
            assertNotEquals(male.hashCode(), other.hashCode());
        }
        assertNotEquals(male, "MALE_BIRTHS");
    }

    /**
     * CPR = 1549 / 1880 = 82.39 % is 82.4 at one decimal; CBR = 125 / 10862 × 1000 = 11.508 ‰ is 11.51, not the stated 11.50
     * (off by 0.008, beyond ±0.005).
     */
    @Test
    void test_rateComparisons_inBothLanguages_andAsValues() {
        List<StatedRate> stated = List.of(StatedRate.parse(Indicator.CPR, "82.4"), StatedRate.parse(Indicator.CBR, "11.50"));
        Reconciliation r = ReportReconciliation.standard().reconcile(altered(stated), township(), ALL);
        RateComparison cpr = r.rates().get(0);
        RateComparison cbr = r.rates().get(1);
        assertEquals(stated.get(0), cpr.stated());
        assertEquals("报表综合避孕率82.4%，登记计算为82.4%（1549 / 1880），在报告精度内一致", cpr.chineseMessage());
        assertEquals("the report states CPR 82.4 %, the register gives 82.4 %, consistent at the stated precision", cpr.englishMessage());
        assertEquals("CPR: stated 82.4 %, register 1549 / 1880, consistent", cpr.toString());
        assertEquals("报表人口出生率11.50‰，登记计算为11.51‰（125 / 10862），超出报告精度允许的误差±0.005", cbr.chineseMessage());
        assertEquals("CBR: stated 11.50 ‰, register 125 / 10862, inconsistent", cbr.toString());
        RateComparison again = ReportReconciliation.standard().reconcile(altered(stated), township(), ALL).rates().get(0);
        assertEquals(again, cpr);
        assertEquals(again.hashCode(), cpr.hashCode());
        assertNotEquals(cpr, cbr);
        assertNotEquals(cpr.hashCode(), cbr.hashCode());
        RateComparison otherValue = ReportReconciliation.standard().reconcile(altered(List.of(StatedRate.parse(Indicator.CPR, "82.39"))),
                township(), ALL).rates().get(0);
        assertNotEquals(cpr, otherValue);
        assertNotEquals(cpr, "CPR");
    }

    /** A CPR over no married WRA is undefined: inconsistent with any stated value. */
    @Test
    void test_undefinedRate_inBothLanguages() {
        AreaTally none = AreaTally.builder().add(Count.LIVE_BIRTHS, 1).build();
        RateComparison cpr = new RateComparison(StatedRate.parse(Indicator.CPR, "82.4"), ExactRate.of(Indicator.CPR, none).orElseThrow());
        assertEquals(OptionalDouble.empty(), cpr.register());
        assertEquals("undefined", cpr.expected());
        assertTrue(cpr.isFinding());
        assertEquals("报表综合避孕率82.4%，登记中该率分母为0，无定义", cpr.chineseMessage());
        assertEquals("the report states CPR 82.4 %; the register's is undefined (its denominator is 0)", cpr.englishMessage());
        assertEquals("CPR: stated 82.4 %, register 0 / 0, inconsistent", cpr.toString());
    }

    /** Two counts outside [0.90, 1.10] and one inconsistent rate are three findings. */
    @Test
    void test_reconciliation_countsItsFindings_andIsAValue() {
        List<StatedRate> stated = List.of(StatedRate.parse(Indicator.CPR, "82.4"), StatedRate.parse(Indicator.CBR, "11.50"));
        Reconciliation r = ReportReconciliation.standard().reconcile(altered(stated), township(), ALL);
        assertEquals(3, r.findings());
        assertEquals(VillageResults.PERIOD, r.period());
        assertEquals(0.90, r.low());
        assertEquals(1.10, r.high());
        assertEquals("reconciliation of 990102001000 2009SY: " + r.counts().size() + " counts, 2 rates, 3 findings", r.toString());
        Reconciliation same = ReportReconciliation.standard().reconcile(altered(stated), township(), ALL);
        assertEquals(same, r);
        assertEquals(same.hashCode(), r.hashCode());
        Reconciliation wider = ReportReconciliation.of(0.8, 1.2).reconcile(altered(stated), township(), ALL);
        assertNotEquals(wider, r);
        assertNotEquals(wider.hashCode(), r.hashCode());
        assertEquals(1, wider.findings(), "only the rate: VF 0.8952 and 1.1364 are within [0.8, 1.2]");
        assertNotEquals(r, "reconciliation");
    }

    @Test
    void test_reconciliationBounds_atTheirEdges() {
        ReportReconciliation zero = ReportReconciliation.of(0, 0);
        assertEquals(0, zero.low());
        assertEquals(0, zero.high());
        assertEquals(1.10, ReportReconciliation.standard().high());
        assertEquals("reconciliation, VF within [0.9, 1.1]", ReportReconciliation.standard().toString());
        assertEquals(1, ReportReconciliation.of(1, 1).low());
        assertThrows(IllegalArgumentException.class, () -> ReportReconciliation.of(-0.1, 1));
    }

    @Test
    void test_reportWithoutAreaCode_isRefused() {
        AggregateReport report = AggregateReport.builder().from(altered(List.of())).areaCode(Optional.empty()).build();
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ReportReconciliation.standard().reconcile(report, township(), ALL));
        assertEquals("areaCode", e.field());
    }

    /**
     * The drafted report states the township's population and each rate the audit recomputes from its counts, CBR
     * 125000 / 10862 = 11.5080095… ‰ as 12 at 0 decimals and 11.508010 at 6; no count is stated as a rate, and without
     * births.csv no rate of births is stated.
     */
    @Test
    void test_draftedReport_statesPopulationAndRates() {
        AggregateReport whole = RegisterReport.of(township(), VillageResults.TOWNSHIP, ALL, 0);
        assertEquals(new BigDecimal("10862"), whole.population().average().orElseThrow());
        StatedRate cbr = whole.statedRates().stream().filter(s -> s.indicator() == Indicator.CBR).findFirst().orElseThrow();
        assertEquals(new BigDecimal("12"), cbr.value());
        assertEquals(new BigDecimal("11.508010"), RegisterReport.of(township(), VillageResults.TOWNSHIP, ALL, RegisterReport.MAX_DECIMALS)
                .statedRates().stream().filter(s -> s.indicator() == Indicator.CBR).findFirst().orElseThrow().value());
        assertTrue(whole.statedRates().stream().noneMatch(s -> s.indicator().isCount()));
        List<Indicator> noBirths = RegisterReport.of(township(), VillageResults.TOWNSHIP, EnumSet.complementOf(EnumSet.of(RegisterTable.BIRTHS)), 2)
                .statedRates().stream().map(StatedRate::indicator).collect(Collectors.toList());
        assertTrue(noBirths.contains(Indicator.CPR), noBirths.toString());
        assertFalse(noBirths.contains(Indicator.CBR), noBirths.toString());
        assertThrows(IllegalArgumentException.class, () -> RegisterReport.of(township(), VillageResults.TOWNSHIP, ALL, -1));
        assertEquals(AreaCode.of("990102001000"), whole.areaCode().orElseThrow());
    }
}
