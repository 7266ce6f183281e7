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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.EdgeRegisters;
import io.github.fpkit.testkit.Theories;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The result records of registers on the edges of periods of every notation: shares within
 * 0–100 %, intervals around their values, undefined exactly when the denominator is 0, the
 * families summing up, and an indicator without its input table not computed.
 */
class EdgePeriodResultsTest {
    private static long count(ComputedIndicators c, AreaCode area, Indicator indicator) {
        return c.result(area, indicator).orElseThrow().numerator().getAsLong();
    }

    @Test
    void property_resultsAreConsistent() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(EdgeRegisters.periods(), EdgeRegisters.seeds()).checkAssert((period, seed) -> {
            ComputedIndicators c = Indicators.compute(EdgeRegisters.register(seed, period), period);
            for (IndicatorResult r : c.results()) {
                if (r.unit() == Unit.PERCENT && r.value().isPresent()) {
                    assertTrue(r.value().getAsDouble() >= 0 && r.value().getAsDouble() <= 100, r.toString());
                }
                if (r.ciLow().isPresent()) {
                    double v = r.value().getAsDouble();
                    assertTrue(r.ciLow().getAsDouble() <= v && v <= r.ciHigh().getAsDouble(), r.toString());
                }
                if (r.denominator().isPresent()) {
                    assertEquals(r.denominator().getAsDouble() > 0, r.value().isPresent(), r.toString());
                }
            }
            for (AreaCode area : c.areas()) {
                long users = 0;
                for (ContraceptiveMethod m : ContraceptiveMethod.values()) {
                    users += count(c, area, Indicator.users(m));
                }
                assertEquals(count(c, area, Indicator.CPR), users, area + " " + period);
                assertEquals(count(c, area, Indicator.MARRIED_WRA), count(c, area, Indicator.PARITY_0) + count(c, area, Indicator.PARITY_1)
                        + count(c, area, Indicator.PARITY_2) + count(c, area, Indicator.PARITY_3P), area + " " + period);
                assertEquals(count(c, area, Indicator.LIVE_BIRTHS), count(c, area, Indicator.BIRTHS_ORDER_1)
                        + count(c, area, Indicator.BIRTHS_ORDER_2) + count(c, area, Indicator.BIRTHS_ORDER_3P), area + " " + period);
            }
        });
    }

    @Test
    void test_withoutBirths_parityAndFertilityAreNotComputed() {
        ReportingPeriod sy = ReportingPeriod.parse("2009SY");
        Register full = EdgeRegisters.register(1, sy);
        Register.Builder b = Register.builder();
        full.tables().stream().filter(t -> t != RegisterTable.BIRTHS).forEach(b::withTable);
        full.women().forEach(b::add);
        ComputedIndicators c = Indicators.compute(b.build(), sy);
        EnumSet<Indicator> needBirths = EnumSet.of(Indicator.PARITY_0, Indicator.PARITY_1, Indicator.PARITY_2, Indicator.PARITY_3P,
                Indicator.TFR, Indicator.LIVE_BIRTHS, Indicator.CBR);
        assertTrue(c.unavailable().containsAll(needBirths), c.unavailable().toString());
        assertTrue(c.results().stream().noneMatch(r -> needBirths.contains(r.indicator())));
        assertTrue(c.results().stream().anyMatch(r -> r.indicator() == Indicator.MARRIED_WRA));
    }
}
