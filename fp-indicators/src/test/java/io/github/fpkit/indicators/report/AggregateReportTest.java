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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregateReportTest {
    @Test
    void test_period_readsEveryNotationAndChineseRanges() {
        assertEquals(ReportingPeriod.parse("2009SY"), report("2009SY").period().orElseThrow());
        assertEquals(ReportingPeriod.parse("2008-10-01/2009-09-30"), report("2008年10月1日至2009年9月30日").period().orElseThrow());
        assertEquals(ReportingPeriod.parse("2009"), report("2009年1月1日—2009年12月31日").period().orElseThrow());
    }

    @Test
    void test_period_impossibleOrUnreadableText_isKeptButNotRead() {
        AggregateReport r = report("2008-10-01/2009-09-31");
        assertEquals(Optional.of("2008-10-01/2009-09-31"), r.statedPeriod());
        assertEquals(Optional.empty(), r.period());
        assertEquals(Optional.empty(), report("2009年度").period());
        assertEquals(Optional.empty(), report("2009年10月1日至2009年9月30日").period());
    }

    @Test
    void test_reportDate_isoAndChinese() {
        AggregateReport r = AggregateReport.builder().statedReportDate("2009年10月12日").build();
        assertEquals(LocalDate.of(2009, 10, 12), r.reportDate().orElseThrow());
        assertEquals(Optional.empty(), AggregateReport.builder().statedReportDate("2009-02-29").build().reportDate());
    }

    @Test
    void test_groupsNotStated_areEmpty() {
        AggregateReport r = AggregateReport.builder().build();
        assertTrue(r.women().isEmpty());
        assertTrue(r.births().isEmpty());
        assertTrue(r.floatingOut().isEmpty());
        assertTrue(r.rewardSubsidy().isEmpty());
        assertEquals(Optional.empty(), r.statedRate(Indicator.CPR));
    }

    @Test
    void test_negativeCount_isRejectedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BirthCounts.builder().male(-1).build());
        assertEquals("births.male", e.field());
        assertEquals("-1", e.value());
        assertEquals("contraception.byMethod.iud", assertThrows(InvalidValueException.class,
                () -> ContraceptiveUse.builder().putByMethod(ContraceptiveMethod.IUD, -3L).build()).field());
        assertEquals("population.average", assertThrows(InvalidValueException.class,
                () -> PopulationFigures.builder().average(new BigDecimal("-0.5")).build()).field());
        assertEquals("deaths", assertThrows(InvalidValueException.class, () -> AggregateReport.builder().deaths(-2).build()).field());
        assertEquals("beneficiaries", assertThrows(InvalidValueException.class, () -> Subsidy.builder().beneficiaries(-2).build()).field());
    }

    @Test
    void test_rateStatedTwice_isRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AggregateReport.builder()
                .addStatedRates(StatedRate.parse(Indicator.CPR, "91.2"), StatedRate.parse(Indicator.CPR, "91.3")).build());
        assertEquals("statedRates.CPR", e.field());
    }

    @Test
    void test_splitTotals_areExactBeyondLongRange() {
        ContraceptiveUse use = ContraceptiveUse.builder().putByMethod(ContraceptiveMethod.IUD, Long.MAX_VALUE)
                .putByMethod(ContraceptiveMethod.IMPLANT, 7L).putByMethod(ContraceptiveMethod.CONDOM, Long.MAX_VALUE).build();
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        assertEquals(max.add(max).add(BigInteger.valueOf(7)), use.splitTotal());
        assertEquals(max.add(BigInteger.valueOf(7)), use.longActingUsers());
        SurgeryCounts surgeries = SurgeryCounts.builder().putByType(ProcedureType.IUD_INSERTION, Long.MAX_VALUE)
                .putByType(ProcedureType.IUD_REMOVAL, 1L).build();
        assertEquals(max.add(BigInteger.ONE), surgeries.splitTotal());
    }

    @Test
    void test_decimalsBeyondWhatAReportStates_areRejected() {
        assertEquals("population.average", assertThrows(InvalidValueException.class,
                () -> PopulationFigures.builder().average(new BigDecimal("1E-21")).build()).field());
        assertEquals("population.average", assertThrows(InvalidValueException.class,
                () -> PopulationFigures.builder().average(new BigDecimal("1E+25")).build()).field());
        assertEquals("statedTotal", assertThrows(InvalidValueException.class,
                () -> Subsidy.builder().statedTotal(new BigDecimal("1E+999999999")).build()).field());
        assertEquals("statedRates.CPR", assertThrows(InvalidValueException.class,
                () -> StatedRate.of(Indicator.CPR, new BigDecimal("1E+999999999"))).field());
        assertEquals("statedRates.NIR", assertThrows(InvalidValueException.class,
                () -> StatedRate.of(Indicator.NIR, new BigDecimal("-1E-999999999"))).field());
        BigDecimal largest = new BigDecimal("9999999999999999999999999.99999999999999999999");
        assertEquals(largest, PopulationFigures.builder().average(largest).build().average().orElseThrow());
        assertEquals(20, StatedRate.of(Indicator.CBR, new BigDecimal("1E-20")).decimals());
        assertEquals(0, StatedRate.of(Indicator.CBR, new BigDecimal("1E+24")).decimals());
    }

    @Test
    void test_derivedFigures() {
        assertEquals(new BigDecimal("30250.5"), PopulationFigures.builder().start(30120).end(30381).build().averageOrDerived().orElseThrow());
        assertEquals(Optional.empty(), PopulationFigures.builder().start(30120).build().averageOrDerived());
        assertEquals(new BigDecimal("1801.50"), TownshipReports.subsidy(3, "600.50", "0").expectedTotal().orElseThrow());
        ContraceptiveUse use = TownshipReports.consistent().contraception();
        assertEquals(BigInteger.valueOf(4751), use.splitTotal());
        assertEquals(BigInteger.valueOf(4161), use.longActingUsers());
        assertEquals(BigInteger.valueOf(171), TownshipReports.consistent().surgeries().splitTotal());
        assertEquals(0, use.usersOf(ContraceptiveMethod.OTHER_MODERN));
    }

    private static AggregateReport report(String period) {
        return AggregateReport.builder().statedPeriod(period).build();
    }
}
