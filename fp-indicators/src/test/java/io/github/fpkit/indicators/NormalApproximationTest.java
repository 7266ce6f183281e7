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
package io.github.fpkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The normal approximation of a Poisson rate, as a user asks it of {@link IntervalMethod} directly. */
class NormalApproximationTest {
    private static final double Z95 = 1.959963984540054;

    @Test
    void test_valueAroundZTimesTheStandardError() {
        ConfidenceInterval ci = IntervalMethod.NORMAL_APPROXIMATION.interval(25, 100, 1000, 0.95).orElseThrow();
        // value 25 / 100 × 1000 = 250; Var = 25 / 100² × 1000² = 2500
        assertEquals(250 - Z95 * 50, ci.low(), 1e-9);
        assertEquals(250 + Z95 * 50, ci.high(), 1e-9);
        assertEquals(0.95, ci.level());
    }

    @Test
    void test_lowerEnd_isTruncatedAtZero() {
        ConfidenceInterval ci = IntervalMethod.NORMAL_APPROXIMATION.interval(1, 100, 1, 0.95).orElseThrow();
        assertEquals(0.0, ci.low());
        assertEquals(0.01 + Z95 * 0.01, ci.high(), 1e-12);
    }

    @Test
    void test_zeroDenominator_hasNoInterval_andTheLevelIsChecked() {
        assertTrue(IntervalMethod.NORMAL_APPROXIMATION.interval(3, 0, 1000, 0.95).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> IntervalMethod.NORMAL_APPROXIMATION.interval(3, 10, 1000, 1.0));
    }
}
