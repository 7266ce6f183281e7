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
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecordKeyTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");
    private static final LocalDate DAY = LocalDate.of(2009, 5, 5);

    @Test
    void test_of_givesEachKeyedTableItsKey_andTheOthersNone() {
        for (RecordKey key : RecordKey.values()) {
            assertEquals(Optional.of(key), RecordKey.of(key.table()));
        }
        assertEquals(EnumSet.of(RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES, RegisterTable.HEALTH_CHECKS,
                        RegisterTable.DISTRIBUTIONS),
                Arrays.stream(RegisterTable.values()).filter(t -> RecordKey.of(t).isEmpty())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RegisterTable.class))));
    }

    @Test
    void test_table_isTheTableOfTheSameName() {
        for (RecordKey key : RecordKey.values()) {
            assertEquals(key.name(), key.table().name());
        }
    }

    @Test
    void test_columns_nameTheKeyColumns() {
        assertEquals("code", RecordKey.AREAS.columns());
        assertEquals("area_code, period", RecordKey.POPULATION.columns());
        assertEquals(List.of("id"), Arrays.stream(RecordKey.values()).filter(k -> k != RecordKey.AREAS && k != RecordKey.POPULATION)
                .map(RecordKey::columns).distinct().collect(Collectors.toList()));
    }

    @Test
    void test_ofRecord_isTheIdentityOfItsRow() {
        assertEquals("990101001001", RecordKey.AREAS.of(Area.of(VILLAGE, "村")));
        PopulationCount sy = PopulationCount.builder().areaCode(VILLAGE).period(ReportingPeriod.parse("2009SY"))
                .averagePopulation(500).build();
        PopulationCount year = PopulationCount.builder().from(sy).period(ReportingPeriod.parse("2009")).build();
        assertEquals("990101001001 2009SY", RecordKey.POPULATION.of(sy));
        assertNotEquals(RecordKey.POPULATION.of(sy), RecordKey.POPULATION.of(year));
        assertEquals("W1", RecordKey.WOMEN.of(Woman.builder().id("W1").areaCode(VILLAGE).birthDate(DAY.minusYears(30))
                .maritalStatus(MaritalStatus.MARRIED).build()));
        assertEquals("B1", RecordKey.BIRTHS.of(Birth.builder().id("B1").motherId("W1").birthDate(DAY).sex(Sex.MALE)
                .outcome(BirthOutcome.LIVE).birthOrder(1).policy(PolicyStatus.IN).build()));
        assertEquals("D1", RecordKey.DEATHS.of(Death.builder().id("D1").areaCode(VILLAGE).deathDate(DAY).build()));
        assertEquals("P1", RecordKey.PREGNANCIES.of(Pregnancy.builder().id("P1").womanId("W1").startDate(DAY).build()));
        assertEquals("H1", RecordKey.HOUSEHOLDS.of(Household.builder().id("H1").areaCode(VILLAGE).build()));
    }
}
