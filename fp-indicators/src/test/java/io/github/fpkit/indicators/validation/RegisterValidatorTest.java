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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegisterValidatorTest {
    private static Woman woman(String id) {
        return Woman.builder().id(id).areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1980, 1, 1))
                .maritalStatus(MaritalStatus.MARRIED).build();
    }

    private static Birth live(String id, String mother, String date, int order) {
        return Birth.builder().id(id).motherId(mother).birthDate(LocalDate.parse(date)).sex(Sex.FEMALE).birthOrder(order).build();
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).collect(Collectors.toList());
    }

    @Test
    void test_consistentRegister_hasNoFinding() {
        Register register = Register.builder().add(woman("W")).add(live("B1", "W", "2005-01-01", 1))
                .add(live("B2", "W", "2007-01-01", 2)).build();
        assertTrue(RegisterValidator.validate(register).isEmpty());
    }

    @Test
    void test_birthAfterSterilisation_byProcedureOrEpisode_butNotOnTheDay() {
        Register register = Register.builder().add(woman("P")).add(woman("E")).add(woman("S")).add(woman("R"))
                .add(Procedure.of("P", ProcedureType.FEMALE_STERILIZATION, LocalDate.parse("2005-01-01")))
                .add(live("P1", "P", "2006-01-01", 1))
                .add(ContraceptiveEpisode.builder().womanId("E").method(ContraceptiveMethod.FEMALE_STERILIZATION)
                        .startDate(LocalDate.parse("2005-01-01")).build())
                .add(live("E1", "E", "2006-01-01", 1))
                .add(Procedure.of("S", ProcedureType.FEMALE_STERILIZATION, LocalDate.parse("2005-01-01")))
                .add(live("S1", "S", "2005-01-01", 1))
                .add(ContraceptiveEpisode.builder().womanId("R").method(ContraceptiveMethod.FEMALE_STERILIZATION)
                        .startDate(LocalDate.parse("2001-01-01")).endDate(LocalDate.parse("2004-01-01")).build())
                .add(live("R1", "R", "2006-01-01", 1))
                .build();
        List<Finding> found = of(RegisterValidator.validate(register), "PLAUSIBILITY_BIRTH_AFTER_STERILIZATION");
        assertEquals(List.of("P1", "E1"), found.stream().map(Finding::recordId).collect(Collectors.toList()));
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(RegisterTable.BIRTHS, found.get(0).table());
        assertEquals("birth_date", found.get(0).field().orElseThrow());
    }

    @Test
    void test_outcomeBeforeStart_isAnError() {
        Register register = Register.builder().add(woman("W"))
                .add(Pregnancy.builder().id("P1").womanId("W").startDate(LocalDate.parse("2009-05-01"))
                        .outcome(PregnancyOutcome.MISCARRIAGE).outcomeDate(LocalDate.parse("2009-04-30")).build())
                .add(Pregnancy.builder().id("P2").womanId("W").startDate(LocalDate.parse("2009-05-01"))
                        .outcome(PregnancyOutcome.MISCARRIAGE).outcomeDate(LocalDate.parse("2009-05-01")).build())
                .build();
        List<Finding> found = of(RegisterValidator.validate(register), PlausibilityRule.OUTCOME_BEFORE_START.id());
        assertEquals(1, found.size());
        assertEquals("P1", found.get(0).recordId());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals("2009-04-30", found.get(0).value().orElseThrow());
    }

    @Test
    void test_birthInterval_under180Days_butTwinsAreFine() {
        Register register = Register.builder().add(woman("W"))
                .add(live("B1", "W", "2005-01-01", 1))
                .add(live("B2", "W", "2005-01-01", 2))
                .add(Birth.builder().id("S1").motherId("W").birthDate(LocalDate.parse("2005-03-01")).sex(Sex.MALE)
                        .outcome(BirthOutcome.STILLBIRTH).build())
                .add(live("B3", "W", "2005-06-29", 3))
                .add(live("B4", "W", "2005-12-26", 4))
                .build();
        List<Finding> found = of(RegisterValidator.validate(register), "PLAUSIBILITY_BIRTH_INTERVAL");
        // S1 is 59 days and B3 179 days after the twins; B4 is exactly 180 days after B3.
        assertEquals(List.of("S1", "B3"), found.stream().map(Finding::recordId).collect(Collectors.toList()));
        assertTrue(found.get(1).message().contains("179 days"), found.get(1).message());
    }

    @Test
    void test_twinsListedSecondBornFirst_areInOrder_aWrongOrderOnTheirDayIsFound() {
        // Births of one day are ordered by their birth order, whatever the file's order.
        Register swappedRows = Register.builder().add(woman("W"))
                .add(live("B2", "W", "2005-01-01", 2))
                .add(live("B1", "W", "2005-01-01", 1))
                .add(live("B3", "W", "2007-01-01", 3))
                .build();
        assertEquals(List.of(), of(RegisterValidator.validate(swappedRows), "REF_BIRTH_ORDER"));
        Register wrongOrders = Register.builder().add(woman("W"))
                .add(live("B1", "W", "2005-01-01", 1))
                .add(live("B2", "W", "2005-01-01", 3))
                .add(live("B3", "W", "2007-01-01", 3))
                .build();
        List<Finding> found = of(RegisterValidator.validate(wrongOrders), "REF_BIRTH_ORDER");
        assertEquals(List.of("B2"), found.stream().map(Finding::recordId).collect(Collectors.toList()));
    }

    @Test
    void test_hundredsOfWomen_eachMotherIsJudgedByHerOwnBirthDate() {
        // More women than the validator first makes room for: what it keeps of each must grow with them.
        Register.Builder b = Register.builder();
        for (int k = 0; k < 300; k++) {
            Woman w = woman("W" + k);
            b.add(k == 250 ? Woman.builder().from(w).birthDate(LocalDate.of(2000, 1, 1)).build() : w);
            b.add(live("B" + k, "W" + k, "2009-06-01", 1));
        }
        List<Finding> found = of(RegisterValidator.validate(b.build()), "REF_MOTHER_AGE");
        assertEquals(List.of("B250"), found.stream().map(Finding::recordId).collect(Collectors.toList()));
    }

    @Test
    void test_referentialFindingsOfTheModel_areAllThere() {
        Register register = Register.builder().add(woman("W")).add(live("B1", "NOBODY", "2005-01-01", 1))
                .add(Pregnancy.builder().id("P1").womanId("W").startDate(LocalDate.parse("2009-05-01"))
                        .outcome(PregnancyOutcome.MISCARRIAGE).outcomeDate(LocalDate.parse("2009-04-30")).build())
                .build();
        List<Finding> findings = RegisterValidator.validate(register);
        assertEquals(List.of("REF_UNKNOWN_WOMAN", "PLAUSIBILITY_OUTCOME_BEFORE_START"),
                findings.stream().map(Finding::rule).collect(Collectors.toList()));
        assertEquals(register.check(), findings.subList(0, 1));
    }

    @Test
    void test_residentIdDisagreeingWithBirthDateOrSex_isAWarning_withTheNumberMasked() {
        LocalDate born = LocalDate.of(1980, 1, 1);
        Register register = Register.builder()
                .add(Woman.builder().from(woman("OK")).residentId(ResidentId.of("990101", born, 2)).build())
                .add(Woman.builder().from(woman("DATE")).residentId(ResidentId.of("990101", born.plusDays(1), 4)).build())
                .add(Woman.builder().from(woman("MAN")).residentId(ResidentId.of("990101", born, 3)).build())
                .build();
        List<Finding> findings = of(RegisterValidator.validate(register), "PLAUSIBILITY_RESIDENT_ID_MISMATCH");
        assertEquals(List.of("DATE", "MAN"), findings.stream().map(Finding::recordId).collect(Collectors.toList()));
        for (Finding f : findings) {
            assertEquals(Severity.WARNING, f.severity());
            assertEquals(RegisterTable.WOMEN, f.table());
            String shown = f.value().orElseThrow();
            assertTrue(shown.contains("********"), shown);
            assertTrue(!f.message().contains("19800101") && !f.message().contains("1980-01-02"), f.message());
        }
    }
}
