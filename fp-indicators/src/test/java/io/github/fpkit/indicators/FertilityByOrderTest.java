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
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.CountyRegisters;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fertility by birth order (issue 16, item 1): ASFR_k_g, TFR_k, SRB_k, MAC and
 * MEAN_AGE_FIRST_BIRTH, by hand on a small register at village and township level, their
 * undefined cases, and the identity TFR_1 + TFR_2 + TFR_3P = TFR over random registers.
 */
class FertilityByOrderTest {
    /** The indicators fertility by order added beyond the contract's 58 codes (which the conformance case holds). */
    static final EnumSet<Indicator> BY_ORDER = EnumSet.of(Indicator.SRB_1, Indicator.SRB_2, Indicator.SRB_3P);

    static {
        BY_ORDER.addAll(EnumSet.range(Indicator.ASFR_1_15_19, Indicator.MEAN_AGE_FIRST_BIRTH));
    }

    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");
    private static final AreaCode T1 = AreaCode.of("990101001000");
    private static final AreaCode V1 = AreaCode.of("990101001001");
    private static final AreaCode V2 = AreaCode.of("990101001002");
    /** One woman aged g all of 2009SY lives 365 days in g: 365 / 365.25 woman-years. */
    private static final double YEAR = 365 / 365.25;
    private static final double Z95 = 1.959963984540054;

    /**
     * Every woman is born on 1 October, so her age in completed years is the same on every
     * day of 2009SY (2008-10-01/2009-09-30): she lives its 365 days in one age group.
     *
     * <pre>
     * V1: one woman in each group, aged 15, 20, 25, 30, 35, 40, 45: 365 woman-days in each group.
     * V2: the same, a second woman aged 25 (730 days at 25–29), and a girl aged 14 (no days at 15–49).
     * T1 = V1 + V2: 730 days in each group, 1 095 at 25–29.
     *
     * live births (mother's age at the birth; order; sex)      not counted
     * V1 b1 2009-01-15 (20; 1; boy)   b2 2009-03-10 (25; 2; girl)    stillbirth of the 15-year-old 2009-02-01 (no order)
     *    b3 2009-05-20 (30; 3; boy)   b4 2008-10-01 (35; 1; boy)     the 20-year-old's order 2 on 2009-10-01 (after P)
     *    b7 2009-09-30 (45; 4; girl)
     * V2 c1 2009-06-01 (15; 1; girl)  c2 2009-04-01 (25, the second woman; 1; girl)
     *    c3 2008-12-24 (30; 2; boy)   c4 2009-08-01 (14; 1; boy): a first birth in no age group
     * </pre>
     */
    private static Register register() {
        Register.Builder b = Register.builder();
        for (AreaCode village : List.of(V1, V2)) {
            String v = village.equals(V1) ? "V1" : "V2";
            for (AgeGroup g : AgeGroup.values()) {
                b.add(woman(v + "W" + g.lower(), village, (2008 - g.lower()) + "-10-01"));
            }
        }
        b.add(woman("V2W25b", V2, "1983-10-01"));
        b.add(woman("V2W14", V2, "1994-10-01"));
        b.add(live("b1", "V1W20", "2009-01-15", Sex.MALE, 1));
        b.add(live("b2", "V1W25", "2009-03-10", Sex.FEMALE, 2));
        b.add(live("b3", "V1W30", "2009-05-20", Sex.MALE, 3));
        b.add(live("b4", "V1W35", "2008-10-01", Sex.MALE, 1));
        b.add(Birth.builder().id("b5").motherId("V1W15").birthDate(LocalDate.parse("2009-02-01")).sex(Sex.MALE)
                .outcome(BirthOutcome.STILLBIRTH).build());
        b.add(live("b6", "V1W20", "2009-10-01", Sex.FEMALE, 2));
        b.add(live("b7", "V1W45", "2009-09-30", Sex.FEMALE, 4));
        b.add(live("c1", "V2W15", "2009-06-01", Sex.FEMALE, 1));
        b.add(live("c2", "V2W25b", "2009-04-01", Sex.FEMALE, 1));
        b.add(live("c3", "V2W30", "2008-12-24", Sex.MALE, 2));
        b.add(live("c4", "V2W14", "2009-08-01", Sex.MALE, 1));
        return b.build();
    }

    private static Woman woman(String id, AreaCode area, String born) {
        return Woman.builder().id(id).areaCode(area).birthDate(LocalDate.parse(born)).maritalStatus(MaritalStatus.MARRIED).build();
    }

    private static Birth live(String id, String mother, String date, Sex sex, int order) {
        return Birth.builder().id(id).motherId(mother).birthDate(LocalDate.parse(date)).sex(sex).birthOrder(order).build();
    }

    private static IndicatorResult result(ComputedIndicators c, AreaCode area, Indicator indicator) {
        return c.result(area, indicator).orElseThrow(() -> new AssertionError(area + " " + indicator + " missing"));
    }

    private static double value(ComputedIndicators c, AreaCode area, Indicator indicator) {
        return result(c, area, indicator).value().orElseThrow(() -> new AssertionError(area + " " + indicator + " undefined"));
    }

    private static void assertRate(ComputedIndicators c, AreaCode area, Indicator indicator, long births, double womanYears) {
        IndicatorResult r = result(c, area, indicator);
        assertEquals(births, r.numerator().getAsLong(), area + " " + indicator);
        assertEquals(womanYears, r.denominator().getAsDouble(), 1e-12, area + " " + indicator);
        assertEquals(births / womanYears * 1000, r.value().getAsDouble(), 1e-9, area + " " + indicator);
    }

    @Test
    void test_ageSpecificRatesByOrder_byHand_villageAndTownship() {
        ComputedIndicators villages = Indicators.compute(register(), SY, AreaLevel.VILLAGE);
        ComputedIndicators townships = Indicators.compute(register(), SY, AreaLevel.TOWNSHIP);
        // V1: b1 and b4 are first births at 20–24 and 35–39, b2 a second at 25–29, b3 and b7 (order 4) higher at 30–34 and 45–49;
        // each over the 365 days of the one woman of the group.
        assertRate(villages, V1, Indicator.ASFR_1_20_24, 1, YEAR);
        assertRate(villages, V1, Indicator.ASFR_1_35_39, 1, YEAR);
        assertRate(villages, V1, Indicator.ASFR_1_25_29, 0, YEAR);
        assertRate(villages, V1, Indicator.ASFR_2_25_29, 1, YEAR);
        assertRate(villages, V1, Indicator.ASFR_3P_30_34, 1, YEAR);
        assertRate(villages, V1, Indicator.ASFR_3P_45_49, 1, YEAR);
        assertRate(villages, V1, Indicator.ASFR_2_20_24, 0, YEAR);   // b6, her second, is after P
        assertRate(villages, V1, Indicator.ASFR_1_15_19, 0, YEAR);   // b5 is a stillbirth
        // V2: c1 first at 15–19 over 365 days; c2 first at 25–29 over the 730 days of two women; c3 second at 30–34;
        // c4 to a mother of 14 is in no group.
        assertRate(villages, V2, Indicator.ASFR_1_15_19, 1, YEAR);
        assertRate(villages, V2, Indicator.ASFR_1_25_29, 1, 2 * YEAR);
        assertRate(villages, V2, Indicator.ASFR_2_30_34, 1, YEAR);
        assertRate(villages, V2, Indicator.ASFR_3P_30_34, 0, YEAR);
        // T1: 730 days a group, 1 095 at 25–29.
        assertRate(townships, T1, Indicator.ASFR_1_15_19, 1, 2 * YEAR);
        assertRate(townships, T1, Indicator.ASFR_1_20_24, 1, 2 * YEAR);
        assertRate(townships, T1, Indicator.ASFR_1_25_29, 1, 3 * YEAR);
        assertRate(townships, T1, Indicator.ASFR_2_25_29, 1, 3 * YEAR);
        assertRate(townships, T1, Indicator.ASFR_2_30_34, 1, 2 * YEAR);
        assertRate(townships, T1, Indicator.ASFR_3P_30_34, 1, 2 * YEAR);
        assertRate(townships, T1, Indicator.ASFR_3P_45_49, 1, 2 * YEAR);
        // The exact Poisson interval of 1 birth, [0.025318, 5.571643], over 730 / 365.25 woman-years, × 1000.
        IndicatorResult r = result(townships, T1, Indicator.ASFR_3P_45_49);
        assertEquals(0.0253178 / (2 * YEAR) * 1000, r.ciLow().getAsDouble(), 1e-4);
        assertEquals(5.5716434 / (2 * YEAR) * 1000, r.ciHigh().getAsDouble(), 1e-4);
        // The sum over the orders is the all-births ASFR, numerator and denominator.
        for (AgeGroup g : AgeGroup.values()) {
            long sum = 0;
            for (int order = 1; order <= 3; order++) {
                IndicatorResult byOrder = result(townships, T1, Indicator.asfr(order, g));
                assertEquals(result(townships, T1, Indicator.asfr(g)).denominator(), byOrder.denominator());
                sum += byOrder.numerator().getAsLong();
            }
            assertEquals(result(townships, T1, Indicator.asfr(g)).numerator().getAsLong(), sum, g.label());
        }
    }

    @Test
    void test_totalFertilityByOrder_byHand_villageAndTownship() {
        ComputedIndicators villages = Indicators.compute(register(), SY, AreaLevel.VILLAGE);
        ComputedIndicators townships = Indicators.compute(register(), SY, AreaLevel.TOWNSHIP);
        double y = 365.25;
        // V1: TFR_1 = 5 × (1 + 1) × 365.25/365 = 10.00685; TFR_2 = 5 × 365.25/365 = 5.00342; TFR_3P = 10.00685; TFR = 25.01712.
        assertEquals(10 * y / 365, value(villages, V1, Indicator.TFR_1), 1e-12);
        assertEquals(5 * y / 365, value(villages, V1, Indicator.TFR_2), 1e-12);
        assertEquals(10 * y / 365, value(villages, V1, Indicator.TFR_3P), 1e-12);
        assertEquals(25 * y / 365, value(villages, V1, Indicator.TFR), 1e-12);
        // V2: TFR_1 = 5 × 365.25 × (1/365 + 1/730) = 7.50514; TFR_2 = 5.00342; TFR_3P = 0 (every group has days); TFR = 12.50856.
        assertEquals(5 * y * (1.0 / 365 + 1.0 / 730), value(villages, V2, Indicator.TFR_1), 1e-12);
        assertEquals(5 * y / 365, value(villages, V2, Indicator.TFR_2), 1e-12);
        assertEquals(0.0, value(villages, V2, Indicator.TFR_3P));
        assertEquals(5 * y * (2.0 / 365 + 1.0 / 730), value(villages, V2, Indicator.TFR), 1e-12);
        // T1: TFR_1 = 5 × 365.25 × (3/730 + 1/1095) = 9.17295; TFR_2 = 5 × 365.25 × (1/1095 + 1/730) = 4.16952;
        // TFR_3P = 5 × 365.25 × 2/730 = 5.00342; sum 18.34589 = TFR = 5 × 365.25 × (6/730 + 2/1095).
        assertEquals(5 * y * (3.0 / 730 + 1.0 / 1095), value(townships, T1, Indicator.TFR_1), 1e-12);
        assertEquals(5 * y * (1.0 / 1095 + 1.0 / 730), value(townships, T1, Indicator.TFR_2), 1e-12);
        assertEquals(5 * y * 2 / 730, value(townships, T1, Indicator.TFR_3P), 1e-12);
        assertEquals(5 * y * (6.0 / 730 + 2.0 / 1095), value(townships, T1, Indicator.TFR), 1e-12);
        // Result record: a sum of rates has no numerator or denominator, a value and the normal-approximation interval:
        // Var(TFR_2) = 25 × (1 / 3² + 1 / 2²) in woman-years (1 095 and 730 days); the lower end truncated at 0.
        IndicatorResult tfr2 = result(townships, T1, Indicator.TFR_2);
        assertTrue(tfr2.numerator().isEmpty() && tfr2.denominator().isEmpty());
        double half = Z95 * Math.sqrt(25 * (1 / Math.pow(3 * YEAR, 2) + 1 / Math.pow(2 * YEAR, 2)));
        assertEquals(Math.max(0, tfr2.value().getAsDouble() - half), tfr2.ciLow().getAsDouble(), 1e-9);
        assertEquals(tfr2.value().getAsDouble() + half, tfr2.ciHigh().getAsDouble(), 1e-9);
        assertEquals(0.0, tfr2.ciLow().getAsDouble());
        assertEquals(Unit.CHILDREN_PER_WOMAN, tfr2.unit());
        // TFR_3P of V2 is 0 with its interval [0, 0]: no birth of order 3 or more.
        IndicatorResult zero = result(villages, V2, Indicator.TFR_3P);
        assertEquals(0.0, zero.ciLow().getAsDouble());
        assertEquals(0.0, zero.ciHigh().getAsDouble());
    }

    @Test
    void test_sexRatioByOrder_byHand_andUndefined() {
        ComputedIndicators villages = Indicators.compute(register(), SY, AreaLevel.VILLAGE);
        ComputedIndicators townships = Indicators.compute(register(), SY, AreaLevel.TOWNSHIP);
        // V1: first births b1, b4 are boys, no girl: SRB_1 = 2 / 0 undefined; second: b2 a girl, 0 / 1 = 0;
        // higher: b3 a boy, b7 a girl, 1 / 1 = 100.
        IndicatorResult srb1 = result(villages, V1, Indicator.SRB_1);
        assertEquals(2, srb1.numerator().getAsLong());
        assertEquals(0.0, srb1.denominator().getAsDouble());
        assertTrue(srb1.value().isEmpty() && srb1.ciLow().isEmpty());
        assertEquals(ResultStatus.UNDEFINED, ResultStatus.of(srb1));
        assertEquals(0.0, value(villages, V1, Indicator.SRB_2));
        assertEquals(100.0, value(villages, V1, Indicator.SRB_3P));
        // V2: first births c1, c2 girls, c4 a boy (to a mother of 14: every live birth has an order and a sex): 1 / 2 = 50;
        // second c3 a boy: 1 / 0 undefined; no higher birth: 0 / 0 undefined.
        assertEquals(50.0, value(villages, V2, Indicator.SRB_1));
        assertTrue(result(villages, V2, Indicator.SRB_2).value().isEmpty());
        IndicatorResult none = result(villages, V2, Indicator.SRB_3P);
        assertEquals(0, none.numerator().getAsLong());
        assertEquals(0.0, none.denominator().getAsDouble());
        assertTrue(none.value().isEmpty());
        // T1: first 3 boys (b1, b4, c4) / 2 girls (c1, c2) = 150; second 1 (c3) / 1 (b2) = 100; higher 1 / 1 = 100.
        IndicatorResult t1 = result(townships, T1, Indicator.SRB_1);
        assertEquals(3, t1.numerator().getAsLong());
        assertEquals(2.0, t1.denominator().getAsDouble());
        assertEquals(150.0, t1.value().getAsDouble(), 1e-12);
        // Its interval is SRB's rule, Wilson for p = 3 / 5 mapped through 100·p/(1−p).
        ConfidenceInterval srbRule = Rate.of(Indicator.SRB, 3, 2).interval().orElseThrow();
        assertEquals(srbRule.low(), t1.ciLow().getAsDouble());
        assertEquals(srbRule.high(), t1.ciHigh().getAsDouble());
        assertEquals(100.0, value(townships, T1, Indicator.SRB_2));
        assertEquals(100.0, value(townships, T1, Indicator.SRB_3P));
        // By order the sexes add up to SRB's: 5 boys (b1, b3, b4, c3, c4), 4 girls (b2, b7, c1, c2).
        assertEquals(5, result(townships, T1, Indicator.SRB).numerator().getAsLong());
        assertEquals(4.0, result(townships, T1, Indicator.SRB).denominator().getAsDouble());
    }

    @Test
    void test_meanAges_byHand_valueOnly() {
        ComputedIndicators villages = Indicators.compute(register(), SY, AreaLevel.VILLAGE);
        ComputedIndicators townships = Indicators.compute(register(), SY, AreaLevel.TOWNSHIP);
        // MAC: each ASFR of V1 with a birth is 1 / (365 / 365.25) year; those at 22.5, 27.5, 32.5, 37.5 and 47.5:
        // (22.5 + 27.5 + 32.5 + 37.5 + 47.5) / 5 = 33.5.
        assertEquals(33.5, value(villages, V1, Indicator.MAC), 1e-12);
        // V2: 17.5 × 1 + 27.5 × 0.5 + 32.5 × 1 over 2.5 = 25.5 (c4 is in no age group).
        assertEquals(25.5, value(villages, V2, Indicator.MAC), 1e-12);
        // T1, in births per 730 days: 17.5 × 1 + 22.5 × 1 + 27.5 × 4/3 + 32.5 × 2 + 37.5 × 1 + 47.5 × 1 over 22/3 = 340/11.
        assertEquals(340.0 / 11, value(townships, T1, Indicator.MAC), 1e-12);
        // Mean age at first birth, days from the mother's birth date to the birth:
        // V1 b1 1988-10-01 → 2009-01-15 = 7 411 days, b4 1973-10-01 → 2008-10-01 = 12 784: 20 195 / (2 × 365.25) = 27.6454 years.
        assertEquals(20195 / (2 * 365.25), value(villages, V1, Indicator.MEAN_AGE_FIRST_BIRTH), 1e-12);
        // V2 c1 1993-10-01 → 2009-06-01 = 5 722, c2 1983-10-01 → 2009-04-01 = 9 314, c4 1994-10-01 → 2009-08-01 = 5 418
        // (a mother of 14 counts: any age): 20 454 / (3 × 365.25) = 18.6667.
        assertEquals(20454 / (3 * 365.25), value(villages, V2, Indicator.MEAN_AGE_FIRST_BIRTH), 1e-12);
        // T1: 40 649 / (5 × 365.25) = 22.2582, not the mean of the villages' means.
        assertEquals(40649 / (5 * 365.25), value(townships, T1, Indicator.MEAN_AGE_FIRST_BIRTH), 1e-12);
        // The result record of a mean age is its value only, in years.
        for (Indicator i : List.of(Indicator.MAC, Indicator.MEAN_AGE_FIRST_BIRTH)) {
            IndicatorResult r = result(townships, T1, i);
            assertTrue(r.numerator().isEmpty() && r.denominator().isEmpty() && r.ciLow().isEmpty() && r.ciHigh().isEmpty(), i.code());
            assertTrue(r.confidenceLevel().isEmpty(), i.code());
            assertEquals(Unit.YEARS, r.unit());
            assertEquals("years", r.unit().symbol());
            assertEquals(ResultStatus.DEFINED, ResultStatus.of(r));
        }
        // The tally keeps the days and the births, so areas add up: 20 195 + 20 454 over 2 + 3.
        AreaTally tally = IndicatorCalculator.tally(register(), SY).tallies(AreaLevel.TOWNSHIP).get(T1);
        assertEquals(40649, tally.count(Count.FIRST_BIRTH_MOTHER_DAYS));
        assertEquals(5, tally.count(Count.BIRTHS_ORDER_1));
    }

    @Test
    void test_undefinedCases() {
        // Women in every age group and no birth: TFR_k and ASFR_k are 0, SRB_k, MAC and the mean age at first birth undefined.
        Register.Builder noBirths = Register.builder().withTable(RegisterTable.BIRTHS);
        for (AgeGroup g : AgeGroup.values()) {
            noBirths.add(woman("W" + g.lower(), V1, (2008 - g.lower()) + "-10-01"));
        }
        ComputedIndicators c = Indicators.compute(noBirths.build(), SY, AreaLevel.VILLAGE);
        for (Indicator tfr : List.of(Indicator.TFR_1, Indicator.TFR_2, Indicator.TFR_3P)) {
            assertEquals(0.0, value(c, V1, tfr), tfr.code());
        }
        for (Indicator i : List.of(Indicator.SRB_1, Indicator.SRB_2, Indicator.SRB_3P, Indicator.MAC, Indicator.MEAN_AGE_FIRST_BIRTH)) {
            IndicatorResult r = result(c, V1, i);
            assertTrue(r.value().isEmpty(), i.code());
            assertEquals(ResultStatus.UNDEFINED, ResultStatus.of(r), i.code());
        }
        assertTrue(result(c, V1, Indicator.MAC).numerator().isEmpty());
        // No woman aged 40–44: its ASFRs are undefined, and so are TFR, every TFR_k and MAC, although there are births.
        Register gap = Register.builder()
                .add(woman("A", V1, "1988-10-01")).add(woman("B", V1, "1983-10-01"))
                .add(live("x", "A", "2009-01-01", Sex.FEMALE, 1)).add(live("y", "B", "2009-02-02", Sex.MALE, 2)).build();
        ComputedIndicators g = Indicators.compute(gap, SY, AreaLevel.VILLAGE);
        for (Indicator i : List.of(Indicator.TFR, Indicator.TFR_1, Indicator.TFR_2, Indicator.TFR_3P, Indicator.MAC)) {
            IndicatorResult r = result(g, V1, i);
            assertTrue(r.value().isEmpty() && r.ciLow().isEmpty() && r.numerator().isEmpty(), i.code());
        }
        assertTrue(result(g, V1, Indicator.ASFR_1_40_44).value().isEmpty());
        assertEquals(1000 / YEAR, value(g, V1, Indicator.ASFR_1_20_24), 1e-9);
        // The mean age at first birth needs no woman-years: 1988-10-01 → 2009-01-01 is 7 397 days.
        assertEquals(7397 / 365.25, value(g, V1, Indicator.MEAN_AGE_FIRST_BIRTH), 1e-12);
        // Without births.csv, none of them is available.
        Register womenOnly = Register.builder().add(woman("A", V1, "1988-10-01")).build();
        ComputedIndicators w = Indicators.compute(womenOnly, SY, AreaLevel.VILLAGE);
        for (Indicator i : BY_ORDER) {
            assertTrue(w.unavailable().contains(i), i.code());
            assertFalse(w.result(V1, i).isPresent(), i.code());
        }
    }

    @Test
    void test_totalFertilityRate_ofTheRatesOfAnOrder() {
        AreaTally tally = IndicatorCalculator.tally(register(), SY).tallies(AreaLevel.TOWNSHIP).get(T1);
        TotalFertilityRate tfr1 = tally.totalFertilityRate(Indicator.TFR_1);
        assertEquals(Indicator.TFR_1, tfr1.indicator());
        assertEquals(Indicator.TFR_1.ageSpecificRates(), tfr1.ageSpecificRates().stream().map(Rate::indicator).toList());
        assertEquals(tfr1, TotalFertilityRate.of(tfr1.ageSpecificRates()));
        assertEquals(Indicator.TFR, tally.totalFertilityRate().indicator());
        assertEquals(340.0 / 11, tally.totalFertilityRate().meanAge().getAsDouble(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> tally.totalFertilityRate(Indicator.MAC));
        assertThrows(IllegalArgumentException.class, () -> tally.rate(Indicator.TFR_2));
        assertThrows(IllegalArgumentException.class, () -> tally.rate(Indicator.MEAN_AGE_FIRST_BIRTH));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Indicator.MAC, 1, 1));
        // The rates of two orders, or out of age order, are not one total fertility rate.
        List<Rate> mixed = new java.util.ArrayList<>(tfr1.ageSpecificRates());
        mixed.set(3, tally.rate(Indicator.ASFR_2_30_34).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> TotalFertilityRate.of(mixed));
        List<Rate> startsWrong = new java.util.ArrayList<>(tfr1.ageSpecificRates());
        startsWrong.set(0, tally.rate(Indicator.ASFR_1_20_24).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> TotalFertilityRate.of(startsWrong));
        assertEquals("TFR_1 " + tfr1.value().getAsDouble(), tfr1.toString().substring(0, tfr1.toString().indexOf(" from")));
    }

    @Test
    void test_enginesAgree_indexPathAndPerWomanPath() {
        Register register = register();
        for (int k = 1; k <= 3; k++) {
            assertEquals(IndicatorCalculator.tally(register, SY),
                    PerWomanDecompositionTest.perWoman(register, SY, k, new Random(k)), "split in " + k);
        }
    }

    /**
     * TFR_1 + TFR_2 + TFR_3P = TFR. The numerators add up exactly: every live birth has an
     * order (Birth requires birth_order when the outcome is live), so Σ_k BIRTHS_ORDER_k_AGE_g
     * = BIRTHS_AGE_g in every area, and the sexes by order add up to MALE_BIRTHS and
     * FEMALE_BIRTHS. The values agree within a relative 1e-12, not bit for bit: each TFR is
     * a double sum of seven quotients, and the sum of three such sums rounds differently from
     * the one sum of the added births (every term is 0 or more, so the relative error stays
     * a few units in the last place).
     */
    @Test
    void property_ordersAddUpToAllBirths_countsExactly_totalFertilityWithinRounding() {
        qt().withExamples(200).forAll(CountyRegisters.registers(), integers().between(0, 2)).checkAssert((register, l) -> {
            AreaLevel level = AreaLevel.values()[l];
            Map<AreaCode, AreaTally> tallies = IndicatorCalculator.tally(register, CountyRegisters.PERIOD).tallies(level);
            for (AreaTally t : tallies.values()) {
                for (AgeGroup g : AgeGroup.values()) {
                    assertEquals(t.count(Count.births(g)),
                            t.count(Count.births(1, g)) + t.count(Count.births(2, g)) + t.count(Count.births(3, g)));
                }
                long male = 0;
                long female = 0;
                for (int order = 1; order <= 3; order++) {
                    male += t.count(Count.maleBirths(order));
                    female += t.count(Count.femaleBirths(order));
                    assertEquals(t.count(Count.birthOrder(order)), t.count(Count.maleBirths(order)) + t.count(Count.femaleBirths(order)));
                }
                assertEquals(t.count(Count.MALE_BIRTHS), male);
                assertEquals(t.count(Count.FEMALE_BIRTHS), female);
                long firstAtChildbearingAge = 0;
                for (AgeGroup g : AgeGroup.values()) {
                    firstAtChildbearingAge += t.count(Count.births(1, g));
                }
                assertTrue(firstAtChildbearingAge <= t.count(Count.BIRTHS_ORDER_1));
            }
            ComputedIndicators c = Indicators.compute(register, CountyRegisters.PERIOD, level);
            for (IndicatorResult tfr : c.results()) {
                if (tfr.indicator() != Indicator.TFR) {
                    continue;
                }
                List<IndicatorResult> byOrder = List.of(Indicator.TFR_1, Indicator.TFR_2, Indicator.TFR_3P).stream()
                        .map(i -> result(c, tfr.area(), i)).toList();
                if (tfr.value().isEmpty()) {
                    byOrder.forEach(r -> assertTrue(r.value().isEmpty(), r.toString()));
                    assertTrue(result(c, tfr.area(), Indicator.MAC).value().isEmpty());
                    continue;
                }
                double sum = 0;
                for (IndicatorResult r : byOrder) {
                    sum += r.value().getAsDouble();
                }
                double total = tfr.value().getAsDouble();
                assertEquals(total, sum, 1e-12 * total, tfr.area().toString());
                result(c, tfr.area(), Indicator.MAC).value().ifPresent(mac -> {
                    assertTrue(total > 0);
                    assertTrue(mac >= 17.5 && mac <= 47.5, "MAC " + mac);
                });
            }
        });
    }
}
