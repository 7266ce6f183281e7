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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of every family, with the edge cases of the indicator contract. Period 2009SY. */
class FamilyExamplesTest {
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");
    private static final AreaCode COUNTY = AreaCode.of("990101000000");
    private static final AreaCode T1 = AreaCode.of("990101001000");
    private static final AreaCode V1 = AreaCode.of("990101001001");
    private static final AreaCode V2 = AreaCode.of("990101001002");

    private static Woman woman(String id, AreaCode area, String born, MaritalStatus status) {
        return Woman.builder().id(id).areaCode(area).birthDate(LocalDate.parse(born)).maritalStatus(status).build();
    }

    private static Woman married(String id, String born) {
        return woman(id, V1, born, MaritalStatus.MARRIED);
    }

    private static Birth live(String id, String mother, String date, Sex sex, int order) {
        return Birth.builder().id(id).motherId(mother).birthDate(LocalDate.parse(date)).sex(sex).birthOrder(order).build();
    }

    private static ContraceptiveEpisode episode(String woman, ContraceptiveMethod method, String start, String end) {
        ContraceptiveEpisode.Builder b = ContraceptiveEpisode.builder().womanId(woman).method(method).startDate(LocalDate.parse(start));
        if (end != null) {
            b.endDate(LocalDate.parse(end));
        }
        return b.build();
    }

    private static IndicatorResult result(ComputedIndicators c, AreaCode area, Indicator indicator) {
        return c.result(area, indicator).orElseThrow(() -> new AssertionError(area + " " + indicator + " missing"));
    }

    private static long count(ComputedIndicators c, AreaCode area, Indicator indicator) {
        return result(c, area, indicator).numerator().getAsLong();
    }

    private static double value(ComputedIndicators c, AreaCode area, Indicator indicator) {
        return result(c, area, indicator).value().getAsDouble();
    }

    @Test
    void test_women_turning15Or50OnTheFirstOrLastDay_and29FebruaryBirthdays() {
        Register register = Register.builder()
                .add(woman("A", V1, "1993-10-01", MaritalStatus.UNMARRIED)) // 15 on the first day
                .add(woman("B", V1, "1959-09-30", MaritalStatus.MARRIED))   // 50 on the last day
                .add(woman("C", V1, "1994-09-30", MaritalStatus.UNMARRIED)) // 15 on the last day
                .add(woman("D", V1, "1964-02-29", MaritalStatus.REMARRIED)) // 45 on 2009-03-01
                .withTable(RegisterTable.BIRTHS).build();
        ComputedIndicators c = Indicators.compute(register, SY, AreaLevel.VILLAGE);
        assertEquals(3, count(c, V1, Indicator.WRA));
        assertEquals(1, count(c, V1, Indicator.MARRIED_WRA));
        assertEquals(1, count(c, V1, Indicator.PARITY_0));
        assertEquals((365 + 1) / 365.25, result(c, V1, Indicator.ASFR_15_19).denominator().getAsDouble());
        assertEquals(151 / 365.25, result(c, V1, Indicator.ASFR_40_44).denominator().getAsDouble());
        assertEquals((364 + 214) / 365.25, result(c, V1, Indicator.ASFR_45_49).denominator().getAsDouble());
        assertEquals((366 + 151 + 364 + 214) / 365.25, result(c, V1, Indicator.GFR).denominator().getAsDouble());
        assertEquals(0.0, result(c, V1, Indicator.ASFR_20_24).denominator().getAsDouble());
        assertTrue(result(c, V1, Indicator.ASFR_20_24).value().isEmpty());
        assertTrue(result(c, V1, Indicator.TFR).value().isEmpty(), "no woman-years at 20–39");

        // Born 29 February: 15 only on 1 March in the common year 2011.
        Register leapling = Register.builder().add(woman("E", V1, "1996-02-29", MaritalStatus.UNMARRIED))
                .withTable(RegisterTable.BIRTHS).build();
        assertEquals(0, count(Indicators.compute(leapling, ReportingPeriod.parse("2011-02"), AreaLevel.VILLAGE), V1, Indicator.WRA));
        assertEquals(1, count(Indicators.compute(leapling, ReportingPeriod.parse("2011-03"), AreaLevel.VILLAGE), V1, Indicator.WRA));
        assertEquals(31 / 365.25, result(Indicators.compute(leapling, ReportingPeriod.parse("2011-03"), AreaLevel.VILLAGE),
                V1, Indicator.ASFR_15_19).denominator().getAsDouble());
    }

    @Test
    void test_villageCodedDirectlyUnderItsCounty_skipsTheTownshipLevel() {
        AreaCode direct = AreaCode.of("990101000007");
        Register register = Register.builder()
                .add(married("M1", "1980-01-01"))
                .add(woman("M2", direct, "1982-03-03", MaritalStatus.MARRIED))
                .add(live("B1", "M1", "2009-01-01", Sex.MALE, 1))
                .add(live("B2", "M2", "2009-02-02", Sex.FEMALE, 1))
                .add(PopulationCount.builder().areaCode(V1).period(SY).averagePopulation(500).build())
                .add(PopulationCount.builder().areaCode(direct).period(SY).averagePopulation(300).build())
                .build();
        ComputedIndicators townships = Indicators.compute(register, SY, AreaLevel.TOWNSHIP);
        assertEquals(List.of(T1), townships.results().stream().map(IndicatorResult::area).distinct().collect(Collectors.toList()));
        ComputedIndicators counties = Indicators.compute(register, SY, AreaLevel.COUNTY);
        assertEquals(2, count(counties, COUNTY, Indicator.LIVE_BIRTHS));
        assertEquals(800.0, result(counties, COUNTY, Indicator.CBR).denominator().getAsDouble());
        assertEquals(1, count(Indicators.compute(register, SY, AreaLevel.VILLAGE), direct, Indicator.LIVE_BIRTHS));
    }

    private static Register births() {
        return Register.builder()
                .add(Area.of(V1, "一村")).add(Area.of(V2, "二村")).add(Area.of(T1, "一乡")).add(Area.of(COUNTY, "县"))
                .add(married("M1", "1980-01-01"))
                .add(married("M2", "1985-05-05"))
                .add(married("M3", "1970-06-15"))
                .add(woman("M4", V2, "1985-01-01", MaritalStatus.MARRIED))
                .add(Birth.builder().from(live("B1", "M1", "2008-10-01", Sex.FEMALE, 1)).policy(PolicyStatus.IN).build())
                .add(Birth.builder().from(live("B2", "M1", "2009-09-30", Sex.MALE, 2)).policy(PolicyStatus.OUT).build())
                .add(live("B3", "M2", "2008-09-30", Sex.MALE, 1))
                .add(Birth.builder().id("B4").motherId("M2").birthDate(LocalDate.parse("2009-05-01")).sex(Sex.MALE)
                        .outcome(BirthOutcome.STILLBIRTH).build())
                .add(live("B5", "M2", "2009-10-01", Sex.FEMALE, 2))
                .add(live("B6", "M3", "1995-01-01", Sex.FEMALE, 1))
                .add(live("B7", "M3", "1998-01-01", Sex.FEMALE, 2))
                .add(Birth.builder().from(live("B8", "M3", "2009-06-01", Sex.MALE, 3)).policy(PolicyStatus.IN).build())
                .add(live("B9", "M4", "2009-03-01", Sex.MALE, 1))
                .add(Death.builder().id("D1").areaCode(V1).deathDate(LocalDate.parse("2009-04-30")).build())
                .add(Death.builder().id("D2").areaCode(V1).deathDate(LocalDate.parse("2009-10-25")).build())
                .add(PopulationCount.builder().areaCode(V1).period(SY).averagePopulation(1000).build())
                .build();
    }

    @Test
    void test_vitalEvents_birthsOnTheFirstAndLastDayAndJustOutside() {
        ComputedIndicators c = Indicators.compute(births(), SY, AreaLevel.VILLAGE);
        assertEquals(3, count(c, V1, Indicator.LIVE_BIRTHS));
        assertEquals(1, count(c, V1, Indicator.DEATHS));
        assertEquals(3.0, value(c, V1, Indicator.CBR), 1e-12);
        assertEquals(1.0, value(c, V1, Indicator.CDR), 1e-12);
        assertEquals(2.0, value(c, V1, Indicator.NIR), 1e-12);
        assertEquals(1000.0, result(c, V1, Indicator.CBR).denominator().getAsDouble());
        assertTrue(result(c, V1, Indicator.NIR).ciLow().isEmpty());
        // V2 has no population row and no child with one: its crude rates are undefined.
        IndicatorResult cbr2 = result(c, V2, Indicator.CBR);
        assertEquals(1, cbr2.numerator().getAsLong());
        assertTrue(cbr2.denominator().isEmpty() && cbr2.value().isEmpty() && cbr2.ciLow().isEmpty());
        assertEquals("二村", cbr2.areaName().orElseThrow());
    }

    @Test
    void test_birthStructure_andAVillageWithoutFemaleBirths() {
        ComputedIndicators c = Indicators.compute(births(), SY, AreaLevel.VILLAGE);
        assertEquals(200.0, value(c, V1, Indicator.SRB), 1e-12);
        assertEquals(2 / 3.0 * 100, value(c, V1, Indicator.POLICY_BIRTH_RATE), 1e-12);
        assertEquals(100 / 3.0, value(c, V1, Indicator.HIGHER_ORDER_BIRTH_SHARE), 1e-12);
        assertEquals(1, count(c, V1, Indicator.BIRTHS_ORDER_1));
        assertEquals(1, count(c, V1, Indicator.BIRTHS_ORDER_2));
        assertEquals(1, count(c, V1, Indicator.BIRTHS_ORDER_3P));
        IndicatorResult srb2 = result(c, V2, Indicator.SRB);
        assertEquals(1, srb2.numerator().getAsLong());
        assertEquals(0.0, srb2.denominator().getAsDouble());
        assertTrue(srb2.value().isEmpty() && srb2.ciLow().isEmpty() && srb2.ciHigh().isEmpty());
    }

    @Test
    void test_parity_countsLiveBirthsUpToTheReferenceDateOnly() {
        ComputedIndicators c = Indicators.compute(births(), SY, AreaLevel.VILLAGE);
        assertEquals(3, count(c, V1, Indicator.MARRIED_WRA));
        assertEquals(0, count(c, V1, Indicator.PARITY_0));
        assertEquals(1, count(c, V1, Indicator.PARITY_1)); // M2: the stillbirth and the birth after r do not count
        assertEquals(1, count(c, V1, Indicator.PARITY_2)); // M1: the birth on r counts
        assertEquals(1, count(c, V1, Indicator.PARITY_3P));
    }

    @Test
    void test_fertility_byMothersAgeAtTheBirth() {
        ComputedIndicators c = Indicators.compute(births(), SY, AreaLevel.VILLAGE);
        assertEquals(2, count(c, V1, Indicator.ASFR_25_29)); // M1 is 28 and 29
        assertEquals(1, count(c, V1, Indicator.ASFR_35_39)); // M3 is 38
        assertEquals(3, count(c, V1, Indicator.GFR));
        double days2529 = result(c, V1, Indicator.ASFR_25_29).denominator().getAsDouble() * 365.25;
        assertEquals(365.0, days2529, 1e-9); // only M1 (28–29); M2 is 23–24 and M3 38–39 all year
        assertEquals(365.0, result(c, V1, Indicator.ASFR_20_24).denominator().getAsDouble() * 365.25, 1e-9);
        // No woman of V1 lives at 15–19 in the year: ASFR_15_19, and so TFR, are undefined.
        assertTrue(result(c, V1, Indicator.ASFR_15_19).value().isEmpty());
        IndicatorResult tfr = result(c, V1, Indicator.TFR);
        assertTrue(tfr.value().isEmpty() && tfr.ciLow().isEmpty() && tfr.numerator().isEmpty() && tfr.denominator().isEmpty());
    }

    @Test
    void test_rollUp_mergesCountsAndPopulations_andAnOwnRowWins() {
        ComputedIndicators c = Indicators.compute(births(), SY);
        assertEquals(4, count(c, T1, Indicator.LIVE_BIRTHS));
        assertEquals(4, count(c, COUNTY, Indicator.LIVE_BIRTHS));
        // Only V1 has a population row: a sum over V1 alone would put V2's births over V1's people.
        assertTrue(result(c, T1, Indicator.CBR).denominator().isEmpty(), "T1's population is unknown");
        assertTrue(result(c, T1, Indicator.CBR).value().isEmpty());
        assertTrue(result(c, COUNTY, Indicator.CBR).denominator().isEmpty(), "so is the county's");
        assertEquals(300.0, value(c, T1, Indicator.SRB), 1e-12);
        Register withTownshipRow = Register.builder().add(married("X", "1980-01-01"))
                .add(PopulationCount.builder().areaCode(V1).period(ReportingPeriod.parse("2008-10-01/2009-09-30")).averagePopulation(1000).build())
                .add(PopulationCount.builder().areaCode(V2).period(SY).startPopulation(400).endPopulation(501).build())
                .add(PopulationCount.builder().areaCode(T1).period(SY).averagePopulation(3000).build())
                .add(PopulationCount.builder().areaCode(V2).period(ReportingPeriod.parse("2009")).averagePopulation(99).build())
                .withTable(RegisterTable.BIRTHS).build();
        ComputedIndicators w = Indicators.compute(withTownshipRow, SY);
        assertEquals(450.5, result(w, V2, Indicator.CBR).denominator().getAsDouble());
        assertEquals(3000.0, result(w, T1, Indicator.CBR).denominator().getAsDouble());
        assertEquals(3000.0, result(w, COUNTY, Indicator.CBR).denominator().getAsDouble());
        assertTrue(Indicators.compute(withTownshipRow, SY, AreaLevel.VILLAGE).results().stream()
                .allMatch(r -> r.area().level() == AreaLevel.VILLAGE));
    }

    @Test
    void test_contraception_severalMethodsAtOnce_andAnEpisodeEndingOnTheReferenceDate() {
        Register register = Register.builder()
                .add(married("W1", "1975-01-01")).add(married("W2", "1975-01-01")).add(married("W3", "1975-01-01"))
                .add(married("W4", "1975-01-01")).add(woman("W5", V1, "1975-01-01", MaritalStatus.UNMARRIED))
                .add(married("W6", "1975-01-01")).add(married("W7", "1975-01-01"))
                .add(episode("W1", ContraceptiveMethod.CONDOM, "2009-01-01", null))
                .add(episode("W1", ContraceptiveMethod.IUD, "2005-01-01", null))
                .add(episode("W2", ContraceptiveMethod.ORAL_PILL, "2008-01-01", "2009-09-30"))
                .add(episode("W3", ContraceptiveMethod.CONDOM, "2008-01-01", "2009-09-29"))
                .add(episode("W4", ContraceptiveMethod.TRADITIONAL, "2009-01-01", null))
                .add(episode("W5", ContraceptiveMethod.IUD, "2009-01-01", null))
                .add(episode("W6", ContraceptiveMethod.TRADITIONAL, "2009-01-01", null))
                .add(episode("W6", ContraceptiveMethod.FEMALE_STERILIZATION, "2000-01-01", null))
                .add(episode("W7", ContraceptiveMethod.IMPLANT, "2009-10-01", null))
                .build();
        ComputedIndicators c = Indicators.compute(register, SY, AreaLevel.VILLAGE);
        assertEquals(6, count(c, V1, Indicator.MARRIED_WRA));
        assertEquals(4, count(c, V1, Indicator.CPR));
        assertEquals(400 / 6.0, value(c, V1, Indicator.CPR), 1e-12);
        assertEquals(3, count(c, V1, Indicator.MCPR));
        assertEquals(50.0, value(c, V1, Indicator.LONG_ACTING_SHARE), 1e-12);
        assertEquals(4.0, result(c, V1, Indicator.LONG_ACTING_SHARE).denominator().getAsDouble());
        assertEquals(1, count(c, V1, Indicator.USERS_IUD));
        assertEquals(1, count(c, V1, Indicator.USERS_ORAL_PILL));
        assertEquals(1, count(c, V1, Indicator.USERS_TRADITIONAL));
        assertEquals(1, count(c, V1, Indicator.USERS_FEMALE_STERILIZATION));
        assertEquals(0, count(c, V1, Indicator.USERS_CONDOM));
        assertEquals(0, count(c, V1, Indicator.USERS_IMPLANT));
        assertFalse(c.unavailable().contains(Indicator.CPR));
        assertTrue(c.unavailable().contains(Indicator.LIVE_BIRTHS));
    }

    @Test
    void test_procedures_inThePeriodOnly() {
        Register register = Register.builder().add(married("W", "1980-01-01"))
                .add(Procedure.of("W", ProcedureType.IUD_INSERTION, LocalDate.parse("2008-10-01")))
                .add(Procedure.of("W", ProcedureType.IUD_INSERTION, LocalDate.parse("2009-09-30")))
                .add(Procedure.of("W", ProcedureType.IUD_INSERTION, LocalDate.parse("2009-10-01")))
                .add(Procedure.of("W", ProcedureType.FEMALE_STERILIZATION, LocalDate.parse("2009-02-01")))
                .build();
        ComputedIndicators c = Indicators.compute(register, SY, AreaLevel.COUNTY);
        assertEquals(2, count(c, COUNTY, Indicator.PROC_IUD_INSERTION));
        assertEquals(1, count(c, COUNTY, Indicator.PROC_FEMALE_STERILIZATION));
        assertEquals(0, count(c, COUNTY, Indicator.PROC_IUD_REMOVAL));
        assertEquals(1, c.results().stream().map(IndicatorResult::area).distinct().count());
    }

    private static Pregnancy pregnancy(String id, String start, Boolean planned, PregnancyOutcome outcome, String end) {
        Pregnancy.Builder b = Pregnancy.builder().id(id).womanId("W").startDate(LocalDate.parse(start)).outcome(outcome);
        if (planned != null) {
            b.planned(planned);
        }
        if (end != null) {
            b.outcomeDate(LocalDate.parse(end));
        }
        return b.build();
    }

    @Test
    void test_pregnancies_currentOnTheReferenceDate_unplannedAndOutcomes() {
        Register register = Register.builder().add(married("W", "1980-01-01"))
                .add(pregnancy("P1", "2009-09-30", false, PregnancyOutcome.ONGOING, null))
                .add(pregnancy("P2", "2009-01-01", true, PregnancyOutcome.LIVE_BIRTH, "2009-10-05"))
                .add(pregnancy("P3", "2008-12-01", null, PregnancyOutcome.MISCARRIAGE, "2009-02-01"))
                .add(pregnancy("P4", "2009-10-01", false, PregnancyOutcome.ONGOING, null))
                .add(pregnancy("P5", "2009-06-01", false, PregnancyOutcome.INDUCED_ABORTION, "2009-09-30"))
                .build();
        ComputedIndicators c = Indicators.compute(register, SY, AreaLevel.VILLAGE);
        assertEquals(2, count(c, V1, Indicator.CURRENT_PREGNANCIES));
        assertEquals(2, count(c, V1, Indicator.UNPLANNED_PREGNANCY_SHARE));
        assertEquals(3.0, result(c, V1, Indicator.UNPLANNED_PREGNANCY_SHARE).denominator().getAsDouble());
        assertEquals(1, count(c, V1, Indicator.OUTCOME_MISCARRIAGE));
        assertEquals(1, count(c, V1, Indicator.OUTCOME_INDUCED_ABORTION));
        assertEquals(0, count(c, V1, Indicator.OUTCOME_LIVE_BIRTH));
    }

    @Test
    void test_healthChecks_marriedWraCheckedInThePeriod() {
        Register register = Register.builder()
                .add(married("X1", "1980-01-01")).add(married("X2", "1980-01-01")).add(married("X3", "1980-01-01"))
                .add(married("X4", "1980-01-01")).add(woman("X5", V1, "1980-01-01", MaritalStatus.DIVORCED))
                .add(HealthCheck.of("X1", HealthCheckKind.IUD_CHECK, LocalDate.parse("2009-09-30")))
                .add(HealthCheck.of("X2", HealthCheckKind.PRE_PREGNANCY, LocalDate.parse("2009-01-01")))
                .add(HealthCheck.of("X3", HealthCheckKind.DISEASE_CHECK, LocalDate.parse("2009-10-01")))
                .add(HealthCheck.of("X4", HealthCheckKind.PREGNANCY_CHECK, LocalDate.parse("2008-10-01")))
                .add(HealthCheck.of("X4", HealthCheckKind.DISEASE_CHECK, LocalDate.parse("2009-03-01")))
                .add(HealthCheck.of("X5", HealthCheckKind.IUD_CHECK, LocalDate.parse("2009-03-01")))
                .build();
        ComputedIndicators c = Indicators.compute(register, SY, AreaLevel.VILLAGE);
        assertEquals(2, count(c, V1, Indicator.HEALTH_CHECK_COVERAGE));
        assertEquals(4.0, result(c, V1, Indicator.HEALTH_CHECK_COVERAGE).denominator().getAsDouble());
        assertEquals(50.0, value(c, V1, Indicator.HEALTH_CHECK_COVERAGE), 1e-12);
    }

    @Test
    void test_households_byLiveBornChildrenUpToTheReferenceDate() {
        Register.Builder b = Register.builder();
        String[][] women = {{"A", "H1"}, {"B", "H2"}, {"C", "H2"}, {"D", "H3"}, {"E", "H4"}, {"F", "H5"}};
        for (String[] w : women) {
            b.add(Woman.builder().from(married(w[0], "1975-01-01")).householdId(w[1]).build());
        }
        b.add(live("A1", "A", "2000-01-01", Sex.MALE, 1))
                .add(live("B1", "B", "2000-01-01", Sex.FEMALE, 1))
                .add(live("C1", "C", "2002-01-01", Sex.FEMALE, 1))
                .add(live("D1", "D", "2000-01-01", Sex.FEMALE, 1))
                .add(live("D2", "D", "2009-10-02", Sex.MALE, 2))
                .add(Birth.builder().id("E1").motherId("E").birthDate(LocalDate.parse("1999-01-01")).sex(Sex.FEMALE)
                        .outcome(BirthOutcome.STILLBIRTH).build())
                .add(live("E2", "E", "2001-01-01", Sex.MALE, 1))
                .add(live("F1", "F", "1996-01-01", Sex.FEMALE, 1))
                .add(live("F2", "F", "1998-01-01", Sex.FEMALE, 2))
                .add(live("F3", "F", "2001-01-01", Sex.FEMALE, 3));
        for (int h = 1; h <= 5; h++) {
            b.add(Household.builder().id("H" + h).areaCode(h == 5 ? V2 : V1).build());
        }
        b.add(Household.builder().id("H6").areaCode(V2).build());
        ComputedIndicators c = Indicators.compute(b.build(), SY, AreaLevel.VILLAGE);
        assertEquals(3, count(c, V1, Indicator.ONE_CHILD_HOUSEHOLDS)); // H1, H3 (second child after r), H4 (one stillbirth)
        assertEquals(2, count(c, V1, Indicator.ONLY_SON_HOUSEHOLDS));
        assertEquals(1, count(c, V1, Indicator.TWO_DAUGHTER_HOUSEHOLDS)); // H2: two women, a daughter each
        assertEquals(0, count(c, V2, Indicator.ONE_CHILD_HOUSEHOLDS) + count(c, V2, Indicator.TWO_DAUGHTER_HOUSEHOLDS));
    }

    @Test
    void test_absentTablesAreNotAvailable_andUnknownMothersAreCounted() {
        Register register = Register.builder().add(married("M", "1980-01-01"))
                .add(live("B1", "M", "2009-01-01", Sex.MALE, 1))
                .add(live("B2", "NOBODY", "2009-01-01", Sex.MALE, 1))
                .build();
        ComputedIndicators c = Indicators.compute(register, SY, AreaLevel.VILLAGE);
        assertEquals(1, count(c, V1, Indicator.LIVE_BIRTHS));
        assertEquals(Map.of(RegisterTable.BIRTHS, 1L), c.unattributedRecords());
        assertTrue(c.unavailable().containsAll(java.util.List.of(Indicator.DEATHS, Indicator.CBR, Indicator.CDR,
                Indicator.NIR, Indicator.CPR, Indicator.USERS_IUD, Indicator.PROC_IUD_INSERTION,
                Indicator.CURRENT_PREGNANCIES, Indicator.HEALTH_CHECK_COVERAGE, Indicator.ONE_CHILD_HOUSEHOLDS)));
        assertFalse(c.unavailable().contains(Indicator.TFR));
        assertTrue(c.result(V1, Indicator.DEATHS).isEmpty());
        assertTrue(c.results().stream().noneMatch(r -> c.unavailable().contains(r.indicator())));
    }

    @Test
    void test_calculator_subsetAndLevel() {
        IndicatorCalculator calculator = IndicatorCalculator.builder().confidenceLevel(0.5)
                .indicators(java.util.List.of(Indicator.SRB)).levels(java.util.EnumSet.of(AreaLevel.TOWNSHIP)).build();
        ComputedIndicators c = calculator.compute(births(), SY);
        assertEquals(1, c.results().size());
        IndicatorResult srb = c.results().get(0);
        assertEquals(T1, srb.area());
        ConfidenceInterval ci50 = Rate.of(Indicator.SRB, 3, 1).interval(0.5).orElseThrow();
        assertEquals(ci50.low(), srb.ciLow().getAsDouble());
        assertEquals(ci50.high(), srb.ciHigh().getAsDouble());
        assertEquals(0.5, srb.confidenceLevel().getAsDouble(), "the interval keeps its level");
    }

    @Test
    void test_result_confidenceLevelOnlyWithAnInterval_strictlyBetween0And1() {
        IndicatorResult.Builder srb = IndicatorResult.builder().area(T1).period(SY).indicator(Indicator.SRB).numerator(3)
                .denominator(1).value(300);
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class, () -> srb.confidenceLevel(0.95).build());
        assertEquals("confidenceLevel 0.95 is given without an interval", alone.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> srb.ciLow(1).ciHigh(2).confidenceLevel(1).build());
        assertEquals("confidence level must be strictly between 0 and 1: 1.0", one.getMessage());
    }
}
