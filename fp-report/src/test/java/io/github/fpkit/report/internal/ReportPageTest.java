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
package io.github.fpkit.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.indicators.quality.FunnelPlot;
import io.github.fpkit.io.csv.ResultCsvReader;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.report.DataQuality;
import io.github.fpkit.report.ReportLanguage;
import io.github.fpkit.report.Rounding;
import io.github.fpkit.report.SummaryParagraph;
import io.github.fpkit.testkit.CountyRegisters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The page's data model, without a browser: what each figure shows, and that it is what the results say. */
class ReportPageTest {
    private static final double EPSILON = 1e-9;

    private final ReportContext zh = Registers.context(Registers.township(), Registers.PERIOD, Registers.TOWNSHIP, ReportLanguage.ZH);
    private final ReportPage page = ReportPage.of(zh, DataQuality.none());

    @Test
    void aTownshipWithBirths_hasEveryFigureAsAChart_inItsSections() {
        assertEquals(List.of("women", "contraception", "births"), page.sections().stream().map(Section::id).collect(Collectors.toList()));
        assertEquals(List.of(AgePyramidFigure.ID, ParityFigure.ID, MethodMixFigure.ID, "cpr-by-area", FunnelFigure.ID,
                BirthsByMonthFigure.ID, "srb-by-area", "policy-birth-rate-by-area"),
                page.figures().stream().map(Figure::id).collect(Collectors.toList()));
        for (Figure f : page.figures()) {
            assertTrue(f.chart().isPresent(), f.id());
            assertTrue(f.chart().get().subtitle().contains("990102001000") && f.chart().get().subtitle().contains("2009SY"),
                    f.chart().get().subtitle());
        }
        assertEquals(SummaryParagraph.of(Registers.TOWNSHIP, zh.area().name(), Registers.PERIOD, zh.area().all(), ReportLanguage.ZH),
                page.summary());
    }

    @Test
    void everyChart_hasATitle_axesNamedWithUnits_andTipsWithNumeratorAndDenominator() {
        for (ReportLanguage language : ReportLanguage.values()) {
            ReportContext c = Registers.context(Registers.township(), Registers.PERIOD, Registers.TOWNSHIP, language);
            for (Figure f : ReportPage.of(c, DataQuality.none()).figures()) {
                Chart chart = f.chart().orElseThrow();
                assertFalse(chart.title().isBlank(), f.id());
                assertEquals(c.subtitle(), chart.subtitle(), f.id());
                List<String> axes;
                List<String> tips;
                if (chart instanceof BarChart) {
                    BarChart bars = (BarChart) chart;
                    axes = List.of(bars.valueAxis());
                    tips = bars.series().stream().flatMap(s -> s.tips().stream()).collect(Collectors.toList());
                } else if (chart instanceof IntervalChart) {
                    axes = List.of(((IntervalChart) chart).valueAxis());
                    tips = ((IntervalChart) chart).points().stream().map(IntervalPoint::tip).collect(Collectors.toList());
                } else {
                    FunnelChart funnel = (FunnelChart) chart;
                    axes = List.of(funnel.xAxis(), funnel.yAxis());
                    tips = funnel.points().stream().map(FunnelMark::tip).collect(Collectors.toList());
                }
                for (String axis : axes) {
                    assertTrue(axis.matches(".+[（(].+[）)]"), language + " " + f.id() + ": no unit in " + axis);
                }
                for (String tip : tips) {
                    // A share or a count over its whole, or a rate with its numerator and denominator named.
                    assertTrue(tip.matches("(?s).*\\d+\\S* / \\S*\\d+.*") || tip.matches("(?s).*[;；] ?\\S.* \\d+[,，] ?\\S.* \\d+.*"),
                            language + " " + f.id() + ": " + tip);
                }
            }
        }
    }

    @Test
    void shares_ofEveryArea_sumTo100_andTheirTipsGiveNumeratorAndDenominator() {
        for (String id : List.of(MethodMixFigure.ID, ParityFigure.ID)) {
            BarChart chart = (BarChart) chart(id);
            assertEquals(1 + zh.subAreas().size(), chart.categories().size());
            assertEquals(zh.area().name(), chart.categories().get(0));
            for (int i = 0; i < chart.categories().size(); i++) {
                double sum = 0;
                for (BarSeries s : chart.series()) {
                    sum += s.values().get(i);
                }
                assertEquals(100, sum, 1e-6, id + " " + chart.categories().get(i));
            }
        }
        BarChart methods = (BarChart) chart(MethodMixFigure.ID);
        assertEquals(Palette.series(2), methods.series().stream().filter(s -> s.name().equals("上环")).findFirst().orElseThrow().color());
        BarChart parity = (BarChart) chart(ParityFigure.ID);
        long married = zh.area().numerator(Indicator.MARRIED_WRA);
        assertEquals("零孩", parity.series().get(0).name());
        assertTrue(parity.series().get(0).tips().get(0).contains(zh.area().numerator(Indicator.PARITY_0) + "人 / 已婚育龄妇女" + married + "人"),
                parity.series().get(0).tips().get(0));
    }

    @Test
    void intervals_areSortedWithinTheirWhiskers_aroundTheAreasValue() {
        for (Indicator indicator : List.of(Indicator.SRB, Indicator.CPR, Indicator.POLICY_BIRTH_RATE)) {
            IntervalChart chart = (IntervalChart) chart(IntervalFigure.id(indicator));
            IndicatorResult own = zh.area().result(indicator).orElseThrow();
            assertEquals(own.value().getAsDouble(), chart.reference(), EPSILON);
            assertTrue(chart.referenceLabel().endsWith(Rounding.text(own.value(), own.unit()).orElseThrow()), chart.referenceLabel());
            double previous = Double.NEGATIVE_INFINITY;
            for (IntervalPoint p : chart.points()) {
                assertTrue(p.value() >= previous, indicator + " not sorted");
                previous = p.value();
                assertTrue(p.low() <= p.value() + EPSILON && p.value() <= p.high() + EPSILON, indicator + " " + p);
            }
            IntervalPoint first = chart.points().get(0);
            IndicatorResult r = zh.subAreas().stream().filter(a -> a.name().equals(first.name())).findFirst().orElseThrow()
                    .result(indicator).orElseThrow();
            assertTrue(first.tip().contains(Long.toString(r.numerator().getAsLong())) && first.tip().contains(
                    Rounding.text(r.denominator(), Unit.COUNT).orElseThrow()), first.tip());
        }
    }

    @Test
    void theFunnel_isFpQualitysFunnelPlotOfCpr_aroundThePooledPrevalence() {
        FunnelChart chart = (FunnelChart) chart(FunnelFigure.ID);
        List<IndicatorResult> villages = zh.subAreas().stream().map(a -> a.result(Indicator.CPR).orElseThrow())
                .collect(Collectors.toList());
        FunnelPlot plot = FunnelPlot.of(Registers.TOWNSHIP, Optional.of(zh.area().name()), villages, false).orElseThrow();
        assertEquals(plot.limits(), chart.limits());
        // The township is the sum of its villages: their pooled prevalence is its own.
        assertEquals(zh.area().result(Indicator.CPR).orElseThrow().value().getAsDouble(), chart.limits().target(), 1e-9);
        assertEquals(villages.size(), chart.points().size());
        for (FunnelMark p : chart.points()) {
            assertEquals(chart.limits().position(p.value(), p.n()), p.position(), p.toString());
        }
        assertTrue(chart.grid().get(0) <= chart.points().stream().mapToDouble(FunnelMark::n).min().orElseThrow());
        assertTrue(chart.grid().get(chart.grid().size() - 1) >= chart.points().stream().mapToDouble(FunnelMark::n).max().orElseThrow());
    }

    @Test
    void birthsByMonth_coverThePeriodsMonths_andAddUpToLiveBirths() {
        BarChart chart = (BarChart) chart(BirthsByMonthFigure.ID);
        assertEquals("2008-10", chart.categories().get(0));
        assertEquals("2009-09", chart.categories().get(11));
        double births = chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).sum();
        assertEquals(zh.area().numerator(Indicator.LIVE_BIRTHS), births, EPSILON);
        assertEquals(List.of("男婴", "女婴"), chart.series().stream().map(BarSeries::name).collect(Collectors.toList()));
    }

    @Test
    void anAreaWithoutBirths_saysSoWhereItsChartsOfBirthsWouldBe() {
        ReportingPeriod month = ReportingPeriod.parse("2009-01");
        for (ReportLanguage language : ReportLanguage.values()) {
            Register register = Registers.township();
            ReportContext c = Registers.context(register, month, Registers.villageWithoutBirths(register, month), language);
            ReportPage none = ReportPage.of(c, DataQuality.none());
            String sentence = Wording.of(language).noBirths();
            for (Figure f : none.figures()) {
                if (List.of(BirthsByMonthFigure.ID, "srb-by-area", "policy-birth-rate-by-area").contains(f.id())) {
                    assertEquals(sentence, f.empty().orElseThrow(), f.id());
                }
            }
        }
    }

    @Test
    void theIndicatorTable_hasEveryResultRounded_andItsCsvIsTheResults(@TempDir Path dir) throws Exception {
        Table table = page.indicators();
        assertEquals(zh.area().all().size(), table.rows().size());
        IndicatorResult cpr = zh.area().result(Indicator.CPR).orElseThrow();
        TableRow row = table.row("CPR").orElseThrow();
        assertEquals(Rounding.text(cpr.value(), cpr.unit()).orElseThrow(), row.cells().get(2));
        assertEquals(Double.toString(cpr.value().getAsDouble()), Double.toString(Double.parseDouble(row.sortKeys().get(2))));
        Path csv = Files.writeString(dir.resolve(page.csvName()), page.csv(), StandardCharsets.UTF_8);
        assertEquals(zh.area().all(), ResultCsvReader.read(csv));
        assertEquals("fp-990102001000-2009SY.csv", page.csvName());
    }

    @Test
    void everyAreaOfRandomRegisters_givesAPageWithoutNaN_andAChartOrAReasonPerFigure() {
        JsonMapper json = JsonMapper.builder().build();
        qt().withExamples(60).forAll(CountyRegisters.seeds()).checkAssert(seed -> {
            Register register = CountyRegisters.register(seed);
            for (AreaCode area : List.of(CountyRegisters.COUNTY, AreaCode.of("990101001000"), AreaCode.of("990101001001"))) {
                ReportContext c = Registers.context(register, CountyRegisters.PERIOD, area, ReportLanguage.EN);
                ReportPage p = ReportPage.of(c, DataQuality.none());
                String charts = json.writeValueAsString(p.chartsJson());
                assertFalse(charts.contains("NaN") || charts.contains("Infinity"), "seed " + seed + " " + area + ": " + charts);
                Map<?, ?> back = json.readValue(charts, Map.class);
                assertEquals(p.figures().stream().filter(f -> f.chart().isPresent()).count(), back.size());
                if (c.area().numerator(Indicator.LIVE_BIRTHS) == 0) {
                    assertTrue(p.figures().stream().filter(f -> f.id().equals(BirthsByMonthFigure.ID))
                            .allMatch(f -> f.empty().orElse("").equals("No births in the period")), "seed " + seed);
                }
            }
        });
    }

    private Chart chart(String id) {
        return page.figures().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().chart().orElseThrow();
    }
}
