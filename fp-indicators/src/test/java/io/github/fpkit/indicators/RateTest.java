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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.model.AgeGroup;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateTest {
    private static final double Z95 = 1.959963984540054;

    @Test
    void test_zeroDenominator_isUndefined_withoutValueOrInterval() {
        Rate srb = Rate.of(Indicator.SRB, 8, 0);
        assertFalse(srb.isDefined());
        assertTrue(srb.value().isEmpty());
        assertTrue(srb.interval().isEmpty());
        assertTrue(Rate.of(Indicator.CPR, 0, 0).value().isEmpty());
        assertTrue(Rate.of(Indicator.CBR, 0, 0).interval(0.9).isEmpty());
    }

    @Test
    void test_plus_addsNumeratorsAndDenominators_neverAveragesRates() {
        Rate sum = Rate.of(Indicator.CPR, 1, 2).plus(Rate.of(Indicator.CPR, 9, 10));
        assertEquals(Rate.of(Indicator.CPR, 10, 12), sum);
        assertEquals(1000.0 / 12, sum.value().getAsDouble(), 1e-12);
    }

    @Test
    void test_plus_ofAnotherIndicator_throws() {
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Indicator.CPR, 1, 2).plus(Rate.of(Indicator.MCPR, 1, 2)));
    }

    @Test
    void test_of_rejectsCountsTfrAndOutOfRangeNumbers() {
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Indicator.WRA, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Indicator.TFR, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Indicator.CBR, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Indicator.CBR, 1, -2));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Indicator.CBR, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Indicator.CPR, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Indicator.CPR, 1, 2).interval(1.0));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Indicator.CPR, 1, 2).interval(0));
    }

    @Test
    void test_nir_mayBeNegative_andHasNoInterval() {
        Rate nir = Rate.of(Indicator.NIR, -5, 1000);
        assertEquals(-5.0, nir.value().getAsDouble(), 1e-12);
        assertTrue(nir.interval().isEmpty());
    }

    @Test
    void test_unitAndMultiplier() {
        assertEquals(Unit.PER_MILLE, Rate.of(Indicator.GFR, 1, 2).unit());
        assertEquals(1000, Rate.of(Indicator.GFR, 1, 2).multiplier());
        assertEquals(100, Rate.of(Indicator.SRB, 1, 2).multiplier());
    }

    @Test
    void test_wilson_endsAreWhereTheScoreStatisticEqualsZ() {
        Rate cpr = Rate.of(Indicator.CPR, 4, 6);
        ConfidenceInterval ci = cpr.interval().orElseThrow();
        for (double end : new double[] {ci.low() / 100, ci.high() / 100}) {
            double score = Math.abs(4.0 / 6 - end) / Math.sqrt(end * (1 - end) / 6);
            assertEquals(Z95, score, 1e-9);
        }
        assertEquals(0.95, ci.level());
    }

    @Test
    void test_wilson_atZeroAndAtAll_touchesTheBoundsExactly() {
        assertEquals(0.0, Rate.of(Indicator.CPR, 0, 7).interval().orElseThrow().low());
        assertEquals(100.0, Rate.of(Indicator.CPR, 7, 7).interval().orElseThrow().high());
    }

    @Test
    void test_lowerLevel_givesNarrowerInterval() {
        ConfidenceInterval ci95 = Rate.of(Indicator.CPR, 40, 90).interval().orElseThrow();
        ConfidenceInterval ci90 = Rate.of(Indicator.CPR, 40, 90).interval(0.90).orElseThrow();
        assertTrue(ci90.low() > ci95.low() && ci90.high() < ci95.high());
        assertEquals(0.90, ci90.level());
    }

    @Test
    void test_exactPoisson_knownValues() {
        ConfidenceInterval zero = Rate.of(Indicator.CBR, 0, 1000).interval().orElseThrow();
        assertEquals(0.0, zero.low());
        assertEquals(-Math.log(0.025), zero.high(), 1e-9);
        ConfidenceInterval three = Rate.of(Indicator.CBR, 3, 1000).interval().orElseThrow();
        // Garwood: at the upper end P(X <= 3) = 2.5 %, at the lower end P(X >= 3) = 2.5 %.
        assertEquals(0.025, 1 - poissonCdf(2, three.low()), 1e-9);
        assertEquals(0.025, poissonCdf(3, three.high()), 1e-9);
    }

    private static double poissonCdf(int k, double mean) {
        double term = Math.exp(-mean);
        double sum = term;
        for (int i = 1; i <= k; i++) {
            term *= mean / i;
            sum += term;
        }
        return sum;
    }

    @Test
    void test_srb_isTheWilsonIntervalOfTheMaleShare_mappedToOdds() {
        Rate srb = Rate.of(Indicator.SRB, 24, 10);
        assertEquals(240.0, srb.value().getAsDouble(), 1e-12);
        ConfidenceInterval share = Rate.of(Indicator.CPR, 24, 34).interval().orElseThrow();
        ConfidenceInterval ratio = srb.interval().orElseThrow();
        double low = share.low() / 100;
        double high = share.high() / 100;
        assertEquals(100 * low / (1 - low), ratio.low(), 1e-9);
        assertEquals(100 * high / (1 - high), ratio.high(), 1e-9);
    }

    /** Issue 17: at a confidence level near 0, SRB 13/12 lay outside its own interval by a rounding step. */
    @Test
    void property_everyValue_liesInItsInterval_atEveryLevel() {
        double[] levels = {Double.MIN_VALUE, 1e-300, 1e-17, 1e-6, 0.5, 0.95, 0.9999, Math.nextDown(1.0)};
        assertTrue(Rate.of(Indicator.SRB, 13, 12).interval(Double.MIN_VALUE).orElseThrow().contains(1300.0 / 12));
        qt().forAll(integers().between(0, Indicator.values().length - 1), integers().between(0, 100_000),
                integers().between(1, 100_000), integers().between(0, levels.length - 1)).checkAssert((i, a, b, l) -> {
                    Indicator indicator = Indicator.values()[i];
                    if (indicator.unit().multiplier() == 1 || indicator == Indicator.NIR || indicator == Indicator.TFR
                            || indicator.formula().kind() == Formula.Kind.CUMULATIVE_INCIDENCE) {
                        return;
                    }
                    long numerator = indicator.intervalMethod() == IntervalMethod.WILSON_SCORE ? Math.min(a, b) : a;
                    Rate rate = Rate.of(indicator, numerator, b);
                    double value = rate.value().getAsDouble();
                    rate.interval(levels[l]).ifPresent(ci -> assertTrue(ci.contains(value), indicator + " " + numerator + "/" + b
                            + " at " + levels[l] + ": " + value + " outside " + ci));
                });
    }

    @Test
    void test_tfr_isFiveTimesTheSumOfAsfr_withTheNormalInterval() {
        List<Rate> asfr = new ArrayList<>();
        long[] births = {1, 4, 6, 3, 1, 0, 0};
        for (AgeGroup g : AgeGroup.values()) {
            asfr.add(Rate.of(Indicator.asfr(g), births[g.ordinal()], 20.0));
        }
        TotalFertilityRate tfr = TotalFertilityRate.of(asfr);
        assertEquals(5 * 15 / 20.0, tfr.value().getAsDouble(), 1e-12);
        double half = Z95 * Math.sqrt(25 * 15 / 400.0);
        assertEquals(3.75 - half, tfr.interval().orElseThrow().low(), 1e-9);
        assertEquals(3.75 + half, tfr.interval().orElseThrow().high(), 1e-9);
    }

    @Test
    void test_tfr_lowerEndIsTruncatedAtZero_andUndefinedWithoutExposure() {
        List<Rate> asfr = new ArrayList<>();
        for (AgeGroup g : AgeGroup.values()) {
            asfr.add(Rate.of(Indicator.asfr(g), g == AgeGroup.AGE_25_29 ? 1 : 0, g == AgeGroup.AGE_45_49 ? 0 : 10));
        }
        TotalFertilityRate undefined = TotalFertilityRate.of(asfr);
        assertTrue(undefined.value().isEmpty());
        assertTrue(undefined.interval().isEmpty());
        asfr.set(6, Rate.of(Indicator.ASFR_45_49, 0, 10));
        ConfidenceInterval ci = TotalFertilityRate.of(asfr).interval().orElseThrow();
        assertEquals(0.0, ci.low());
        assertEquals(0.5 + Z95 * 0.5, ci.high(), 1e-9);
    }

    @Test
    void test_tfr_rejectsRatesOutOfAgeOrder() {
        List<Rate> asfr = new ArrayList<>();
        for (AgeGroup g : AgeGroup.values()) {
            asfr.add(0, Rate.of(Indicator.asfr(g), 0, 10));
        }
        assertThrows(IllegalArgumentException.class, () -> TotalFertilityRate.of(asfr));
    }

    @Test
    void test_catalogue_familiesCoverEveryIndicatorOnce() {
        int total = 0;
        for (IndicatorFamily f : IndicatorFamily.values()) {
            total += f.indicators().size();
            assertFalse(f.indicators().isEmpty(), f.toString());
        }
        assertEquals(Indicator.values().length, total);
        // 100 before the coverage of the women due (1) and contraceptive dynamics, which adds 3 × 8
        // life-table and switching rates and 4 uptake rates.
        assertEquals(129, Indicator.values().length);
        assertEquals(IntervalMethod.EXACT_POISSON, Indicator.ASFR_20_24.intervalMethod());
        assertEquals(IntervalMethod.NONE, Indicator.NIR.intervalMethod());
        assertEquals(IntervalMethod.NORMAL_APPROXIMATION, Indicator.TFR.intervalMethod());
        assertEquals(IntervalMethod.SEX_RATIO_WILSON, Indicator.SRB.intervalMethod());
        assertEquals(IntervalMethod.WILSON_SCORE, Indicator.HEALTH_CHECK_COVERAGE.intervalMethod());
    }
}
