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
package io.github.fpkit.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.register.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportAuditTest {
    private static final AggregateReport CONSISTENT = TownshipReports.consistent();

    @Test
    void test_consistentTownshipReport_hasNoFindings() {
        assertEquals(List.of(), ReportAudit.audit(CONSISTENT));
    }

    @Test
    void test_emptyReport_hasNoFindings() {
        assertEquals(List.of(), ReportAudit.audit(AggregateReport.builder().build()));
    }

    @Test
    void test_nullReport_throws() {
        assertThrows(NullPointerException.class, () -> ReportAudit.audit(null));
    }

    static Stream<Arguments> inconsistencies() {
        return Stream.of(
                error("PART_WHOLE_PARITY", r -> AggregateReport.builder().from(r).women(WomenCounts.builder().from(r.women()).parity3Plus(230).build()).build(),
                        "5200", "5210", "women.married"),
                error("PART_WHOLE_METHODS", r -> AggregateReport.builder().from(r).contraception(ContraceptiveUse.builder().from(r.contraception())
                        .putByMethod(ContraceptiveMethod.CONDOM, 400L).build()).build(), "4741", "4751", "contraception.users"),
                error("PART_WHOLE_BIRTH_ORDER", r -> AggregateReport.builder().from(r).births(BirthCounts.builder().from(r.births()).order2(80).build()).build(),
                        "238", "242", "births.total"),
                error("PART_WHOLE_BIRTH_SEX", r -> withoutRate(AggregateReport.builder().from(r).births(BirthCounts.builder().from(r.births()).male(130).build()).build(),
                        Indicator.SRB), "244", "242", "births.total"),
                error("PART_WHOLE_BIRTH_POLICY", r -> AggregateReport.builder().from(r).births(BirthCounts.builder().from(r.births()).outOfPolicy(12).build()).build(),
                        "241", "242", "births.total"),
                error("PART_WHOLE_SURGERIES", r -> AggregateReport.builder().from(r).surgeries(SurgeryCounts.builder().from(r.surgeries())
                        .putByType(ProcedureType.IUD_REMOVAL, 30L).build()).build(), "170", "171", "surgeries.total"),
                error("PART_WHOLE_FLOW_OUT", r -> AggregateReport.builder().from(r).floatingOut(FloatingFlow.builder().from(r.floatingOut()).inProvince(850).build()).build(),
                        "2140", "2150", "floatingOut.total"),
                error("PART_WHOLE_FLOW_IN", r -> AggregateReport.builder().from(r).floatingIn(FloatingFlow.builder().from(r.floatingIn()).outOfProvince(240).build()).build(),
                        "650", "640", "floatingIn.total"),
                error("SUBSET_MARRIED_WRA", r -> AggregateReport.builder().from(r).women(WomenCounts.builder().from(r.women()).wra(5000).build()).build(),
                        "≤ 5000", "5210", "women.married"),
                error("SUBSET_ONE_CHILD", r -> AggregateReport.builder().from(r).women(WomenCounts.builder().from(r.women()).oneChild(2200).build()).build(),
                        "≤ 2160", "2200", "women.oneChild"),
                error("SUBSET_TWO_DAUGHTERS", r -> AggregateReport.builder().from(r).women(WomenCounts.builder().from(r.women()).twoDaughters(2400).build()).build(),
                        "≤ 2380", "2400", "women.twoDaughters"),
                error("SUBSET_CONTRACEPTIVE_USERS", r -> AggregateReport.builder()
                        .women(WomenCounts.builder().married(4700).build())
                        .contraception(ContraceptiveUse.builder().users(4751).build()).build(),
                        "≤ 4700", "4751", "contraception.users"),
                error("SUBSET_HEALTH_CHECKS", r -> withoutRate(AggregateReport.builder().from(r).healthChecks(HealthChecks.builder().due(4700).done(4752).build()).build(),
                        Indicator.HEALTH_CHECK_COVERAGE), "≤ 4700", "4752", "healthChecks.done"),
                error("SUBSET_FLOW_OUT_CERTIFICATES_HELD", r -> AggregateReport.builder().from(r).floatingOut(FloatingFlow.builder().from(r.floatingOut())
                        .certificatesHeld(2200).build()).build(), "≤ 2150", "2200", "floatingOut.certificatesHeld"),
                error("SUBSET_FLOW_IN_CERTIFICATES_VERIFIED", r -> AggregateReport.builder().from(r).floatingIn(FloatingFlow.builder().from(r.floatingIn())
                        .certificatesVerified(641).build()).build(), "≤ 640", "641", "floatingIn.certificatesVerified"),
                error("SUBSET_FLOW_OUT_CERTIFICATES_RETURNED", r -> AggregateReport.builder().from(r).floatingOut(FloatingFlow.builder().from(r.floatingOut())
                        .certificatesReturned(2151).build()).build(), "≤ 2150", "2151", "floatingOut.certificatesReturned"),
                error("SUBSET_FLOW_IN_CONTRACTS_SIGNED", r -> AggregateReport.builder().from(r).floatingIn(FloatingFlow.builder().from(r.floatingIn())
                        .contractsSigned(700).build()).build(), "≤ 640", "700", "floatingIn.contractsSigned"),
                warning("SUBSET_ONE_CHILD_CERTIFICATES", r -> AggregateReport.builder().from(r).oneChildCertificatesIssued(2000).build(),
                        "≤ 1980", "2000", "oneChildCertificatesIssued"),
                error("RATE_CPR", r -> withRate(r, Indicator.CPR, "91.1"), "91.2", "91.1", "statedRates.CPR"),
                error("RATE_CBR", r -> withRate(r, Indicator.CBR, "8.1"), "8.0", "8.1", "statedRates.CBR"),
                error("RATE_CDR", r -> withRate(r, Indicator.CDR, "5.9"), "6.0", "5.9", "statedRates.CDR"),
                error("RATE_NIR", r -> withRate(r, Indicator.NIR, "-2.02"), "2.02", "-2.02", "statedRates.NIR"),
                error("RATE_SRB", r -> withRate(r, Indicator.SRB, "106"), "112", "106", "statedRates.SRB"),
                error("RATE_POLICY_BIRTH_RATE", r -> withRate(r, Indicator.POLICY_BIRTH_RATE, "95.04"), "94.63", "95.04",
                        "statedRates.POLICY_BIRTH_RATE"),
                error("RATE_HIGHER_ORDER_BIRTH_SHARE", r -> withRate(r, Indicator.HIGHER_ORDER_BIRTH_SHARE, "3.30"), "3.31", "3.30",
                        "statedRates.HIGHER_ORDER_BIRTH_SHARE"),
                error("RATE_MCPR", r -> withRate(r, Indicator.MCPR, "91.2"), "90.8", "91.2", "statedRates.MCPR"),
                error("RATE_LONG_ACTING_SHARE", r -> withRate(r, Indicator.LONG_ACTING_SHARE, "80"), "88", "80",
                        "statedRates.LONG_ACTING_SHARE"),
                error("RATE_HEALTH_CHECK_COVERAGE", r -> withRate(r, Indicator.HEALTH_CHECK_COVERAGE, "91.2"), "97.2", "91.2",
                        "statedRates.HEALTH_CHECK_COVERAGE"),
                error("RATE_SRB", r -> AggregateReport.builder().births(BirthCounts.builder().total(0).male(0).female(0).build())
                        .addStatedRates(StatedRate.parse(Indicator.SRB, "106")).build(),
                        "undefined", "106", "statedRates.SRB"),
                warning("RATE_UNVERIFIABLE", r -> AggregateReport.builder().from(r).statedRates(List.of(StatedRate.parse(Indicator.TFR, "1.62"))).build(),
                        "record-level data", "1.62", "statedRates.TFR"),
                warning("RATE_UNVERIFIABLE", r -> AggregateReport.builder().from(r).contraception(ContraceptiveUse.empty())
                        .statedRates(List.of(StatedRate.parse(Indicator.CPR, "91.2"))).build(),
                        "stated contraception.users", "91.2", "statedRates.CPR"),
                error("AMOUNT_REWARD_SUBSIDY", r -> AggregateReport.builder().from(r).rewardSubsidy(TownshipReports.subsidy(312, "720", "224000")).build(),
                        "224640", "224000", "rewardSubsidy.statedTotal"),
                error("AMOUNT_SPECIAL_ASSISTANCE_BEREAVED", r -> AggregateReport.builder().from(r).specialAssistanceBereaved(TownshipReports.subsidy(9, "1200", "12000")).build(),
                        "10800", "12000", "specialAssistanceBereaved.statedTotal"),
                error("AMOUNT_SPECIAL_ASSISTANCE_DISABLED", r -> AggregateReport.builder().from(r).specialAssistanceDisabled(TownshipReports.subsidy(15, "960", "13440")).build(),
                        "14400", "13440", "specialAssistanceDisabled.statedTotal"),
                error("DATE_PERIOD", r -> AggregateReport.builder().from(r).statedPeriod("2008-10-01/2009-09-31").build(),
                        "2009SY, 2008-10-01/2009-09-30 or 2008年10月1日至2009年9月30日", "2008-10-01/2009-09-31", "period"),
                error("DATE_PERIOD", r -> AggregateReport.builder().from(r).statedPeriod("2008年10月1日至2009年2月29日").build(),
                        "2009SY, 2008-10-01/2009-09-30 or 2008年10月1日至2009年9月30日", "2008年10月1日至2009年2月29日", "period"),
                error("DATE_PERIOD", r -> AggregateReport.builder().from(r).statedPeriod("2009年度").build(),
                        "2009SY, 2008-10-01/2009-09-30 or 2008年10月1日至2009年9月30日", "2009年度", "period"),
                error("DATE_REPORT", r -> AggregateReport.builder().from(r).statedReportDate("2009年9月31日").build(), "2009-10-10 or 2009年10月10日", "2009年9月31日",
                        "reportDate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistencies")
    void test_eachInconsistency_isFoundAndNothingElse(String rule, Severity severity, UnaryOperator<AggregateReport> change,
            String expected, String stated, String firstField) {
        List<AuditFinding> findings = ReportAudit.audit(change.apply(CONSISTENT));
        assertEquals(List.of(rule), findings.stream().map(AuditFinding::rule).collect(Collectors.toList()), findings.toString());
        AuditFinding finding = findings.get(0);
        assertEquals(severity, finding.severity());
        assertEquals(expected, finding.expected());
        assertEquals(stated, finding.stated());
        assertEquals(firstField, finding.fields().get(0));
        assertFalse(finding.chineseMessage().isBlank());
        assertFalse(finding.englishMessage().isBlank());
    }

    @Test
    void test_partWhole_namesEveryFieldAndExplainsInBothLanguages() {
        AggregateReport r = AggregateReport.builder().from(CONSISTENT).women(WomenCounts.builder().from(CONSISTENT.women()).parity3Plus(230).build()).build();
        AuditFinding f = ReportAudit.audit(r).get(0);
        assertEquals(List.of("women.married", "women.parity0", "women.parity1", "women.parity2", "women.parity3Plus"), f.fields());
        assertEquals("已婚育龄妇女按孩次分组（无孩+一孩+二孩+多孩）之和为5200，与所报已婚育龄妇女5210不符", f.chineseMessage());
        assertEquals("married WRA by parity (0 + 1 + 2 + 3+) sum to 5200, but married WRA are stated as 5210", f.englishMessage());
        assertTrue(f.isError());
    }

    @Test
    void test_partWhole_someParts_mayNotExceedTheWhole() {
        AggregateReport partial = AggregateReport.builder()
                .women(WomenCounts.builder().married(1500).parity1(520).parity2(760).build()).build();
        assertEquals(List.of(), ReportAudit.audit(partial));
        AggregateReport exceeding = AggregateReport.builder().from(partial).women(WomenCounts.builder().married(1200).parity1(520).parity2(760).build()).build();
        AuditFinding f = ReportAudit.audit(exceeding).get(0);
        assertEquals("PART_WHOLE_PARITY", f.rule());
        assertEquals("≥ 1280", f.expected());
        assertEquals(List.of("women.married", "women.parity1", "women.parity2"), f.fields());
    }

    @Test
    void test_rate_findingNamesTheCountsItIsRecomputedFrom() {
        AuditFinding f = ReportAudit.audit(withRate(CONSISTENT, Indicator.CPR, "91.1")).get(0);
        assertEquals(List.of("statedRates.CPR", "contraception.users", "women.married"), f.fields());
        assertEquals("CPR recomputed from the stated counts is 91.190 % (4751 / 5210); the stated 91.1 differs by more than"
                + " its precision allows (±0.05)", f.englishMessage());
    }

    @Test
    void test_crudeRates_useStartAndEndWhenNoAverageIsStated() {
        AggregateReport r = AggregateReport.builder().from(CONSISTENT).population(PopulationFigures.builder().start(30120).end(30380).build()).build();
        assertEquals(List.of(), ReportAudit.audit(r));
        AggregateReport wrong = withRate(r, Indicator.CBR, "7.99");
        AuditFinding f = ReportAudit.audit(wrong).get(0);
        assertEquals(List.of("statedRates.CBR", "births.total", "population.start", "population.end"), f.fields());
    }

    @Test
    void test_healthCheckCoverage_usesMarriedWraWhenNoneAreStatedDue() {
        AggregateReport r = AggregateReport.builder().from(CONSISTENT).healthChecks(HealthChecks.builder().done(4752).build()).build();
        AuditFinding f = ReportAudit.audit(r).get(0);
        assertEquals("RATE_HEALTH_CHECK_COVERAGE", f.rule());
        assertEquals("91.2", f.expected());
        assertEquals(List.of("statedRates.HEALTH_CHECK_COVERAGE", "healthChecks.done", "women.married"), f.fields());
        assertEquals(List.of(), ReportAudit.audit(withRate(r, Indicator.HEALTH_CHECK_COVERAGE, "91.2")));
    }

    @Test
    void test_rateAtTheEdgeOfItsPrecision_isAccepted_andJustBeyondIsNot() {
        // 1 / 8 = 12.5 % exactly: stated to 0 decimals, both 12 and 13 admit it (round half either way), 11 does not
        AggregateReport r = AggregateReport.builder().women(WomenCounts.builder().married(8).build())
                .contraception(ContraceptiveUse.builder().users(1).build()).build();
        assertEquals(List.of(), ReportAudit.audit(withRate(r, Indicator.CPR, "12")));
        assertEquals(List.of(), ReportAudit.audit(withRate(r, Indicator.CPR, "13")));
        assertEquals("RATE_CPR", ReportAudit.audit(withRate(r, Indicator.CPR, "12.4")).get(0).rule());
        assertEquals("RATE_CPR", ReportAudit.audit(withRate(r, Indicator.CPR, "14")).get(0).rule());
    }

    @Test
    void test_figuresSummingBeyondLongRange_areFindingsNotExceptions() {
        AggregateReport r = AggregateReport.builder().from(TownshipReports.consistent())
                .contraception(ContraceptiveUse.builder().users(4751).putByMethod(ContraceptiveMethod.IUD, Long.MAX_VALUE)
                        .putByMethod(ContraceptiveMethod.IMPLANT, 96L).build())
                .surgeries(SurgeryCounts.builder().total(5).putByType(ProcedureType.IUD_INSERTION, Long.MAX_VALUE)
                        .putByType(ProcedureType.IUD_REMOVAL, Long.MAX_VALUE).build())
                .build();
        List<AuditFinding> findings = ReportAudit.audit(r);
        AuditFinding methods = findings.stream().filter(f -> f.rule().equals("PART_WHOLE_METHODS")).findFirst().orElseThrow();
        assertEquals("9223372036854775903", methods.expected());
        AuditFinding surgeries = findings.stream().filter(f -> f.rule().equals("PART_WHOLE_SURGERIES")).findFirst().orElseThrow();
        assertEquals("18446744073709551614", surgeries.expected());
        AuditFinding longActing = findings.stream().filter(f -> f.rule().equals("RATE_LONG_ACTING_SHARE")).findFirst().orElseThrow();
        assertEquals("87.6", longActing.stated());
        assertTrue(longActing.englishMessage().contains("9223372036854775903 / 4751"), longActing.englishMessage());
    }

    @Test
    void test_statedMcprAll_isUnverifiable_noReportCountsModernUsersAmongAllWra() {
        AggregateReport r = withRate(CONSISTENT, Indicator.MCPR_ALL, "63.5");
        List<AuditFinding> findings = ReportAudit.audit(r);
        assertEquals(1, findings.size(), findings.toString());
        AuditFinding f = findings.get(0);
        assertEquals("RATE_UNVERIFIABLE", f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("statedRates.MCPR_ALL"), f.fields());
        assertEquals("a count of modern users among all WRA", f.expected());
        assertEquals("63.5", f.stated());
        assertEquals("the stated MCPR_ALL 63.5 cannot be recomputed from the report: the report states no count of modern users"
                + " among all WRA", f.englishMessage());
        assertEquals("所报全部育龄妇女现代方法避孕率63.5无法用报表中的数字复核：报表未报全部育龄妇女（不论婚否）中使用现代方法的人数",
                f.chineseMessage());
        assertFalse(ReportAudit.ruleIds().contains("RATE_MCPR_ALL"));
    }

    @Test
    void test_ruleIds_areUniqueAndCoverEveryKind() {
        List<String> ids = ReportAudit.ruleIds();
        assertEquals(ids.size(), ids.stream().distinct().count());
        for (String prefix : List.of("DATE_", "PART_WHOLE_", "SUBSET_", "RATE_", "AMOUNT_")) {
            assertTrue(ids.stream().anyMatch(id -> id.startsWith(prefix)), prefix);
        }
        assertTrue(ids.contains("RATE_UNVERIFIABLE"));
        assertEquals(38, ids.size());
    }

    @Test
    void test_amountsCompareExactly_whateverTheScale() {
        AggregateReport r = AggregateReport.builder().from(CONSISTENT).rewardSubsidy(TownshipReports.subsidy(312, "720.00", "224640.0")).build();
        assertEquals(List.of(), ReportAudit.audit(r));
        AggregateReport cent = AggregateReport.builder().from(CONSISTENT).rewardSubsidy(Subsidy.builder().beneficiaries(3)
                .standardPerPerson(new BigDecimal("600.50")).statedTotal(new BigDecimal("1801.49")).build()).build();
        assertEquals("1801.50", ReportAudit.audit(cent).get(0).expected());
    }

    private static AggregateReport withRate(AggregateReport r, Indicator indicator, String value) {
        return AggregateReport.builder().from(withoutRate(r, indicator)).statedRates(Stream.concat(withoutRate(r, indicator).statedRates().stream(),
                Stream.of(StatedRate.parse(indicator, value))).collect(Collectors.toList())).build();
    }

    private static AggregateReport withoutRate(AggregateReport r, Indicator indicator) {
        return AggregateReport.builder().from(r).statedRates(r.statedRates().stream().filter(s -> s.indicator() != indicator).collect(Collectors.toList())).build();
    }

    private static Arguments error(String rule, UnaryOperator<AggregateReport> change, String expected, String stated, String field) {
        return Arguments.of(rule, Severity.ERROR, change, expected, stated, field);
    }

    private static Arguments warning(String rule, UnaryOperator<AggregateReport> change, String expected, String stated, String field) {
        return Arguments.of(rule, Severity.WARNING, change, expected, stated, field);
    }
}
