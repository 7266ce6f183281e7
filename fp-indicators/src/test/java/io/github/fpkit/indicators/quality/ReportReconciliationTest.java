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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Count;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.BirthCounts;
import io.github.fpkit.indicators.report.ReportAudit;
import io.github.fpkit.indicators.report.StatedRate;
import io.github.fpkit.indicators.report.WomenCounts;
import io.github.fpkit.indicators.testing.VillageResults;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.CountyRegisters;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportReconciliationTest {
    private static final Set<RegisterTable> ALL = EnumSet.allOf(RegisterTable.class);
    private static final AreaCode VILLAGE = VillageResults.village(1);

    /** 第1乡's one village: 125 births (65 boys, 60 girls), 10,862 people, 1,880 married WRA of whom 1,549 use a method. */
    private static RegisterTally township() {
        AreaTally counts = AreaTally.builder().add(Count.LIVE_BIRTHS, 125).add(Count.MALE_BIRTHS, 65).add(Count.FEMALE_BIRTHS, 60)
                .add(Count.MARRIED_WRA, 1880).add(Count.WRA, 2534).add(Count.USERS_IUD, 1000).add(Count.USERS_FEMALE_STERILIZATION, 549)
                .add(Count.DEATHS, 75).build();
        return RegisterTally.builder(VillageResults.PERIOD).add(VILLAGE, counts).population(VillageResults.TOWNSHIP, new BigDecimal("10862"))
                .name(VillageResults.TOWNSHIP, "第1乡").build();
    }

    private static AggregateReport drafted() {
        return RegisterReport.of(township(), VillageResults.TOWNSHIP, ALL, 2);
    }

    @Test
    void test_reportMadeFromItsRegister_reconcilesExactly() {
        Reconciliation r = ReportReconciliation.standard().reconcile(drafted(), township(), ALL);
        assertEquals(VillageResults.TOWNSHIP, r.area());
        assertEquals("第1乡", r.areaName().orElseThrow());
        assertFalse(r.hasFindings(), r.toString());
        assertTrue(r.counts().stream().allMatch(c -> c.verificationFactor().getAsDouble() == 1.0), r.counts().toString());
        assertTrue(r.rates().stream().allMatch(RateComparison::isConsistent), r.rates().toString());
        assertTrue(r.counts().stream().anyMatch(c -> c.count().code().equals("USERS") && c.register() == 1549));
    }

    /** births.total stated as 100 (VF 125 / 100 = 1.25) and married WRA as 2,100 (VF 1880 / 2100 = 0.8952): both outside [0.90, 1.10]. */
    @Test
    void test_alteredCounts_areFindings() {
        AggregateReport report = drafted();
        AggregateReport altered = AggregateReport.builder().from(report)
                .births(BirthCounts.builder().from(report.births()).total(100).build())
                .women(WomenCounts.builder().from(report.women()).married(2100).build()).build();
        Reconciliation r = ReportReconciliation.standard().reconcile(altered, township(), ALL);
        List<CountComparison> findings = r.counts().stream().filter(CountComparison::isFinding).collect(Collectors.toList());
        assertEquals(List.of("women.married", "births.total"), findings.stream().map(c -> c.count().figure().path()).collect(Collectors.toList()));
        assertEquals(1880.0 / 2100, findings.get(0).verificationFactor().getAsDouble(), 0);
        assertEquals(-220, findings.get(0).difference());
        assertEquals(1.25, findings.get(1).verificationFactor().getAsDouble(), 0);
        assertEquals(25, findings.get(1).difference());
        assertTrue(findings.get(1).englishMessage().contains("VF 1.2500"), findings.get(1).englishMessage());
        assertEquals(2, r.findings(), "the rates stated from the register's own counts still agree with the register");
        assertFalse(ReportReconciliation.of(0.8, 1.3).reconcile(altered, township(), ALL).hasFindings());
    }

    @Test
    void test_verificationFactor_ofZeroCounts() {
        AggregateReport report = AggregateReport.builder().from(drafted()).deaths(0).build();
        CountComparison deaths = ReportReconciliation.standard().reconcile(report, township(), ALL).counts().stream()
                .filter(c -> c.count().code().equals("DEATHS")).findFirst().orElseThrow();
        assertTrue(deaths.verificationFactor().isEmpty(), "stated 0, register 75");
        assertTrue(deaths.isFinding());
        CountComparison pregnancies = ReportReconciliation.standard().reconcile(drafted(), township(), ALL).counts().stream()
                .filter(c -> c.count().code().equals("CURRENT_PREGNANCIES")).findFirst().orElseThrow();
        assertEquals(1.0, pregnancies.verificationFactor().getAsDouble(), "both 0");
    }

    /** CBR = 125 / 10862 × 1000 = 11.5080…: "11.51" and "11.5" agree, "11.50" does not (off by 0.008 > 0.005). */
    @Test
    void test_statedRates_areComparedByTheAuditsExactRule() {
        AggregateReport report = AggregateReport.builder().from(drafted()).statedRates(List.of(StatedRate.parse(Indicator.CBR, "11.50"),
                StatedRate.parse(Indicator.CPR, "82.4"), StatedRate.parse(Indicator.SRB, "108.3"))).build();
        List<RateComparison> rates = ReportReconciliation.standard().reconcile(report, township(), ALL).rates();
        assertEquals(3, rates.size());
        assertFalse(rates.get(0).isConsistent());
        assertEquals("11.51", rates.get(0).expected());
        assertEquals(125 * 1000 / 10862.0, rates.get(0).register().getAsDouble(), 1e-12);
        assertTrue(rates.get(1).isConsistent(), "1549 / 1880 = 82.3936 is 82.4 at one decimal");
        assertTrue(rates.get(2).isConsistent(), "65 / 60 × 100 = 108.333 is 108.3");
        assertTrue(rates.get(0).englishMessage().contains("beyond the stated precision (±0.005)"), rates.get(0).englishMessage());
    }

    @Test
    void test_periodAndArea_mustBeTheRegisters() {
        RegisterTally tally = township();
        InvalidValueException other = assertThrows(InvalidValueException.class, () -> ReportReconciliation.standard()
                .reconcile(AggregateReport.builder().from(drafted()).statedPeriod("2008SY").build(), tally, ALL));
        assertEquals("period", other.field());
        assertTrue(other.getMessage().contains("is 2008SY (2007-10-01/2008-09-30), not the register's period 2009SY"), other.getMessage());
        InvalidValueException unreadable = assertThrows(InvalidValueException.class, () -> ReportReconciliation.standard()
                .reconcile(AggregateReport.builder().from(drafted()).statedPeriod("2008年10月1日至2009年9月31日").build(), tally, ALL));
        assertTrue(unreadable.getMessage().contains("names no real period"), unreadable.getMessage());
        InvalidValueException none = assertThrows(InvalidValueException.class, () -> ReportReconciliation.standard()
                .reconcile(AggregateReport.builder().from(drafted()).statedPeriod(java.util.Optional.empty()).build(), tally, ALL));
        assertTrue(none.getMessage().contains("the report states no period"), none.getMessage());
        InvalidValueException area = assertThrows(InvalidValueException.class, () -> ReportReconciliation.standard()
                .reconcile(AggregateReport.builder().from(drafted()).areaCode(AreaCode.of("990102002000")).build(), tally, ALL));
        assertEquals("areaCode", area.field());
        assertThrows(IllegalArgumentException.class, () -> ReportReconciliation.of(1.1, 0.9));
    }

    @Test
    void test_countsOfTablesTheRegisterLacks_areNotCompared() {
        Set<RegisterTable> noBirths = EnumSet.complementOf(EnumSet.of(RegisterTable.BIRTHS));
        Reconciliation r = ReportReconciliation.standard().reconcile(drafted(), township(), noBirths);
        assertTrue(r.counts().stream().noneMatch(c -> c.count().code().contains("BIRTHS") || c.count().code().startsWith("PARITY")));
        assertTrue(r.rates().stream().noneMatch(c -> c.indicator() == Indicator.CBR));
    }

    /** The property of issue 15: VF of a register against the report made from that same register is exactly 1 for every count. */
    @Test
    void test_everyAreaOfARegister_reconcilesExactlyWithTheReportMadeFromIt() {
        qt().withExamples(40).forAll(CountyRegisters.registers()).checkAssert(register -> {
            RegisterTally tally = IndicatorCalculator.tally(register, CountyRegisters.PERIOD);
            for (AreaLevel level : AreaLevel.values()) {
                for (AreaCode area : tally.tallies(level).keySet()) {
                    AggregateReport report = RegisterReport.of(tally, area, register.tables(), 2);
                    Reconciliation r = ReportReconciliation.standard().reconcile(report, tally, register.tables());
                    assertFalse(r.counts().isEmpty());
                    for (CountComparison c : r.counts()) {
                        assertEquals(1.0, c.verificationFactor().getAsDouble(), 0, c.toString());
                        assertEquals(0, c.difference(), c.toString());
                    }
                    assertTrue(r.rates().stream().allMatch(RateComparison::isConsistent), r.rates().toString());
                    assertFalse(r.hasFindings());
                }
            }
        });
    }

    /** The drafted report is consistent in itself: its rates are its counts' rates, its parts sum to their wholes. */
    @Test
    void test_reportMadeFromARegister_auditsWithoutErrors() {
        qt().withExamples(20).forAll(CountyRegisters.registers()).checkAssert(register -> {
            RegisterTally tally = IndicatorCalculator.tally(register, CountyRegisters.PERIOD);
            for (AreaCode area : tally.tallies(AreaLevel.TOWNSHIP).keySet()) {
                AggregateReport report = RegisterReport.of(tally, area, register.tables(), 1);
                assertEquals(List.of(), ReportAudit.audit(report).stream().filter(f -> f.isError()).collect(Collectors.toList()),
                        report.toString());
            }
        });
    }

    @Test
    void test_registerReport_rejectsUnknownAreasAndBadDecimals() {
        Register empty = Register.builder().build();
        RegisterTally tally = IndicatorCalculator.tally(empty, VillageResults.PERIOD);
        assertThrows(InvalidValueException.class, () -> RegisterReport.of(tally, VILLAGE, ALL, 2));
        assertThrows(IllegalArgumentException.class, () -> RegisterReport.of(township(), VillageResults.TOWNSHIP, ALL, 7));
    }
}
