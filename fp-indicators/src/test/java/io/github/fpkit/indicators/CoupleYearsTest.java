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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.CountyRegisters;
import io.github.fpkit.testkit.Theories;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Couple-years of protection (issue 16, item 3): CYP by hand on a small register at village
 * and township level with the standard and with custom factors, the tables each CYP
 * indicator needs, the result records (value only), and over random registers the total
 * as the sum of its parts.
 */
class CoupleYearsTest {
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");
    private static final AreaCode T1 = AreaCode.of("990101001000");
    private static final AreaCode V1 = AreaCode.of("990101001001");
    private static final AreaCode V2 = AreaCode.of("990101001002");
    private static final double EXACT = 1e-9;

    /** The indicators of couple-years and distributions, beyond the contract's 58 codes. */
    static final Set<Indicator> CYP_INDICATORS = EnumSet.range(Indicator.DISTRIBUTED_INJECTABLE, Indicator.CYP_CONDOM);

    /**
     * <pre>
     * W1 (V1): iud_insertion 2008-10-01 (first day of P), implant_insertion 2009-09-30 (last day),
     *          iud_removal 2009-03-01 (no protection), iud_insertion 2008-09-30 (before P);
     *          6 pill cycles 2009-01-15; 30 condoms 2009-10-01 (after P)
     * W2 (V2): female_sterilization 2009-05-05; male_sterilization 2009-10-01 (after P);
     *          9 pill cycles 2009-08-08 on a row whose area_code is V1 (it counts in her area, V2)
     * V2 (no woman): 240 condoms 2009-06-01; 3 injectable doses 2009-02-02
     * </pre>
     */
    static Register register() {
        return Register.builder()
                .add(woman("W1", V1)).add(woman("W2", V2))
                .add(Procedure.of("W1", ProcedureType.IUD_INSERTION, LocalDate.of(2008, 10, 1)))
                .add(Procedure.of("W1", ProcedureType.IMPLANT_INSERTION, LocalDate.of(2009, 9, 30)))
                .add(Procedure.of("W1", ProcedureType.IUD_REMOVAL, LocalDate.of(2009, 3, 1)))
                .add(Procedure.of("W1", ProcedureType.IUD_INSERTION, LocalDate.of(2008, 9, 30)))
                .add(Procedure.of("W2", ProcedureType.FEMALE_STERILIZATION, LocalDate.of(2009, 5, 5)))
                .add(Procedure.of("W2", ProcedureType.MALE_STERILIZATION, LocalDate.of(2009, 10, 1)))
                .add(toWoman("W1", ContraceptiveMethod.ORAL_PILL, 6, LocalDate.of(2009, 1, 15)))
                .add(toWoman("W1", ContraceptiveMethod.CONDOM, 30, LocalDate.of(2009, 10, 1)))
                .add(Distribution.builder().womanId("W2").areaCode(V1).method(ContraceptiveMethod.ORAL_PILL).quantity(9)
                        .date(LocalDate.of(2009, 8, 8)).build())
                .add(inArea(V2, ContraceptiveMethod.CONDOM, 240, LocalDate.of(2009, 6, 1)))
                .add(inArea(V2, ContraceptiveMethod.INJECTABLE, 3, LocalDate.of(2009, 2, 2)))
                .build();
    }

    private static Woman woman(String id, AreaCode area) {
        return Woman.builder().id(id).areaCode(area).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build();
    }

    private static Distribution toWoman(String id, ContraceptiveMethod method, int quantity, LocalDate date) {
        return Distribution.builder().womanId(id).method(method).quantity(quantity).date(date).build();
    }

    private static Distribution inArea(AreaCode area, ContraceptiveMethod method, int quantity, LocalDate date) {
        return Distribution.builder().areaCode(area).method(method).quantity(quantity).date(date).build();
    }

    private static double value(ComputedIndicators computed, AreaCode area, Indicator indicator) {
        return computed.result(area, indicator).orElseThrow().value().orElseThrow();
    }

    @Test
    void test_standardFactors_byHand_atVillageAndTownship() {
        ComputedIndicators computed = Indicators.compute(register(), SY);
        // V1: 4.6 (IUD) + 3.2 (implant) = 7.8; 6 / 15 = 0.4 from pills.
        assertEquals(7.8, value(computed, V1, Indicator.CYP_PROCEDURES), EXACT);
        assertEquals(0.4, value(computed, V1, Indicator.CYP_DISTRIBUTIONS), EXACT);
        assertEquals(8.2, value(computed, V1, Indicator.CYP), EXACT);
        assertEquals(4.6, value(computed, V1, Indicator.CYP_IUD), EXACT);
        assertEquals(3.2, value(computed, V1, Indicator.CYP_IMPLANT), EXACT);
        assertEquals(0.4, value(computed, V1, Indicator.CYP_ORAL_PILL), EXACT);
        assertEquals(0, value(computed, V1, Indicator.CYP_CONDOM), EXACT);
        // V2: 10.3 (female sterilisation); 240 / 120 + 3 / 4 + 9 / 15 = 2 + 0.75 + 0.6 = 3.35.
        assertEquals(10.3, value(computed, V2, Indicator.CYP_PROCEDURES), EXACT);
        assertEquals(3.35, value(computed, V2, Indicator.CYP_DISTRIBUTIONS), EXACT);
        assertEquals(13.65, value(computed, V2, Indicator.CYP), EXACT);
        assertEquals(0, value(computed, V2, Indicator.CYP_MALE_STERILIZATION), EXACT);
        assertEquals(0.75, value(computed, V2, Indicator.CYP_INJECTABLE), EXACT);
        // The township adds its villages' counts, then converts them: 15 / 15 = 1 from pills.
        assertEquals(18.1, value(computed, T1, Indicator.CYP_PROCEDURES), EXACT);
        assertEquals(3.75, value(computed, T1, Indicator.CYP_DISTRIBUTIONS), EXACT);
        assertEquals(21.85, value(computed, T1, Indicator.CYP), EXACT);
        assertEquals(1.0, value(computed, T1, Indicator.CYP_ORAL_PILL), EXACT);
        assertEquals(2.0, value(computed, T1, Indicator.CYP_CONDOM), EXACT);
        assertEquals(10.3, value(computed, T1, Indicator.CYP_FEMALE_STERILIZATION), EXACT);
        // The quantities distributed in P: pills 6 + 9, condoms 240 (not W1's 30, after P), injectables 3.
        assertEquals(Map.of(Indicator.DISTRIBUTED_ORAL_PILL, 15L, Indicator.DISTRIBUTED_CONDOM, 240L, Indicator.DISTRIBUTED_INJECTABLE, 3L),
                Map.of(Indicator.DISTRIBUTED_ORAL_PILL, count(computed, T1, Indicator.DISTRIBUTED_ORAL_PILL),
                        Indicator.DISTRIBUTED_CONDOM, count(computed, T1, Indicator.DISTRIBUTED_CONDOM),
                        Indicator.DISTRIBUTED_INJECTABLE, count(computed, T1, Indicator.DISTRIBUTED_INJECTABLE)));
        assertEquals(6, count(computed, V1, Indicator.DISTRIBUTED_ORAL_PILL));
        assertEquals(0, count(computed, V1, Indicator.DISTRIBUTED_CONDOM));
    }

    private static long count(ComputedIndicators computed, AreaCode area, Indicator indicator) {
        return computed.result(area, indicator).orElseThrow().numerator().orElseThrow();
    }

    @Test
    void test_customFactors_byHand_atVillageAndTownship() {
        CypFactors factors = CypFactors.builder().sterilization(10).implantInsertion(3.8).injectableDosesPerCyp(13).build();
        ComputedIndicators computed = IndicatorCalculator.builder().cypFactors(factors).build().compute(register(), SY);
        // V1: 4.6 + 3.8 = 8.4; 6 / 15 = 0.4.
        assertEquals(8.4, value(computed, V1, Indicator.CYP_PROCEDURES), EXACT);
        assertEquals(8.8, value(computed, V1, Indicator.CYP), EXACT);
        // V2: 10; 240 / 120 + 3 / 13 + 9 / 15.
        assertEquals(10, value(computed, V2, Indicator.CYP_PROCEDURES), EXACT);
        assertEquals(2 + 3 / 13.0 + 0.6, value(computed, V2, Indicator.CYP_DISTRIBUTIONS), EXACT);
        assertEquals(18.4, value(computed, T1, Indicator.CYP_PROCEDURES), EXACT);
        assertEquals(18.4 + 3 + 3 / 13.0, value(computed, T1, Indicator.CYP), EXACT);
        // The counts do not depend on the factors.
        assertEquals(Indicators.compute(register(), SY).result(T1, Indicator.PROC_IUD_INSERTION),
                computed.result(T1, Indicator.PROC_IUD_INSERTION));
    }

    @Test
    void test_resultRecord_isValueOnly_inCoupleYears() {
        IndicatorResult r = Indicators.compute(register(), SY).result(T1, Indicator.CYP).orElseThrow();
        assertFalse(r.numerator().isPresent());
        assertFalse(r.denominator().isPresent());
        assertFalse(r.ciLow().isPresent());
        assertFalse(r.confidenceLevel().isPresent());
        assertEquals(Unit.COUPLE_YEARS, r.unit());
        assertEquals("couple-years", r.unit().symbol());
        assertEquals(ResultStatus.DEFINED, ResultStatus.of(r));
        for (Indicator i : CYP_INDICATORS) {
            assertEquals(IntervalMethod.NONE, i.intervalMethod(), i.code());
            assertEquals(IndicatorFamily.CONTRACEPTION, i.family(), i.code());
            assertEquals(i.isCoupleYears(), i.unit() == Unit.COUPLE_YEARS, i.code());
        }
    }

    @Test
    void test_inputTables_eachCypIndicatorNeedsItsOwn_andTheTotalBoth() {
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.PROCEDURES), Indicator.CYP_PROCEDURES.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.PROCEDURES), Indicator.CYP_IUD.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.DISTRIBUTIONS), Indicator.CYP_DISTRIBUTIONS.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.DISTRIBUTIONS), Indicator.CYP_CONDOM.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.DISTRIBUTIONS), Indicator.DISTRIBUTED_CONDOM.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.PROCEDURES, RegisterTable.DISTRIBUTIONS), Indicator.CYP.inputTables());
    }

    @Test
    void test_withoutDistributions_onlyTheProcedureCypIsAvailable_neverZero() {
        Register register = register();
        Register.Builder b = Register.builder();
        register.women().forEach(b::add);
        register.procedures().forEach(b::add);
        ComputedIndicators computed = Indicators.compute(b.build(), SY);
        assertEquals(7.8, value(computed, V1, Indicator.CYP_PROCEDURES), EXACT);
        for (Indicator i : List.of(Indicator.CYP, Indicator.CYP_DISTRIBUTIONS, Indicator.CYP_ORAL_PILL, Indicator.DISTRIBUTED_ORAL_PILL)) {
            assertTrue(computed.unavailable().contains(i), i.code());
            assertFalse(computed.result(V1, i).isPresent(), i.code());
        }
    }

    @Test
    void test_withoutProcedures_onlyTheDistributionCypIsAvailable() {
        Register register = register();
        Register.Builder b = Register.builder();
        register.women().forEach(b::add);
        register.distributions().forEach(b::add);
        ComputedIndicators computed = Indicators.compute(b.build(), SY);
        assertEquals(3.75, value(computed, T1, Indicator.CYP_DISTRIBUTIONS), EXACT);
        assertTrue(computed.unavailable().containsAll(List.of(Indicator.CYP, Indicator.CYP_PROCEDURES, Indicator.CYP_IUD)));
    }

    @Test
    void test_distributionsOfAnUnknownWoman_areUnattributed_andOfAnAreaAlone_seeTheArea() {
        AreaCode lone = AreaCode.of("990101002001");
        Register register = Register.builder().add(woman("W1", V1))
                .add(toWoman("W9", ContraceptiveMethod.CONDOM, 120, LocalDate.of(2009, 1, 1)))
                .add(inArea(lone, ContraceptiveMethod.CONDOM, 120, LocalDate.of(2007, 1, 1)))
                .build();
        ComputedIndicators computed = Indicators.compute(register, SY);
        assertEquals(Map.of(RegisterTable.DISTRIBUTIONS, 1L), computed.unattributedRecords());
        // The area of a distribution outside P is seen, with nothing in it.
        assertEquals(0, value(computed, lone, Indicator.CYP_DISTRIBUTIONS), EXACT);
        assertEquals(0, value(computed, V1, Indicator.CYP_CONDOM), EXACT);
    }

    @Test
    void test_twoEqualRows_areTwoDistributions() {
        Distribution pills = toWoman("W1", ContraceptiveMethod.ORAL_PILL, 15, LocalDate.of(2009, 1, 1));
        Register register = Register.builder().add(woman("W1", V1)).add(pills).add(pills).build();
        assertEquals(2.0, value(Indicators.compute(register, SY), V1, Indicator.CYP_ORAL_PILL), EXACT);
    }

    @Test
    void test_totalIsTheSumOfItsParts_andOfItsMethods_overRandomRegisters() {
        Theories.qt().forAll(CountyRegisters.seeds()).checkAssert(seed -> {
            ComputedIndicators computed = Indicators.compute(CountyRegisters.register(seed), CountyRegisters.PERIOD);
            for (AreaCode area : computed.areas()) {
                double total = value(computed, area, Indicator.CYP);
                double parts = value(computed, area, Indicator.CYP_PROCEDURES) + value(computed, area, Indicator.CYP_DISTRIBUTIONS);
                double methods = 0;
                for (Indicator i : EnumSet.range(Indicator.CYP_FEMALE_STERILIZATION, Indicator.CYP_CONDOM)) {
                    methods += value(computed, area, i);
                }
                assertEquals(total, parts, 1e-12 * Math.max(1, total));
                assertEquals(total, methods, 1e-12 * Math.max(1, total));
                assertTrue(total >= 0);
            }
        });
    }

    @Test
    void test_factors_standardAreUsaidsAsTheyApplyToChina() {
        CypFactors standard = CypFactors.standard();
        assertEquals(4.6, standard.value(CypFactors.Factor.IUD_INSERTION));
        assertEquals(3.2, standard.value(CypFactors.Factor.IMPLANT_INSERTION));
        assertEquals(10.3, standard.value(CypFactors.Factor.FEMALE_STERILIZATION));
        assertEquals(10.3, standard.value(CypFactors.Factor.MALE_STERILIZATION));
        assertEquals(15, standard.value(CypFactors.Factor.ORAL_PILL));
        assertEquals(4, standard.value(CypFactors.Factor.INJECTABLE));
        assertEquals(120, standard.value(CypFactors.Factor.CONDOM));
        assertTrue(standard.isStandard());
        assertEquals(standard, CypFactors.builder().build());
        assertEquals("iud=4.6, female_sterilization=10.3, male_sterilization=10.3, implant=3.2, oral_pill=15, condom=120, injectable=4",
                standard.toString());
        assertEquals("", standard.differences());
        assertEquals(IndicatorCalculator.standard().cypFactors(), standard);
    }

    @Test
    void test_factors_setByCode_differences_andRejections() {
        CypFactors global = CypFactors.builder().set(Map.of("female_sterilization", 10.0,
                " MALE_STERILIZATION ", 10.0)).build();
        assertEquals(CypFactors.builder().sterilization(10).build(), global);
        assertFalse(global.isStandard());
        assertEquals("female_sterilization=10, male_sterilization=10", global.differences());
        assertEquals(global, global.toBuilder().build());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> CypFactors.Factor.parse("vasectomy"));
        assertEquals("unknown CYP factor 'vasectomy': the factors are iud, female_sterilization, male_sterilization, implant, "
                + "oral_pill, condom, injectable", unknown.getMessage());
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CypFactors.builder().condomsPerCyp(bad));
            assertTrue(e.getMessage().startsWith("CYP factor condom must be a finite number above 0"), e.getMessage());
        }
    }

    @Test
    void test_factors_eachSetterSetsItsOwnFactor_chained() {
        CypFactors all = CypFactors.builder().iudInsertion(1).implantInsertion(2).femaleSterilization(3).maleSterilization(4)
                .oralPillCyclesPerCyp(5).injectableDosesPerCyp(6).condomsPerCyp(7).build();
        assertEquals("iud=1, female_sterilization=3, male_sterilization=4, implant=2, oral_pill=5, condom=7, injectable=6",
                all.toString());
        assertEquals(all.toString(), all.differences());
        assertEquals(all, CypFactors.builder().set(Map.of("iud", 1.0, "implant", 2.0, "female_sterilization", 3.0,
                "male_sterilization", 4.0, "oral_pill", 5.0, "injectable", 6.0, "condom", 7.0)).build());
        assertEquals(all.hashCode(), all.toBuilder().build().hashCode());
        assertNotEquals(CypFactors.standard().hashCode(), all.hashCode());
        // Whole numbers print as such up to 10^15, beyond in Java's form.
        assertEquals("condom=100000000000000", CypFactors.builder().condomsPerCyp(1e14).build().differences());
        assertEquals("condom=1.0E15", CypFactors.builder().condomsPerCyp(1e15).build().differences());
    }

    @Test
    void test_factors_describeTheirCountAndHowItConverts() {
        for (CypFactors.Factor f : CypFactors.Factor.values()) {
            assertEquals(f, CypFactors.Factor.parse(f.code()));
            assertEquals(f.standardValue(), CypFactors.standard().value(f));
            // Procedures are multiplied by CYP per procedure; commodities divided by units per CYP.
            assertEquals(f.count().name().startsWith("PROC_"), f.isPerUnit(), f.code());
        }
        assertEquals(Count.PROC_IMPLANT_INSERTION, CypFactors.Factor.IMPLANT_INSERTION.count());
        assertEquals(Count.DISTRIBUTED_CONDOM, CypFactors.Factor.CONDOM.count());
        assertEquals("oral_pill", CypFactors.Factor.ORAL_PILL.code());
        assertEquals(10.3, CypFactors.Factor.MALE_STERILIZATION.standardValue());
    }

    @Test
    void test_coupleYearsOfATally_onlyForCypIndicators() {
        AreaTally tally = AreaTally.builder().add(Count.PROC_IUD_INSERTION, 2).add(Count.DISTRIBUTED_CONDOM, 60).build();
        assertEquals(9.2 + 0.5, tally.coupleYears(Indicator.CYP, CypFactors.standard()), EXACT);
        assertThrows(IllegalArgumentException.class, () -> tally.coupleYears(Indicator.PROC_IUD_INSERTION, CypFactors.standard()));
        assertThrows(IllegalArgumentException.class, () -> tally.rate(Indicator.CYP));
        assertThrows(IllegalArgumentException.class, () -> Formula.coupleYears(CountSum.of(Count.PROC_IUD_REMOVAL)));
        assertThrows(IllegalArgumentException.class, () -> Count.distributed(ContraceptiveMethod.IUD));
    }
}
