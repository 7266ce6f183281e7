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
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.fpkit.indicators.Indicator;
import org.junit.jupiter.api.Test;

class FunnelLimitsTest {
    @Test
    void test_levels_haveTheStandardNormalQuantiles() {
        assertEquals(1.959964, FunnelLevel.P95.z(), 1e-6);
        assertEquals(3.090232, FunnelLevel.P998.z(), 1e-6);
        assertEquals("99.8%", FunnelLevel.P998.toString());
    }

    /**
     * sin²(a ± zs) with sin² a = θ, by the double-angle formula: (1 − cos 2a cos 2zs ± sin 2a sin 2zs) / 2,
     * where cos 2a = 1 − 2θ and sin 2a = 2√(θ(1 − θ)).
     */
    @Test
    void test_shareLimits_areTheArcsineLimits() {
        double theta = 0.8;
        FunnelBand band = FunnelLimits.of(Indicator.CPR, 80, 0).band(100);
        for (FunnelLevel level : FunnelLevel.values()) {
            double angle = 2 * level.z() * Math.sqrt(1 / 400.0);
            double cos = (1 - 2 * theta) * Math.cos(angle);
            double sin = 2 * Math.sqrt(theta * (1 - theta)) * Math.sin(angle);
            assertEquals(100 * (1 - cos - sin) / 2, band.lower(level), 1e-9, level.toString());
            assertEquals(100 * (1 - cos + sin) / 2, band.upper(level), 1e-9, level.toString());
        }
    }

    /** 10 expected events (10 ‰ of 1,000): the exact Poisson 95 % limits of a count of 10 are 4.7954 and 18.3904 (Garwood's table). */
    @Test
    void test_rateLimits_areTheExactPoissonLimits() {
        FunnelBand band = FunnelLimits.of(Indicator.CBR, 10, 0).band(1000);
        assertEquals(4.7954, band.lower(FunnelLevel.P95), 1e-4);
        assertEquals(18.3904, band.upper(FunnelLevel.P95), 1e-4);
        assertTrue(band.lower(FunnelLevel.P998) < band.lower(FunnelLevel.P95));
        assertTrue(band.upper(FunnelLevel.P998) > band.upper(FunnelLevel.P95));
    }

    /**
     * The expected τ² and limits were computed apart, by a separate script of FunnelPlotR's steps:
     * arcsine z-scores 2√n (asin √p − asin √θ) = −5.5151, −0.3982, 5.0351, −2.4137, 3.4311 around θ = 245 / 430,
     * winsorised at R's type-7 quantiles −4.2745 and 4.3935, φ = 11.0663, τ² = (5φ − 4) / (Σw − Σw² / Σw) with w = 4n.
     */
    @Test
    void test_overdispersedShares_areWidenedAsFunnelPlotRDoes() {
        FunnelLimits limits = FunnelLimits.fit(Indicator.CPR, new long[] {30, 55, 80, 20, 60}, new double[] {100, 100, 100, 50, 80}, true);
        assertEquals(100 * 245.0 / 430, limits.target(), 1e-9);
        assertEquals(0.03779532711605001, limits.tau2(), 1e-12);
        assertTrue(limits.isAdjusted());
        FunnelBand band = limits.band(100);
        assertEquals(19.864906690979765, band.lower(FunnelLevel.P95), 1e-9);
        assertEquals(89.98712313006074, band.upper(FunnelLevel.P95), 1e-9);
        assertEquals(5.424763859550547, band.lower(FunnelLevel.P998), 1e-9);
        assertEquals(99.09872897433685, band.upper(FunnelLevel.P998), 1e-9);
        assertEquals(0, FunnelLimits.fit(Indicator.CPR, new long[] {30, 55, 80, 20, 60}, new double[] {100, 100, 100, 50, 80}, false).tau2());
    }

    /** The same script for rates: √(O / E) z-scores around θ = 95 / 7100, τ² = 0.0052518, limits θ (1 ± z √(1 / (4E) + τ²))² at 2,000. */
    @Test
    void test_overdispersedRates_areWidenedOnTheSquareRootScale() {
        FunnelLimits limits = FunnelLimits.fit(Indicator.CBR, new long[] {12, 30, 3, 50}, new double[] {1000, 2500, 600, 3000}, true);
        assertEquals(1000 * 95.0 / 7100, limits.target(), 1e-9);
        assertEquals(0.005251793598950604, limits.tau2(), 1e-12);
        FunnelBand band = limits.band(2000);
        assertEquals(7.794203260508534, band.lower(FunnelLevel.P95), 1e-9);
        assertEquals(20.466607117986012, band.upper(FunnelLevel.P95), 1e-9);
        assertEquals(5.254873223024545, band.lower(FunnelLevel.P998), 1e-9);
        assertEquals(25.235174956156836, band.upper(FunnelLevel.P998), 1e-9);
    }

    @Test
    void test_noSpreadBeyondChance_isNotWidened() {
        FunnelLimits limits = FunnelLimits.fit(Indicator.CPR, new long[] {80, 40, 160}, new double[] {100, 50, 200}, true);
        assertEquals(0, limits.tau2());
        assertFalse(limits.isAdjusted());
    }

    /**
     * 5.41 ‰ of 21 woman-years expects 0.11 births: none happens with probability e^−0.11 = 0.89, so 0 is inside;
     * a 1 % share of 100 is 0 with probability 0.99¹⁰⁰ = 0.37; a 99 % share of 100 is all 100 with that probability.
     */
    @Test
    void test_aCountOfZeroThatChanceGivesOften_isInside() {
        FunnelLimits asfr = FunnelLimits.of(Indicator.ASFR_35_39, 5.41, 0);
        assertEquals(0, asfr.band(21).lower(FunnelLevel.P95));
        assertEquals(FunnelPosition.INSIDE, asfr.position(0, 21));
        assertTrue(asfr.band(2000).lower(FunnelLevel.P95) > 0, "e^−10.8 is below 2.5 %");
        FunnelLimits rare = FunnelLimits.of(Indicator.HIGHER_ORDER_BIRTH_SHARE, 1, 0);
        assertEquals(0, rare.band(100).lower(FunnelLevel.P998));
        assertEquals(FunnelPosition.INSIDE, rare.position(0, 100));
        assertEquals(100, FunnelLimits.of(Indicator.CPR, 99, 0).band(100).upper(FunnelLevel.P95));
    }

    @Test
    void test_positions() {
        FunnelLimits limits = FunnelLimits.of(Indicator.CPR, 80, 0);
        FunnelBand band = limits.band(100);
        assertEquals(FunnelPosition.INSIDE, limits.position(80, 100));
        assertEquals(FunnelPosition.INSIDE, limits.position(band.upper(FunnelLevel.P95), 100));
        assertEquals(FunnelPosition.ABOVE_95, limits.position(band.upper(FunnelLevel.P95) + 0.01, 100));
        assertEquals(FunnelPosition.ABOVE_998, limits.position(band.upper(FunnelLevel.P998) + 0.01, 100));
        assertEquals(FunnelPosition.BELOW_95, limits.position(band.lower(FunnelLevel.P95) - 0.01, 100));
        assertEquals(FunnelPosition.BELOW_998, limits.position(band.lower(FunnelLevel.P998) - 0.01, 100));
    }

    @Test
    void test_onlySharesAndPoissonRates_haveFunnels() {
        for (Indicator i : new Indicator[] {Indicator.CPR, Indicator.HEALTH_CHECK_COVERAGE, Indicator.CBR, Indicator.CDR, Indicator.GFR}) {
            assertTrue(FunnelLimits.supports(i), i.code());
        }
        for (Indicator i : new Indicator[] {Indicator.SRB, Indicator.NIR, Indicator.TFR, Indicator.LIVE_BIRTHS}) {
            assertFalse(FunnelLimits.supports(i), i.code());
            assertThrows(IllegalArgumentException.class, () -> FunnelLimits.of(i, 1, 0), i.code());
        }
    }

    @Test
    void test_invalidTargetsAndDenominators_throw() {
        assertThrows(IllegalArgumentException.class, () -> FunnelLimits.of(Indicator.CPR, 101, 0));
        assertThrows(IllegalArgumentException.class, () -> FunnelLimits.of(Indicator.CPR, 50, -1));
        assertThrows(IllegalArgumentException.class, () -> FunnelLimits.of(Indicator.CBR, 0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> FunnelLimits.of(Indicator.CBR, 10, 0).band(0));
        assertThrows(IllegalArgumentException.class, () -> FunnelLimits.of(Indicator.CBR, 10, 0).band(Double.NaN));
    }

    /** τ² is drawn from [−0.05, 0.05] and taken as 0 when negative, so that half the examples are not widened. */
    @Test
    void test_limits_narrowAsTheDenominatorGrows() {
        qt().forAll(doubles().between(0, 100), doubles().between(-0.05, 0.05), doubles().between(1, 5000), doubles().between(1, 20))
                .checkAssert((share, tau2, n, factor) -> narrows(FunnelLimits.of(Indicator.CPR, share, Math.max(0, tau2)), n, n * factor));
        qt().forAll(doubles().between(0.01, 60), doubles().between(-0.05, 0.05), doubles().between(1, 50_000), doubles().between(1, 20))
                .checkAssert((rate, tau2, n, factor) -> narrows(FunnelLimits.of(Indicator.CBR, rate, Math.max(0, tau2)), n, n * factor));
    }

    private static void narrows(FunnelLimits limits, double small, double large) {
        FunnelBand narrow = limits.band(large);
        FunnelBand wide = limits.band(small);
        for (FunnelLevel level : FunnelLevel.values()) {
            String where = limits + " " + level + " at " + small + " and " + large;
            assertTrue(narrow.lower(level) >= wide.lower(level), where + ": lower " + wide.lower(level) + " then " + narrow.lower(level));
            assertTrue(narrow.upper(level) <= wide.upper(level), where + ": upper " + wide.upper(level) + " then " + narrow.upper(level));
            assertTrue(narrow.lower(level) <= limits.target() && limits.target() <= narrow.upper(level), where);
        }
        assertTrue(narrow.lower(FunnelLevel.P998) <= narrow.lower(FunnelLevel.P95) && narrow.upper(FunnelLevel.P95) <= narrow.upper(FunnelLevel.P998));
    }
}
