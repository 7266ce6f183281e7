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
package io.github.fpkit.indicators.engine;

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.testkit.CountyRegisters;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.Theories;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndexAccumulatorTest {
    private static final int HEAVY = Theories.ALGEBRAIC;
    private static final WomenIndex WOMEN = WomenIndex.of(Stream.of(Woman.builder().id("W").areaCode(AreaCode.of("990101001001"))
            .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build()));

    @Test
    void test_merge_requiresTheSameIndexAndPeriod() {
        IndexAccumulator a = IndexAccumulator.empty(WOMEN, CountyRegisters.PERIOD);
        WomenIndex other = WomenIndex.of(Stream.empty());
        assertThrows(IllegalArgumentException.class, () -> a.merge(IndexAccumulator.empty(other, CountyRegisters.PERIOD)));
        assertThrows(IllegalArgumentException.class, () -> a.merge(IndexAccumulator.empty(WOMEN, ReportingPeriod.parse("2009"))));
    }

    @Test
    void test_merge_addsUnattributedRecords_andLeavesItsInputsUnchanged() {
        Birth orphan = Birth.builder().id("B").motherId("X").birthDate(LocalDate.of(2009, 1, 1)).sex(Sex.MALE).birthOrder(1).build();
        Birth own = Birth.builder().id("C").motherId("W").birthDate(LocalDate.of(2009, 1, 1)).sex(Sex.MALE).birthOrder(1).build();
        IndexAccumulator a = IndexAccumulator.empty(WOMEN, CountyRegisters.PERIOD).add(orphan);
        IndexAccumulator b = IndexAccumulator.empty(WOMEN, CountyRegisters.PERIOD).add(orphan).add(own);
        RegisterTally m = a.merge(b).tally(1, null);
        assertEquals(Map.of(RegisterTable.BIRTHS, 2L), m.unattributedRecords());
        assertEquals(Map.of(RegisterTable.BIRTHS, 1L), a.tally(1, null).unattributedRecords());
        AreaTally county = m.tallies(AreaLevel.COUNTY).get(CountyRegisters.COUNTY);
        assertEquals(1, county.count(Indicator.LIVE_BIRTHS));
        assertEquals(1, county.count(Indicator.PARITY_1));
        assertEquals(0, a.tally(1, null).tallies(AreaLevel.COUNTY).get(CountyRegisters.COUNTY).count(Indicator.LIVE_BIRTHS));
    }

    @Test
    void test_everyAdd_returnsTheAccumulatorItself_soThatAddsChain() {
        Register register = CountyRegisters.register(1);
        IndexAccumulator acc = IndexAccumulator.empty(WOMEN, CountyRegisters.PERIOD);
        assertSame(acc, acc.add(register.areas().findFirst().orElseThrow()));
        assertSame(acc, acc.add(register.populationCounts().findFirst().orElseThrow()));
        assertSame(acc, acc.add(register.births().findFirst().orElseThrow()));
        assertSame(acc, acc.add(register.deaths().findFirst().orElseThrow()));
        assertSame(acc, acc.add(register.contraceptiveEpisodes().findFirst().orElseThrow()));
        assertSame(acc, acc.add(register.pregnancies().findFirst().orElseThrow()));
        assertSame(acc, acc.add(register.procedures().findFirst().orElseThrow()));
        assertSame(acc, acc.add(register.healthChecks().findFirst().orElseThrow()));
        assertSame(acc, acc.add(register.households().findFirst().orElseThrow()));
        assertSame(acc, acc.add(Distribution.builder().womanId("W").method(ContraceptiveMethod.CONDOM).quantity(10)
                .date(LocalDate.of(2009, 1, 1)).build()));
    }

    @Test
    void property_countyComputedDirectly_equalsMergeOfRandomPartsAndOfItsVillages() {
        qt().withExamples(HEAVY).forAll(CountyRegisters.seeds(), longs().all(), integers().between(1, 4))
                .checkAssert((seed, partitionSeed, parts) -> {
                    Register register = CountyRegisters.register(seed);
                    WomenIndex women;
                    try (Stream<Woman> s = register.women()) {
                        women = WomenIndex.of(s);
                    }
                    IndexAccumulator whole = feed(IndexAccumulator.empty(women, CountyRegisters.PERIOD), register);
                    IndexAccumulator merged = IndexAccumulator.empty(women, CountyRegisters.PERIOD);
                    for (Register part : CountyRegisters.partition(register, parts, partitionSeed)) {
                        merged = merged.merge(feed(IndexAccumulator.empty(women, CountyRegisters.PERIOD), part));
                    }
                    RegisterTally wholeTally = whole.tally(1, null);
                    assertEquals(wholeTally, merged.tally(1, null));
                    Map<AreaCode, AreaTally> county = wholeTally.tallies(AreaLevel.COUNTY);
                    // The county's counts are its villages' counts (the generator codes records at villages and
                    // states populations only for villages): its population is their sum when every village
                    // states one, and unknown otherwise.
                    Collection<AreaTally> villageTallies = wholeTally.tallies(AreaLevel.VILLAGE).values();
                    AreaTally countyTally = county.get(CountyRegisters.COUNTY);
                    for (Indicator count : EnumSet.of(Indicator.LIVE_BIRTHS, Indicator.DEATHS, Indicator.WRA,
                            Indicator.MARRIED_WRA, Indicator.USERS_IUD, Indicator.PROC_INDUCED_ABORTION)) {
                        assertEquals(villageTallies.stream().mapToLong(t -> t.count(count)).sum(), countyTally.count(count),
                                count.code());
                    }
                    boolean everyVillageStatesOne = villageTallies.stream().allMatch(t -> t.population().isPresent());
                    assertEquals(everyVillageStatesOne, countyTally.population().isPresent());
                    if (everyVillageStatesOne) {
                        assertEquals(0, villageTallies.stream().map(t -> t.population().get())
                                .reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(countyTally.population().get()));
                    }
                });
    }

    @Test
    void property_talliesCountedInRanges_equalOnePass() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // Women repeated and events shuffled, so that a household's women and a village's lie in several ranges.
            qt().withExamples(Theories.ALGEBRAIC).forAll(CountyRegisters.seeds(), integers().between(2, 5)).checkAssert((seed, threads) -> {
                Register register = CountyRegisters.shuffledEvents(CountyRegisters.withRepeatedWomen(CountyRegisters.register(seed), seed), seed);
                WomenIndex women;
                try (Stream<Woman> s = register.women()) {
                    women = WomenIndex.of(s);
                }
                IndexAccumulator acc = feed(IndexAccumulator.empty(women, CountyRegisters.PERIOD), register);
                RegisterTally one = acc.tally(1, null);
                assertEquals(one, acc.tally(threads, pool));
                assertEquals(one, acc.tally(threads, null));
            });
        } finally {
            pool.shutdown();
        }
    }

    private static IndexAccumulator feed(IndexAccumulator acc, Register register) {
        register.areas().forEach(acc::add);
        if (register.has(RegisterTable.POPULATION)) {
            register.populationCounts().forEach(acc::add);
        }
        register.births().forEach(acc::add);
        register.deaths().forEach(acc::add);
        register.contraceptiveEpisodes().forEach(acc::add);
        register.pregnancies().forEach(acc::add);
        register.procedures().forEach(acc::add);
        register.healthChecks().forEach(acc::add);
        register.households().forEach(acc::add);
        return acc;
    }
}
