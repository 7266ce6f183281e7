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
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rates are equal exactly when indicator, numerator and denominator are: tests compare rates with equals. */
class RateEqualsTest {
    @Test
    void test_equalParts_equalRates_withTheSameHash() {
        assertEquals(Rate.of(Indicator.CPR, 190, 292), Rate.of(Indicator.CPR, 190, 292.0));
        assertEquals(Rate.of(Indicator.CPR, 190, 292).hashCode(), Rate.of(Indicator.CPR, 190, 292.0).hashCode());
    }

    @Test
    void test_eachPartTellsRatesApart() {
        Rate cpr = Rate.of(Indicator.CPR, 190, 292);
        for (Rate other : List.of(Rate.of(Indicator.MCPR, 190, 292), Rate.of(Indicator.CPR, 191, 292),
                Rate.of(Indicator.CPR, 190, 292.5))) {
            assertNotEquals(cpr, other);
            assertNotEquals(other, cpr);
        }
        assertNotEquals(cpr, "CPR 190/292.0");
        assertEquals("CPR 190/292.0", cpr.toString());
    }
}
