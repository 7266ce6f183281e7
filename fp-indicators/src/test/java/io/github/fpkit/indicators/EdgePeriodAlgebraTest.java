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
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.testkit.CountyRegisters;
import io.github.fpkit.testkit.EdgeRegisters;
import io.github.fpkit.testkit.Theories;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The algebra of tallies on registers that sit on the edges of periods of every notation:
 * women's record cards in any grouping, serialised and merged, give the engine's tally;
 * record order and parallelism change nothing; a county's tally is the merge of its
 * townships' and of the villages coded directly under it.
 */
class EdgePeriodAlgebraTest {
    @Test
    void property_recordCardsInKGroups_mergeToTheEngineTally() {
        Theories.qt().withExamples(Theories.ALGEBRAIC)
                .forAll(EdgeRegisters.periods(), EdgeRegisters.seeds(), longs().all(), integers().between(1, 4))
                .checkAssert((period, seed, split, k) -> {
                    Register register = EdgeRegisters.register(seed, period);
                    assertEquals(IndicatorCalculator.tally(register, period),
                            PerWomanDecompositionTest.perWoman(register, period, k, new Random(split)), period.toString());
                });
    }

    @Test
    void property_anyOrderAndParallelism_giveTheSameResults() {
        Theories.qt().withExamples(Theories.ALGEBRAIC)
                .forAll(EdgeRegisters.periods(), EdgeRegisters.seeds(), longs().all(), integers().between(1, 3))
                .checkAssert((period, seed, shuffle, threads) -> {
                    Register register = EdgeRegisters.register(seed, period);
                    ComputedIndicators expected = Indicators.compute(register, period);
                    IndicatorCalculator calculator = IndicatorCalculator.builder().parallelism(threads).build();
                    assertEquals(expected.results(), calculator.compute(CountyRegisters.shuffled(register, shuffle), period).results(),
                            period.toString());
                });
    }

    @Test
    void property_theCountyCounts_areTheMergeOfTheLevelBelow() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(EdgeRegisters.periods(), EdgeRegisters.seeds()).checkAssert((period, seed) -> {
            RegisterTally tally = IndicatorCalculator.tally(EdgeRegisters.register(seed, period), period);
            AreaTally below = AreaTally.empty();
            for (Map.Entry<AreaCode, AreaTally> e : tally.tallies(AreaLevel.TOWNSHIP).entrySet()) {
                below = below.merge(e.getValue().withoutPopulation());
            }
            for (Map.Entry<AreaCode, AreaTally> e : tally.tallies(AreaLevel.VILLAGE).entrySet()) {
                if (e.getKey().at(AreaLevel.TOWNSHIP).isEmpty()) {
                    below = below.merge(e.getValue().withoutPopulation());
                }
            }
            AreaTally county = tally.tallies(AreaLevel.COUNTY).get(EdgeRegisters.COUNTY);
            assertEquals(below, county.withoutPopulation(), period.toString());
        });
    }
}
