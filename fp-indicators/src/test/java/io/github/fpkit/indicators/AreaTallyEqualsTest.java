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

import static io.github.fpkit.indicators.testing.TallyGenerators.areaTallies;
import static io.github.fpkit.indicators.testing.TallyGenerators.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.testkit.Theories;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Two tallies are equal exactly when every count and the population are: the algebra of
 * merge (associative, commutative, empty as identity) is stated with equals, so equals must
 * tell tallies apart.
 */
class AreaTallyEqualsTest {
    @Test
    void test_aTallyDifferingInOneCount_isNotEqual() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(areaTallies(), counts(), integers().between(1, 1000))
                .checkAssert((tally, count, delta) -> {
                    AreaTally changed = tally.merge(AreaTally.builder().add(count, delta).build());
                    assertNotEquals(tally, changed);
                    assertNotEquals(changed, tally);
                    assertEquals(tally.count(count) + delta, changed.count(count));
                });
    }

    @Test
    void test_aTallyDifferingInItsPopulation_isNotEqual() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(areaTallies()).checkAssert(tally -> {
            BigDecimal other = tally.population().orElse(BigDecimal.ZERO).add(BigDecimal.valueOf(0.5));
            assertNotEquals(tally, tally.withPopulation(other));
            if (tally.population().isPresent()) {
                assertNotEquals(tally, tally.withoutPopulation());
            } else {
                assertNotEquals(tally, tally.withPopulation(BigDecimal.ZERO));
            }
        });
    }

    @Test
    void test_aCopy_isEqual_withTheSameHash() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(areaTallies()).checkAssert(tally -> {
            AreaTally copy = AreaTally.fromBytes(tally.toBytes());
            assertTrue(tally != copy);
            assertEquals(tally, copy);
            assertEquals(tally.hashCode(), copy.hashCode());
        });
    }

    @Test
    void test_populationsOfOneValue_areOnePopulation() {
        AreaTally whole = AreaTally.builder().population(new BigDecimal("1200")).build();
        assertEquals(whole, AreaTally.builder().population(new BigDecimal("1200.00")).build());
        assertEquals(whole.hashCode(), AreaTally.builder().population(new BigDecimal("1.2E+3")).build().hashCode());
        assertEquals(AreaTally.builder().population(BigDecimal.ZERO).build(),
                AreaTally.builder().population(new BigDecimal("0.000")).build());
    }

    @Test
    void test_onlyTheEmptyTally_isEmpty() {
        assertTrue(AreaTally.empty().isEmpty());
        assertTrue(AreaTally.builder().build().isEmpty());
        assertFalse(AreaTally.builder().add(Count.DEATHS, 1).build().isEmpty());
        assertFalse(AreaTally.builder().population(BigDecimal.ZERO).build().isEmpty());
        assertFalse(AreaTally.empty().equals("AreaTally{population=unknown}"));
    }

    @Test
    void test_merge_addsEveryCountAndTheKnownPopulations() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(areaTallies(), areaTallies()).checkAssert((a, b) -> {
            AreaTally sum = a.merge(b);
            for (Count c : Count.values()) {
                assertEquals(a.count(c) + b.count(c), sum.count(c), c.name());
            }
            if (a.population().isPresent() && b.population().isPresent()) {
                assertEquals(0, a.population().get().add(b.population().get()).compareTo(sum.population().orElseThrow()));
            } else {
                assertEquals(a.population().or(b::population).map(BigDecimal::stripTrailingZeros),
                        sum.population().map(BigDecimal::stripTrailingZeros));
            }
        });
    }
}
