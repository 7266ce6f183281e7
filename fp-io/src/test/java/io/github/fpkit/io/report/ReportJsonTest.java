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
package io.github.fpkit.io.report;

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.report.AggregateIndicators;
import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.AuditFinding;
import io.github.fpkit.indicators.report.BirthCounts;
import io.github.fpkit.indicators.report.ContraceptiveUse;
import io.github.fpkit.indicators.report.FloatingFlow;
import io.github.fpkit.indicators.report.HealthChecks;
import io.github.fpkit.indicators.report.PopulationFigures;
import io.github.fpkit.indicators.report.ReportAudit;
import io.github.fpkit.indicators.report.StatedRate;
import io.github.fpkit.indicators.report.Subsidy;
import io.github.fpkit.indicators.report.SurgeryCounts;
import io.github.fpkit.indicators.report.WomenCounts;
import io.github.fpkit.io.testing.ReportGenerators;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {
    private static Path resource(String name) {
        try {
            return Path.of(ReportJsonTest.class.getResource("/reports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void test_read_exampleTownshipReport_auditsClean() {
        AggregateReport r = ReportJsonReader.read(resource("shifan-2009SY.json"));
        assertEquals(List.of(), ReportAudit.audit(r));
        assertEquals(AreaCode.of("990101001000"), r.areaCode().orElseThrow());
        assertEquals("示范镇", r.areaName().orElseThrow());
        assertEquals("2008年10月1日至2009年9月30日", r.statedPeriod().orElseThrow());
        assertEquals(ReportingPeriod.parse("2009SY"), r.period().orElseThrow());
        assertEquals(5210, r.women().married().getAsLong());
        assertEquals(2410, r.contraception().usersOf(ContraceptiveMethod.IUD));
        assertEquals(31, r.surgeries().countOf(ProcedureType.IUD_REMOVAL));
        assertEquals(new BigDecimal("720"), r.rewardSubsidy().standardPerPerson().orElseThrow());
        assertEquals(10, r.statedRates().size());
    }

    @Test
    void test_read_statedRatesKeepTheirPrecision_asNumbersOrStrings() {
        AggregateReport r = ReportJsonReader.read(resource("shifan-2009SY.json"));
        assertEquals(2, r.statedRate(Indicator.CBR).orElseThrow().decimals());
        assertEquals(new BigDecimal("8.00"), r.statedRate(Indicator.CBR).orElseThrow().value());
        assertEquals(new BigDecimal("5.98"), r.statedRate(Indicator.CDR).orElseThrow().value());
        assertEquals(new BigDecimal("97.2"), r.statedRate(Indicator.HEALTH_CHECK_COVERAGE).orElseThrow().value());
        AggregateReport trailingZero = ReportJsonReader.parse("{\"statedRates\": {\"CPR\": 91.20, \"CBR\": 8}}");
        assertEquals(2, trailingZero.statedRate(Indicator.CPR).orElseThrow().decimals());
        assertEquals(0, trailingZero.statedRate(Indicator.CBR).orElseThrow().decimals());
    }

    @Test
    void test_read_inconsistentReport_auditFindsEachError() {
        AggregateReport r = ReportJsonReader.read(resource("shifan-2009SY-inconsistent.json"));
        assertEquals(List.of("DATE_PERIOD", "PART_WHOLE_PARITY", "RATE_CPR", "AMOUNT_REWARD_SUBSIDY"),
                ReportAudit.audit(r).stream().map(AuditFinding::rule).collect(Collectors.toList()));
        assertEquals("2008-10-01/2009-09-31", r.statedPeriod().orElseThrow());
    }

    @Test
    void test_roundTrip_exampleFile() {
        AggregateReport r = ReportJsonReader.read(resource("shifan-2009SY.json"));
        String json = ReportJsonWriter.toJson(r);
        AggregateReport back = ReportJsonReader.parse(json);
        assertEquals(r, back);
        assertEquals(json, ReportJsonWriter.toJson(back));
    }

    @Test
    void test_roundTrip_everyFieldAndEdgeValue(@TempDir Path dir) {
        AggregateReport r = everyField();
        Path file = dir.resolve("report.json");
        ReportJsonWriter.write(r, file);
        assertEquals(r, ReportJsonReader.read(file));
        assertEquals(r, ReportJsonReader.read(new StringReader(ReportJsonWriter.toJson(r)), "every-field"));
    }

    @Test
    void property_reportWrittenThenRead_givesAnEqualReport_writtenTheSame() {
        qt().forAll(ReportGenerators.aggregateReports()).checkAssert(report -> {
            String json = ReportJsonWriter.toJson(report);
            AggregateReport back = ReportJsonReader.parse(json);
            assertEquals(report, back, json);
            assertEquals(json, ReportJsonWriter.toJson(back));
        });
    }

    @Test
    void test_roundTrip_emptyReport() {
        AggregateReport empty = AggregateReport.builder().build();
        assertEquals("{ }", ReportJsonWriter.toJson(empty).trim());
        assertEquals(empty, ReportJsonReader.parse(ReportJsonWriter.toJson(empty)));
    }

    @Test
    void test_write_ratesAsStringsAndNoExponents() {
        String json = ReportJsonWriter.toJson(AggregateReport.builder()
                .rewardSubsidy(Subsidy.builder().statedTotal(new BigDecimal("2.2464E+5")).build())
                .addStatedRates(StatedRate.parse(Indicator.CPR, "91.20")).build());
        assertTrue(json.contains("\"CPR\" : \"91.20\""), json);
        assertTrue(json.contains("224640"), json);
    }

    @Test
    void test_read_nullMeansNotStated() {
        AggregateReport r = ReportJsonReader.parse("{\"deaths\": null, \"women\": {\"married\": null, \"wra\": 10}}");
        assertTrue(r.deaths().isEmpty());
        assertTrue(r.women().married().isEmpty());
        assertEquals(10, r.women().wra().getAsLong());
    }

    @Test
    void test_read_missingFile_isUncheckedIo(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> ReportJsonReader.read(dir.resolve("absent.json")));
    }

    @Test
    void test_read_unknownProperty_isNamedWithItsLocation() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\n  \"areaName\": \"示范镇\",\n  \"marriedWomen\": 1500\n}"));
        assertEquals("marriedWomen", e.field());
        assertEquals("unknown property", e.reason());
        assertEquals(3, e.line());
        assertEquals("<string>", e.source());
        assertTrue(e.getMessage().startsWith("<string>:3:"), e.getMessage());
    }

    @Test
    void test_read_unknownNestedPropertyAndCode_areNamedByPath() {
        assertEquals("births.twins", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"births\": {\"twins\": 2}}")).field());
        assertEquals("contraception.byMethod.patch", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"contraception\": {\"byMethod\": {\"patch\": 2}}}")).field());
        assertEquals("surgeries.byType.vasectomy_reversal", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"surgeries\": {\"byType\": {\"vasectomy_reversal\": 2}}}")).field());
        assertEquals("statedRates.CPRX", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"statedRates\": {\"CPRX\": 1}}")).field());
        assertEquals("floatingOut.certificates", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"floatingOut\": {\"certificates\": 1}}")).field());
    }

    @Test
    void test_read_badCounts_areRejected() {
        ReportFormatException fraction = assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"women\": {\"married\": 1500.5}}"));
        assertEquals("women.married", fraction.field());
        assertEquals("1500.5", fraction.value());
        assertEquals("women.married", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"women\": {\"married\": \"1500\"}}")).field());
        ReportFormatException negative = assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"deaths\": -3}"));
        assertEquals("deaths", negative.field());
        assertEquals("a count must be 0 or more", negative.reason());
        assertEquals("rewardSubsidy.statedTotal", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"rewardSubsidy\": {\"statedTotal\": -1}}")).field());
        assertEquals("deaths", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"deaths\": 99999999999999999999}")).field());
    }

    @Test
    void test_read_badValues_areRejected() {
        assertEquals("areaCode", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"areaCode\": \"99010100100\"}")).field());
        assertEquals("statedRates.CBR", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"statedRates\": {\"CBR\": \"8%\"}}")).field());
        assertEquals("statedRates.LIVE_BIRTHS", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"statedRates\": {\"LIVE_BIRTHS\": 242}}")).field());
        assertEquals("statedRates.CPR", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"statedRates\": {\"CPR\": 91.2, \"cpr\": 91.3}}")).field());
        assertEquals("women", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"women\": 1500}")).field());
        assertEquals("period", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"period\": 2009}")).field());
    }

    @Test
    void test_read_decimalsBeyondWhatAReportStates_areRejectedWithTheirLocation() {
        ReportFormatException rate = assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\n  \"statedRates\": {\"CPR\": 1E+999999999}}"));
        assertEquals("statedRates.CPR", rate.field());
        assertEquals(2, rate.line());
        assertEquals("statedRates.CBR", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"statedRates\": {\"CBR\": 1E-999999999}}")).field());
        assertEquals("population.average", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"population\": {\"average\": 1E-999999999}}")).field());
        assertEquals("rewardSubsidy.statedTotal", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"rewardSubsidy\": {\"statedTotal\": 1E+999999999}}")).field());
        assertEquals("rewardSubsidy.standardPerPerson", assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"rewardSubsidy\": {\"standardPerPerson\": \"0.000000000000000000001\"}}")).field());
    }

    @Test
    void test_read_extremeCounts_auditAndComputeWithoutThrowing() {
        AggregateReport report = ReportJsonReader.parse("{\"areaCode\": \"990101001000\", \"period\": \"2009SY\","
                + " \"contraception\": {\"users\": 10, \"byMethod\": {\"iud\": 9223372036854775807, \"implant\": 5}},"
                + " \"population\": {\"average\": \"0.00000000000000000001\"}, \"births\": {\"total\": 9223372036854775807},"
                + " \"statedRates\": {\"LONG_ACTING_SHARE\": 50, \"CBR\": \"9999999999999999999999999.99999999999999999999\"}}");
        List<String> rules = ReportAudit.audit(report).stream().map(AuditFinding::rule).collect(Collectors.toList());
        assertEquals(List.of("PART_WHOLE_METHODS", "RATE_LONG_ACTING_SHARE", "RATE_CBR"), rules);
        assertTrue(AggregateIndicators.compute(report).stream().anyMatch(r -> r.indicator() == Indicator.CBR));
    }

    @Test
    void test_read_methodOrTypeStatedTwiceUnderDifferentSpellings_isRejected() {
        ReportFormatException method = assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"contraception\": {\"byMethod\": {\n  \"iud\": 5,\n  \"上环\": 7}}}"));
        assertEquals("contraception.byMethod.上环", method.field());
        assertEquals(3, method.line());
        assertEquals(9, method.column());
        assertTrue(method.reason().contains("stated twice"), method.reason());
        assertTrue(method.reason().contains("iud"), method.reason());

        ReportFormatException type = assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\"surgeries\": {\"byType\": {\"IUD_INSERTION\": 3, \"iud_insertion\": 4}}}"));
        assertEquals("surgeries.byType.iud_insertion", type.field());
        assertEquals(1, type.line());
        assertTrue(type.reason().contains("stated twice"), type.reason());
    }

    @Test
    void test_read_malformedJson_givesItsLocation() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> ReportJsonReader.parse("{\n  \"deaths\": 3,\n  \"births\": {\"total\" 4}\n}"));
        assertEquals(3, e.line());
        assertTrue(e.reason().startsWith("malformed JSON"), e.reason());
        assertThrows(ReportFormatException.class, () -> ReportJsonReader.parse("{\"deaths\": 3, \"deaths\": 4}"));
        assertThrows(ReportFormatException.class, () -> ReportJsonReader.parse("{\"deaths\": 3} {}"));
        assertThrows(ReportFormatException.class, () -> ReportJsonReader.parse("[]"));
        assertThrows(ReportFormatException.class, () -> ReportJsonReader.parse(""));
    }

    private static AggregateReport everyField() {
        return AggregateReport.builder()
                .areaCode(AreaCode.of("990101001002")).areaName("东风村").statedPeriod("2009SH").statedReportDate("2009年4月3日")
                .population(PopulationFigures.builder().start(1204).end(1211).average(new BigDecimal("1207.5")).households(356).build())
                .women(WomenCounts.builder().wra(301).married(220).parity0(14).parity1(96).parity2(101).parity3Plus(9)
                        .oneChild(88).twoDaughters(27).build())
                .contraception(ContraceptiveUse.builder().users(201).putByMethod(ContraceptiveMethod.OTHER_MODERN, 3L)
                        .putByMethod(ContraceptiveMethod.IUD, 120L).putByMethod(ContraceptiveMethod.FEMALE_STERILIZATION, 78L).build())
                .births(BirthCounts.builder().total(6).order1(3).order2(3).order3Plus(0).male(4).female(2).inPolicy(6).outOfPolicy(0).build())
                .deaths(8)
                .surgeries(SurgeryCounts.builder().total(5).putByType(ProcedureType.IMPLANT_REMOVAL, 1L)
                        .putByType(ProcedureType.IUD_INSERTION, 4L).build())
                .currentPregnancies(3)
                .healthChecks(HealthChecks.builder().due(210).done(204).build())
                .floatingOut(FloatingFlow.builder().total(95).inProvince(40).outOfProvince(55).certificatesHeld(90)
                        .certificatesVerified(0).certificatesReturned(71).contractsSigned(93).build())
                .floatingIn(FloatingFlow.builder().total(4).build())
                .oneChildCertificatesIssued(2)
                .rewardSubsidy(Subsidy.builder().beneficiaries(11).standardPerPerson(new BigDecimal("360.00"))
                        .statedTotal(new BigDecimal("3960.00")).build())
                .specialAssistanceBereaved(Subsidy.builder().beneficiaries(0).build())
                .specialAssistanceDisabled(Subsidy.builder().standardPerPerson(new BigDecimal("480.5")).build())
                .addStatedRates(StatedRate.parse(Indicator.NIR, "-1.66"), StatedRate.parse(Indicator.TFR, "1.62"),
                        StatedRate.parse(Indicator.SRB, "200"), StatedRate.parse(Indicator.CPR, "91.364"))
                .build();
    }
}
