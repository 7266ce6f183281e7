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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The funnel's value types, and its limits at the edges the documentation names. */
class FunnelValuesTest {
    @Test
    void test_limits_areValues() {
        FunnelLimits cpr = FunnelLimits.of(Indicator.CPR, 80, 0);
        assertEquals(FunnelLimits.of(Indicator.CPR, 80, 0), cpr);
        assertEquals(FunnelLimits.of(Indicator.CPR, 80, 0).hashCode(), cpr.hashCode());
        for (FunnelLimits other : new FunnelLimits[] {FunnelLimits.of(Indicator.CPR, 70, 0), FunnelLimits.of(Indicator.CPR, 80, 0.01),
                FunnelLimits.of(Indicator.MCPR, 80, 0)}) {
            assertNotEquals(cpr, other);
            assertNotEquals(cpr.hashCode(), other.hashCode());
        }
        assertNotEquals(cpr, "CPR");
        assertEquals(SmoothingModel.BINOMIAL, cpr.model());
        assertEquals(SmoothingModel.POISSON, FunnelLimits.of(Indicator.CBR, 10, 0).model());
        // 80 / 100 × 100 and 10 / 1000 × 1000 are exact in binary floating point
        assertEquals("CPR funnel around 80.0 (binomial, tau2 0.0)", cpr.toString());
        assertEquals("CBR funnel around 10.0 (poisson, tau2 0.01)", FunnelLimits.of(Indicator.CBR, 10, 0.01).toString());
    }

    /** A share's target may be 0 or 100; a rate's may be 0 (with τ² = 0) or above 1 per person (1,500 ‰), only not below 0. */
    @Test
    void test_targets_atTheEndsOfTheirRanges_areAccepted() {
        assertEquals(0, FunnelLimits.of(Indicator.CPR, 0, 0).target());
        assertEquals(100, FunnelLimits.of(Indicator.CPR, 100, 0.01).target());
        assertEquals(0, FunnelLimits.of(Indicator.CBR, 0, 0).target());
        assertEquals(1500, FunnelLimits.of(Indicator.CBR, 1500, 0.01).target(), 1e-9);
        assertEquals(1500, FunnelLimits.of(Indicator.GFR, 1500, 0).target(), 1e-9);
    }

    /**
     * The limit is the edge count where chance gives it with <em>at least</em> the tail's probability: at a denominator of
     * 1, a share of 97.5 % gives 0 of 1 with probability 1 − 0.975, and a share of (1 − 0.95) / 2 gives 1 of 1 with that
     * probability — both exactly the 95 % tail (1 − 0.95) / 2 in floating point — so the 95 % limits are 0 and 100.
     * A continuous limit would be sin²(asin √0.975 − 1.96 / 2) = 17.6 %.
     */
    @Test
    void test_edgeCounts_withExactlyTheTailsProbability_areWithinTheLimits() {
        double tail = (1 - FunnelLevel.P95.coverage()) / 2;
        FunnelLimits high = FunnelLimits.of(Indicator.CPR, 97.5, 0);
        assertEquals(tail, 1 - high.target() / 100, 0, "the chance of 0 of 1");
        assertEquals(0, high.band(1).lower(FunnelLevel.P95));
        assertEquals(FunnelPosition.INSIDE, high.position(0, 1));
        FunnelLimits low = FunnelLimits.of(Indicator.CPR, 100 * tail, 0);
        assertEquals(100, low.band(1).upper(FunnelLevel.P95));
        assertEquals(FunnelPosition.INSIDE, low.position(100, 1));
    }

    /**
     * A CBR of −ln(2.5 %) ‰ over 1,000 people expects −ln(0.025) births, and none happens with probability e^ln(0.025),
     * exactly the 95 % tail in floating point: the lower 95 % limit is 0.
     */
    @Test
    void test_aRateWhoseZeroCountHasExactlyTheTailsProbability_hasALowerLimitOf0() {
        double tail = (1 - FunnelLevel.P95.coverage()) / 2;
        FunnelLimits cbr = FunnelLimits.of(Indicator.CBR, -Math.log(tail), 0);
        assertEquals(tail, Math.exp(-cbr.target() / 1000 * 1000), 0, "the chance of no birth");
        assertEquals(0, cbr.band(1000).lower(FunnelLevel.P95));
        assertTrue(cbr.band(1001).lower(FunnelLevel.P95) > 0, "a little less likely at 1,001 people");
    }

    @Test
    void test_targetsOutOfRange_sayTheirRange() {
        IllegalArgumentException share = assertThrows(IllegalArgumentException.class, () -> FunnelLimits.of(Indicator.CPR, 101, 0));
        assertEquals("target 101.0 of CPR must be from 0 to 100 and finite", share.getMessage());
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class, () -> FunnelLimits.of(Indicator.CBR, -1, 0));
        assertEquals("target -1.0 of CBR must be 0 or more and finite", rate.getMessage());
    }

    /**
     * At θ = 50 % and n = 100 the limits are (1 ∓ sin(z / 10)) / 2 (sin²(π/4 ± a) = (1 ± sin 2a) / 2): a value on a limit is
     * within it, on every one of the four.
     */
    @Test
    void test_band_positionsOnItsLimits_andAsAValue() {
        FunnelBand band = FunnelLimits.of(Indicator.CPR, 50, 0).band(100);
        assertEquals(100, band.denominator());
        for (FunnelLevel level : FunnelLevel.values()) {
            assertEquals(50 * (1 - Math.sin(level.z() / 10)), band.lower(level), 1e-9);
            assertEquals(50 * (1 + Math.sin(level.z() / 10)), band.upper(level), 1e-9);
        }
        assertEquals(FunnelPosition.BELOW_95, band.position(band.lower(FunnelLevel.P998)));
        assertEquals(FunnelPosition.INSIDE, band.position(band.lower(FunnelLevel.P95)));
        assertEquals(FunnelPosition.ABOVE_95, band.position(band.upper(FunnelLevel.P998)));
        assertEquals(FunnelPosition.BELOW_998, band.position(Math.nextDown(band.lower(FunnelLevel.P998))));
        assertEquals(FunnelPosition.ABOVE_998, band.position(Math.nextUp(band.upper(FunnelLevel.P998))));
        assertEquals("at 100.0: 95% [" + band.lower(FunnelLevel.P95) + ", " + band.upper(FunnelLevel.P95) + "], 99.8% ["
                + band.lower(FunnelLevel.P998) + ", " + band.upper(FunnelLevel.P998) + "]", band.toString());
        FunnelBand same = FunnelLimits.of(Indicator.CPR, 50, 0).band(100);
        assertEquals(same, band);
        assertEquals(same.hashCode(), band.hashCode());
        FunnelBand wider = FunnelLimits.of(Indicator.CPR, 50, 0).band(99);
        assertNotEquals(wider, band);
        assertNotEquals(wider.hashCode(), band.hashCode());
        assertNotEquals(FunnelLimits.of(Indicator.CPR, 51, 0).band(100), band);
        assertNotEquals(band, "band");
    }

    @Test
    void test_positions_haveCodesAndNames() {
        assertEquals("above_95", FunnelPosition.ABOVE_95.code());
        assertEquals("above_95", FunnelPosition.ABOVE_95.toString());
        assertEquals("below_998", FunnelPosition.BELOW_998.toString());
        assertEquals("inside", FunnelPosition.INSIDE.code());
        assertEquals("高于95%上限", FunnelPosition.ABOVE_95.chineseName());
        assertEquals("above the 95% limit", FunnelPosition.ABOVE_95.englishName());
        assertEquals("低于99.8%下限", FunnelPosition.BELOW_998.chineseName());
        assertEquals("below the 99.8% limit", FunnelPosition.BELOW_998.englishName());
        assertEquals("在95%界限内", FunnelPosition.INSIDE.chineseName());
        assertEquals("inside the 95% limits", FunnelPosition.INSIDE.englishName());
        assertEquals(EnumSet.of(FunnelPosition.BELOW_998, FunnelPosition.ABOVE_998),
                EnumSet.copyOf(java.util.Arrays.stream(FunnelPosition.values()).filter(FunnelPosition::isBeyond998)
                        .collect(java.util.stream.Collectors.toList())));
        assertFalse(FunnelPosition.ABOVE_95.isBeyond998());
        assertTrue(FunnelPosition.ABOVE_998.isBeyond998());
    }

    @Test
    void test_modelsAndMethods_haveCodesAndNames() {
        assertEquals("poisson", SmoothingModel.POISSON.code());
        assertEquals("binomial", SmoothingModel.BINOMIAL.toString());
        assertEquals("modified_z_score", QualityMethod.MODIFIED_Z_SCORE.code());
        assertEquals("funnel_plot", QualityMethod.FUNNEL_PLOT.toString());
        assertEquals("OUTLIER_MODIFIED_Z_SCORE", QualityMethod.MODIFIED_Z_SCORE.rule());
        assertEquals("修正Z分数", QualityMethod.MODIFIED_Z_SCORE.chineseName());
        assertEquals("modified z-score", QualityMethod.MODIFIED_Z_SCORE.englishName());
        assertEquals("经验贝叶斯平滑", QualityMethod.EMPIRICAL_BAYES.chineseName());
        assertEquals("empirical Bayes", QualityMethod.EMPIRICAL_BAYES.englishName());
    }

    /**
     * Two villages of 10 and 90 of 100 around θ = 50 %: z = ±20 (asin √0.1 − π/4) = ±a, winsorised at the type-7 10th and
     * 90th percentiles ∓a + 0.2a = ±0.8a, φ = 0.64a², and τ² = (2φ − 1) / (Σw − Σw² / Σw) with w = 400 each, 800 − 400.
     */
    @Test
    void test_twoSubAreas_canBeOverdispersed() {
        double a = 20 * (Math.asin(Math.sqrt(0.1)) - Math.PI / 4);
        FunnelLimits limits = FunnelLimits.fit(Indicator.CPR, new long[] {10, 90}, new double[] {100, 100}, true);
        assertEquals((2 * 0.64 * a * a - 1) / 400, limits.tau2(), 1e-12);
        assertTrue(limits.isAdjusted());
    }

    /** No event anywhere: the pooled rate is 0 and the limits are not widened (τ² is 0, not a quotient of zeros). */
    @Test
    void test_noEventAnywhere_isNotOverdispersed() {
        FunnelLimits limits = FunnelLimits.fit(Indicator.CBR, new long[] {0, 0, 0}, new double[] {1000, 2000, 500}, true);
        assertEquals(0, limits.target());
        assertEquals(0, limits.tau2());
        assertFalse(limits.isAdjusted());
    }
}
