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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.register.Severity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sections of an aggregate report as values: what they state, and what a section stating nothing is. */
class ReportValuesTest {
    @Test
    void test_aSectionStatingOneFigure_isNotEmpty() {
        Map<Object, Boolean> sections = Map.ofEntries(
                Map.entry(PopulationFigures.empty(), true), Map.entry(PopulationFigures.builder().households(0).build(), false),
                Map.entry(WomenCounts.empty(), true), Map.entry(WomenCounts.builder().twoDaughters(0).build(), false),
                Map.entry(ContraceptiveUse.empty(), true), Map.entry(ContraceptiveUse.builder().putByMethod(ContraceptiveMethod.IUD, 0L).build(), false),
                Map.entry(BirthCounts.empty(), true), Map.entry(BirthCounts.builder().outOfPolicy(0).build(), false),
                Map.entry(SurgeryCounts.empty(), true), Map.entry(SurgeryCounts.builder().total(0).build(), false),
                Map.entry(HealthChecks.empty(), true), Map.entry(HealthChecks.builder().done(0).build(), false),
                Map.entry(FloatingFlow.empty(), true), Map.entry(FloatingFlow.builder().contractsSigned(0).build(), false),
                Map.entry(Subsidy.empty(), true), Map.entry(Subsidy.builder().statedTotal(BigDecimal.ZERO).build(), false));
        sections.forEach((section, empty) -> assertEquals(empty, isEmpty(section), section.toString()));
    }

    private static boolean isEmpty(Object section) {
        if (section instanceof PopulationFigures) {
            return ((PopulationFigures) section).isEmpty();
        } else if (section instanceof WomenCounts) {
            return ((WomenCounts) section).isEmpty();
        } else if (section instanceof ContraceptiveUse) {
            return ((ContraceptiveUse) section).isEmpty();
        } else if (section instanceof BirthCounts) {
            return ((BirthCounts) section).isEmpty();
        } else if (section instanceof SurgeryCounts) {
            return ((SurgeryCounts) section).isEmpty();
        } else if (section instanceof HealthChecks) {
            return ((HealthChecks) section).isEmpty();
        } else if (section instanceof FloatingFlow) {
            return ((FloatingFlow) section).isEmpty();
        }
        return ((Subsidy) section).isEmpty();
    }

    @Test
    void test_methodsAndTypes_areSplitWhenAnyIsStated_theOthersCountingZero() {
        ContraceptiveUse use = ContraceptiveUse.builder().users(30).putByMethod(ContraceptiveMethod.IUD, 20L)
                .putByMethod(ContraceptiveMethod.CONDOM, 7L).build();
        assertTrue(use.isSplitStated());
        assertFalse(ContraceptiveUse.builder().users(30).build().isSplitStated());
        assertEquals(20, use.usersOf(ContraceptiveMethod.IUD));
        assertEquals(0, use.usersOf(ContraceptiveMethod.IMPLANT));
        assertEquals(BigInteger.valueOf(27), use.splitTotal());
        assertEquals(BigInteger.valueOf(20), use.longActingUsers());
        SurgeryCounts surgeries = SurgeryCounts.builder().putByType(ProcedureType.IUD_REMOVAL, 4L).build();
        assertTrue(surgeries.isSplitStated());
        assertFalse(SurgeryCounts.builder().total(4).build().isSplitStated());
        assertEquals(4, surgeries.countOf(ProcedureType.IUD_REMOVAL));
        assertEquals(0, surgeries.countOf(ProcedureType.IUD_INSERTION));
        assertEquals(BigInteger.valueOf(4), surgeries.splitTotal());
    }

    @Test
    void test_averagePopulation_isStatedOrTheMeanOfStartAndEnd() {
        assertEquals(Optional.of(new BigDecimal("10862")), PopulationFigures.builder().start(10800).end(10924).build().averageOrDerived());
        assertEquals(Optional.of(new BigDecimal("10862.5")), PopulationFigures.builder().start(10800).end(10925).build().averageOrDerived());
        assertEquals(Optional.of(BigDecimal.TEN), PopulationFigures.builder().start(10800).end(10924).average(BigDecimal.TEN).build()
                .averageOrDerived());
        assertEquals(Optional.empty(), PopulationFigures.builder().start(10800).build().averageOrDerived());
        assertEquals(Optional.empty(), PopulationFigures.builder().end(10800).build().averageOrDerived());
    }

    @Test
    void test_statedRate_ofAnIndicator() {
        AggregateReport report = AggregateReport.builder().addStatedRates(StatedRate.parse(Indicator.CPR, "91.2"),
                StatedRate.parse(Indicator.CBR, "8.00")).build();
        assertEquals(Optional.of(StatedRate.parse(Indicator.CBR, "8.00")), report.statedRate(Indicator.CBR));
        assertEquals(Optional.empty(), report.statedRate(Indicator.SRB));
    }

    @Test
    void test_statedRates_areEqualWhenIndicatorAndValueAsWrittenAre() {
        StatedRate cpr = StatedRate.parse(Indicator.CPR, "91.2");
        assertEquals(cpr, StatedRate.parse(Indicator.CPR, " 91.2 % "));
        assertEquals(cpr.hashCode(), StatedRate.parse(Indicator.CPR, "91.2%").hashCode());
        for (StatedRate other : List.of(StatedRate.parse(Indicator.MCPR, "91.2"), StatedRate.parse(Indicator.CPR, "91.20"),
                StatedRate.parse(Indicator.CPR, "91.3"))) {
            assertNotEquals(cpr, other);
            assertNotEquals(cpr.hashCode(), other.hashCode());
        }
        assertNotEquals(cpr, "CPR 91.2 %");
        assertEquals("CPR 91.2 %", cpr.toString());
    }

    @Test
    void test_findings_errorsAndWarnings() {
        AuditFinding.Builder b = AuditFinding.builder().rule("RATE_CPR").fields(List.of("statedRates.CPR")).expected("91.190")
                .stated("91.1").chineseMessage("综合避孕率不符").englishMessage("CPR differs");
        AuditFinding error = b.severity(Severity.ERROR).build();
        assertTrue(error.isError());
        assertFalse(b.severity(Severity.WARNING).build().isError());
        assertEquals("error RATE_CPR [statedRates.CPR]: expected 91.190, stated 91.1 — CPR differs", error.toString());
    }

    @Test
    void test_closingASection_buildsItThen() {
        ReportSection women = ReportSection.report().section("women").orElseThrow();
        ReportDraft draft = ReportDraft.empty();
        assertSame(draft, draft.set(women.figure("married").orElseThrow(), BigDecimal.valueOf(5210)).close(women));
        assertEquals(5210, draft.build().women().married().getAsLong());
        ReportDraft broken = ReportDraft.empty().set(women.figure("married").orElseThrow(), BigDecimal.valueOf(-1));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> broken.close(women));
        assertEquals("women.married", e.field());
        assertEquals("women", women.toString());
        assertEquals("women.married", women.figure("married").orElseThrow().toString());
    }
}
