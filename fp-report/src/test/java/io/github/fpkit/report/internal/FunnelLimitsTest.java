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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** The funnel plot's limits: around the pooled proportion, narrowing with n, within [0, 1]. */
class FunnelLimitsTest {
    @Test
    void limits_surroundThePooledProportion_narrowWithN_andStayWithin0And1() {
        qt().forAll(doubles().between(0, 1), integers().between(1, 100_000)).checkAssert((p, n) -> {
            FunnelLimits limits = new FunnelLimits(p);
            for (double z : new double[] {FunnelLimits.Z_95, FunnelLimits.Z_99_8}) {
                assertTrue(0 <= limits.lower(n, z) && limits.lower(n, z) <= p && p <= limits.upper(n, z) && limits.upper(n, z) <= 1);
                assertTrue(limits.upper(n + 1, z) <= limits.upper(n, z) && limits.lower(n + 1, z) >= limits.lower(n, z));
            }
            assertTrue(limits.upper(n, FunnelLimits.Z_99_8) >= limits.upper(n, FunnelLimits.Z_95));
            assertEquals(FunnelLimits.Position.WITHIN, limits.position(p, n));
        });
    }

    @Test
    void anExample_80PercentOf100() {
        FunnelLimits limits = new FunnelLimits(0.8);
        // Standard error √(0.8 · 0.2 / 100) = 0.04.
        assertEquals(0.8 - 1.959963984540054 * 0.04, limits.lower(100, FunnelLimits.Z_95), 1e-12);
        assertEquals(0.8 + 3.090232306167813 * 0.04, limits.upper(100, FunnelLimits.Z_99_8), 1e-12);
        assertEquals(FunnelLimits.Position.WITHIN, limits.position(0.73, 100));
        assertEquals(FunnelLimits.Position.BEYOND_95, limits.position(0.70, 100));
        assertEquals(FunnelLimits.Position.BEYOND_99_8, limits.position(0.67, 100));
        assertEquals(FunnelLimits.Position.WITHIN, limits.position(0.67, 10), "a small area is not flagged for noise");
    }

    @Test
    void aProportionOutside0And1_orNoPeople_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FunnelLimits(1.2));
        assertThrows(IllegalArgumentException.class, () -> new FunnelLimits(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new FunnelLimits(0.5).lower(0, FunnelLimits.Z_95));
    }
}
