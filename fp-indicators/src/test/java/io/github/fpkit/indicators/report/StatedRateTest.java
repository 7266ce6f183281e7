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
package io.github.fpkit.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatedRateTest {
    @Test
    void test_parse_precisionIsTheDecimalsWritten() {
        assertEquals(1, StatedRate.parse(Indicator.CPR, "91.2").decimals());
        assertEquals(2, StatedRate.parse(Indicator.CBR, "8.00").decimals());
        assertEquals(0, StatedRate.parse(Indicator.CBR, "8").decimals());
        assertEquals(new BigDecimal("0.05"), StatedRate.parse(Indicator.CPR, "91.2").tolerance());
        assertEquals(new BigDecimal("0.5"), StatedRate.parse(Indicator.CBR, "8").tolerance());
    }

    @Test
    void test_parse_acceptsTheIndicatorsUnitSymbol() {
        assertEquals(new BigDecimal("91.2"), StatedRate.parse(Indicator.CPR, " 91.2% ").value());
        assertEquals(new BigDecimal("91.2"), StatedRate.parse(Indicator.CPR, "91.2％").value());
        assertEquals(new BigDecimal("8.00"), StatedRate.parse(Indicator.CBR, "8.00‰").value());
    }

    @Test
    void test_parse_rejectsAnotherUnitsSymbol() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> StatedRate.parse(Indicator.CBR, "8%"));
        assertEquals("statedRates.CBR", e.field());
        assertEquals("8%", e.value());
    }

    @Test
    void test_parse_rejectsWhatIsNoDecimalNumber() {
        assertThrows(InvalidValueException.class, () -> StatedRate.parse(Indicator.CPR, "九十一"));
        assertThrows(InvalidValueException.class, () -> StatedRate.parse(Indicator.CPR, "1E2"));
        assertThrows(InvalidValueException.class, () -> StatedRate.parse(Indicator.CPR, "91."));
        assertThrows(InvalidValueException.class, () -> StatedRate.parse(Indicator.CPR, ""));
    }

    @Test
    void test_of_rejectsCountsAndNegativeValuesButNegativeNir() {
        assertThrows(InvalidValueException.class, () -> StatedRate.of(Indicator.LIVE_BIRTHS, BigDecimal.TEN));
        assertThrows(InvalidValueException.class, () -> StatedRate.of(Indicator.CBR, new BigDecimal("-1.2")));
        assertEquals(new BigDecimal("-1.2"), StatedRate.of(Indicator.NIR, new BigDecimal("-1.2")).value());
    }

    @Test
    void test_of_negativeScaleMeansNoDecimals() {
        StatedRate r = StatedRate.of(Indicator.SRB, new BigDecimal("1.1E+2"));
        assertEquals(0, r.decimals());
        assertEquals(new BigDecimal("110"), r.value());
    }

    @Test
    void test_admits_bothEndsOfTheRoundingIntervalAreIncluded() {
        StatedRate cpr = StatedRate.parse(Indicator.CPR, "91.2");
        assertTrue(cpr.admits(new BigDecimal("91.15")));
        assertTrue(cpr.admits(new BigDecimal("91.25")));
        assertFalse(cpr.admits(new BigDecimal("91.1499999")));
        assertFalse(cpr.admits(new BigDecimal("91.2500001")));
    }

    @Test
    void test_admits_ratioExactlyAtTheBoundary() {
        StatedRate cpr = StatedRate.parse(Indicator.CPR, "91.2");
        // 1823 / 2000 = 91.15 % exactly, 1825 / 2000 = 91.25 %: on the boundary, admitted
        assertTrue(cpr.admits(1823, BigDecimal.valueOf(2000)));
        assertTrue(cpr.admits(1825, BigDecimal.valueOf(2000)));
        // 18229 / 20000 = 91.145 %, 18251 / 20000 = 91.255 %: just outside
        assertFalse(cpr.admits(18229, BigDecimal.valueOf(20000)));
        assertFalse(cpr.admits(18251, BigDecimal.valueOf(20000)));
        // a per-mille rate over a fractional average population: 242 / 30250.5 × 1000 = 7.99987
        assertTrue(StatedRate.parse(Indicator.CBR, "8.00").admits(242, new BigDecimal("30250.5")));
        assertFalse(StatedRate.parse(Indicator.CBR, "8.0000").admits(242, new BigDecimal("30250.5")));
    }

    @Test
    void test_admits_rejectsANonPositiveDenominator() {
        StatedRate cpr = StatedRate.parse(Indicator.CPR, "91.2");
        assertThrows(IllegalArgumentException.class, () -> cpr.admits(1, BigDecimal.ZERO));
    }

    @Test
    void test_equality_includesThePrecision() {
        assertEquals(StatedRate.parse(Indicator.CPR, "91.2"), StatedRate.parse(Indicator.CPR, "91.2%"));
        assertNotEquals(StatedRate.parse(Indicator.CPR, "91.2"), StatedRate.parse(Indicator.CPR, "91.20"));
        assertNotEquals(StatedRate.parse(Indicator.CPR, "91.2"), StatedRate.parse(Indicator.MCPR, "91.2"));
        assertEquals("CPR 91.20 %", StatedRate.parse(Indicator.CPR, "91.20").toString());
    }
}
