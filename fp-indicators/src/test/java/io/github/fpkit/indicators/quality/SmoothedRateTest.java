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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.testing.VillageResults;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SmoothedRateTest {
    private static final double EXACT = 1e-12;

    /** EmpiricalBayesTest's binomial example as CPR: 30, 60, 90 of 100; pooled 60 %, every weight 32 / 33. */
    private static List<IndicatorResult> cpr() {
        return VillageResults.rates(Indicator.CPR, 30, 100, 60, 100, 90, 100);
    }

    @Test
    void test_smoothedRate_standsBesideItsRawResult() {
        List<SmoothedRate> smoothed = SmoothedRate.of(cpr());
        assertEquals(3, smoothed.size());
        SmoothedRate first = smoothed.get(0);
        assertEquals(VillageResults.village(1), first.area());
        assertEquals("1乡1村", first.areaName().orElseThrow());
        assertEquals(VillageResults.PERIOD, first.period());
        assertEquals(Indicator.CPR, first.indicator());
        assertEquals(cpr().get(0), first.result());
        assertEquals(30, first.raw().getAsDouble(), EXACT);
        assertEquals(100 * (0.6 - 0.3 * 32 / 33), first.smoothed().getAsDouble(), 1e-10);
        assertEquals(60, first.pooled(), 1e-10);
        assertEquals(32.0 / 33, first.weight(), EXACT);
        assertEquals(SmoothingModel.BINOMIAL, first.model());
        assertEquals(QualityMethod.EMPIRICAL_BAYES, first.method());
        assertEquals("CPR 990102001001 2009SY: raw " + first.raw().getAsDouble() + ", smoothed " + first.smoothed().getAsDouble()
                + " (binomial, pooled " + first.pooled() + ", weight " + first.weight() + ")", first.toString());
    }

    @Test
    void test_smoothedRates_areValues() {
        List<SmoothedRate> one = SmoothedRate.of(cpr());
        List<SmoothedRate> two = SmoothedRate.of(cpr());
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertNotEquals(one.get(0), one.get(2));
        assertNotEquals(one.get(0).hashCode(), one.get(2).hashCode());
        List<SmoothedRate> other = SmoothedRate.of(VillageResults.rates(Indicator.CPR, 30, 100, 60, 100, 91, 100));
        assertNotEquals(one.get(1), other.get(1), "the same raw rate, another pooled rate");
        assertNotEquals(one.get(0), "CPR");
    }

    /**
     * Two sub-areas are enough; a village of none and a village of all take part (0 of 40 and 40 of 40: b = 1/2,
     * s² = b (1 − b), so σ² = b (1 − b) and every weight is 1), as does a whole of exactly 1.
     */
    @Test
    void test_twoSubAreas_ofNoneAndOfAll_areSmoothed() {
        List<SmoothedRate> smoothed = SmoothedRate.of(VillageResults.rates(Indicator.CPR, 0, 40, 40, 40));
        assertEquals(2, smoothed.size());
        assertEquals(1, smoothed.get(0).weight(), EXACT);
        assertEquals(0, smoothed.get(0).smoothed().getAsDouble(), EXACT);
        assertEquals(100, smoothed.get(1).smoothed().getAsDouble(), EXACT);
        assertEquals(3, SmoothedRate.of(VillageResults.rates(Indicator.CPR, 0, 40, 40, 40, 1, 1)).size());
        assertEquals(List.of(), SmoothedRate.of(VillageResults.rates(Indicator.CPR, 0, 40)));
        assertEquals(2, SmoothedRate.of(VillageResults.rates(Indicator.CBR, 0, 1000, 12, 1000)).size());
    }

    /**
     * A village of no one (CBR over a population of 0) takes no part; nor does a share whose part a caller made larger
     * than its whole. A rate per woman-year may count more births than woman-years (3 over 2) and takes part.
     */
    @Test
    void test_onlySmoothableRecords_takePart() {
        List<IndicatorResult> cbr = VillageResults.rates(Indicator.CBR, 10, 1000, 0, 0, 30, 1000);
        assertEquals(List.of(VillageResults.village(1), VillageResults.village(3)),
                SmoothedRate.of(cbr).stream().map(SmoothedRate::area).collect(Collectors.toList()));
        List<IndicatorResult> cpr = new ArrayList<>(cpr());
        cpr.add(IndicatorResult.builder().area(VillageResults.village(4)).period(VillageResults.PERIOD).indicator(Indicator.CPR)
                .numerator(12).denominator(10).value(120).build());
        assertEquals(3, SmoothedRate.of(cpr).size());
        List<SmoothedRate> asfr = SmoothedRate.of(VillageResults.rates(Indicator.ASFR_20_24, 3, 2, 10, 100));
        assertEquals(2, asfr.size());
        assertEquals(SmoothingModel.POISSON, asfr.get(0).model());
        assertEquals(1000 * 13.0 / 102, asfr.get(0).pooled(), 1e-9);
    }

    /**
     * SRB of a village of 5 boys and no girl beside one of 5 girls and no boy: the shares of boys are 1 and 0, b = 1/2,
     * s² = b (1 − b), so each weight is 1 and the smoothed shares are 1 and 0. A share of boys of 1 has no sex ratio: the
     * first village's raw and smoothed SRB are both undefined, the second's are 0.
     */
    @Test
    void test_srbWithASmoothedShareOfBoysOf1_isUndefined() {
        List<SmoothedRate> srb = SmoothedRate.of(VillageResults.rates(Indicator.SRB, 5, 0, 0, 5));
        assertEquals(2, srb.size());
        assertEquals(OptionalDouble.empty(), srb.get(0).raw());
        assertEquals(OptionalDouble.empty(), srb.get(0).smoothed());
        assertEquals(0, srb.get(1).smoothed().getAsDouble(), EXACT);
        assertEquals(100, srb.get(0).pooled(), EXACT);
        assertEquals("SRB 990102001001 2009SY: raw undefined, smoothed undefined (binomial, pooled 100.0, weight 1.0)",
                srb.get(0).toString());
        assertEquals("SRB 990102001002 2009SY: raw 0.0, smoothed 0.0 (binomial, pooled 100.0, weight 1.0)", srb.get(1).toString());
    }

    @Test
    void test_empiricalBayes_describesItsFit() {
        EmpiricalBayes eb = EmpiricalBayes.poisson(new long[] {2, 10, 30}, new double[] {100, 1000, 1000});
        assertEquals(SmoothingModel.POISSON, eb.model());
        assertEquals(3, eb.size());
        assertEquals("poisson empirical Bayes over 3 areas: pooled " + eb.pooled() + ", variance " + eb.priorVariance(), eb.toString());
        assertTrue(eb.toString().startsWith("poisson empirical Bayes over 3 areas: pooled 0.02"), eb.toString());
        assertEquals(SmoothingModel.BINOMIAL, EmpiricalBayes.binomial(new long[] {1}, new double[] {2}).model());
        assertThrows(IndexOutOfBoundsException.class, () -> eb.estimate(3));
    }

    /** An exposure is any positive woman-years, below 1 too, and may hold more events than its size (twins in half a year). */
    @Test
    void test_poissonExposures_needOnlyBePositive() {
        EmpiricalBayes eb = EmpiricalBayes.poisson(new long[] {2, 1}, new double[] {0.5, 4});
        assertEquals(4, eb.raw(0), EXACT);
        assertEquals(3 / 4.5, eb.pooled(), EXACT);
        assertThrows(IllegalArgumentException.class, () -> EmpiricalBayes.binomial(new long[] {0, 1}, new double[] {0.5, 4}));
        assertThrows(IllegalArgumentException.class, () -> EmpiricalBayes.binomial(new long[] {2, 1}, new double[] {1, 4}));
    }
}
