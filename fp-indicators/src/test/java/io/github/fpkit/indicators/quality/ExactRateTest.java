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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Count;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The register's exact rates of fertility, by hand. Births by mother's age group 15–19 … 45–49: 2, 20, 24, 8, 4, 1, 0 over
 * 100, 200, 200, 100, 100, 100, 100 woman-years (36,525 days per 100): ASFRs 0.02, 0.10, 0.12, 0.08, 0.04, 0.01, 0 per
 * woman-year, whose sum is 0.37.
 */
class ExactRateTest {
    private static final long[] BIRTHS = {2, 20, 24, 8, 4, 1, 0};
    private static final long[] HUNDREDS_OF_WOMAN_YEARS = {1, 2, 2, 1, 1, 1, 1};
    private static final Count[] BIRTH_COUNTS = {Count.BIRTHS_AGE_15_19, Count.BIRTHS_AGE_20_24, Count.BIRTHS_AGE_25_29,
        Count.BIRTHS_AGE_30_34, Count.BIRTHS_AGE_35_39, Count.BIRTHS_AGE_40_44, Count.BIRTHS_AGE_45_49};
    private static final Count[] DAY_COUNTS = {Count.DAYS_AGE_15_19, Count.DAYS_AGE_20_24, Count.DAYS_AGE_25_29, Count.DAYS_AGE_30_34,
        Count.DAYS_AGE_35_39, Count.DAYS_AGE_40_44, Count.DAYS_AGE_45_49};

    private static AreaTally tally(long daysOfTheLastGroup) {
        AreaTally.Builder b = AreaTally.builder();
        for (int g = 0; g < BIRTH_COUNTS.length; g++) {
            b.add(BIRTH_COUNTS[g], BIRTHS[g]);
            b.add(DAY_COUNTS[g], g == 6 ? daysOfTheLastGroup : HUNDREDS_OF_WOMAN_YEARS[g] * 36_525);
        }
        return b.add(Count.BIRTHS_ORDER_1, 4).add(Count.FIRST_BIRTH_MOTHER_DAYS, 4 * 24 * 36_525 / 100).build();
    }

    private static ExactRate rate(Indicator indicator, AreaTally tally) {
        return ExactRate.of(indicator, tally).orElseThrow();
    }

    /** TFR = 5 × 0.37 = 1.85; ASFR 20–24 = 20 / 200 × 1000 = 100 ‰; GFR = 59 births over 900 woman-years = 65.555… ‰. */
    @Test
    void test_fertilityRates() {
        AreaTally tally = tally(36_525);
        assertEquals(new BigDecimal("1.850"), rate(Indicator.TFR, tally).value(Unit.CHILDREN_PER_WOMAN, 3));
        assertEquals(1.85, rate(Indicator.TFR, tally).value(Unit.CHILDREN_PER_WOMAN), 1e-15);
        assertEquals(new BigDecimal("100.0"), rate(Indicator.ASFR_20_24, tally).value(Unit.PER_MILLE, 1));
        assertEquals("7305.00 / 73050", rate(Indicator.ASFR_20_24, tally).toString());
        assertEquals(new BigDecimal("65.56"), rate(Indicator.GFR, tally).value(Unit.PER_MILLE, 2));
    }

    /**
     * MAC = Σ mid × ASFR / Σ ASFR = (17.5 × 2 + 22.5 × 10 + 27.5 × 12 + 32.5 × 8 + 37.5 × 4 + 42.5 × 1) / 37 = 1042.5 / 37
     * = 28.1757 years; 4 first births to mothers of 4 × 24 years of days, 24 years on average.
     */
    @Test
    void test_meanAges() {
        AreaTally tally = tally(36_525);
        assertEquals(new BigDecimal("28.1757"), rate(Indicator.MAC, tally).value(Unit.YEARS, 4));
        assertEquals(new BigDecimal("24.00"), rate(Indicator.MEAN_AGE_FIRST_BIRTH, tally).value(Unit.YEARS, 2));
    }

    /** A group without woman-years leaves TFR and MAC undefined; a count has no rate. */
    @Test
    void test_aGroupWithoutDays_leavesTheScheduleUndefined() {
        AreaTally tally = tally(0);
        assertFalse(rate(Indicator.TFR, tally).isDefined());
        assertEquals("0 / 0", rate(Indicator.TFR, tally).toString());
        assertFalse(rate(Indicator.MAC, tally).isDefined());
        assertTrue(rate(Indicator.ASFR_20_24, tally).isDefined());
        assertFalse(rate(Indicator.ASFR_45_49, tally).isDefined());
        assertTrue(ExactRate.of(Indicator.LIVE_BIRTHS, tally).isEmpty());
        assertTrue(ExactRate.of(Indicator.CBR, tally).isEmpty(), "no population");
    }
}
