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
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The explanation of crude rates left undefined by missing population rows: one line per cause. */
class MissingPopulationRowsTest {
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");
    private static final AreaCode V1 = AreaCode.of("990101001001");
    private static final AreaCode V2 = AreaCode.of("990101001002");

    /** A county of one township of two villages, each with a birth (no deaths table: only CBR), only the first with a population row. */
    private static Register register(boolean townshipRow) {
        Register.Builder b = Register.builder().add(Area.of(AreaCode.of("990101000000"), "县")).add(Area.of(V1, "一村"))
                .add(Area.of(V2, "二村"))
                .add(PopulationCount.builder().areaCode(V1).period(SY).averagePopulation(500).build());
        if (townshipRow) {
            b.add(Area.of(AreaCode.of("990101001000"), "乡"));
        }
        for (AreaCode v : List.of(V1, V2)) {
            String id = "W" + v;
            b.add(Woman.builder().id(id).areaCode(v).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build());
            b.add(Birth.builder().id("B" + v).motherId(id).birthDate(LocalDate.of(2009, 1, 1)).sex(Sex.MALE).birthOrder(1).build());
        }
        return b.build();
    }

    @Test
    void oneMissingVillage_leavesItsTownshipAndCountyUndefined_oneLineNamingBoth() {
        assertEquals(List.of("CBR undefined for 990101000000 县 and 990101001000 乡 in 2009SY: population.csv has no row for "
                + "990101001002 二村 (add it, or one for each of 990101000000 and 990101001000)"),
                MissingPopulationRows.explain(register(true)));
    }

    @Test
    void anAreaWithoutAName_isNamedByItsCodeOnce() {
        assertEquals(List.of("CBR undefined for 990101000000 县 and 990101001000 in 2009SY: population.csv has no row for "
                + "990101001002 二村 (add it, or one for each of 990101000000 and 990101001000)"),
                MissingPopulationRows.explain(register(false)));
    }

    @Test
    void levelsShown_andVillagesAreNotExplained() {
        ComputedIndicators computed = IndicatorCalculator.builder()
                .levels(MissingPopulationRows.levelsNeeded(EnumSet.of(AreaLevel.TOWNSHIP))).build().compute(register(true), SY);
        assertEquals(EnumSet.of(AreaLevel.TOWNSHIP, AreaLevel.VILLAGE), MissingPopulationRows.levelsNeeded(EnumSet.of(AreaLevel.TOWNSHIP)));
        assertEquals(List.of("CBR undefined for 990101001000 乡 in 2009SY: population.csv has no row for 990101001002 二村 "
                + "(add it, or one for 990101001000 itself)"), MissingPopulationRows.explain(computed, EnumSet.of(AreaLevel.TOWNSHIP)));
        assertEquals(List.of(), MissingPopulationRows.explain(computed, EnumSet.of(AreaLevel.VILLAGE)));
    }

    @Test
    void noPopulationTable_orNoRowForAnyArea() {
        assertEquals(List.of(), MissingPopulationRows.explain(Register.builder().add(register(true).women().findFirst().orElseThrow())
                .build()));
        Register none = Register.builder().withTable(RegisterTable.POPULATION).withTable(RegisterTable.BIRTHS)
                .add(register(true).women().findFirst().orElseThrow()).build();
        ComputedIndicators computed = Indicators.compute(none, SY);
        assertEquals(List.of("CBR undefined everywhere: population.csv has no row for 2009SY"),
                MissingPopulationRows.explain(computed, a -> true));
    }
    /** A township of villages 001 … n, each with a birth, only village 001 with a population row. */
    private static Register villages(int n) {
        Register.Builder b = Register.builder().add(PopulationCount.builder().areaCode(AreaCode.of("990101001001")).period(SY)
                .averagePopulation(500).build());
        for (int k = 1; k <= n; k++) {
            AreaCode v = AreaCode.of(String.format("990101001%03d", k));
            b.add(Woman.builder().id("W" + k).areaCode(v).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build());
            b.add(Birth.builder().id("B" + k).motherId("W" + k).birthDate(LocalDate.of(2009, 1, 1)).sex(Sex.MALE).birthOrder(1).build());
        }
        return b.build();
    }

    @Test
    void tenMissingRowsAreNamed_moreAreCounted() {
        String ten = IntStream.rangeClosed(2, 11).mapToObj(k -> String.format("990101001%03d", k))
                .collect(Collectors.joining(", "));
        String undefined = "CBR undefined for 990101000000 and 990101001000 in 2009SY: population.csv has no row for ";
        String own = " (add them, or one for each of 990101000000 and 990101001000)";
        assertEquals(List.of(undefined + ten + own), MissingPopulationRows.explain(villages(11)));
        assertEquals(List.of(undefined + ten + " and 1 more" + own), MissingPopulationRows.explain(villages(12)));
        assertEquals(List.of(undefined + ten + " and 3 more" + own), MissingPopulationRows.explain(villages(14)));
    }
}
