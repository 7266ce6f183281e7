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

/** A woman sterilised twice (a record repeated, or a date corrected in a new row) was sterilised on the earlier date. */
class EarliestSterilisationTest {
    @Test
    void test_theFindingNamesTheEarliestSterilisation_inEitherRowOrder() {
        LocalDate early = LocalDate.of(2004, 3, 1);
        LocalDate late = LocalDate.of(2005, 6, 1);
        for (List<LocalDate> order : List.of(List.of(early, late), List.of(late, early))) {
            Register.Builder b = Register.builder().add(Woman.builder().id("W").areaCode(AreaCode.of("990101001001"))
                    .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build());
            order.forEach(d -> b.add(Procedure.of("W", ProcedureType.FEMALE_STERILIZATION, d)));
            b.add(Birth.builder().id("B1").motherId("W").birthDate(LocalDate.of(2006, 1, 1)).sex(Sex.MALE).birthOrder(1).build());
            List<Finding> found = RegisterValidator.validate(b.build()).stream()
                    .filter(f -> f.rule().equals("PLAUSIBILITY_BIRTH_AFTER_STERILIZATION")).collect(Collectors.toList());
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).message().endsWith("was sterilised on 2004-03-01"), found.get(0).message());
        }
    }
}
