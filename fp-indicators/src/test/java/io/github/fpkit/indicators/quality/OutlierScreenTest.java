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
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.testing.VillageResults;
import io.github.fpkit.model.register.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutlierScreenTest {
    private static final Optional<String> NAME = Optional.of("第1乡");

    /**
     * 1, 2, 3, 4, 100: median 3, |x − 3| = 2, 1, 0, 1, 97, MAD 1, so M(100) = 0.6745 · 97 = 65.43 and M(1) = −1.349;
     * mean 22, population SD √(7610 / 5) = 39.01, z(100) = 78 / 39.01 = 2.00: only the modified z-score flags 100.
     */
    @Test
    void test_modifiedZScore_flagsWhatTheZScoreMissesInFewAreas() {
        List<QualityFinding> findings = OutlierScreen.standard().screen(VillageResults.TOWNSHIP, NAME,
                VillageResults.values(Indicator.LIVE_BIRTHS, 1, 2, 3, 4, 100));
        assertEquals(1, findings.size(), findings.toString());
        QualityFinding f = findings.get(0);
        assertEquals("OUTLIER_MODIFIED_Z_SCORE", f.rule());
        assertEquals(QualityMethod.MODIFIED_Z_SCORE, f.method());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(VillageResults.village(5), f.area());
        assertEquals(100, f.value());
        assertEquals(0.6745 * 97, f.statistic().getAsDouble(), 1e-9);
        assertEquals(3, f.reference().getAsDouble());
        assertEquals("3.5", f.threshold());
        assertTrue(f.englishMessage().contains("the 5 villages of 第1乡 (990102001000)"), f.englishMessage());
        assertTrue(f.chineseMessage().contains("修正Z分数为65.43"), f.chineseMessage());
    }

    /**
     * Ten villages at 10 and one at 20: mean 120 / 11, population SD √(90.909 / 11) = 2.8748, z(20) = √10 = 3.162 ≥ 3;
     * the MAD is 0 (more than half the values equal), so the modified z-score says nothing.
     */
    @Test
    void test_zScore_withElevenAreas_andNoModifiedZScoreWhenTheMadIsZero() {
        double[] values = new double[11];
        Arrays.fill(values, 10);
        values[10] = 20;
        List<QualityFinding> findings = OutlierScreen.standard().screen(VillageResults.TOWNSHIP, NAME,
                VillageResults.values(Indicator.DEATHS, values));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(QualityMethod.Z_SCORE, findings.get(0).method());
        assertEquals(Math.sqrt(10), findings.get(0).statistic().getAsDouble(), 1e-12);
        assertEquals(120.0 / 11, findings.get(0).reference().getAsDouble(), 1e-12);
        assertEquals("3.0", findings.get(0).threshold());
    }

    @Test
    void test_thresholds_areParameters_andReachedAtEquality() {
        // 1, 2, 3: mean 2, SD √(2/3), z(3) = 1.2247; median 2, MAD 1, M(3) = 0.6745
        List<IndicatorResult> results = VillageResults.values(Indicator.WRA, 1, 2, 3);
        assertEquals(0, OutlierScreen.standard().screen(VillageResults.TOWNSHIP, NAME, results).size());
        List<QualityFinding> low = OutlierScreen.of(1.2, 0.6745).screen(VillageResults.TOWNSHIP, NAME, results);
        assertEquals(List.of(QualityMethod.Z_SCORE, QualityMethod.Z_SCORE, QualityMethod.MODIFIED_Z_SCORE, QualityMethod.MODIFIED_Z_SCORE),
                low.stream().map(QualityFinding::method).collect(Collectors.toList()));
    }

    @Test
    void test_undefinedValues_takeNoPart_andEqualValuesGiveNothing() {
        List<IndicatorResult> results = new ArrayList<>(VillageResults.rates(Indicator.CPR, 80, 100, 80, 100, 80, 100));
        results.add(VillageResults.rate(VillageResults.village(4), Indicator.CPR, 0, 0));
        assertEquals(List.of(), OutlierScreen.standard().screen(VillageResults.TOWNSHIP, NAME, results));
    }

    @Test
    void test_mixedIndicators_andBadThresholds_throw() {
        List<IndicatorResult> mixed = new ArrayList<>(VillageResults.values(Indicator.WRA, 1, 2));
        mixed.addAll(VillageResults.values(Indicator.DEATHS, 1));
        assertThrows(IllegalArgumentException.class, () -> OutlierScreen.standard().screen(VillageResults.TOWNSHIP, NAME, mixed));
        assertThrows(IllegalArgumentException.class, () -> OutlierScreen.of(0, 3.5));
        assertThrows(IllegalArgumentException.class, () -> OutlierScreen.of(3, Double.NaN));
    }
}
