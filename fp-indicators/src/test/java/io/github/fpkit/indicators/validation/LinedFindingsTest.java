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
package io.github.fpkit.indicators.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.testing.LinedSource;
import io.github.fpkit.indicators.testing.StreamingSource;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the streaming validator over a source that numbers its rows: the finding,
 * and the line it names ({@link LinedSource}: the k-th record of a table starts on line
 * 2 + 2k).
 */
class LinedFindingsTest {
    private static final AreaCode COUNTY = AreaCode.of("990101000000");
    private static final AreaCode TOWNSHIP = AreaCode.of("990101001000");
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");
    private static final AreaCode ELSEWHERE = AreaCode.of("990101001009");
    private static final LocalDate BORN = LocalDate.of(1980, 1, 1);

    private static Woman.Builder woman(String id) {
        return Woman.builder().id(id).areaCode(VILLAGE).birthDate(BORN).maritalStatus(MaritalStatus.MARRIED);
    }

    private static Birth live(String id, String mother, String date, int order) {
        return Birth.builder().id(id).motherId(mother).birthDate(LocalDate.parse(date)).sex(Sex.FEMALE).birthOrder(order).build();
    }

    /** The areas.csv of the village, its township and county. */
    private static Register.Builder areas() {
        return Register.builder().add(Area.of(COUNTY, "县")).add(Area.of(TOWNSHIP, "乡")).add(Area.of(VILLAGE, "村"));
    }

    private static List<Finding> found(Register register, String rule) {
        return RegisterValidator.validate(new LinedSource(register)).stream().filter(f -> f.rule().equals(rule))
                .collect(Collectors.toList());
    }

    private static Finding only(Register register, String rule) {
        List<Finding> all = RegisterValidator.validate(new LinedSource(register));
        assertEquals(1, all.size(), all.toString());
        assertEquals(rule, all.get(0).rule());
        return all.get(0);
    }

    private static long line(int k) {
        return LinedSource.lineOf(k);
    }

    @Test
    void consistentRegister_hasNoFinding() {
        Register register = areas().add(woman("W").householdId("H").build()).add(Household.builder().id("H").areaCode(VILLAGE).build())
                .add(live("B1", "W", "2005-01-01", 1)).add(live("B2", "W", "2007-01-01", 2)).build();
        assertEquals(List.of(), RegisterValidator.validate(new LinedSource(register)));
    }

    @Test
    void householdThatHouseholdsLacks_atTheWomansRow() {
        Register register = Register.builder().add(woman("W1").householdId("H1").build()).add(woman("W2").householdId("H2").build())
                .add(Household.builder().id("H1").areaCode(VILLAGE).build()).build();
        Finding f = only(register, "REF_UNKNOWN_HOUSEHOLD");
        assertEquals("W2", f.recordId());
        assertEquals("H2", f.value().orElseThrow());
        assertEquals(line(1), f.line().getAsLong());
        assertEquals("household_id H2 is not in households.csv", f.message());
    }

    @Test
    void householdWithoutHouseholdsTable_isNotChecked() {
        assertEquals(List.of(), RegisterValidator.validate(new LinedSource(Register.builder().add(woman("W1").householdId("H1").build())
                .build())));
    }

    @Test
    void areaWhoseTownshipIsMissing_atItsRow_namingTheTownship() {
        Register register = Register.builder().add(Area.of(COUNTY, "县")).add(Area.of(VILLAGE, "村")).add(woman("W").build()).build();
        Finding f = only(register, "REF_UNKNOWN_PARENT_AREA");
        assertEquals(RegisterTable.AREAS, f.table());
        assertEquals("990101001001", f.recordId());
        assertEquals("990101001000", f.value().orElseThrow());
        assertEquals(line(1), f.line().getAsLong());
    }

    @Test
    void unknownAreaOfPopulationWomenHouseholdsAndDeaths_atTheirRows() {
        ReportingPeriod sy = ReportingPeriod.parse("2009SY");
        Register register = areas()
                .add(PopulationCount.builder().areaCode(VILLAGE).period(sy).averagePopulation(300).build())
                .add(PopulationCount.builder().areaCode(ELSEWHERE).period(sy).averagePopulation(300).build())
                .add(woman("W1").build()).add(woman("W2").areaCode(ELSEWHERE).build())
                .add(Household.builder().id("H1").areaCode(ELSEWHERE).build())
                .add(Death.builder().id("D1").areaCode(VILLAGE).deathDate(LocalDate.of(2009, 1, 1)).build())
                .add(Death.builder().id("D2").areaCode(ELSEWHERE).deathDate(LocalDate.of(2009, 1, 1)).build())
                .build();
        List<Finding> unknown = found(register, "REF_UNKNOWN_AREA");
        assertEquals(List.of("population 990101001009 " + line(1), "households H1 " + line(0), "women W2 " + line(1),
                "deaths D2 " + line(1)), unknown.stream().map(f -> f.table() + " " + f.recordId() + " " + f.line().getAsLong())
                        .collect(Collectors.toList()));
    }

    @Test
    void repeatedIds_atTheRepeatingRow_withTheFirstRowsLine() {
        Register register = Register.builder().add(woman("W1").build()).add(woman("W2").build()).add(woman("W1").build())
                .add(Household.builder().id("H1").areaCode(VILLAGE).build()).add(Household.builder().id("H1").areaCode(VILLAGE).build())
                .add(Area.of(COUNTY, "县")).add(Area.of(COUNTY, "又一县"))
                .add(PopulationCount.builder().areaCode(COUNTY).period(ReportingPeriod.parse("2009SY")).averagePopulation(1).build())
                .add(PopulationCount.builder().areaCode(COUNTY).period(ReportingPeriod.parse("2008-10-01/2009-09-30"))
                        .averagePopulation(2).build())
                .build();
        List<String> repeats = RegisterValidator.validate(new LinedSource(register)).stream()
                .filter(f -> f.rule().startsWith("REF_DUPLICATE")).map(f -> f.table() + " " + f.line().getAsLong() + " " + f.message())
                .collect(Collectors.toList());
        assertEquals(List.of(
                "areas " + line(1) + " code 990101000000 appears more than once in areas.csv (first on line " + line(0) + ")",
                "population " + line(1) + " area 990101000000 has more than one population row for 2009SY (2008-10-01/2009-09-30); "
                        + "indicators would add them (first on line " + line(0) + ")",
                "households " + line(1) + " id H1 appears more than once in households.csv (first on line " + line(0) + ")",
                "women " + line(2) + " id W1 appears more than once in women.csv (first on line " + line(0) + ")"), repeats);
    }

    @Test
    void repeatedIdsOfEvents_onlyForAnInMemoryRegister() {
        Register register = Register.builder().add(woman("W").build()).add(live("B1", "W", "2005-01-01", 1))
                .add(live("B1", "W", "2007-01-01", 2)).build();
        assertEquals(List.of(), RegisterValidator.validate(new StreamingSource(register, false)));
        assertEquals(List.of("REF_DUPLICATE_ID"), RegisterValidator.validate(register).stream().map(Finding::rule)
                .collect(Collectors.toList()));
    }

    /** Issue 17: a row that repeats a woman's id and has another woman's number. */
    @Test
    void residentNumberOfAnotherWoman_onARowThatRepeatsAnId_atThatRow() {
        ResidentId first = ResidentId.of("990101", BORN, 2);
        ResidentId second = ResidentId.of("990101", BORN, 4);
        Register register = Register.builder().add(woman("W1").residentId(first).build()).add(woman("W2").residentId(second).build())
                .add(woman("W1").residentId(second).build()).build();
        Finding f = found(register, "REF_DUPLICATE_RESIDENT_ID").get(0);
        assertEquals("W1", f.recordId());
        assertEquals(line(2), f.line().getAsLong(), "the row that repeats the number, not W1's first row");
        assertEquals("women W2 and W1 have the same resident_id " + second + "; one person cannot be two women of the register"
                + " (first on line " + line(1) + ")", f.message());
        assertTrue(!f.toString().contains(second.fullNumber()), f.toString());
    }

    @Test
    void eventsOfUnknownWomen_atTheirRows() {
        Register register = Register.builder().add(woman("W").build())
                .add(live("B1", "W", "2005-01-01", 1)).add(live("B2", "X", "2005-01-01", 1))
                .add(ContraceptiveEpisode.builder().womanId("X").method(ContraceptiveMethod.IUD).startDate(BORN.plusYears(20)).build())
                .add(Pregnancy.builder().id("P1").womanId("X").startDate(BORN.plusYears(20)).build())
                .add(Procedure.of("W", ProcedureType.IUD_INSERTION, BORN.plusYears(20)))
                .add(Procedure.of("X", ProcedureType.IUD_INSERTION, BORN.plusYears(20)))
                .add(HealthCheck.of("X", HealthCheckKind.IUD_CHECK, BORN.plusYears(20)))
                .build();
        assertEquals(List.of("contraception X " + line(0), "procedures X " + line(1), "births B2 " + line(1),
                "pregnancies P1 " + line(0), "health_checks X " + line(0)), found(register, "REF_UNKNOWN_WOMAN").stream()
                        .map(f -> f.table() + " " + f.recordId() + " " + f.line().getAsLong()).collect(Collectors.toList()));
    }

    @Test
    void motherAgeAndSterilisation_atTheBirthsRow() {
        Register register = Register.builder().add(woman("W").build())
                .add(Procedure.of("W", ProcedureType.FEMALE_STERILIZATION, LocalDate.parse("2004-01-01")))
                .add(live("B1", "W", "2003-01-01", 1)).add(live("B2", "W", "2005-01-01", 2))
                .add(live("B3", "W", "2041-01-02", 3)).build();
        assertEquals(List.of("B2 " + line(1), "B3 " + line(2)), found(register, "PLAUSIBILITY_BIRTH_AFTER_STERILIZATION").stream()
                .map(f -> f.recordId() + " " + f.line().getAsLong()).collect(Collectors.toList()));
        Finding age = found(register, "REF_MOTHER_AGE").get(0);
        assertEquals("B3", age.recordId());
        assertEquals(line(2), age.line().getAsLong());
    }

    @Test
    void birthOrderAndInterval_ofBirthsOutOfDateOrder_areThoseOfTheSortedBirths_atTheirRows() {
        Register register = Register.builder().add(woman("W").build())
                .add(live("B3", "W", "2009-01-01", 3))
                .add(live("B1", "W", "2005-01-01", 1))
                .add(Birth.builder().id("S1").motherId("W").birthDate(LocalDate.parse("2005-03-01")).sex(Sex.MALE)
                        .outcome(BirthOutcome.STILLBIRTH).build())
                .add(live("B2", "W", "2009-01-01", 2))
                .build();
        // In date order: B1 (1), S1 (59 days after B1), B2 (2), B3 (3): only the interval is wrong.
        assertEquals(List.of(), found(register, "REF_BIRTH_ORDER"));
        List<Finding> interval = found(register, "PLAUSIBILITY_BIRTH_INTERVAL");
        assertEquals(List.of("S1 " + line(2)), interval.stream().map(f -> f.recordId() + " " + f.line().getAsLong())
                .collect(Collectors.toList()));
        LinedSource source = new LinedSource(Register.builder().add(woman("W").build()).add(live("B2", "W", "2009-01-01", 1))
                .add(live("B1", "W", "2005-01-01", 1)).build());
        Finding order = RegisterValidator.validate(source).get(0);
        assertEquals("REF_BIRTH_ORDER", order.rule());
        assertEquals("B2", order.recordId());
        assertEquals(line(0), order.line().getAsLong());
        assertEquals(2, source.reads().get(RegisterTable.BIRTHS), "read again for the mother whose births are out of order");
    }

    @Test
    void outcomeBeforeStartAndResidentNumberMismatch_atTheirRows() {
        Register register = Register.builder().add(woman("W").build())
                .add(woman("M").residentId(ResidentId.of("990101", BORN, 3)).build())
                .add(Pregnancy.builder().id("P1").womanId("W").startDate(LocalDate.parse("2009-05-01"))
                        .outcome(PregnancyOutcome.MISCARRIAGE).outcomeDate(LocalDate.parse("2009-04-30")).build())
                .build();
        assertEquals(line(0), found(register, "PLAUSIBILITY_OUTCOME_BEFORE_START").get(0).line().getAsLong());
        Finding man = found(register, "PLAUSIBILITY_RESIDENT_ID_MISMATCH").get(0);
        assertEquals("M", man.recordId());
        assertEquals(line(1), man.line().getAsLong());
    }

    @Test
    void sourceWithoutLines_givesFindingsWithoutLines() {
        Register register = Register.builder().add(woman("W").build()).add(live("B1", "X", "2005-01-01", 1)).build();
        Finding f = RegisterValidator.validate(new StreamingSource(register, false)).get(0);
        assertTrue(f.line().isEmpty(), f.toString());
    }
}
