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

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.indicators.testing.VillageResults;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.testkit.CountyRegisters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QualityCheckTest {
    /** Five villages' CPR: 80 of 100, 85 of 100, 78 of 100, 82 of 100 and 20 of 100; the township's 345 of 500. */
    private static List<IndicatorResult> cpr() {
        List<IndicatorResult> results = new ArrayList<>(VillageResults.rates(Indicator.CPR, 80, 100, 85, 100, 78, 100, 82, 100, 20, 100));
        results.add(VillageResults.rate(VillageResults.TOWNSHIP, Indicator.CPR, 345, 500));
        return results;
    }

    @Test
    void test_township_getsOutliersSmoothingAndFunnel() {
        QualityReport q = QualityCheck.standard().check(cpr(), Optional.of(VillageResults.TOWNSHIP), List.of());
        assertEquals(VillageResults.PERIOD, q.period());
        assertFalse(q.hasErrors());
        // the fifth village: modified z = 0.6745 (20 − 80) / 2 = −20.2; beyond the 99.8 % funnel limit around 69 %
        assertEquals(List.of("OUTLIER_MODIFIED_Z_SCORE", "FUNNEL_OUTSIDE_998"),
                q.findings().stream().filter(f -> f.area().equals(VillageResults.village(5))).map(QualityFinding::rule).collect(Collectors.toList()));
        assertEquals(5, q.smoothed().size());
        assertEquals(69, q.smoothed().get(0).pooled(), 1e-9);
        FunnelPlot funnel = q.funnelPlots().get(0);
        assertEquals(VillageResults.TOWNSHIP, funnel.parent());
        assertEquals(69, funnel.limits().target(), 1e-9);
        assertEquals(FunnelPosition.BELOW_998, funnel.points().get(4).position());
        assertEquals("第1乡", funnel.parentName().orElseThrow());
        assertTrue(q.findings().stream().allMatch(f -> f.indicator() == Indicator.CPR));
    }

    @Test
    void test_bounds_makeErrors_andFindingsAreOrderedByArea() {
        QualityCheck check = QualityCheck.builder()
                .bounds(IndicatorBounds.of(List.of(IndicatorBound.of(Indicator.CPR, OptionalDouble.of(70), OptionalDouble.empty()))))
                .adjustFunnelsForOverdispersion(true).build();
        QualityReport q = check.check(cpr(), Optional.empty(), List.of());
        assertTrue(q.hasErrors());
        List<AreaCode> areas = q.findings().stream().map(QualityFinding::area).collect(Collectors.toList());
        assertEquals(areas.stream().sorted().collect(Collectors.toList()), areas);
        assertEquals(List.of(VillageResults.TOWNSHIP, VillageResults.village(5)),
                q.findings().stream().filter(QualityFinding::isError).map(QualityFinding::area).collect(Collectors.toList()));
        assertTrue(q.funnelPlots().get(0).limits().isAdjusted(), "the fifth village widens the limits");
    }

    /** SRB is smoothed through the share of boys: 10 boys and 5 girls (SRB 200) move towards the pooled 105 boys of 210 births (SRB 100). */
    @Test
    void test_srb_isSmoothedThroughTheShareOfBoys_andHasNoFunnel() {
        List<IndicatorResult> srb = VillageResults.rates(Indicator.SRB, 10, 5, 50, 50, 45, 50, 0, 0);
        List<SmoothedRate> smoothed = SmoothedRate.of(srb);
        assertEquals(3, smoothed.size(), "the village with no birth takes no part");
        double pooled = 105.0 / 210;
        assertEquals(100 * pooled / (1 - pooled), smoothed.get(0).pooled(), 1e-9);
        assertEquals(200, smoothed.get(0).raw().getAsDouble(), 1e-9);
        double s = smoothed.get(0).smoothed().getAsDouble();
        assertTrue(s < 200 && s >= smoothed.get(0).pooled(), smoothed.toString());
        assertEquals(SmoothingModel.BINOMIAL, smoothed.get(0).model());
        assertTrue(FunnelPlot.of(VillageResults.TOWNSHIP, Optional.empty(), srb, false).isEmpty());
    }

    @Test
    void test_countsAreScreenedButNotSmoothed() {
        List<IndicatorResult> births = VillageResults.values(Indicator.LIVE_BIRTHS, 1, 2, 3, 4, 100);
        QualityReport q = QualityCheck.standard().check(births, Optional.empty(), List.of());
        assertEquals(1, q.findings().size());
        assertEquals(List.of(), q.smoothed());
        assertEquals(List.of(), q.funnelPlots());
    }

    @Test
    void test_emptyResults_mixedPeriods_andUnknownAreas_throw() {
        assertThrows(IllegalArgumentException.class, () -> QualityCheck.standard().check(List.of(), Optional.empty(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> QualityCheck.standard().check(cpr(), Optional.of(AreaCode.of("990102002000")), List.of()));
    }

    @Test
    void test_registers_smoothedRatesStayBetweenRawAndPooled_andNothingThrows() {
        qt().withExamples(30).forAll(CountyRegisters.registers()).checkAssert(register -> {
            ComputedIndicators computed = Indicators.compute(register, CountyRegisters.PERIOD);
            QualityReport q = QualityCheck.builder().adjustFunnelsForOverdispersion(true).build()
                    .check(computed.results(), Optional.empty(), List.of());
            for (SmoothedRate s : q.smoothed()) {
                if (s.raw().isPresent() && s.smoothed().isPresent()) {
                    double low = Math.min(s.raw().getAsDouble(), s.pooled());
                    double high = Math.max(s.raw().getAsDouble(), s.pooled());
                    double e = s.smoothed().getAsDouble();
                    assertTrue(e >= low - 1e-9 * Math.abs(low) && e <= high + 1e-9 * Math.abs(high), s.toString());
                }
            }
            List<QualityFinding> sorted = new ArrayList<>(q.findings());
            sorted.sort(Comparator.comparing(QualityFinding::area));
            assertEquals(sorted.stream().map(QualityFinding::area).collect(Collectors.toList()),
                    q.findings().stream().map(QualityFinding::area).collect(Collectors.toList()));
            AreaCode township = AreaCode.of("990101001000");
            QualityReport one = QualityCheck.standard().check(computed.results(), Optional.of(township), List.of());
            assertTrue(one.findings().stream().allMatch(f -> f.area().equals(township) || f.area().parent().orElseThrow().equals(township)));
            assertTrue(one.funnelPlots().stream().allMatch(f -> f.parent().equals(township)));
        });
    }
}
