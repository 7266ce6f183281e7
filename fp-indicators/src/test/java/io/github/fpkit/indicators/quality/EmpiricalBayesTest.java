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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.indicators.testing.SubAreaCounts;
import org.junit.jupiter.api.Test;

class EmpiricalBayesTest {
    private static final double EXACT = 1e-12;

    /**
     * Marshall's estimator by hand: x = 2, 10, 30 over n = 100, 1000, 1000. b = 42 / 2100 = 0.02;
     * the raw rates are 0.02, 0.01, 0.03, so s² = (1000 · 0.01² + 1000 · 0.01²) / 2100 = 0.2 / 2100;
     * a = s² − b / (2100 / 3) = (0.2 − 0.06) / 2100 = 1 / 15000; for n = 1000, b / n = 1 / 50000 and
     * a / (a + b / n) = 10 / 13.
     */
    @Test
    void test_poisson_workedExample() {
        EmpiricalBayes eb = EmpiricalBayes.poisson(new long[] {2, 10, 30}, new double[] {100, 1000, 1000});
        assertEquals(0.02, eb.pooled(), EXACT);
        assertEquals(1.0 / 15000, eb.priorVariance(), EXACT);
        assertEquals(0.02, eb.estimate(0), EXACT);
        assertEquals(0.02 - 0.01 * 10 / 13, eb.estimate(1), EXACT);
        assertEquals(0.02 + 0.01 * 10 / 13, eb.estimate(2), EXACT);
        assertEquals(10.0 / 13, eb.weight(2), EXACT);
        // the area of 100 has weight (1/15000) / (1/15000 + 0.02/100) = 1 / 4: it moves more
        assertEquals(0.25, eb.weight(0), EXACT);
    }

    /**
     * Martuzzi and Elliott by hand, equal wholes: 30, 60, 90 of 100 each. b = 0.6, s² = (9 + 0 + 9) / 300 = 0.06,
     * b (1 − b) = 0.24, σ² = (100 · 0.06 − 0.24) / 99 = 5.76 / 99, w = 100 σ² / (99 σ² + 0.24) = 5.76 / 6 · 100 / 99 = 32 / 33.
     */
    @Test
    void test_binomial_workedExample() {
        EmpiricalBayes eb = EmpiricalBayes.binomial(new long[] {30, 60, 90}, new double[] {100, 100, 100});
        assertEquals(0.6, eb.pooled(), EXACT);
        assertEquals(5.76 / 99, eb.priorVariance(), EXACT);
        assertEquals(32.0 / 33, eb.weight(0), EXACT);
        assertEquals(0.6 - 0.3 * 32 / 33, eb.estimate(0), EXACT);
        assertEquals(0.6, eb.estimate(1), EXACT);
        assertEquals(0.6 + 0.3 * 32 / 33, eb.estimate(2), EXACT);
    }

    /** The binomial weights against spdep's own formula, ρᵢ = (nᵢ s² − (nᵢ / n̄) b (1 − b)) / ((nᵢ − 1) s² + ((n̄ − nᵢ) / n̄) b (1 − b)). */
    @Test
    void test_binomial_matchesSpdepsRho_whenTheVarianceIsPositive() {
        long[] x = {12, 40, 150, 7};
        double[] n = {20, 100, 200, 40};
        EmpiricalBayes eb = EmpiricalBayes.binomial(x, n);
        double b = (12 + 40 + 150 + 7) / 360.0;
        double mean = 360.0 / 4;
        double s2 = 0;
        for (int i = 0; i < 4; i++) {
            s2 += n[i] * Math.pow(x[i] / n[i] - b, 2) / 360;
        }
        assertTrue(eb.priorVariance() > 0, eb.toString());
        for (int i = 0; i < 4; i++) {
            double rho = (n[i] * s2 - n[i] / mean * b * (1 - b)) / ((n[i] - 1) * s2 + (mean - n[i]) / mean * b * (1 - b));
            assertEquals(rho, eb.weight(i), 1e-12, "area " + i);
            assertEquals(rho * x[i] / n[i] + (1 - rho) * b, eb.estimate(i), 1e-12, "area " + i);
        }
    }

    /** Counts no more spread than chance allows: every area takes the pooled rate (spdep would give ρ outside [0, 1] here). */
    @Test
    void test_noSpreadBeyondChance_givesThePooledRate() {
        EmpiricalBayes poisson = EmpiricalBayes.poisson(new long[] {1, 2, 1}, new double[] {100, 200, 100});
        EmpiricalBayes binomial = EmpiricalBayes.binomial(new long[] {5, 6, 5}, new double[] {10, 10, 10});
        for (EmpiricalBayes eb : new EmpiricalBayes[] {poisson, binomial}) {
            assertEquals(0, eb.priorVariance(), eb.toString());
            for (int i = 0; i < eb.size(); i++) {
                assertEquals(eb.pooled(), eb.estimate(i), EXACT);
                assertEquals(0, eb.weight(i));
            }
        }
    }

    @Test
    void test_invalidCounts_throw() {
        assertThrows(IllegalArgumentException.class, () -> EmpiricalBayes.poisson(new long[] {}, new double[] {}));
        assertThrows(IllegalArgumentException.class, () -> EmpiricalBayes.poisson(new long[] {1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> EmpiricalBayes.poisson(new long[] {-1}, new double[] {10}));
        assertThrows(IllegalArgumentException.class, () -> EmpiricalBayes.poisson(new long[] {1, 2}, new double[] {10}));
        assertThrows(IllegalArgumentException.class, () -> EmpiricalBayes.binomial(new long[] {11}, new double[] {10}));
        assertThrows(IllegalArgumentException.class, () -> EmpiricalBayes.binomial(new long[] {0}, new double[] {0.5}));
    }

    @Test
    void test_estimates_stayWithinTheRawRatesAndThePooledRate() {
        qt().forAll(SubAreaCounts.shares()).checkAssert(c -> withinRange(EmpiricalBayes.binomial(c.counts, c.denominators)));
        qt().forAll(SubAreaCounts.rates()).checkAssert(c -> withinRange(EmpiricalBayes.poisson(c.counts, c.denominators)));
    }

    private static void withinRange(EmpiricalBayes eb) {
        double min = eb.pooled();
        double max = eb.pooled();
        for (int i = 0; i < eb.size(); i++) {
            min = Math.min(min, eb.raw(i));
            max = Math.max(max, eb.raw(i));
        }
        for (int i = 0; i < eb.size(); i++) {
            double e = eb.estimate(i);
            assertTrue(e >= min && e <= max, "area " + i + ": " + e + " outside [" + min + ", " + max + "] in " + eb);
            assertTrue(e >= Math.min(eb.raw(i), eb.pooled()) && e <= Math.max(eb.raw(i), eb.pooled()), "area " + i + " in " + eb);
        }
    }

    /** A twin of an area with the same rate and 2, 4 or 8 times its denominator (exact in binary) moves less towards the pooled rate. */
    @Test
    void test_largerDenominator_movesLess_otherThingsEqual() {
        qt().forAll(SubAreaCounts.shares(), integers().between(0, 14), integers().between(1, 3)).checkAssert((c, i, power) -> {
            int area = i % c.counts.length;
            SubAreaCounts twin = c.withTwin(area, 1 << power);
            movesLess(EmpiricalBayes.binomial(twin.counts, twin.denominators), area, c.counts.length);
        });
        qt().forAll(SubAreaCounts.rates(), integers().between(0, 14), integers().between(1, 3)).checkAssert((c, i, power) -> {
            int area = i % c.counts.length;
            SubAreaCounts twin = c.withTwin(area, 1 << power);
            movesLess(EmpiricalBayes.poisson(twin.counts, twin.denominators), area, c.counts.length);
        });
    }

    /** The case the property above once shrank to: σ² and b(1 − b) a rounding apart, where the larger whole's weight came out 1 ulp below 1. */
    @Test
    void test_largerWhole_neverWeighsLess_whenThePriorVarianceEqualsTheBinomialOne() {
        EmpiricalBayes eb = EmpiricalBayes.binomial(new long[] {4, 0, 3, 12}, new double[] {4, 24, 3, 12});
        assertEquals(1.0, eb.weight(2), 0);
        assertEquals(1.0, eb.weight(3), 0);
        movesLess(eb, 2, 3);
    }

    private static void movesLess(EmpiricalBayes eb, int small, int large) {
        assertEquals(eb.raw(small), eb.raw(large), 0, "the twins' raw rates");
        assertTrue(eb.weight(large) >= eb.weight(small), eb.toString());
        double smallMove = Math.abs(eb.estimate(small) - eb.raw(small));
        double largeMove = Math.abs(eb.estimate(large) - eb.raw(large));
        assertTrue(largeMove <= smallMove, "the larger moved " + largeMove + ", the smaller " + smallMove + " in " + eb);
    }

    /** Wholes of 1 each (n̄ = 1) carry no variance of the true shares: σ² is 0 and every estimate is the pooled 2 / 3. */
    @Test
    void test_binomial_wholesOf1_takeThePooledShare() {
        EmpiricalBayes eb = EmpiricalBayes.binomial(new long[] {1, 0, 1}, new double[] {1, 1, 1});
        assertEquals(0, eb.priorVariance());
        for (int i = 0; i < 3; i++) {
            assertEquals(0, eb.weight(i));
            assertEquals(2.0 / 3, eb.estimate(i), EXACT);
        }
    }

    @Test
    void test_invalidCounts_sayWhatEachModelNeeds() {
        IllegalArgumentException part = assertThrows(IllegalArgumentException.class,
                () -> EmpiricalBayes.binomial(new long[] {1, 5}, new double[] {2, 4}));
        assertEquals("area 1: count 5 over 4.0 is not a part of a whole of 1 or more", part.getMessage());
        IllegalArgumentException events = assertThrows(IllegalArgumentException.class,
                () -> EmpiricalBayes.poisson(new long[] {1, 2}, new double[] {0, 4}));
        assertEquals("area 0: count 1 over 0.0 is not events over a positive exposure", events.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmpiricalBayes.poisson(new long[] {1, 2}, new double[] {1, Double.POSITIVE_INFINITY}));
    }
}
