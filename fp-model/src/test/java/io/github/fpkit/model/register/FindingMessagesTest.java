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

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A referential finding points the user at the row to fix and says what was expected there. */
class FindingMessagesTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");

    /** The village with its township and county, so that the areas themselves raise no finding. */
    private static Register.Builder villageWithParents(Register.Builder b) {
        return b.add(Area.of(VILLAGE, "村")).add(Area.of(AreaCode.of("990101001000"), "乡")).add(Area.of(AreaCode.of("990101000000"), "县"));
    }

    private static Register.Builder oneWoman() {
        return Register.builder().add(Woman.builder().id("W1").areaCode(VILLAGE).birthDate(LocalDate.of(1980, 6, 15))
                .maritalStatus(MaritalStatus.MARRIED).build());
    }

    private static Birth live(String id, LocalDate date, int order) {
        return Birth.builder().id(id).motherId("W1").birthDate(date).sex(Sex.FEMALE).birthOrder(order).build();
    }

    @Test
    void test_deathInAnUnknownArea_namesTheDeath() {
        Register register = villageWithParents(oneWoman())
                .add(Death.builder().id("D7").areaCode(AreaCode.of("990101001002")).deathDate(LocalDate.of(2009, 5, 5)).build())
                .build();
        List<Finding> findings = register.check();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("D7", findings.get(0).recordId());
        assertEquals(RegisterTable.DEATHS, findings.get(0).table());
    }

    @Test
    void test_populationRowOfAnUnknownArea_isNamedByItsAreaCode() {
        Register register = villageWithParents(oneWoman()).add(PopulationCount.builder().areaCode(AreaCode.of("990101001002"))
                .period(ReportingPeriod.parse("2009SY")).averagePopulation(500).build()).build();
        List<Finding> findings = register.check();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("990101001002", findings.get(0).recordId());
        assertEquals(RegisterTable.POPULATION, findings.get(0).table());
    }

    @Test
    void test_birthOrderOutOfSequence_saysWhichOrderWasExpected() {
        Register register = oneWoman().add(live("B1", LocalDate.of(2005, 1, 1), 1)).add(live("B2", LocalDate.of(2007, 1, 1), 3))
                .build();
        Finding f = register.check().get(0);
        assertEquals("live birth 2 of mother W1 in date order has birth_order 3; expected 2", f.message());
    }
}
