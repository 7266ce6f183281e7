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
import io.github.fpkit.model.register.Severity;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IndicatorBoundsTest {
    private static final IndicatorBound CPR = IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.of(95));

    @Test
    void test_valueOutsideItsBound_isAnError() {
        IndicatorBounds bounds = IndicatorBounds.of(List.of(CPR));
        QualityFinding f = bounds.check(VillageResults.rate(VillageResults.village(3), Indicator.CPR, 50, 100)).orElseThrow();
        assertEquals("OUTLIER_MIN_MAX", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("[60.0, 95.0]", f.threshold());
        assertEquals(50, f.value(), 1e-12);
        assertTrue(f.statistic().isEmpty());
        assertTrue(bounds.check(VillageResults.rate(VillageResults.village(3), Indicator.CPR, 60, 100)).isEmpty(), "ends included");
        assertTrue(bounds.check(VillageResults.rate(VillageResults.village(3), Indicator.CBR, 50, 100)).isEmpty(), "no bound");
        assertTrue(bounds.check(VillageResults.rate(VillageResults.village(3), Indicator.CPR, 0, 0)).isEmpty(), "undefined");
    }

    @Test
    void test_anAreasOwnBound_replacesTheBoundForEveryArea() {
        IndicatorBound own = IndicatorBound.of(Indicator.CPR, VillageResults.village(2), OptionalDouble.empty(), OptionalDouble.of(40));
        IndicatorBounds bounds = IndicatorBounds.of(List.of(CPR, own));
        assertEquals(own, bounds.boundFor(VillageResults.village(2), Indicator.CPR).orElseThrow());
        assertEquals(CPR, bounds.boundFor(VillageResults.village(1), Indicator.CPR).orElseThrow());
        assertTrue(bounds.check(VillageResults.rate(VillageResults.village(2), Indicator.CPR, 30, 100)).isEmpty());
        assertEquals("≤ 40.0", bounds.check(VillageResults.rate(VillageResults.village(2), Indicator.CPR, 50, 100)).orElseThrow().threshold());
    }

    @Test
    void test_invalidBounds_throw() {
        assertThrows(IllegalArgumentException.class, () -> IndicatorBound.of(Indicator.CPR, OptionalDouble.empty(), OptionalDouble.empty()));
        assertThrows(IllegalArgumentException.class, () -> IndicatorBound.of(Indicator.CPR, OptionalDouble.of(9), OptionalDouble.of(8)));
        assertThrows(IllegalArgumentException.class,
                () -> IndicatorBound.of(Indicator.CPR, OptionalDouble.of(Double.NEGATIVE_INFINITY), OptionalDouble.of(8)));
        assertThrows(IllegalArgumentException.class, () -> IndicatorBounds.of(List.of(CPR, CPR)));
    }
}
