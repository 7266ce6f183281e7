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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.duelist.DueList;
import io.github.fpkit.indicators.duelist.DueWoman;
import io.github.fpkit.indicators.testing.CatalogueDefinitions;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.EdgeRegisters;
import io.github.fpkit.testkit.Theories;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * HEALTH_CHECK_COVERAGE_DUE (issue 16, item 5): the coverage of the women due by hand at
 * village and township level (docs/INDICATORS.md, example F of section 6.8), the tables it
 * needs, and over registers whose dates sit on the due rules' edges: the per-woman path
 * equals the index path, the women of the due-list on the reference date are the
 * denominator, and the counts keep their bounds.
 */
class DueCoverageTest {
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");
    private static final AreaCode T1 = AreaCode.of("990101001000");
    private static final AreaCode V1 = AreaCode.of("990101001001");
    private static final AreaCode V2 = AreaCode.of("990101001002");
    private static final double EXACT = 1e-9;
    /** Wilson intervals to 4 decimals, computed by hand from section 7's formula (z = 1.959964). */
    private static final double INTERVAL = 1e-4;

    /**
     * r = 2009-09-30. V1: M1 (IUD, iud_check in P) and M2 (IUD, pregnancy_check in P) are due
     * both checks and checked; M3 (no method) is due a pregnancy check and had only an IUD
     * check; M4 (sterilised in 2005) is not due; M5's pregnancy check is before P; U1
     * (unmarried) had an IUD inserted 46 days before r and a disease check after it; U2 an
     * implant 41 days before r and an IUD check before the implant. V2: N1 is pregnant; N2 had
     * a pregnancy check on r; N3 (IUD) no check; N4 delivered 20 days before r; N5 had only a
     * pre-pregnancy check.
     */
    static Register register() {
        return Register.builder().withTable(RegisterTable.CONTRACEPTION).withTable(RegisterTable.PREGNANCIES)
                .withTable(RegisterTable.PROCEDURES).withTable(RegisterTable.HEALTH_CHECKS)
                .add(woman("M1", V1, MaritalStatus.MARRIED)).add(iud("M1")).add(check("M1", HealthCheckKind.IUD_CHECK, 2009, 3, 1))
                .add(woman("M2", V1, MaritalStatus.REMARRIED)).add(iud("M2"))
                .add(check("M2", HealthCheckKind.PREGNANCY_CHECK, 2009, 5, 1))
                .add(woman("M3", V1, MaritalStatus.MARRIED)).add(check("M3", HealthCheckKind.IUD_CHECK, 2009, 4, 1))
                .add(woman("M4", V1, MaritalStatus.MARRIED))
                .add(ContraceptiveEpisode.builder().womanId("M4").method(ContraceptiveMethod.FEMALE_STERILIZATION)
                        .startDate(LocalDate.of(2005, 6, 1)).build())
                .add(check("M4", HealthCheckKind.DISEASE_CHECK, 2009, 6, 1))
                .add(woman("M5", V1, MaritalStatus.MARRIED)).add(check("M5", HealthCheckKind.PREGNANCY_CHECK, 2008, 9, 15))
                .add(woman("U1", V1, MaritalStatus.UNMARRIED))
                .add(Procedure.of("U1", ProcedureType.IUD_INSERTION, LocalDate.of(2009, 8, 15)))
                .add(check("U1", HealthCheckKind.DISEASE_CHECK, 2009, 9, 1))
                .add(woman("U2", V1, MaritalStatus.UNMARRIED))
                .add(Procedure.of("U2", ProcedureType.IMPLANT_INSERTION, LocalDate.of(2009, 8, 20)))
                .add(check("U2", HealthCheckKind.IUD_CHECK, 2009, 8, 10))
                .add(woman("N1", V2, MaritalStatus.MARRIED))
                .add(Pregnancy.builder().id("N1P").womanId("N1").startDate(LocalDate.of(2009, 6, 1)).build())
                .add(check("N1", HealthCheckKind.PREGNANCY_CHECK, 2009, 7, 1))
                .add(woman("N2", V2, MaritalStatus.MARRIED)).add(check("N2", HealthCheckKind.PREGNANCY_CHECK, 2009, 9, 30))
                .add(woman("N3", V2, MaritalStatus.MARRIED)).add(iud("N3"))
                .add(woman("N4", V2, MaritalStatus.MARRIED))
                .add(Pregnancy.builder().id("N4P").womanId("N4").startDate(LocalDate.of(2008, 12, 10))
                        .outcome(PregnancyOutcome.LIVE_BIRTH).outcomeDate(LocalDate.of(2009, 9, 10)).build())
                .add(woman("N5", V2, MaritalStatus.MARRIED)).add(check("N5", HealthCheckKind.PRE_PREGNANCY, 2009, 7, 1))
                .build();
    }

    static Woman woman(String id, AreaCode area, MaritalStatus status) {
        return Woman.builder().id(id).areaCode(area).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(status).build();
    }

    private static ContraceptiveEpisode iud(String id) {
        return ContraceptiveEpisode.builder().womanId(id).method(ContraceptiveMethod.IUD).startDate(LocalDate.of(2005, 3, 1)).build();
    }

    private static HealthCheck check(String id, HealthCheckKind kind, int year, int month, int day) {
        return HealthCheck.of(id, kind, LocalDate.of(year, month, day));
    }

    private static IndicatorResult result(ComputedIndicators computed, AreaCode area) {
        return computed.result(area, Indicator.HEALTH_CHECK_COVERAGE_DUE).orElseThrow();
    }

    @Test
    void test_coverageOfTheWomenDue_byHand_atVillageAndTownship() {
        ComputedIndicators computed = Indicators.compute(register(), SY);
        // V1: due M1, M2, M3, M5, U1, U2; checked M1 (iud_check), M2 (pregnancy_check), U1 (after her insertion).
        IndicatorResult v1 = result(computed, V1);
        assertEquals(3, v1.numerator().getAsLong());
        assertEquals(6, v1.denominator().getAsDouble(), EXACT);
        assertEquals(50, v1.value().getAsDouble(), EXACT);
        assertEquals(18.7616, v1.ciLow().getAsDouble(), INTERVAL);
        assertEquals(81.2384, v1.ciHigh().getAsDouble(), INTERVAL);
        // V2: due N2, N3, N5; checked N2 (on r, the last day of P).
        IndicatorResult v2 = result(computed, V2);
        assertEquals(1, v2.numerator().getAsLong());
        assertEquals(3, v2.denominator().getAsDouble(), EXACT);
        assertEquals(6.1492, v2.ciLow().getAsDouble(), INTERVAL);
        assertEquals(79.2340, v2.ciHigh().getAsDouble(), INTERVAL);
        // The township adds the counts: 4 / 9, not the mean of 50 % and 33.33 %.
        IndicatorResult t1 = result(computed, T1);
        assertEquals(4, t1.numerator().getAsLong());
        assertEquals(9, t1.denominator().getAsDouble(), EXACT);
        assertEquals(100 * 4 / 9.0, t1.value().getAsDouble(), EXACT);
        assertEquals(18.8779, t1.ciLow().getAsDouble(), INTERVAL);
        assertEquals(73.3349, t1.ciHigh().getAsDouble(), INTERVAL);
        // The catalogue's coverage over the married WRA differs: M1, M2, M3, M4 (disease check), N1, N2 of 10 married.
        IndicatorResult married = computed.result(T1, Indicator.HEALTH_CHECK_COVERAGE).orElseThrow();
        assertEquals(6, married.numerator().getAsLong());
        assertEquals(10, married.denominator().getAsDouble(), EXACT);
    }

    @Test
    void test_dueList_onTheReferenceDate_isTheDenominator() {
        DueList due = DueList.of(register(), SY.referenceDate());
        assertEquals(List.of("M1", "M2", "M3", "M5", "U1", "U2"), due.byArea().get(V1).stream().map(DueWoman::id).toList());
        assertEquals(List.of("N2", "N3", "N5"), due.byArea().get(V2).stream().map(DueWoman::id).toList());
        assertEquals(9, due.size());
    }

    @Test
    void test_noWomanDue_leavesTheRateUndefined() {
        Register register = Register.builder().withTable(RegisterTable.CONTRACEPTION).withTable(RegisterTable.PREGNANCIES)
                .withTable(RegisterTable.PROCEDURES).withTable(RegisterTable.HEALTH_CHECKS)
                .add(woman("U", V1, MaritalStatus.UNMARRIED)).add(check("U", HealthCheckKind.PREGNANCY_CHECK, 2009, 5, 1)).build();
        IndicatorResult r = result(Indicators.compute(register, SY), V1);
        assertEquals(0, r.numerator().getAsLong());
        assertEquals(0, r.denominator().getAsDouble(), EXACT);
        assertFalse(r.value().isPresent());
        assertFalse(r.ciLow().isPresent());
    }

    @Test
    void test_inputTables_areTheDueRulesAndTheChecks() {
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES, RegisterTable.PROCEDURES,
                RegisterTable.HEALTH_CHECKS), Indicator.HEALTH_CHECK_COVERAGE_DUE.inputTables());
        assertEquals(IntervalMethod.WILSON_SCORE, Indicator.HEALTH_CHECK_COVERAGE_DUE.intervalMethod());
        assertEquals(IndicatorFamily.HEALTH_CHECKS, Indicator.HEALTH_CHECK_COVERAGE_DUE.family());
        assertEquals("受检率", Indicator.HEALTH_CHECK_COVERAGE_DUE.chineseName());
        // Without pregnancies.csv the pregnant women cannot be told apart: not available, never a guess.
        Register register = register();
        Register.Builder b = Register.builder().withTable(RegisterTable.CONTRACEPTION).withTable(RegisterTable.PROCEDURES)
                .withTable(RegisterTable.HEALTH_CHECKS);
        register.women().forEach(b::add);
        register.contraceptiveEpisodes().forEach(b::add);
        register.procedures().forEach(b::add);
        register.healthChecks().forEach(b::add);
        ComputedIndicators computed = Indicators.compute(b.build(), SY);
        assertTrue(computed.unavailable().contains(Indicator.HEALTH_CHECK_COVERAGE_DUE));
        assertFalse(computed.result(V1, Indicator.HEALTH_CHECK_COVERAGE_DUE).isPresent());
        assertTrue(computed.result(V1, Indicator.HEALTH_CHECK_COVERAGE).isPresent());
    }

    @Test
    void property_onTheDueRulesEdges_perWomanPathEqualsIndexPath_andTheDueListIsTheDenominator() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(EdgeRegisters.periods(), EdgeRegisters.seeds())
                .checkAssert((period, seed) -> {
                    Register register = EdgeRegisters.register(seed, period);
                    RegisterTally index = IndicatorCalculator.tally(register, period);
                    assertEquals(index, PerWomanDecompositionTest.perWoman(register, period, 1 + (int) Math.floorMod(seed, 3L),
                            new Random(seed)), period.toString());
                    Map<AreaCode, Long> listed = new HashMap<>();
                    DueList.of(register, period.referenceDate()).byArea()
                            .forEach((area, women) -> listed.put(area, (long) women.size()));
                    index.tallies(AreaLevel.VILLAGE).forEach((village, tally) ->
                            assertEquals(listed.getOrDefault(village, 0L), tally.count(Count.DUE_WOMEN), period + " " + village));
                });
    }

    /**
     * r = 2009-09-30, village V1, married women born in 1980 without a method. B1 delivered on
     * 2009-08-31 (30 days before r) and B2 on 2009-08-30 (31 days), both recorded in
     * {@code births.csv} only; B3's delivery of 2009-09-10 is in both tables; S1's stillbirth
     * is on r; A1 had an induced_abortion procedure on 2009-08-31 and A2 a mid_term_induction
     * on 2009-08-30, in {@code procedures.csv} only. B2 had a pregnancy check in P.
     */
    private static Register deliveriesAndTerminations() {
        return Register.builder().withTable(RegisterTable.CONTRACEPTION).withTable(RegisterTable.HEALTH_CHECKS)
                .add(woman("B1", V1, MaritalStatus.MARRIED)).add(birth("B1", BirthOutcome.LIVE, LocalDate.of(2009, 8, 31)))
                .add(woman("B2", V1, MaritalStatus.MARRIED)).add(birth("B2", BirthOutcome.LIVE, LocalDate.of(2009, 8, 30)))
                .add(check("B2", HealthCheckKind.PREGNANCY_CHECK, 2009, 5, 1))
                .add(woman("B3", V1, MaritalStatus.MARRIED)).add(birth("B3", BirthOutcome.LIVE, LocalDate.of(2009, 9, 10)))
                .add(Pregnancy.builder().id("B3P").womanId("B3").startDate(LocalDate.of(2008, 12, 10))
                        .outcome(PregnancyOutcome.LIVE_BIRTH).outcomeDate(LocalDate.of(2009, 9, 10)).build())
                .add(woman("S1", V1, MaritalStatus.MARRIED)).add(birth("S1", BirthOutcome.STILLBIRTH, LocalDate.of(2009, 9, 30)))
                .add(woman("A1", V1, MaritalStatus.MARRIED)).add(Procedure.of("A1", ProcedureType.INDUCED_ABORTION, LocalDate.of(2009, 8, 31)))
                .add(woman("A2", V1, MaritalStatus.MARRIED))
                .add(Procedure.of("A2", ProcedureType.MID_TERM_INDUCTION, LocalDate.of(2009, 8, 30)))
                .build();
    }

    private static Birth birth(String mother, BirthOutcome outcome, LocalDate date) {
        Birth.Builder b = Birth.builder().id(mother + "B").motherId(mother).birthDate(date).sex(Sex.MALE).outcome(outcome);
        if (outcome == BirthOutcome.LIVE) {
            b.birthOrder(1);
        }
        return b.build();
    }

    @Test
    void test_birthsAndAbortionProcedures_exemptOnEveryPath() {
        Register register = deliveriesAndTerminations();
        // By hand: B1, B3, S1 and A1 are within 30 days of a delivery or termination; B2 and A2 (31 days) are due, B2 checked.
        RegisterTally index = IndicatorCalculator.tally(register, SY);
        assertEquals(2, index.tallies(AreaLevel.VILLAGE).get(V1).count(Count.DUE_WOMEN));
        assertEquals(1, index.tallies(AreaLevel.VILLAGE).get(V1).count(Count.DUE_WOMEN_CHECKED));
        assertEquals(index, PerWomanDecompositionTest.perWoman(register, SY, 2, new Random(7)));
        for (AreaLevel level : AreaLevel.values()) {
            assertEquals(CatalogueDefinitions.tallies(register, SY, level), index.tallies(level), level.toString());
        }
        assertEquals(List.of("A2", "B2"), DueList.of(register, SY.referenceDate()).women().stream().map(DueWoman::id).toList());
        // Without births.csv the deliveries are those of pregnancies.csv: B1 and S1 are due as well, B3 is not.
        Register.Builder withoutBirths = Register.builder().withTable(RegisterTable.CONTRACEPTION).withTable(RegisterTable.HEALTH_CHECKS);
        register.women().forEach(withoutBirths::add);
        register.pregnancies().forEach(withoutBirths::add);
        register.procedures().forEach(withoutBirths::add);
        register.healthChecks().forEach(withoutBirths::add);
        Register pregnanciesOnly = withoutBirths.build();
        assertEquals(4, IndicatorCalculator.tally(pregnanciesOnly, SY).tallies(AreaLevel.VILLAGE).get(V1).count(Count.DUE_WOMEN));
        assertEquals(List.of("A2", "B1", "B2", "S1"),
                DueList.of(pregnanciesOnly, SY.referenceDate()).women().stream().map(DueWoman::id).toList());
        // HEALTH_CHECK_COVERAGE_DUE of the register with births.csv: 1 / 2.
        IndicatorResult v1 = result(Indicators.compute(register, SY), V1);
        assertEquals(50, v1.value().getAsDouble(), EXACT);
    }

    @Test
    void property_birthsAndAbortionProcedures_onlyExempt() {
        // Dropping births.csv and the abortion procedures can only add women to the list, never remove one.
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(EdgeRegisters.periods(), EdgeRegisters.seeds())
                .checkAssert((period, seed) -> {
                    Register register = EdgeRegisters.register(seed, period);
                    Register.Builder b = Register.builder().withTable(RegisterTable.CONTRACEPTION).withTable(RegisterTable.PREGNANCIES)
                            .withTable(RegisterTable.PROCEDURES).withTable(RegisterTable.HEALTH_CHECKS);
                    register.women().forEach(b::add);
                    register.contraceptiveEpisodes().forEach(b::add);
                    register.pregnancies().forEach(b::add);
                    register.procedures().filter(p -> p.type() != ProcedureType.INDUCED_ABORTION
                            && p.type() != ProcedureType.MID_TERM_INDUCTION).forEach(b::add);
                    register.healthChecks().forEach(b::add);
                    Register reduced = b.build();
                    Set<String> with = ids(DueList.of(register, period.referenceDate()));
                    Set<String> without = ids(DueList.of(reduced, period.referenceDate()));
                    assertTrue(without.containsAll(with), period + " " + with + " " + without);
                    RegisterTally reducedTally = IndicatorCalculator.tally(reduced, period);
                    assertEquals(CatalogueDefinitions.tallies(reduced, period, AreaLevel.COUNTY), reducedTally.tallies(AreaLevel.COUNTY),
                            period.toString());
                    assertEquals(without.size(), reducedTally.tallies(AreaLevel.VILLAGE).values().stream()
                            .mapToLong(t -> t.count(Count.DUE_WOMEN)).sum(), period.toString());
                });
    }

    private static Set<String> ids(DueList list) {
        return list.women().stream().map(DueWoman::id).collect(Collectors.toSet());
    }

    @Test
    void property_checkedWithinDue_withinWra() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(EdgeRegisters.periods(), EdgeRegisters.seeds())
                .checkAssert((period, seed) -> {
                    RegisterTally tally = IndicatorCalculator.tally(EdgeRegisters.register(seed, period), period);
                    for (AreaLevel level : AreaLevel.values()) {
                        tally.tallies(level).forEach((area, t) -> {
                            assertTrue(t.count(Count.DUE_WOMEN_CHECKED) <= t.count(Count.DUE_WOMEN), area.toString());
                            assertTrue(t.count(Count.DUE_WOMEN) <= t.count(Count.WRA), area.toString());
                        });
                    }
                });
    }
}
