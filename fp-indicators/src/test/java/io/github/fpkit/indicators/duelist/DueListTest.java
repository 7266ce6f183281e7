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
package io.github.fpkit.indicators.duelist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The due rules at each boundary, on D = 2009-09-30 (2008-09-30 is 365 days before it, no 29
 * February between): every woman of the register below is built to sit on one edge, and the
 * expected reasons are derived by hand from the convention's rules as docs/INDICATORS.md
 * states them (section 6.8).
 */
class DueListTest {
    private static final LocalDate D = LocalDate.of(2009, 9, 30);
    private static final AreaCode V1 = AreaCode.of("990101001001");
    private static final AreaCode V2 = AreaCode.of("990101001002");
    private static final AreaCode T1 = AreaCode.of("990101001000");
    private static final Set<DueReason> PREGNANCY = EnumSet.of(DueReason.PREGNANCY_CHECK);
    private static final Set<DueReason> IUD_AND_PREGNANCY = EnumSet.of(DueReason.IUD_CHECK, DueReason.PREGNANCY_CHECK);
    private static final Set<DueReason> FOLLOW_UP = EnumSet.of(DueReason.FOLLOW_UP);

    private final Register.Builder register = Register.builder().withTable(RegisterTable.CONTRACEPTION)
            .withTable(RegisterTable.PREGNANCIES).withTable(RegisterTable.PROCEDURES).withTable(RegisterTable.AREAS);

    private DueListTest woman(String id, AreaCode area, MaritalStatus status, LocalDate born) {
        register.add(Woman.builder().id(id).areaCode(area).birthDate(born).maritalStatus(status).build());
        return this;
    }

    private DueListTest married(String id) {
        return woman(id, V1, MaritalStatus.MARRIED, LocalDate.of(1980, 1, 1));
    }

    private DueListTest unmarried(String id) {
        return woman(id, V2, MaritalStatus.UNMARRIED, LocalDate.of(1985, 1, 1));
    }

    private DueListTest episode(String id, ContraceptiveMethod method, LocalDate start, LocalDate end) {
        ContraceptiveEpisode.Builder e = ContraceptiveEpisode.builder().womanId(id).method(method).startDate(start);
        if (end != null) {
            e.endDate(end);
        }
        register.add(e.build());
        return this;
    }

    private DueListTest outcome(String id, PregnancyOutcome outcome, LocalDate date) {
        register.add(Pregnancy.builder().id(id + "P").womanId(id).startDate(date.minusDays(100)).outcome(outcome).outcomeDate(date).build());
        return this;
    }

    private DueListTest birth(String id, BirthOutcome outcome, LocalDate date) {
        Birth.Builder b = Birth.builder().id(id + "B" + date).motherId(id).birthDate(date).sex(Sex.FEMALE).outcome(outcome);
        if (outcome == BirthOutcome.LIVE) {
            b.birthOrder(1);
        }
        register.add(b.build());
        return this;
    }

    private DueListTest procedure(String id, ProcedureType type, LocalDate date) {
        register.add(Procedure.of(id, type, date));
        return this;
    }

    /** @return each woman due and her reasons, in the list's order */
    private static Map<String, Set<DueReason>> reasons(DueList list) {
        Map<String, Set<DueReason>> reasons = new LinkedHashMap<>();
        list.women().forEach(w -> reasons.put(w.id(), w.reasons()));
        return reasons;
    }

    @Test
    void test_iudCheck_marriedWraWithAnIudInUseOnD() {
        married("IUD").episode("IUD", ContraceptiveMethod.IUD, LocalDate.of(2005, 1, 1), null);
        married("ENDS_ON_D").episode("ENDS_ON_D", ContraceptiveMethod.IUD, LocalDate.of(2003, 1, 1), D);
        married("ENDED_DAY_BEFORE").episode("ENDED_DAY_BEFORE", ContraceptiveMethod.IUD, LocalDate.of(2003, 1, 1), D.minusDays(1));
        married("STARTS_AFTER").episode("STARTS_AFTER", ContraceptiveMethod.IUD, D.plusDays(1), null);
        unmarried("UNMARRIED").episode("UNMARRIED", ContraceptiveMethod.IUD, LocalDate.of(2005, 1, 1), null);
        DueList list = DueList.of(register.build(), D);
        Map<String, Set<DueReason>> expected = new LinkedHashMap<>();
        // An episode ending on D is in use on D (as CPR counts it); ended the day before or starting after, not.
        expected.put("ENDED_DAY_BEFORE", PREGNANCY);
        expected.put("ENDS_ON_D", IUD_AND_PREGNANCY);
        expected.put("IUD", IUD_AND_PREGNANCY);
        expected.put("STARTS_AFTER", PREGNANCY);
        assertEquals(expected, reasons(list));
        assertEquals(2, list.count(DueReason.IUD_CHECK));
        assertEquals(4, list.count(DueReason.PREGNANCY_CHECK));
    }

    @Test
    void test_ages14And50AreNotWra_15And49Are() {
        woman("AGE14", V1, MaritalStatus.MARRIED, LocalDate.of(1994, 10, 1));
        woman("AGE15", V1, MaritalStatus.MARRIED, LocalDate.of(1994, 9, 30));
        woman("AGE49", V1, MaritalStatus.MARRIED, LocalDate.of(1959, 10, 1));
        woman("AGE50", V1, MaritalStatus.MARRIED, LocalDate.of(1959, 9, 30));
        for (String id : new String[] {"AGE14", "AGE15", "AGE49", "AGE50"}) {
            episode(id, ContraceptiveMethod.IUD, LocalDate.of(2009, 1, 1), null);
            procedure(id, ProcedureType.IUD_INSERTION, D.minusDays(45));
        }
        DueList list = DueList.of(register.build(), D);
        Set<DueReason> all = EnumSet.allOf(DueReason.class);
        assertEquals(Map.of("AGE15", all, "AGE49", all), reasons(list));
        assertEquals(15, list.byArea().get(V1).get(0).age());
        assertEquals(49, list.byArea().get(V1).get(1).age());
    }

    @Test
    void test_pregnancyCheck_exceptSterilisedMoreThanAYearBefore() {
        married("STER364").episode("STER364", ContraceptiveMethod.FEMALE_STERILIZATION, D.minusDays(364), null);
        married("STER365").episode("STER365", ContraceptiveMethod.FEMALE_STERILIZATION, D.minusDays(365), null);
        married("STER366").episode("STER366", ContraceptiveMethod.FEMALE_STERILIZATION, D.minusDays(366), null);
        // The husband's vasectomy, recorded under her, exempts her as her own sterilisation would.
        married("VASECTOMY").episode("VASECTOMY", ContraceptiveMethod.MALE_STERILIZATION, LocalDate.of(2000, 1, 1), null);
        // A sterilisation no longer in use on D (reversed) does not.
        married("REVERSED").episode("REVERSED", ContraceptiveMethod.FEMALE_STERILIZATION, LocalDate.of(2000, 1, 1),
                LocalDate.of(2009, 1, 1));
        DueList list = DueList.of(register.build(), D);
        // 364 and 365 days: not more than a year (D is the anniversary of 2008-09-30); 366: more.
        assertEquals(Map.of("REVERSED", PREGNANCY, "STER364", PREGNANCY, "STER365", PREGNANCY), reasons(list));
    }

    @Test
    void test_sterilisedOn29February_isAYearBeforeOn1MarchAsAgesAre() {
        married("LEAP").episode("LEAP", ContraceptiveMethod.FEMALE_STERILIZATION, LocalDate.of(2008, 2, 29), null);
        // Her first anniversary is 2009-03-01 (as a birthday on 29 February): on it she is still due, the day after not.
        assertEquals(1, DueList.of(register.build(), LocalDate.of(2009, 3, 1)).size());
        assertEquals(0, DueList.of(register.build(), LocalDate.of(2009, 3, 2)).size());
        assertEquals(1, DueList.of(register.build(), LocalDate.of(2009, 2, 28)).size());
    }

    @Test
    void test_pregnancyCheck_exceptPregnantOnD_orWithin30DaysAfterAnOutcome() {
        married("OUT29").outcome("OUT29", PregnancyOutcome.LIVE_BIRTH, D.minusDays(29));
        married("OUT30").outcome("OUT30", PregnancyOutcome.INDUCED_ABORTION, D.minusDays(30));
        married("OUT31").outcome("OUT31", PregnancyOutcome.MISCARRIAGE, D.minusDays(31));
        married("OUT_ON_D").outcome("OUT_ON_D", PregnancyOutcome.STILLBIRTH, D);
        // Ends after D: pregnant on D.
        married("ENDS_AFTER").outcome("ENDS_AFTER", PregnancyOutcome.LIVE_BIRTH, D.plusDays(1));
        married("ONGOING");
        register.add(Pregnancy.builder().id("ONGOING_P").womanId("ONGOING").startDate(LocalDate.of(2009, 6, 1)).build());
        married("NOT_YET");
        register.add(Pregnancy.builder().id("NOT_YET_P").womanId("NOT_YET").startDate(D.plusDays(1)).build());
        assertEquals(Map.of("NOT_YET", PREGNANCY, "OUT31", PREGNANCY), reasons(DueList.of(register.build(), D)));
    }

    @Test
    void test_pregnancyCheck_exceptWithin30DaysAfterABirthRecordedOnlyInBirthsCsv() {
        // By hand: a birth, live or stillborn, on D − 30 … D exempts her as a pregnancy's outcome does; D − 31 or after D
        // does not.
        married("LIVE29").birth("LIVE29", BirthOutcome.LIVE, D.minusDays(29));
        married("LIVE30").birth("LIVE30", BirthOutcome.LIVE, D.minusDays(30));
        married("STILL30").birth("STILL30", BirthOutcome.STILLBIRTH, D.minusDays(30));
        married("LIVE_ON_D").birth("LIVE_ON_D", BirthOutcome.LIVE, D);
        married("LIVE31").birth("LIVE31", BirthOutcome.LIVE, D.minusDays(31));
        married("STILL31").birth("STILL31", BirthOutcome.STILLBIRTH, D.minusDays(31));
        married("AFTER_D").birth("AFTER_D", BirthOutcome.LIVE, D.plusDays(1));
        // An older birth beside a recent one: the recent one exempts her.
        married("TWO").birth("TWO", BirthOutcome.LIVE, D.minusDays(400)).birth("TWO", BirthOutcome.LIVE, D.minusDays(10));
        assertEquals(Map.of("LIVE31", PREGNANCY, "STILL31", PREGNANCY, "AFTER_D", PREGNANCY),
                reasons(DueList.of(register.build(), D)));
    }

    @Test
    void test_aDeliveryInBothTables_isOneExemption_andBirthsCsvIsOptional() {
        // By hand: the same delivery in pregnancies.csv and births.csv exempts on D − 30 and not on D − 31, as either
        // alone does.
        married("BOTH30").outcome("BOTH30", PregnancyOutcome.LIVE_BIRTH, D.minusDays(30))
                .birth("BOTH30", BirthOutcome.LIVE, D.minusDays(30));
        married("BOTH31").outcome("BOTH31", PregnancyOutcome.LIVE_BIRTH, D.minusDays(31))
                .birth("BOTH31", BirthOutcome.LIVE, D.minusDays(31));
        married("BIRTH_ONLY").birth("BIRTH_ONLY", BirthOutcome.LIVE, D.minusDays(10));
        married("PREGNANCY_ONLY").outcome("PREGNANCY_ONLY", PregnancyOutcome.STILLBIRTH, D.minusDays(10));
        Register built = register.build();
        DueList list = DueList.of(built, D);
        assertEquals(Map.of("BOTH31", PREGNANCY), reasons(list));
        assertTrue(list.missingTables().isEmpty());
        // Without births.csv the rule reads pregnancies.csv only: the mother recorded in births.csv alone is due, and
        // births.csv is not named missing.
        Register.Builder withoutBirths = Register.builder();
        built.tables().stream().filter(t -> t != RegisterTable.BIRTHS).forEach(withoutBirths::withTable);
        built.women().forEach(withoutBirths::add);
        built.pregnancies().forEach(withoutBirths::add);
        DueList pregnanciesOnly = DueList.of(withoutBirths.build(), D);
        assertEquals(Map.of("BOTH31", PREGNANCY, "BIRTH_ONLY", PREGNANCY), reasons(pregnanciesOnly));
        assertTrue(pregnanciesOnly.missingTables().isEmpty());
    }

    @Test
    void test_pregnancyCheck_exceptWithin30DaysAfterAnAbortionProcedure() {
        // By hand: an induced_abortion or mid_term_induction in procedures.csv on D − 30 … D is a termination; D − 31 is not
        // within 30 days; other procedures (an IUD insertion, a sterilisation surgery) are no termination.
        married("ABORTION30").procedure("ABORTION30", ProcedureType.INDUCED_ABORTION, D.minusDays(30));
        married("MID_TERM0").procedure("MID_TERM0", ProcedureType.MID_TERM_INDUCTION, D);
        married("ABORTION31").procedure("ABORTION31", ProcedureType.INDUCED_ABORTION, D.minusDays(31));
        married("MID_TERM31").procedure("MID_TERM31", ProcedureType.MID_TERM_INDUCTION, D.minusDays(31));
        married("AFTER_D").procedure("AFTER_D", ProcedureType.INDUCED_ABORTION, D.plusDays(1));
        married("INSERTION10").procedure("INSERTION10", ProcedureType.IUD_INSERTION, D.minusDays(10));
        married("STERILISED10").procedure("STERILISED10", ProcedureType.FEMALE_STERILIZATION, D.minusDays(10));
        // The same termination in pregnancies.csv and procedures.csv: one exemption.
        married("BOTH30").outcome("BOTH30", PregnancyOutcome.INDUCED_ABORTION, D.minusDays(30))
                .procedure("BOTH30", ProcedureType.INDUCED_ABORTION, D.minusDays(30));
        assertEquals(Map.of("ABORTION31", PREGNANCY, "MID_TERM31", PREGNANCY, "AFTER_D", PREGNANCY, "INSERTION10", PREGNANCY,
                "STERILISED10", PREGNANCY), reasons(DueList.of(register.build(), D)));
    }

    @Test
    void test_followUp_30To60DaysAfterAnIudInsertionOrRemovalOrAnImplantInsertion() {
        unmarried("F29").procedure("F29", ProcedureType.IUD_INSERTION, D.minusDays(29));
        unmarried("F30").procedure("F30", ProcedureType.IUD_REMOVAL, D.minusDays(30));
        unmarried("F60").procedure("F60", ProcedureType.IMPLANT_INSERTION, D.minusDays(60));
        unmarried("F61").procedure("F61", ProcedureType.IUD_INSERTION, D.minusDays(61));
        unmarried("REMOVAL45").procedure("REMOVAL45", ProcedureType.IMPLANT_REMOVAL, D.minusDays(45));
        unmarried("STERILISED45").procedure("STERILISED45", ProcedureType.FEMALE_STERILIZATION, D.minusDays(45));
        unmarried("ABORTION45").procedure("ABORTION45", ProcedureType.INDUCED_ABORTION, D.minusDays(45));
        assertEquals(Map.of("F30", FOLLOW_UP, "F60", FOLLOW_UP), reasons(DueList.of(register.build(), D)));
    }

    @Test
    void test_unmarriedDivorcedWidowed_areDueOnlyAFollowUp() {
        woman("DIVORCED", V1, MaritalStatus.DIVORCED, LocalDate.of(1980, 1, 1));
        woman("WIDOWED", V1, MaritalStatus.WIDOWED, LocalDate.of(1980, 1, 1));
        unmarried("UNMARRIED");
        episode("DIVORCED", ContraceptiveMethod.IUD, LocalDate.of(2005, 1, 1), null);
        procedure("WIDOWED", ProcedureType.IUD_INSERTION, D.minusDays(40));
        assertEquals(Map.of("WIDOWED", FOLLOW_UP), reasons(DueList.of(register.build(), D)));
    }

    @Test
    void test_groupedByArea_stableOrder_areaFilter_andNames() {
        register.add(io.github.fpkit.model.Area.of(V1, "一村")).add(io.github.fpkit.model.Area.of(T1, "一乡"));
        married("W9");
        married("W10");
        woman("A", V2, MaritalStatus.MARRIED, LocalDate.of(1980, 1, 1));
        woman("OTHER", AreaCode.of("990101002001"), MaritalStatus.MARRIED, LocalDate.of(1980, 1, 1));
        Register built = register.build();
        DueList all = DueList.of(built, D);
        // Areas by code; in an area, ids as strings ("W10" before "W9").
        assertEquals(java.util.List.of(V1, V2, AreaCode.of("990101002001")), java.util.List.copyOf(all.byArea().keySet()));
        assertEquals(java.util.List.of("W10", "W9", "A", "OTHER"), all.women().stream().map(DueWoman::id).toList());
        DueList township = DueList.of(built, D, T1);
        assertEquals(java.util.List.of("W10", "W9", "A"), township.women().stream().map(DueWoman::id).toList());
        assertEquals("一村", township.areaName(V1).orElseThrow());
        assertEquals("一乡", township.areaName(T1).orElseThrow());
        assertFalse(township.areaName(V2).isPresent());
        assertEquals(java.util.Optional.of(T1), township.area());
        assertEquals(1, DueList.of(built, D, V2).size());
        // A county above the women is known; a township of no woman and no row is not.
        assertEquals(4, DueList.of(built, D, AreaCode.of("990101000000")).size());
        // A township without an areas.csv row is known from its women.
        assertEquals(1, DueList.of(built, D, AreaCode.of("990101002000")).size());
        assertEquals(D, all.date());
        assertEquals("DueList{" + D + ", all areas, 4 women in 3 areas}", all.toString());
        assertEquals("DueList{" + D + ", " + T1 + ", 3 women in 2 areas}", township.toString());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> DueList.of(built, D, AreaCode.of("990101009000")));
        assertEquals("990101009000", e.value());
        assertTrue(all.missingTables().isEmpty());
    }

    @Test
    void test_missingTables_areNamed() {
        Register onlyWomen = Register.builder()
                .add(Woman.builder().id("W").areaCode(V1).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build())
                .build();
        DueList list = DueList.of(onlyWomen, D);
        assertEquals(EnumSet.of(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES, RegisterTable.PROCEDURES), list.missingTables());
        assertEquals(1, list.size());
    }

    @Test
    void test_residentId_isMaskedInEveryString() {
        ResidentId id = ResidentId.parse("11010519491231002X");
        register.add(Woman.builder().id("R").areaCode(V1).residentId(id).birthDate(LocalDate.of(1980, 1, 1))
                .maritalStatus(MaritalStatus.MARRIED).build());
        DueList list = DueList.of(register.build(), D);
        DueWoman w = list.women().get(0);
        assertEquals("110105********002X", w.maskedResidentId().orElseThrow());
        assertFalse(w.toString().contains("11010519491231002X"), w.toString());
        assertTrue(w.toString().contains("110105********002X"), w.toString());
        assertFalse(list.toString().contains("19491231"), list.toString());
        assertEquals(id, w.residentId().orElseThrow());
    }

    @Test
    void test_reasons_codesAndNames() {
        assertEquals("iud_check", DueReason.IUD_CHECK.code());
        assertEquals("查孕", DueReason.PREGNANCY_CHECK.chineseName());
        assertEquals("follow-up", DueReason.FOLLOW_UP.englishName());
        assertEquals(EnumSet.allOf(DueReason.class), DueReason.of(7));
        assertEquals(EnumSet.noneOf(DueReason.class), DueReason.of(0));
        assertThrows(IllegalArgumentException.class, () -> DueWoman.of(Woman.builder().id("X").areaCode(V1)
                .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build(), 29, Set.of()));
    }
}
