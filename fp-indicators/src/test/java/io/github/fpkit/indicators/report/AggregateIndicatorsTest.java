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

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.ConfidenceInterval;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Rate;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ReportingPeriod;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AggregateIndicatorsTest {
    private static Map<Indicator, IndicatorResult> compute(AggregateReport report) {
        return AggregateIndicators.compute(report).stream().collect(Collectors.toMap(IndicatorResult::indicator, Function.identity()));
    }

    @Test
    void test_consistentReport_givesItsCountsAndRates() {
        Map<Indicator, IndicatorResult> results = compute(TownshipReports.consistent());
        IndicatorResult cpr = results.get(Indicator.CPR);
        assertEquals(4751, cpr.numerator().getAsLong());
        assertEquals(5210.0, cpr.denominator().getAsDouble());
        assertEquals(4751 * 100.0 / 5210, cpr.value().getAsDouble(), 1e-12);
        assertEquals(8.0, results.get(Indicator.CBR).value().getAsDouble(), 1e-12);
        assertEquals(61, results.get(Indicator.NIR).numerator().getAsLong());
        assertEquals(114.0, results.get(Indicator.SRB).denominator().getAsDouble());
        assertEquals(5210.0, results.get(Indicator.HEALTH_CHECK_COVERAGE).denominator().getAsDouble());
        assertEquals(4161, results.get(Indicator.LONG_ACTING_SHARE).numerator().getAsLong());
        assertEquals(4731, results.get(Indicator.MCPR).numerator().getAsLong());

        IndicatorResult married = results.get(Indicator.MARRIED_WRA);
        assertEquals(5210, married.numerator().getAsLong());
        assertEquals(5210.0, married.value().getAsDouble());
        assertTrue(married.denominator().isEmpty());
        assertEquals(0, results.get(Indicator.USERS_OTHER_MODERN).numerator().getAsLong());
        assertEquals(0, results.get(Indicator.PROC_IMPLANT_REMOVAL).numerator().getAsLong());

        assertEquals("示范镇", cpr.areaName().orElseThrow());
        assertEquals(ReportingPeriod.parse("2009SY"), cpr.period());
        for (Indicator absent : List.of(Indicator.GFR, Indicator.TFR, Indicator.ASFR_20_24, Indicator.UNPLANNED_PREGNANCY_SHARE,
                Indicator.OUTCOME_LIVE_BIRTH, Indicator.ONLY_SON_HOUSEHOLDS, Indicator.ONE_CHILD_HOUSEHOLDS,
                Indicator.TWO_DAUGHTER_HOUSEHOLDS)) {
            assertFalse(results.containsKey(absent), absent.code());
        }
    }

    @Test
    void test_resultsComeInCatalogueOrder() {
        List<IndicatorResult> results = AggregateIndicators.compute(TownshipReports.consistent());
        for (int i = 1; i < results.size(); i++) {
            assertTrue(results.get(i - 1).indicator().compareTo(results.get(i).indicator()) < 0);
        }
    }

    @Test
    void test_ratesCarryTheContractInterval_countsAndNirNone() {
        for (IndicatorResult r : AggregateIndicators.compute(TownshipReports.consistent())) {
            boolean expectsInterval = !r.indicator().isCount() && r.indicator() != Indicator.NIR && r.value().isPresent();
            assertEquals(expectsInterval, r.ciLow().isPresent(), r.indicator().code());
            if (expectsInterval) {
                ConfidenceInterval ci = Rate.of(r.indicator(), r.numerator().getAsLong(), r.denominator().getAsDouble())
                        .interval().orElseThrow();
                assertEquals(ci.low(), r.ciLow().getAsDouble(), r.indicator().code());
                assertEquals(ci.high(), r.ciHigh().getAsDouble(), r.indicator().code());
                assertTrue(ci.contains(r.value().getAsDouble()), r.indicator().code());
            }
        }
    }

    @Test
    void test_shareWhosePartExceedsItsWhole_hasValueButNoInterval() {
        AggregateReport r = TownshipReports.consistent();
        AggregateReport broken = AggregateReport.builder().from(r)
                .contraception(ContraceptiveUse.builder().from(r.contraception()).users(6000).build()).build();
        IndicatorResult cpr = compute(broken).get(Indicator.CPR);
        assertTrue(cpr.value().isPresent());
        assertTrue(cpr.ciLow().isEmpty());
    }

    @Test
    void test_negativeShareNumerator_keepsCountsButHasNoValueNorInterval() {
        AggregateReport r = AggregateReport.builder().from(TownshipReports.consistent())
                .women(WomenCounts.builder().married(100).build())
                .contraception(ContraceptiveUse.builder().users(10).putByMethod(ContraceptiveMethod.TRADITIONAL, 20).build())
                .statedRates(List.of()).build();
        Map<Indicator, IndicatorResult> results = compute(r);
        IndicatorResult mcpr = results.get(Indicator.MCPR);
        assertEquals(-10, mcpr.numerator().getAsLong());
        assertEquals(100.0, mcpr.denominator().getAsDouble());
        assertTrue(mcpr.value().isEmpty());
        assertTrue(mcpr.ciLow().isEmpty());
        assertTrue(mcpr.ciHigh().isEmpty());
        IndicatorResult longActing = results.get(Indicator.LONG_ACTING_SHARE);
        assertEquals(0, longActing.numerator().getAsLong());
        assertEquals(0.0, longActing.value().getAsDouble());
        IndicatorResult cpr = results.get(Indicator.CPR);
        assertEquals(10.0, cpr.value().getAsDouble(), 1e-12);
        assertTrue(cpr.ciLow().isPresent());
    }

    @Test
    void test_negativeNir_keepsValueAndHasNoInterval() {
        AggregateReport r = AggregateReport.builder().from(TownshipReports.consistent())
                .births(BirthCounts.builder().total(10).build()).deaths(30).statedRates(List.of()).build();
        IndicatorResult nir = compute(r).get(Indicator.NIR);
        assertEquals(-20, nir.numerator().getAsLong());
        assertEquals(-20 * 1000.0 / 30250, nir.value().getAsDouble(), 1e-12);
        assertTrue(nir.ciLow().isEmpty());
    }

    @Test
    void test_rateWhoseNumeratorExceedsLongRange_isLeftOut() {
        AggregateReport r = AggregateReport.builder().from(TownshipReports.consistent())
                .contraception(ContraceptiveUse.builder().users(10).putByMethod(ContraceptiveMethod.IUD, Long.MAX_VALUE)
                        .putByMethod(ContraceptiveMethod.IMPLANT, 5L).build())
                .build();
        Map<Indicator, IndicatorResult> results = compute(r);
        assertFalse(results.containsKey(Indicator.LONG_ACTING_SHARE));
        assertEquals(Long.MAX_VALUE, results.get(Indicator.USERS_IUD).numerator().getAsLong());
        assertEquals(10, results.get(Indicator.CPR).numerator().getAsLong());
    }

    @Test
    void test_extremeSexRatio_hasFiniteIntervalOrNone() {
        AggregateReport r = AggregateReport.builder().from(TownshipReports.consistent())
                .births(BirthCounts.builder().male(Long.MAX_VALUE).female(1).build()).statedRates(List.of()).build();
        IndicatorResult srb = compute(r).get(Indicator.SRB);
        assertEquals(Long.MAX_VALUE, srb.numerator().getAsLong());
        assertTrue(Double.isFinite(srb.value().getAsDouble()));
        assertTrue(srb.ciLow().isEmpty() || Double.isFinite(srb.ciHigh().getAsDouble()));
    }

    @Test
    void test_healthCheckCoverage_isOverMarriedWra_asTheCatalogueDefinesIt() {
        AggregateReport r = TownshipReports.consistent();
        IndicatorResult coverage = compute(r).get(Indicator.HEALTH_CHECK_COVERAGE);
        assertEquals(4752, coverage.numerator().getAsLong());
        assertEquals(5210.0, coverage.denominator().getAsDouble());
        assertEquals(4752 * 100.0 / 5210, coverage.value().getAsDouble(), 1e-12);
        // the audit still checks the stated 97.2 % as done / due = 4752 / 4890
        assertEquals(List.of(), ReportAudit.audit(r));

        AggregateReport noMarried = AggregateReport.builder().from(r).women(WomenCounts.builder().wra(7420).build())
                .statedRates(List.of()).build();
        assertFalse(compute(noMarried).containsKey(Indicator.HEALTH_CHECK_COVERAGE));
    }

    @Test
    void test_oneChildAndTwoDaughterFamiliesOfMarriedWra_areNotReportedAsHouseholds() {
        Map<Indicator, IndicatorResult> results = compute(TownshipReports.consistent());
        assertFalse(results.containsKey(Indicator.ONE_CHILD_HOUSEHOLDS));
        assertFalse(results.containsKey(Indicator.TWO_DAUGHTER_HOUSEHOLDS));
        assertEquals(2160, results.get(Indicator.PARITY_1).numerator().getAsLong());
    }

    @Test
    void test_mcprAll_isLeftOut_noReportCountsModernUsersAmongAllWra() {
        Map<Indicator, IndicatorResult> results = compute(TownshipReports.consistent());
        assertFalse(results.containsKey(Indicator.MCPR_ALL));
        assertEquals(7420, results.get(Indicator.WRA).numerator().getAsLong());
        assertTrue(results.containsKey(Indicator.MCPR));
    }

    @Test
    void test_undefinedRate_hasNoValue() {
        AggregateReport r = AggregateReport.builder().from(TownshipReports.consistent())
                .births(BirthCounts.builder().total(0).male(0).female(0).build()).statedRates(List.of()).build();
        IndicatorResult srb = compute(r).get(Indicator.SRB);
        assertTrue(srb.value().isEmpty());
        assertEquals(0.0, srb.denominator().getAsDouble());
    }

    @Test
    void test_everyStatedRateOfAConsistentReport_roundsFromItsComputedValue() {
        qt().forAll(ReportGenerators.consistentFigures()).checkAssert(figures -> {
            AggregateReport report = figures.report();
            Map<Indicator, IndicatorResult> results = compute(report);
            for (StatedRate rate : report.statedRates()) {
                if (rate.indicator() == Indicator.HEALTH_CHECK_COVERAGE) {
                    // stated over the women due (the report's convention), computed over married WRA (the catalogue's)
                    IndicatorResult coverage = results.get(Indicator.HEALTH_CHECK_COVERAGE);
                    assertEquals(figures.get("healthChecks.done").longValueExact(), coverage.numerator().getAsLong());
                    assertEquals(figures.get("women.married").doubleValue(), coverage.denominator().getAsDouble());
                    continue;
                }
                double value = results.get(rate.indicator()).value().getAsDouble();
                assertTrue(Math.abs(value - rate.value().doubleValue()) <= rate.tolerance().doubleValue() * (1 + 1e-9) + 1e-9,
                        rate + " vs " + value);
            }
        });
    }

    @Test
    void test_missingAreaOrPeriod_isNamed() {
        AggregateReport r = TownshipReports.consistent();
        InvalidValueException noArea = assertThrows(InvalidValueException.class,
                () -> AggregateIndicators.compute(AggregateReport.builder().from(r).areaCode(java.util.Optional.empty()).build()));
        assertEquals("areaCode", noArea.field());
        InvalidValueException badPeriod = assertThrows(InvalidValueException.class,
                () -> AggregateIndicators.compute(AggregateReport.builder().from(r).statedPeriod("2009-02-30").build()));
        assertEquals("period", badPeriod.field());
    }
}
