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
package io.github.fpkit.model.register;

import static io.github.fpkit.model.testing.ModelGenerators.legacyResidentIdParts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferentialCheckTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");
    private static final AreaCode OTHER_VILLAGE = AreaCode.of("990101001002");
    private static final LocalDate MOTHER_BIRTH = LocalDate.of(1980, 6, 15);
    private static final LocalDate DAY = LocalDate.of(2009, 5, 5);

    /** Woman {@code Wn} has sequence number {@code 2n}, so that different women have different resident ids. */
    private static Woman woman(String id) {
        return woman(id, ResidentId.of("990101", MOTHER_BIRTH, 2 * Integer.parseInt(id.substring(1))));
    }

    private static Woman woman(String id, ResidentId residentId) {
        return Woman.builder().id(id).areaCode(VILLAGE).birthDate(MOTHER_BIRTH).maritalStatus(MaritalStatus.MARRIED)
                .residentId(residentId).build();
    }

    private static Birth live(String id, String mother, LocalDate date, int order) {
        return Birth.builder().id(id).motherId(mother).birthDate(date).sex(Sex.FEMALE).birthOrder(order).build();
    }

    private static Register.Builder oneWoman() {
        return Register.builder().add(woman("W1"));
    }

    /** The areas.csv rows of a village, its township and its county. */
    private static Register.Builder withVillage(Register.Builder register, AreaCode village, String name) {
        return register.add(Area.of(village.county(), "县")).add(Area.of(village.parent().orElseThrow(), "乡"))
                .add(Area.of(village, name));
    }

    private static Finding only(Register register, String rule) {
        List<Finding> findings = register.check();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(rule, findings.get(0).rule());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        return findings.get(0);
    }

    @Test
    void duplicateWomanId_isReported() {
        Finding f = only(oneWoman().add(woman("W1")).build(), "REF_DUPLICATE_ID");
        assertEquals(RegisterTable.WOMEN, f.table());
        assertEquals("W1", f.recordId());
        assertEquals("id", f.field().get());
    }

    @Test
    void residentIdOfTwoWomen_isReported_namingBothWomenAndTheMaskedNumber() {
        ResidentId number = ResidentId.parse("11010519491231002X");
        Finding f = only(Register.builder().add(woman("W1", number)).add(woman("W2", number)).build(),
                "REF_DUPLICATE_RESIDENT_ID");
        assertEquals(RegisterTable.WOMEN, f.table());
        assertEquals("W2", f.recordId());
        assertEquals("resident_id", f.field().get());
        assertEquals("110105********002X", f.value().get());
        assertEquals("women W1 and W2 have the same resident_id 110105********002X; one person cannot be two women "
                + "of the register", f.message());
    }

    @Test
    void legacyNumberAndItsEighteenCharacterForm_areOnePerson() {
        qt().forAll(legacyResidentIdParts()).checkAssert(parts -> {
            ResidentId legacy = ResidentId.parse(parts.toLegacyNumber());
            ResidentId full = ResidentId.parse(parts.toResidentId().fullNumber());
            Finding f = only(Register.builder().add(woman("W1", legacy)).add(woman("W2", full)).build(),
                    "REF_DUPLICATE_RESIDENT_ID");
            assertTrue(f.message().contains("W1") && f.message().contains("W2"), f.message());
            assertEquals(ResidentId.mask(full.fullNumber()), f.value().get());
            assertFalse(f.toString().contains(full.fullNumber()) || f.toString().contains(parts.toLegacyNumber()),
                    f.toString());
        });
    }

    @Test
    void residentIdOfThreeWomen_isReportedForEachAfterTheFirst() {
        ResidentId number = ResidentId.parse("440524188001010014");
        List<Finding> findings = Register.builder().add(woman("W1", number)).add(woman("W2")).add(woman("W3", number))
                .add(woman("W4", number)).build().check();
        assertEquals(List.of("W3", "W4"), findings.stream().map(Finding::recordId).collect(Collectors.toList()));
        assertTrue(findings.stream().allMatch(f -> f.rule().equals("REF_DUPLICATE_RESIDENT_ID")
                && f.message().startsWith("women W1 and ")), findings.toString());
    }

    @Test
    void residentIdRepeatedWithTheWomansIdRepeated_isOnlyADuplicateId() {
        assertEquals("W1", only(oneWoman().add(woman("W1")).build(), "REF_DUPLICATE_ID").recordId());
    }

    @Test
    void differentResidentIds_areNotReported() {
        assertEquals(List.of(), oneWoman().add(woman("W2")).add(woman("W3")).build().check());
    }

    @Test
    void duplicateBirthId_isReported() {
        Register register = oneWoman().add(live("B1", "W1", LocalDate.of(2005, 1, 1), 1))
                .add(live("B1", "W1", LocalDate.of(2007, 1, 1), 2)).build();
        assertEquals(RegisterTable.BIRTHS, only(register, "REF_DUPLICATE_ID").table());
    }

    @Test
    void duplicateAreaCode_isReported() {
        Register register = withVillage(oneWoman(), VILLAGE, "1乡1村").add(Area.of(VILLAGE, "again")).build();
        assertEquals(RegisterTable.AREAS, only(register, "REF_DUPLICATE_ID").table());
    }

    @Test
    void duplicateIdsOfDeathsPregnanciesAndHouseholds_areReported() {
        Death death = Death.builder().id("D1").areaCode(VILLAGE).deathDate(DAY).build();
        Pregnancy pregnancy = Pregnancy.builder().id("P1").womanId("W1").startDate(DAY).build();
        Household household = Household.builder().id("H1").areaCode(VILLAGE).build();
        Register register = oneWoman().add(death).add(death).add(pregnancy).add(pregnancy).add(household).add(household)
                .build();
        assertEquals(List.of(RegisterTable.DEATHS, RegisterTable.PREGNANCIES, RegisterTable.HOUSEHOLDS),
                register.check().stream().peek(f -> assertEquals("REF_DUPLICATE_ID", f.rule()))
                        .map(Finding::table).collect(Collectors.toList()));
    }

    @Test
    void unknownMother_isReported() {
        Finding f = only(oneWoman().add(live("B1", "W9", DAY, 1)).build(), "REF_UNKNOWN_WOMAN");
        assertEquals(RegisterTable.BIRTHS, f.table());
        assertEquals("B1", f.recordId());
        assertEquals("mother_id", f.field().get());
        assertEquals("W9", f.value().get());
    }

    @Test
    void unknownWomanOfEveryEventTable_isReported() {
        Register register = oneWoman()
                .add(ContraceptiveEpisode.builder().womanId("W9").method(ContraceptiveMethod.IUD).startDate(DAY).build())
                .add(Pregnancy.builder().id("P1").womanId("W9").startDate(DAY).build())
                .add(Procedure.of("W9", ProcedureType.IUD_INSERTION, DAY))
                .add(HealthCheck.of("W9", HealthCheckKind.IUD_CHECK, DAY))
                .build();
        List<Finding> findings = register.check();
        assertEquals(List.of(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES, RegisterTable.PROCEDURES,
                RegisterTable.HEALTH_CHECKS), findings.stream().map(Finding::table).collect(Collectors.toList()));
        assertTrue(findings.stream().allMatch(f -> f.rule().equals("REF_UNKNOWN_WOMAN") && f.field().get().equals("woman_id")));
    }

    @Test
    void distributionOfAnUnknownWoman_isReported_namingHer() {
        Register register = oneWoman()
                .add(Distribution.builder().womanId("W9").date(DAY).method(ContraceptiveMethod.ORAL_PILL).quantity(3).build())
                .add(Distribution.builder().womanId("W1").date(DAY).method(ContraceptiveMethod.ORAL_PILL).quantity(3).build())
                .add(Distribution.builder().areaCode(OTHER_VILLAGE).date(DAY).method(ContraceptiveMethod.CONDOM).quantity(100).build())
                .build();
        Finding f = only(register, "REF_UNKNOWN_WOMAN");
        assertEquals(RegisterTable.DISTRIBUTIONS, f.table());
        assertEquals("W9", f.recordId());
        assertEquals("woman_id", f.field().get());
        assertEquals(1, register.check().size(), "without areas.csv an area of a distribution is not checked");
    }

    @Test
    void distributionInAnUnknownArea_isReported_namedByItsAreaOrWoman() {
        Register register = withVillage(oneWoman(), VILLAGE, "1乡1村")
                .add(Distribution.builder().areaCode(OTHER_VILLAGE).date(DAY).method(ContraceptiveMethod.CONDOM).quantity(100).build())
                .add(Distribution.builder().womanId("W1").areaCode(OTHER_VILLAGE).date(DAY).method(ContraceptiveMethod.INJECTABLE)
                        .quantity(1).build())
                .add(Distribution.builder().areaCode(VILLAGE).date(DAY).method(ContraceptiveMethod.CONDOM).quantity(100).build())
                .build();
        List<Finding> findings = register.check();
        assertEquals(List.of("REF_UNKNOWN_AREA REF_UNKNOWN_AREA"), List.of(findings.stream().map(Finding::rule)
                .collect(Collectors.joining(" "))));
        assertEquals(List.of(OTHER_VILLAGE.toString(), "W1"), findings.stream().map(Finding::recordId).collect(Collectors.toList()));
        assertTrue(findings.stream().allMatch(f -> f.table() == RegisterTable.DISTRIBUTIONS
                && f.value().get().equals(OTHER_VILLAGE.toString())));
    }

    @Test
    void unknownArea_isReportedWhenAreasArePresent() {
        Register register = withVillage(oneWoman(), OTHER_VILLAGE, "1乡2村").build();
        Finding f = only(register, "REF_UNKNOWN_AREA");
        assertEquals(RegisterTable.WOMEN, f.table());
        assertEquals("W1", f.recordId());
        assertEquals("990101001001", f.value().get());
    }

    @Test
    void unknownArea_isReportedWhenAreasTableIsEmpty() {
        Register register = oneWoman().withTable(RegisterTable.AREAS).build();
        assertEquals("REF_UNKNOWN_AREA", only(register, "REF_UNKNOWN_AREA").rule());
    }

    @Test
    void unknownArea_isNotReportedWithoutAreas() {
        Register register = oneWoman()
                .add(Death.builder().id("D1").areaCode(OTHER_VILLAGE).deathDate(DAY).build())
                .add(Household.builder().id("H1").areaCode(OTHER_VILLAGE).build())
                .build();
        assertEquals(List.of(), register.check());
    }

    @Test
    void unknownAreaOfPopulationDeathsAndHouseholds_isReported() {
        Register register = withVillage(oneWoman(), VILLAGE, "1乡1村")
                .add(PopulationCount.builder().areaCode(OTHER_VILLAGE).period(ReportingPeriod.parse("2009SY"))
                        .averagePopulation(500).build())
                .add(Death.builder().id("D1").areaCode(OTHER_VILLAGE).deathDate(DAY).build())
                .add(Household.builder().id("H1").areaCode(OTHER_VILLAGE).build())
                .build();
        List<Finding> findings = register.check();
        assertEquals(List.of(RegisterTable.POPULATION, RegisterTable.DEATHS, RegisterTable.HOUSEHOLDS),
                findings.stream().map(Finding::table).collect(Collectors.toList()));
        assertTrue(findings.stream().allMatch(f -> f.rule().equals("REF_UNKNOWN_AREA")));
    }

    @Test
    void areaUnderATownshipThatAreasLacks_isReported_namingTheTownship() {
        Register register = Register.builder().add(Woman.builder().from(woman("W1")).build())
                .add(Area.of(VILLAGE.county(), "县")).add(Area.of(VILLAGE, "1乡1村")).build();
        Finding f = only(register, "REF_UNKNOWN_PARENT_AREA");
        assertEquals(RegisterTable.AREAS, f.table());
        assertEquals("990101001001", f.recordId());
        assertEquals("code", f.field().get());
        assertEquals("990101001000", f.value().get());
        assertEquals("code 990101001001 is under township 990101001000, which is not in areas.csv", f.message());
    }

    @Test
    void areaUnderATownshipAndCountyThatAreasLacks_namesBoth_andTheCountyIsNotReportedTwice() {
        Register register = Register.builder().add(woman("W1")).add(Area.of(VILLAGE, "1乡1村"))
                .add(Area.of(OTHER_VILLAGE, "1乡2村")).build();
        List<Finding> findings = register.check();
        assertEquals(List.of("990101001001", "990101001002"), findings.stream().map(Finding::recordId).collect(Collectors.toList()));
        assertEquals("code 990101001001 is under township 990101001000 and county 990101000000, which are not in areas.csv",
                findings.get(0).message());
    }

    @Test
    void villageDirectlyUnderItsCounty_needsOnlyTheCounty() {
        AreaCode village = AreaCode.of("990101000007");
        Register register = Register.builder().add(Woman.builder().from(woman("W1")).areaCode(village).build())
                .add(Area.of(village.county(), "县")).add(Area.of(village, "直属村")).build();
        assertEquals(List.of(), register.check());
    }

    @Test
    void householdThatHouseholdsLacks_isReported_onlyWhenTheTableIsThere() {
        Woman w = Woman.builder().from(woman("W1")).householdId("H9").build();
        Finding f = only(Register.builder().add(w).add(Household.builder().id("H1").areaCode(VILLAGE).build()).build(),
                "REF_UNKNOWN_HOUSEHOLD");
        assertEquals(RegisterTable.WOMEN, f.table());
        assertEquals("W1", f.recordId());
        assertEquals("household_id", f.field().get());
        assertEquals("H9", f.value().get());
        assertEquals("household_id H9 is not in households.csv", f.message());
        only(Register.builder().add(w).withTable(RegisterTable.HOUSEHOLDS).build(), "REF_UNKNOWN_HOUSEHOLD");
        assertEquals(List.of(), Register.builder().add(w).build().check());
    }

    @Test
    void motherAged9_isReported() {
        LocalDate day = MOTHER_BIRTH.plusYears(10).minusDays(1);
        Finding f = only(oneWoman().add(live("B1", "W1", day, 1)).build(), "REF_MOTHER_AGE");
        assertEquals("B1", f.recordId());
        assertEquals("birth_date", f.field().get());
    }

    @Test
    void motherAged10_isAccepted() {
        assertEquals(List.of(), oneWoman().add(live("B1", "W1", MOTHER_BIRTH.plusYears(10), 1)).build().check());
    }

    @Test
    void motherOnHer60thBirthday_isAccepted() {
        assertEquals(List.of(), oneWoman().add(live("B1", "W1", MOTHER_BIRTH.plusYears(60), 1)).build().check());
    }

    @Test
    void motherTheDayAfterHer60thBirthday_isReported() {
        only(oneWoman().add(live("B1", "W1", MOTHER_BIRTH.plusYears(60).plusDays(1), 1)).build(), "REF_MOTHER_AGE");
    }

    @Test
    void motherAged60AndAlmostAYear_isReported() {
        only(oneWoman().add(live("B1", "W1", MOTHER_BIRTH.plusYears(61).minusDays(1), 1)).build(), "REF_MOTHER_AGE");
    }

    @Test
    void twoPopulationRowsForOneAreaAndPeriod_areReported_evenInTwoNotations() {
        Register register = oneWoman()
                .add(PopulationCount.builder().areaCode(VILLAGE).period(ReportingPeriod.parse("2009SY")).averagePopulation(500).build())
                .add(PopulationCount.builder().areaCode(VILLAGE).period(ReportingPeriod.parse("2008-10-01/2009-09-30"))
                        .averagePopulation(510).build())
                .add(PopulationCount.builder().areaCode(VILLAGE).period(ReportingPeriod.parse("2009")).averagePopulation(520).build())
                .build();
        Finding f = only(register, "REF_DUPLICATE_POPULATION");
        assertEquals(RegisterTable.POPULATION, f.table());
        assertEquals(VILLAGE + " 2009SY", f.recordId());
    }

    @Test
    void birthBeforeTheMothersBirth_isReported() {
        only(oneWoman().add(live("B1", "W1", MOTHER_BIRTH.minusDays(1), 1)).build(), "REF_MOTHER_AGE");
    }

    @Test
    void stillbirthOfTooOldMother_isReported() {
        Birth still = Birth.builder().id("B1").motherId("W1").birthDate(MOTHER_BIRTH.plusYears(70)).sex(Sex.MALE)
                .outcome(BirthOutcome.STILLBIRTH).build();
        only(oneWoman().add(still).build(), "REF_MOTHER_AGE");
    }

    @Test
    void birthOrderNotStartingAt1_isReported() {
        Finding f = only(oneWoman().add(live("B1", "W1", LocalDate.of(2005, 1, 1), 2)).build(), "REF_BIRTH_ORDER");
        assertEquals("birth_order", f.field().get());
        assertEquals("2", f.value().get());
    }

    @Test
    void birthOrdersNotInDateOrder_areReported() {
        Register register = oneWoman().add(live("B1", "W1", LocalDate.of(2005, 1, 1), 2))
                .add(live("B2", "W1", LocalDate.of(2007, 1, 1), 1)).build();
        assertEquals("B1", only(register, "REF_BIRTH_ORDER").recordId());
    }

    @Test
    void birthOrderWithGap_isReported() {
        Register register = oneWoman().add(live("B1", "W1", LocalDate.of(2005, 1, 1), 1))
                .add(live("B2", "W1", LocalDate.of(2007, 1, 1), 3)).build();
        assertEquals("B2", only(register, "REF_BIRTH_ORDER").recordId());
    }

    @Test
    void stillbirthBetweenLiveBirths_doesNotCountInTheOrder() {
        Birth still = Birth.builder().id("B2").motherId("W1").birthDate(LocalDate.of(2006, 1, 1)).sex(Sex.MALE)
                .outcome(BirthOutcome.STILLBIRTH).birthOrder(2).build();
        Register register = oneWoman().add(live("B1", "W1", LocalDate.of(2005, 1, 1), 1)).add(still)
                .add(live("B3", "W1", LocalDate.of(2007, 1, 1), 2)).build();
        assertEquals(List.of(), register.check());
    }

    @Test
    void consistentRegister_hasNoFindings() {
        Register register = withVillage(Register.builder(), VILLAGE, "1乡1村").add(woman("W1")).add(woman("W2"))
                .add(live("B1", "W1", LocalDate.of(2005, 1, 1), 1)).add(live("B2", "W1", LocalDate.of(2008, 1, 1), 2))
                .add(live("B3", "W2", LocalDate.of(2009, 1, 1), 1))
                .add(Household.builder().id("H1").areaCode(VILLAGE).build())
                .add(ContraceptiveEpisode.builder().womanId("W2").method(ContraceptiveMethod.IUD).startDate(DAY).build())
                .build();
        assertEquals(List.of(), register.check());
    }

    @Test
    void findings_neverContainAWholeResidentId() {
        Register register = oneWoman().add(woman("W1")).add(live("B1", "W1", MOTHER_BIRTH, 2))
                .withTable(RegisterTable.AREAS).build();
        String number = woman("W1").residentId().orElseThrow().fullNumber();
        assertFalse(register.check().isEmpty());
        assertTrue(register.check().stream().noneMatch(f -> f.toString().contains(number)));
    }
}
