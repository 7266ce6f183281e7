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

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How results name an area. By its areas.csv row, or by its code when that row is missing
 * (issue 17). An area coded twice with different names has one name: in a register the first
 * row of the code counts (the later row repeats its key); tallies merged from parts, which know
 * no row order, keep the first name in code-point order, so that any merge order gives the same name.
 */
class AreaNamesTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");

    private static Optional<String> nameOf(List<Area> areas) {
        Register.Builder b = Register.builder().add(Woman.builder().id("W1").areaCode(VILLAGE).birthDate(LocalDate.of(1980, 1, 1))
                .maritalStatus(MaritalStatus.MARRIED).build());
        areas.forEach(b::add);
        return Indicators.compute(b.build(), ReportingPeriod.parse("2009SY"), AreaLevel.VILLAGE).result(VILLAGE, Indicator.WRA)
                .orElseThrow().areaName();
    }

    @Test
    void townshipAndCountyWithoutARow_areNamedByTheirCode_theVillageByItsName() {
        Register register = Register.builder().add(Area.of(VILLAGE, "1乡1村")).add(Woman.builder().id("W").areaCode(VILLAGE)
                .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build()).build();
        ComputedIndicators computed = Indicators.compute(register, ReportingPeriod.parse("2009SY"));
        assertEquals(Optional.of("1乡1村"), computed.result(VILLAGE, Indicator.WRA).orElseThrow().areaName());
        assertEquals(Optional.of("990101001000"), computed.result(AreaCode.of("990101001000"), Indicator.WRA).orElseThrow().areaName());
        assertEquals(Optional.of("990101000000"), computed.result(AreaCode.of("990101000000"), Indicator.WRA).orElseThrow().areaName());
    }

    @Test
    void test_inARegister_theFirstRowsName_isKept() {
        Area east = Area.of(VILLAGE, "东村");
        Area west = Area.of(VILLAGE, "西村");
        assertEquals(Optional.of("东村"), nameOf(List.of(east, west)));
        assertEquals(Optional.of("西村"), nameOf(List.of(west, east)));
    }

    @Test
    void test_mergedTallies_keepTheFirstNameInCodePointOrder_inEitherMergeOrder() {
        ReportingPeriod sy = ReportingPeriod.parse("2009SY");
        RegisterTally a = RegisterTally.builder(sy).name(VILLAGE, "西村").build();
        RegisterTally b = RegisterTally.builder(sy).name(VILLAGE, "东村").build();
        assertEquals("东村", a.merge(b).areaNames().get(VILLAGE));
        assertEquals("东村", b.merge(a).areaNames().get(VILLAGE));
    }
}
