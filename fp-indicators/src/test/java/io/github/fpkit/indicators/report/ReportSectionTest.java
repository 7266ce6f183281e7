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

import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportSectionTest {
    private static final ReportSection REPORT = ReportSection.report();

    private static ReportFigure figure(String path) {
        return REPORT.figures().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void test_figures_areUnique_inTheFormatsOrder() {
        List<String> paths = REPORT.figures().stream().map(ReportFigure::path).collect(Collectors.toList());
        assertEquals(paths.size(), paths.stream().distinct().count());
        assertEquals("population.start", paths.get(0));
        assertEquals("specialAssistanceDisabled.statedTotal", paths.get(paths.size() - 1));
        assertTrue(paths.indexOf("births.outOfPolicy") < paths.indexOf("deaths"));
        assertTrue(paths.indexOf("deaths") < paths.indexOf("surgeries.total"));
        assertEquals(ContraceptiveMethod.values().length, paths.stream().filter(p -> p.startsWith("contraception.byMethod.")).count());
    }

    @Test
    void test_sectionsAndFigures_areFoundByTheirJsonNames() {
        ReportSection women = REPORT.section("women").orElseThrow();
        assertEquals("women", women.path());
        assertEquals("women.married", women.figure("married").orElseThrow().path());
        assertEquals("married", women.figure("married").orElseThrow().name());
        assertTrue(women.figure("total").isEmpty());
        assertTrue(REPORT.figure("deaths").isPresent());
        assertTrue(REPORT.figure("areaName").isEmpty());
        assertTrue(REPORT.section("statedRates").isEmpty());
        assertFalse(women.isKeyedByCode());
        assertThrows(IllegalStateException.class, () -> women.figureOfCode("iud"));
        assertEquals(8, women.figures().size());
    }

    @Test
    void test_codedSection_acceptsEverySpellingOfACode() {
        ReportSection byMethod = REPORT.section("contraception").orElseThrow().section("byMethod").orElseThrow();
        assertTrue(byMethod.isKeyedByCode());
        assertEquals("contraception.byMethod.iud", byMethod.figureOfCode("上环").path());
        assertEquals("contraception.byMethod.iud", byMethod.figureOfCode("IUD").path());
        assertThrows(InvalidValueException.class, () -> byMethod.figureOfCode("patch"));
    }

    @Test
    void test_readAndWritten_differOnlyForCodesNotListed() {
        AggregateReport r = TownshipReports.consistent();
        ReportFigure otherModern = figure("contraception.byMethod.other_modern");
        assertEquals(BigDecimal.ZERO, otherModern.read(r).orElseThrow());
        assertTrue(otherModern.written(r).isEmpty());
        assertTrue(otherModern.read(AggregateReport.builder().build()).isEmpty());
        assertEquals(new BigDecimal("30250"), figure("population.average").read(r).orElseThrow());
        assertTrue(figure("population.average").isDecimal());
        assertFalse(figure("deaths").isDecimal());
    }

    @Test
    void test_draft_setsEveryFigureOnItsGroup() {
        AggregateReport r = TownshipReports.consistent();
        ReportDraft draft = ReportDraft.empty();
        for (ReportFigure f : REPORT.figures()) {
            f.written(r).ifPresent(v -> draft.set(f, v));
        }
        draft.report().areaCode(r.areaCode()).areaName(r.areaName()).statedPeriod(r.statedPeriod())
                .statedReportDate(r.statedReportDate()).statedRates(r.statedRates());
        assertEquals(r, draft.build());
    }

    @Test
    void test_draft_namesTheFullPathOfABrokenRule_alsoForFlowsAndProgrammes() {
        ReportSection out = REPORT.section("floatingOut").orElseThrow();
        ReportDraft draft = ReportDraft.empty().set(out.figure("total").orElseThrow(), BigDecimal.valueOf(-1));
        assertEquals("floatingOut.total", assertThrows(InvalidValueException.class, () -> draft.close(out)).field());
        ReportSection population = REPORT.section("population").orElseThrow();
        ReportDraft average = ReportDraft.empty().set(population.figure("average").orElseThrow(), new BigDecimal("1E-21"));
        assertEquals("population.average", assertThrows(InvalidValueException.class, average::build).field());
    }
}
