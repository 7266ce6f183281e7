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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.testing.VillageResults;
import org.junit.jupiter.api.Test;

class SexRatioPlausibilityTest {
    /** 65 boys and 60 girls: SRB 108.33 with a 95 % interval [76.41, 153.60] that meets 103–107. */
    @Test
    void test_aFewBirths_areNoFinding() {
        assertTrue(SexRatioPlausibility.standard().check(VillageResults.rate(VillageResults.TOWNSHIP, Indicator.SRB, 65, 60)).isEmpty());
    }

    /**
     * 600 boys and 400 girls: the share of boys is 0.6 of 1,000 births, its Wilson interval
     * (0.6 + 1.96²/2000 ± 1.96 √(0.24/1000 + 1.96²/4·10⁶)) / (1 + 1.96²/1000) = [0.5693, 0.6299], so SRB lies in [132.1, 170.2]:
     * wholly above 107.
     */
    @Test
    void test_intervalWhollyAbove_isAWarning() {
        QualityFinding f = SexRatioPlausibility.standard().check(VillageResults.rate(VillageResults.TOWNSHIP, Indicator.SRB, 600, 400))
                .orElseThrow();
        assertEquals("SRB_OUTSIDE_NORMAL_RANGE", f.rule());
        assertEquals(150, f.value(), 1e-9);
        assertEquals("103–107", f.threshold());
        double z = 1.959963984540054;
        double centre = 0.6 + z * z / 2000;
        double half = z * Math.sqrt(0.24 / 1000 + z * z / 4e6);
        double low = (centre - half) / (1 + z * z / 1000);
        String expected = String.format("[%.2f, %.2f]", 100 * low / (1 - low), 100 * ((centre + half) / (1 + z * z / 1000))
                / (1 - (centre + half) / (1 + z * z / 1000)));
        assertTrue(f.englishMessage().contains(expected + " lies wholly above the normal range 103–107"), f.englishMessage());
    }

    @Test
    void test_intervalWhollyBelow_andAnotherRange() {
        QualityFinding f = SexRatioPlausibility.standard().check(VillageResults.rate(VillageResults.TOWNSHIP, Indicator.SRB, 400, 500))
                .orElseThrow();
        assertTrue(f.englishMessage().contains("below"), f.englishMessage());
        assertTrue(SexRatioPlausibility.of(70, 90).check(VillageResults.rate(VillageResults.TOWNSHIP, Indicator.SRB, 400, 500)).isEmpty());
    }

    @Test
    void test_noGirls_isNoFinding_andOtherIndicators_throw() {
        assertTrue(SexRatioPlausibility.standard().check(VillageResults.rate(VillageResults.TOWNSHIP, Indicator.SRB, 30, 0)).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> SexRatioPlausibility.standard().check(VillageResults.rate(VillageResults.TOWNSHIP, Indicator.CPR, 30, 40)));
        assertThrows(IllegalArgumentException.class, () -> SexRatioPlausibility.of(107, 103));
    }
}
