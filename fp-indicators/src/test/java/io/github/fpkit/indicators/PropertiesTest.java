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

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.testkit.CountyRegisters;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.testkit.Theories;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PropertiesTest {
    private static final int HEAVY = Theories.ALGEBRAIC;

    private static Gen<AreaTally> tallies() {
        return longs().all().map(seed -> {
            Random random = new Random(seed);
            AreaTally.Builder tally = AreaTally.builder();
            for (Count c : Count.values()) {
                tally.add(c, random.nextInt(1_000_000));
            }
            if (random.nextBoolean()) {
                tally.population(new BigDecimal(random.nextInt(100_000) / 4.0));
            }
            return tally.build();
        });
    }

    private static ComputedIndicators computeAll(Register register) {
        return Indicators.compute(register, CountyRegisters.PERIOD);
    }

    private static long count(ComputedIndicators c, AreaCode area, Indicator indicator) {
        return c.result(area, indicator).orElseThrow().numerator().getAsLong();
    }

    @Test
    void test_merge_isAssociativeCommutative_withEmptyAsIdentity() {
        qt().forAll(tallies(), tallies(), tallies()).check((a, b, c) ->
                a.merge(b).merge(c).equals(a.merge(b.merge(c)))
                        && a.merge(b).equals(b.merge(a))
                        && a.merge(AreaTally.empty()).equals(a)
                        && AreaTally.empty().merge(a).equals(a));
    }

    @Test
    void test_sharesLieIn0To100_andIntervalsContainTheirValue() {
        qt().withExamples(HEAVY).forAll(CountyRegisters.registers()).checkAssert(register -> {
            for (IndicatorResult r : computeAll(register).results()) {
                if (r.unit() == Unit.PERCENT && r.value().isPresent()) {
                    double v = r.value().getAsDouble();
                    assertTrue(v >= 0 && v <= 100, r.toString());
                }
                if (r.ciLow().isPresent()) {
                    double v = r.value().getAsDouble();
                    assertTrue(r.ciLow().getAsDouble() <= v && v <= r.ciHigh().getAsDouble(), r.toString());
                }
            }
        });
    }

    @Test
    void test_swappingTheSexes_mapsSrbSTo10000OverS() {
        qt().withExamples(HEAVY).forAll(CountyRegisters.registers()).checkAssert(register -> {
            Register.Builder swapped = Register.builder();
            register.tables().forEach(swapped::withTable);
            register.areas().forEach(swapped::add);
            register.women().forEach(swapped::add);
            register.births().map(b -> Birth.builder().from(b).sex(b.sex().opposite()).build()).forEach(swapped::add);
            ComputedIndicators before = computeAll(register);
            ComputedIndicators after = computeAll(swapped.build());
            for (IndicatorResult r : before.results()) {
                if (r.indicator() != Indicator.SRB) {
                    continue;
                }
                IndicatorResult s = after.result(r.area(), Indicator.SRB).orElseThrow();
                assertEquals(r.numerator().getAsLong(), (long) s.denominator().getAsDouble());
                if (r.value().isPresent() && s.value().isPresent()) {
                    assertEquals(10000, r.value().getAsDouble() * s.value().getAsDouble(), 1e-9);
                } else {
                    // Only an area without female births before (or after) has an undefined SRB.
                    assertTrue(r.denominator().getAsDouble() == 0 || s.denominator().getAsDouble() == 0);
                }
            }
        });
    }

    @Test
    void test_sumsOfTheFamilies() {
        qt().withExamples(HEAVY).forAll(CountyRegisters.registers()).checkAssert(register -> {
            ComputedIndicators c = computeAll(register);
            for (IndicatorResult tfr : c.results()) {
                if (tfr.indicator() != Indicator.TFR) {
                    continue;
                }
                AreaCode area = tfr.area();
                long users = 0;
                for (ContraceptiveMethod m : ContraceptiveMethod.values()) {
                    users += count(c, area, Indicator.users(m));
                }
                assertEquals(count(c, area, Indicator.CPR), users);
                assertEquals(count(c, area, Indicator.MARRIED_WRA), count(c, area, Indicator.PARITY_0)
                        + count(c, area, Indicator.PARITY_1) + count(c, area, Indicator.PARITY_2) + count(c, area, Indicator.PARITY_3P));
                assertEquals(count(c, area, Indicator.LIVE_BIRTHS), count(c, area, Indicator.BIRTHS_ORDER_1)
                        + count(c, area, Indicator.BIRTHS_ORDER_2) + count(c, area, Indicator.BIRTHS_ORDER_3P));
                if (tfr.value().isPresent()) {
                    double sum = 0;
                    for (Indicator asfr : Indicator.TFR.ageSpecificRates()) {
                        sum += c.result(area, asfr).orElseThrow().value().getAsDouble();
                    }
                    assertEquals(5 * sum / 1000, tfr.value().getAsDouble(), 1e-12);
                }
            }
        });
    }

    @Test
    void test_resultsDoNotDependOnRecordOrder() {
        qt().withExamples(HEAVY).forAll(CountyRegisters.seeds(), longs().all()).checkAssert((seed, shuffle) -> {
            Register register = CountyRegisters.register(seed);
            List<IndicatorResult> expected = computeAll(register).results();
            assertEquals(expected, computeAll(CountyRegisters.shuffled(register, shuffle)).results());
        });
    }

    @Test
    void test_eventsInWomenOrderOrShuffled_sameResults_joinedToTheFirstRowOfARepeatedWoman() {
        qt().withExamples(HEAVY).forAll(CountyRegisters.seeds(), longs().all(), integers().between(1, 3))
                .checkAssert((seed, shuffle, threads) -> {
                    Register inOrder = CountyRegisters.withRepeatedWomen(CountyRegisters.register(seed), shuffle);
                    IndicatorCalculator calculator = IndicatorCalculator.builder().parallelism(threads).build();
                    ComputedIndicators expected = calculator.compute(inOrder, CountyRegisters.PERIOD);
                    assertEquals(expected.results(), calculator.compute(CountyRegisters.shuffledEvents(inOrder, shuffle),
                            CountyRegisters.PERIOD).results());
                    // Every live birth of the period counts in the village of its mother's first row.
                    Map<AreaCode, Long> births = new HashMap<>();
                    inOrder.births().filter(b -> b.isLive() && CountyRegisters.PERIOD.contains(b.birthDate())).forEach(b -> births.merge(
                            inOrder.women().filter(w -> w.id().equals(b.motherId())).findFirst().orElseThrow().areaCode(), 1L, Long::sum));
                    for (IndicatorResult r : expected.results()) {
                        if (r.indicator() == Indicator.LIVE_BIRTHS && r.area().level() == AreaLevel.VILLAGE) {
                            assertEquals(births.getOrDefault(r.area(), 0L), r.numerator().getAsLong(), r.area().toString());
                        }
                    }
                });
    }
}
