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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Only a female sterilisation makes a later birth implausible: a birth after an IUD, an
 * implant or a husband's vasectomy happens, and is no finding.
 */
class BirthAfterOtherMethodsTest {
    private static final String RULE = "PLAUSIBILITY_BIRTH_AFTER_STERILIZATION";

    private static Register.Builder mother() {
        return Register.builder().add(Woman.builder().id("W").areaCode(AreaCode.of("990101001001"))
                .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build());
    }

    private static Birth birth() {
        return Birth.builder().id("B1").motherId("W").birthDate(LocalDate.of(2006, 1, 1)).sex(Sex.MALE).birthOrder(1).build();
    }

    private static List<String> flagged(Register register) {
        return RegisterValidator.validate(register).stream().filter(f -> f.rule().equals(RULE)).map(Finding::recordId)
                .collect(Collectors.toList());
    }

    @Test
    void test_birthAfterAnotherProcedure_isNoFinding() {
        for (ProcedureType type : ProcedureType.values()) {
            Register register = mother().add(Procedure.of("W", type, LocalDate.of(2005, 1, 1))).add(birth()).build();
            assertEquals(type == ProcedureType.FEMALE_STERILIZATION ? List.of("B1") : List.of(), flagged(register), type.name());
        }
    }

    @Test
    void test_birthDuringAnotherMethod_isNoFinding() {
        for (ContraceptiveMethod method : ContraceptiveMethod.values()) {
            Register register = mother().add(ContraceptiveEpisode.builder().womanId("W").method(method)
                    .startDate(LocalDate.of(2005, 1, 1)).build()).add(birth()).build();
            assertEquals(method == ContraceptiveMethod.FEMALE_STERILIZATION ? List.of("B1") : List.of(), flagged(register),
                    method.name());
        }
    }
}
