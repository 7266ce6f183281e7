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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.testing.VillageResults;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FunnelPlotTest {
    /**
     * Four villages' CPR, 10, 50, 90 and 50 of 100 married WRA each: pooled θ = 200 / 400 = 50 %. At n = 100 the
     * 99.8 % limits are sin²(π/4 ∓ z / (2√n)) = (1 ∓ sin(z / √n)) / 2 with z = 3.090232, since sin²(π/4 ± a) = (1 ± sin 2a) / 2:
     * sin(0.3090232) = 0.304128…, so 34.79 % and 65.21 %; the 95 % limits (1 ∓ sin 0.1959964) / 2 are 40.26 % and 59.74 %.
     */
    private static List<IndicatorResult> cpr() {
        return VillageResults.rates(Indicator.CPR, 10, 100, 50, 100, 90, 100, 50, 100);
    }

    private static FunnelPlot plot(List<IndicatorResult> results, Optional<String> name) {
        return FunnelPlot.of(VillageResults.TOWNSHIP, name, results, false).orElseThrow();
    }

    @Test
    void test_plot_holdsItsPeriodPointsAndLimits() {
        FunnelPlot plot = plot(cpr(), Optional.of("第1乡"));
        assertEquals(VillageResults.PERIOD, plot.period());
        assertEquals(Indicator.CPR, plot.indicator());
        assertEquals(50, plot.limits().target(), 1e-12);
        assertEquals(SmoothingModel.BINOMIAL, plot.limits().model());
        FunnelPoint first = plot.points().get(0);
        assertEquals(VillageResults.village(1), first.area());
        assertEquals("1乡1村", first.areaName().orElseThrow());
        assertEquals(VillageResults.PERIOD, first.period());
        assertEquals(Indicator.CPR, first.indicator());
        assertEquals(cpr().get(0), first.result());
        assertEquals(10, first.value(), 1e-12);
        assertEquals(100, first.denominator());
        assertEquals(plot.limits().band(100), first.band());
        assertEquals(100 * (1 - Math.sin(FunnelLevel.P998.z() / 10)) / 2, first.band().lower(FunnelLevel.P998), 1e-9);
        assertEquals(List.of(FunnelPosition.BELOW_998, FunnelPosition.INSIDE, FunnelPosition.ABOVE_998, FunnelPosition.INSIDE),
                plot.points().stream().map(FunnelPoint::position).collect(Collectors.toList()));
        assertEquals("990102001001 CPR 10.0 at 100.0: below_998", first.toString());
        assertEquals("funnel plot of 990102001000: CPR funnel around 50.0 (binomial, tau2 0.0), 4 points", plot.toString());
    }

    /** Limits from the class comment: the first village is below 34.79 %, the third above 65.21 %; the two at 50 % are no finding. */
    @Test
    void test_pointsBeyondThe998Limits_areWarningsInBothLanguages() {
        List<QualityFinding> findings = plot(cpr(), Optional.of("第1乡")).findings();
        assertEquals(2, findings.size());
        QualityFinding below = findings.get(0);
        assertEquals(QualityMethod.FUNNEL_PLOT, below.method());
        assertEquals(Severity.WARNING, below.severity());
        assertEquals(VillageResults.village(1), below.area());
        assertEquals(VillageResults.PERIOD, below.period());
        assertEquals(10, below.value(), 1e-12);
        assertEquals(50, below.reference().getAsDouble(), 1e-12);
        assertEquals(OptionalDouble.empty(), below.statistic());
        assertEquals("99.8%", below.threshold());
        assertEquals("1乡1村（990102001001）综合避孕率为10.00%（10/100），低于99.8%下限34.79%（第1乡（990102001000）合计50.00%）",
                below.chineseMessage());
        assertEquals("CPR of 1乡1村 (990102001001) is 10.00 % (10/100), below the 99.8% limit 34.79 % around 第1乡 (990102001000)'s 50.00 %",
                below.englishMessage());
        QualityFinding above = findings.get(1);
        assertEquals(VillageResults.village(3), above.area());
        assertEquals("1乡3村（990102001003）综合避孕率为90.00%（90/100），高于99.8%上限65.21%（第1乡（990102001000）合计50.00%）",
                above.chineseMessage());
        assertEquals("CPR of 1乡3村 (990102001003) is 90.00 % (90/100), above the 99.8% limit 65.21 % around 第1乡 (990102001000)'s 50.00 %",
                above.englishMessage());
    }

    @Test
    void test_aParentWithoutName_isNamedByItsCode() {
        QualityFinding below = plot(cpr(), Optional.empty()).findings().get(0);
        assertTrue(below.chineseMessage().endsWith("（990102001000合计50.00%）"), below.chineseMessage());
        assertTrue(below.englishMessage().endsWith(" around 990102001000's 50.00 %"), below.englishMessage());
    }

    /** 0 of 40 and 40 of 40 around 50 %: two villages are enough, and a village of none or of all is plotted. */
    @Test
    void test_twoVillages_ofNoneAndOfAll_arePlotted() {
        FunnelPlot plot = plot(VillageResults.rates(Indicator.CPR, 0, 40, 40, 40), Optional.empty());
        assertEquals(2, plot.points().size());
        assertEquals(50, plot.limits().target(), 1e-12);
        assertTrue(FunnelPlot.of(VillageResults.TOWNSHIP, Optional.empty(), VillageResults.rates(Indicator.CPR, 0, 40), false).isEmpty());
    }

    /**
     * Records a caller built by hand that no catalogue computes: a value over a denominator of 0, and a share whose part
     * exceeds its whole, are not plotted; a rate per woman-year may count more births than woman-years (3 over 2).
     */
    @Test
    void test_onlyPlottableRecords_arePlotted() {
        List<IndicatorResult> cpr = new ArrayList<>(cpr());
        cpr.add(IndicatorResult.builder().area(VillageResults.village(5)).period(VillageResults.PERIOD).indicator(Indicator.CPR)
                .numerator(0).denominator(0).value(0).build());
        cpr.add(IndicatorResult.builder().area(VillageResults.village(6)).period(VillageResults.PERIOD).indicator(Indicator.CPR)
                .numerator(12).denominator(10).value(120).build());
        assertEquals(4, plot(cpr, Optional.empty()).points().size());
        FunnelPlot asfr = plot(VillageResults.rates(Indicator.ASFR_20_24, 3, 2, 10, 100), Optional.empty());
        assertEquals(2, asfr.points().size());
        assertEquals(SmoothingModel.POISSON, asfr.limits().model());
        assertEquals(1000 * 13.0 / 102, asfr.limits().target(), 1e-9);
    }

    @Test
    void test_plots_areValues() {
        FunnelPlot plot = plot(cpr(), Optional.of("第1乡"));
        FunnelPlot same = plot(cpr(), Optional.of("第1乡"));
        assertEquals(plot, same);
        assertEquals(plot.hashCode(), same.hashCode());
        assertEquals(plot.points().get(0), same.points().get(0));
        assertEquals(plot.points().get(0).hashCode(), same.points().get(0).hashCode());
        assertNotEquals(plot, plot(cpr(), Optional.empty()));
        assertNotEquals(plot.hashCode(), plot(cpr(), Optional.empty()).hashCode());
        assertNotEquals(plot, FunnelPlot.of(VillageResults.TOWNSHIP, Optional.of("第1乡"), cpr(), true).orElseThrow());
        assertNotEquals(plot, FunnelPlot.of(VillageResults.village(1).parent().orElseThrow().parent().orElseThrow(), Optional.of("第1乡"),
                cpr(), false).orElseThrow());
        assertNotEquals(plot, "funnel");
        assertNotEquals(plot.points().get(0), plot.points().get(1));
        assertNotEquals(plot.points().get(0).hashCode(), plot.points().get(1).hashCode());
        assertNotEquals(plot.points().get(1), plot.points().get(3), "the same value and denominator in another village");
        assertNotEquals(plot.points().get(0), "point");
        ReportingPeriod earlier = ReportingPeriod.parse("2008SY");
        List<IndicatorResult> before = cpr().stream().map(r -> IndicatorResult.builder().from(r).period(earlier).build())
                .collect(Collectors.toList());
        FunnelPlot other = plot(before, Optional.of("第1乡"));
        assertEquals(earlier, other.period());
        assertNotEquals(plot, other);
        FunnelPlot moved = plot(VillageResults.rates(Indicator.CPR, 10, 100, 50, 100, 90, 100, 51, 100), Optional.of("第1乡"));
        assertNotEquals(plot, moved);
        assertFalse(plot.equals(null));
    }
}
