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

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.report.StatedRate;
import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RowCounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Distinct values of the indicators API have distinct hash codes, nearly always, so that
 * sets and maps of them (tallies by area, results, rates) stay fast.
 */
class HashSpreadTest {
    private static final int VALUES = 500;

    private static void assertSpread(IntFunction<Object> value) {
        Set<Object> values = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < VALUES; i++) {
            Object v = value.apply(i);
            values.add(v);
            hashes.add(v.hashCode());
        }
        assertTrue(values.size() == VALUES && hashes.size() > VALUES * 9 / 10, values.size() + " values, " + hashes.size() + " hashes");
    }

    @Test
    void test_tallies() {
        assertSpread(i -> AreaTally.builder().add(Count.WRA, i).build());
        Count last = Count.values()[Count.values().length - 1];
        assertSpread(i -> AreaTally.builder().add(last, i).build());
        assertSpread(i -> AreaTally.builder().population(BigDecimal.valueOf(i)).build());
        ReportingPeriod sy = ReportingPeriod.parse("2009SY");
        assertSpread(i -> RegisterTally.builder(sy).area(AreaCode.ofNumber(990101001000L + i)).build());
        assertSpread(i -> TableRows.of(RowCounts.of(1000, i % 20), i / 20));
    }

    @Test
    void test_ratesAndIntervals() {
        assertSpread(i -> Rate.of(Indicator.CPR, i, 1000));
        assertSpread(i -> ConfidenceInterval.of(0, i, 0.95));
        assertSpread(i -> StatedRate.of(Indicator.CPR, BigDecimal.valueOf(i, 1)));
        assertSpread(i -> {
            List<Rate> rates = new ArrayList<>();
            for (AgeGroup g : AgeGroup.values()) {
                rates.add(Rate.of(Indicator.asfr(g), g == AgeGroup.AGE_25_29 ? i : 0, 1000));
            }
            return TotalFertilityRate.of(rates);
        });
    }

    @Test
    void test_declarations() {
        Count[] counts = Count.values();
        assertSpread(i -> CountSum.of(counts[i % counts.length]).plus(counts[i / counts.length]));
        assertSpread(i -> Formula.ratio(CountSum.of(counts[i % counts.length]), CountSum.of(counts[i / counts.length])));
        assertSpread(i -> HouseholdChildren.of("H" + i, 2, 1));
        assertSpread(i -> WomanHistory.of(Woman.builder().id("W" + i).areaCode(AreaCode.of("990101001001"))
                .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build()));
    }

    @Test
    void test_termsOfOneCount_hashApartBySign() {
        Set<Integer> hashes = new HashSet<>();
        for (Count c : Count.values()) {
            hashes.add(CountSum.of(c).terms().get(0).hashCode());
            hashes.add(CountSum.of(Count.WRA).minus(c).terms().get(1).hashCode());
        }
        assertTrue(hashes.size() > Count.values().length * 2 * 9 / 10, hashes.size() + " hashes");
    }
}
