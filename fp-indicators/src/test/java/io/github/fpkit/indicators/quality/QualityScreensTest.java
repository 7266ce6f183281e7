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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.ConfidenceInterval;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Rate;
import io.github.fpkit.indicators.testing.VillageResults;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The screens' parameters, their thresholds at the exact edges, and the messages of their findings. */
class QualityScreensTest {
    private static final Optional<String> NAME = Optional.of("第1乡");
    private static final AreaCode VILLAGE = VillageResults.village(1);

    /** Two villages of 1 and 3: mean 2, population SD 1, z = ∓1 exactly; median 2, MAD 1, M = ∓0.6745 exactly. */
    @Test
    void test_outlierThresholds_areReachedAtEquality_withTwoSubAreas() {
        OutlierScreen screen = OutlierScreen.of(1, OutlierScreen.MAD_FACTOR);
        assertEquals(1, screen.zScoreThreshold());
        assertEquals(0.6745, screen.modifiedZScoreThreshold());
        assertEquals("z-score 1.0, modified z-score 0.6745", screen.toString());
        assertEquals("z-score 3.0, modified z-score 3.5", OutlierScreen.standard().toString());
        List<QualityFinding> findings = screen.screen(VillageResults.TOWNSHIP, NAME, VillageResults.values(Indicator.LIVE_BIRTHS, 1, 3));
        assertEquals(List.of(QualityMethod.Z_SCORE, QualityMethod.Z_SCORE, QualityMethod.MODIFIED_Z_SCORE, QualityMethod.MODIFIED_Z_SCORE),
                findings.stream().map(QualityFinding::method).collect(Collectors.toList()));
        assertEquals(-1, findings.get(0).statistic().getAsDouble());
        assertEquals("1乡1村（990102001001）出生人数为1，在第1乡（990102001000）的2个村中的Z分数为-1.00（均值2.00，标准差1.00），绝对值达到阈值1.0",
                findings.get(0).chineseMessage());
        assertEquals("LIVE_BIRTHS of 1乡1村 (990102001001) is 1; its z-score across the 2 villages of 第1乡 (990102001000) is -1.00"
                + " (mean 2.00, SD 1.00), |z| ≥ 1.0", findings.get(0).englishMessage());
    }

    /**
     * 10, 12, 14, 16, 100: median 14, |x − 14| = 4, 2, 0, 2, 86, MAD 2, so M(100) = 0.6745 · 86 / 2 = 29.0035; mean 30.4,
     * population SD √(6075.2 / 5) = 34.86, z(100) = 69.6 / 34.86 = 2.00, below 3.
     */
    @Test
    void test_modifiedZScore_dividesByTheMad() {
        List<QualityFinding> findings = OutlierScreen.standard().screen(VillageResults.TOWNSHIP, NAME,
                VillageResults.values(Indicator.LIVE_BIRTHS, 10, 12, 14, 16, 100));
        assertEquals(1, findings.size(), findings.toString());
        QualityFinding f = findings.get(0);
        assertEquals(0.6745 * 86 / 2, f.statistic().getAsDouble(), 1e-9);
        assertEquals(14, f.reference().getAsDouble());
        assertEquals("1乡5村（990102001005）出生人数为100，在第1乡（990102001000）的5个村中的修正Z分数为29.00（中位数14.00，绝对中位差2.00），"
                + "绝对值达到阈值3.5", f.chineseMessage());
        assertEquals("LIVE_BIRTHS of 1乡5村 (990102001005) is 100; its modified z-score across the 5 villages of 第1乡 (990102001000)"
                + " is 29.00 (median 14.00, MAD 2.00), |M| ≥ 3.5", f.englishMessage());
        assertEquals("warning OUTLIER_MODIFIED_Z_SCORE 990102001005 LIVE_BIRTHS: " + f.englishMessage(), f.toString());
    }

    /**
     * 400 boys and 500 girls: SRB 80, the share of boys 4/9 of 900 births, its Wilson interval
     * (p + z²/2n ± z √(p(1 − p)/n + z²/4n²)) / (1 + z²/n) written back as 100 p / (1 − p): wholly below 103.
     */
    @Test
    void test_srbBelowTheRange_inBothLanguages() {
        QualityFinding f = SexRatioPlausibility.standard().check(VillageResults.rate(VILLAGE, Indicator.SRB, 400, 500)).orElseThrow();
        double z = 1.959963984540054;
        double p = 4.0 / 9;
        double n = 900;
        double centre = p + z * z / (2 * n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        double low = (centre - half) / (1 + z * z / n);
        double high = (centre + half) / (1 + z * z / n);
        String interval = String.format("[%.2f, %.2f]", 100 * low / (1 - low), 100 * high / (1 - high));
        assertEquals("1乡1村（990102001001）出生人口性别比为80.00（400男/500女），95%置信区间" + interval + "整体低于正常范围103–107",
                f.chineseMessage());
        assertEquals("SRB of 1乡1村 (990102001001) is 80.00 (400 boys, 500 girls); its 95% interval " + interval
                + " lies wholly below the normal range 103–107", f.englishMessage());
        QualityFinding above = SexRatioPlausibility.standard().check(VillageResults.rate(VILLAGE, Indicator.SRB, 600, 400)).orElseThrow();
        assertTrue(above.chineseMessage().contains("整体高于正常范围103–107"), above.chineseMessage());
    }

    /** An interval that touches the normal range at one end is not wholly outside it. */
    @Test
    void test_srbIntervalOnAnEndOfTheRange_isNoFinding() {
        IndicatorResult srb = VillageResults.rate(VILLAGE, Indicator.SRB, 400, 500);
        ConfidenceInterval ci = Rate.of(Indicator.SRB, 400, 500).interval(SexRatioPlausibility.LEVEL).orElseThrow();
        assertEquals(Optional.empty(), SexRatioPlausibility.of(ci.high(), ci.high() + 20).check(srb));
        assertTrue(SexRatioPlausibility.of(Math.nextUp(ci.high()), ci.high() + 20).check(srb).isPresent());
        assertEquals(Optional.empty(), SexRatioPlausibility.of(ci.low() - 20, ci.low()).check(srb));
        assertTrue(SexRatioPlausibility.of(ci.low() - 20, Math.nextDown(ci.low())).check(srb).isPresent());
    }

    @Test
    void test_srbRange_isAParameter() {
        SexRatioPlausibility range = SexRatioPlausibility.of(105, 105);
        assertEquals(105, range.low());
        assertEquals(105, range.high());
        assertEquals("105–105", range.range());
        assertEquals(103, SexRatioPlausibility.standard().low());
        assertEquals(107, SexRatioPlausibility.standard().high());
        assertEquals("SRB normal range 103–107", SexRatioPlausibility.standard().toString());
    }

    private static IndicatorResult births(String period, double value) {
        return IndicatorResult.builder().area(VILLAGE).period(ReportingPeriod.parse(period)).indicator(Indicator.LIVE_BIRTHS)
                .numerator((long) value).value(value).build();
    }

    /** 150 and 50 against a mean of 100 are ratios of 1.5 and 0.5, exactly ±0.5 off: within a threshold of 0.5. */
    @Test
    void test_consistency_atItsThreshold_isNoFinding() {
        ConsistencyOverTime half = ConsistencyOverTime.of(0.5);
        assertEquals(0.5, half.threshold());
        assertEquals(0.33, ConsistencyOverTime.standard().threshold());
        assertEquals("consistency over time ±0.5", half.toString());
        assertEquals("consistency over time ±0.33", ConsistencyOverTime.standard().toString());
        List<IndicatorResult> history = List.of(births("2008SY", 100));
        assertEquals(List.of(), half.check(List.of(births("2009SY", 150)), history));
        assertEquals(List.of(), half.check(List.of(births("2009SY", 50)), history));
        assertEquals(1, half.check(List.of(births("2009SY", 151)), history).size());
    }

    /** A count's earlier mean is written as a number, a rate's in its unit: 140 against 100 is 1.40; 50 % against 80 % is 0.625. */
    @Test
    void test_consistencyMessages_ofACountAndOfARate() {
        List<IndicatorResult> history = List.of(births("2008SY", 90), births("2007SY", 100), births("2006SY", 110));
        QualityFinding count = ConsistencyOverTime.standard().check(List.of(births("2009SY", 140)), history).get(0);
        assertEquals("9901020010012009SY出生人数为140，此前3期（2008SY, 2007SY, 2006SY）均值为100.00，为其1.40倍，偏离超过±33%",
                count.chineseMessage());
        assertEquals("LIVE_BIRTHS of 990102001001 in 2009SY is 140 against a mean of 100.00 over 2008SY, 2007SY, 2006SY, a ratio of 1.40,"
                + " off by more than ±33%", count.englishMessage());
        IndicatorResult now = VillageResults.rate(VILLAGE, Indicator.CPR, 50, 100);
        IndicatorResult before = IndicatorResult.builder().from(VillageResults.rate(VILLAGE, Indicator.CPR, 80, 100))
                .period(ReportingPeriod.parse("2008SY")).build();
        QualityFinding rate = ConsistencyOverTime.standard().check(List.of(now), List.of(before)).get(0);
        assertEquals("1乡1村（990102001001）2009SY综合避孕率为50.00%，此前1期（2008SY）均值为80.00%，为其0.63倍，偏离超过±33%",
                rate.chineseMessage());
        assertEquals("CPR of 1乡1村 (990102001001) in 2009SY is 50.00 % against a mean of 80.00 % over 2008SY, a ratio of 0.63,"
                + " off by more than ±33%", rate.englishMessage());
    }

    /** The calendar's first year is year 1: the year before year 2 is year 1, and there is none before it. */
    @Test
    void test_earlierPeriods_reachYear1() {
        assertEquals(List.of(ReportingPeriod.calendarYear(1)), ConsistencyOverTime.earlierPeriods(ReportingPeriod.calendarYear(2)));
    }

    @Test
    void test_check_isConfiguredByItsBuilder() {
        OutlierScreen outliers = OutlierScreen.of(2, 3);
        IndicatorBounds bounds = IndicatorBounds.of(List.of(IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.of(95))));
        SexRatioPlausibility srb = SexRatioPlausibility.of(100, 110);
        ConsistencyOverTime consistency = ConsistencyOverTime.of(0.2);
        QualityCheck check = QualityCheck.builder().outliers(outliers).bounds(bounds).sexRatio(srb).consistency(consistency)
                .adjustFunnelsForOverdispersion(true).build();
        assertSame(outliers, check.outliers());
        assertSame(bounds, check.bounds());
        assertSame(srb, check.sexRatio());
        assertSame(consistency, check.consistency());
        assertTrue(check.adjustsFunnelsForOverdispersion());
        assertFalse(QualityCheck.standard().adjustsFunnelsForOverdispersion());
        assertEquals("quality check: z-score 2.0, modified z-score 3.0, bounds [CPR [60.0, 95.0]], SRB normal range 100–110,"
                + " consistency over time ±0.2, funnels widened for overdispersion", check.toString());
        assertEquals("quality check: z-score 3.0, modified z-score 3.5, bounds [], SRB normal range 103–107, consistency over time ±0.33",
                QualityCheck.standard().toString());
    }

    /** 600 boys and 400 girls (an interval [132.1, 170.2], see SexRatioPlausibilityTest) is found by the whole check too. */
    @Test
    void test_check_screensSrb() {
        QualityReport q = QualityCheck.standard().check(VillageResults.rates(Indicator.SRB, 600, 400, 65, 60), Optional.empty(), List.of());
        assertEquals(List.of("SRB_OUTSIDE_NORMAL_RANGE"), q.findings().stream().filter(f -> f.area().equals(VILLAGE))
                .map(QualityFinding::rule).collect(Collectors.toList()));
    }

    /**
     * CPR 30, 60 and 90 of 100 around 60 %: no outlier (|z| = 1.22, |M| = 0.6745); at n = 100 the 99.8 % limits
     * sin²(asin √0.6 ∓ 3.090232 / 20) are 44.9 % and 74.4 %, so 30 and 90 are the two funnel findings.
     */
    @Test
    void test_reports_areValues() {
        List<IndicatorResult> cpr = VillageResults.rates(Indicator.CPR, 30, 100, 60, 100, 90, 100);
        QualityReport q = QualityCheck.standard().check(cpr, Optional.empty(), List.of());
        assertEquals("quality of 2009SY: 2 findings, 3 smoothed rates, 1 funnel plots", q.toString());
        QualityReport same = QualityCheck.standard().check(cpr, Optional.empty(), List.of());
        assertEquals(q, same);
        assertEquals(q.hashCode(), same.hashCode());
        QualityReport widened = QualityCheck.builder().adjustFunnelsForOverdispersion(true).build().check(cpr, Optional.empty(), List.of());
        assertNotEquals(q, widened);
        assertNotEquals(q.hashCode(), widened.hashCode());
        assertNotEquals(q, "report");
    }

    @Test
    void test_bounds_atTheirEnds_andAsValues() {
        IndicatorBound cpr = IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.of(95));
        assertEquals(OptionalDouble.of(60), cpr.min());
        assertEquals(OptionalDouble.of(95), cpr.max());
        assertTrue(cpr.admits(60));
        assertTrue(cpr.admits(95));
        assertFalse(cpr.admits(Math.nextDown(60.0)));
        assertFalse(cpr.admits(Math.nextUp(95.0)));
        assertEquals("[60.0, 95.0]", cpr.range());
        assertEquals("CPR [60.0, 95.0]", cpr.toString());
        IndicatorBound one = IndicatorBound.of(Indicator.SRB, VILLAGE, OptionalDouble.empty(), OptionalDouble.of(130));
        assertEquals("≤ 130.0", one.range());
        assertEquals("SRB 990102001001 ≤ 130.0", one.toString());
        assertEquals("≥ 60.0", IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.empty()).range());
        IndicatorBound point = IndicatorBound.of(Indicator.CPR, OptionalDouble.of(80), OptionalDouble.of(80));
        assertTrue(point.admits(80));
        IllegalArgumentException neither = assertThrows(IllegalArgumentException.class,
                () -> IndicatorBound.of(Indicator.SRB, VILLAGE, OptionalDouble.empty(), OptionalDouble.empty()));
        assertEquals("the bound of SRB for 990102001001 needs a min, a max or both", neither.getMessage());
        assertEquals(IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.of(95)), cpr);
        assertEquals(IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.of(95)).hashCode(), cpr.hashCode());
        for (IndicatorBound other : new IndicatorBound[] {IndicatorBound.of(Indicator.MCPR, OptionalDouble.of(60), OptionalDouble.of(95)),
                IndicatorBound.of(Indicator.CPR, VILLAGE, OptionalDouble.of(60), OptionalDouble.of(95)),
                IndicatorBound.of(Indicator.CPR, OptionalDouble.of(61), OptionalDouble.of(95)),
                IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.of(96))}) {
            assertNotEquals(cpr, other);
            assertNotEquals(cpr.hashCode(), other.hashCode());
        }
        assertNotEquals(cpr, "CPR");
        IndicatorBounds bounds = IndicatorBounds.of(List.of(cpr, one));
        assertEquals(List.of(cpr, one), bounds.bounds());
        assertEquals("[CPR [60.0, 95.0], SRB 990102001001 ≤ 130.0]", bounds.toString());
    }

    @Test
    void test_texts_roundHalfUpForTheirUnits() {
        assertEquals("82.39", QualityText.value(82.385, io.github.fpkit.indicators.Unit.PERCENT));
        assertEquals("125", QualityText.value(124.5, io.github.fpkit.indicators.Unit.COUNT));
        assertEquals("82.39 %", QualityText.english(82.39, io.github.fpkit.indicators.Unit.PERCENT));
        assertEquals("11.51 ‰", QualityText.english(11.508, io.github.fpkit.indicators.Unit.PER_MILLE));
        assertEquals("125", QualityText.english(125, io.github.fpkit.indicators.Unit.COUNT));
        assertEquals("82.39%", QualityText.chinese(82.39, io.github.fpkit.indicators.Unit.PERCENT));
        assertEquals("11.51‰", QualityText.chinese(11.508, io.github.fpkit.indicators.Unit.PER_MILLE));
        assertEquals("108.33", QualityText.chinese(108.333, io.github.fpkit.indicators.Unit.PER_100_FEMALES));
        assertEquals("125", QualityText.chinese(125, io.github.fpkit.indicators.Unit.COUNT));
        assertEquals("第1乡（990102001000）", QualityText.area(VillageResults.TOWNSHIP, NAME));
        assertEquals("990102001000", QualityText.area(VillageResults.TOWNSHIP, Optional.empty()));
        assertEquals("0.8952", QualityText.factor(1880.0 / 2100));
    }

    /** A median of one value is that value; the quantile at 1 is the largest. */
    @Test
    void test_quantiles_atTheEnds() {
        assertEquals(5, Dispersion.median(new double[] {5}));
        assertEquals(0, Dispersion.medianAbsoluteDeviation(new double[] {5}));
        assertEquals(3, Dispersion.quantile(new double[] {1, 2, 3}, 1));
        assertEquals(2.5, Dispersion.median(new double[] {3, 1, 2, 4}));
    }
}
