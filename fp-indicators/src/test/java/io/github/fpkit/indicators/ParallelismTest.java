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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.testkit.CountyRegisters;
import io.github.fpkit.indicators.testing.StreamingSource;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.Theories;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Threads change nothing: the results are those of one sequential pass, and a failing table closes every stream. */
class ParallelismTest {
    @Test
    void property_anyParallelism_sameResultsToTheLastBit() {
        qt().withExamples(Theories.ALGEBRAIC).forAll(CountyRegisters.registers(), integers().between(2, 5)).checkAssert((register, threads) -> {
            ComputedIndicators one = IndicatorCalculator.builder().parallelism(1).build().compute(register, CountyRegisters.PERIOD);
            ComputedIndicators many = IndicatorCalculator.builder().parallelism(threads).build()
                    .compute(register, CountyRegisters.PERIOD);
            assertEquals(one.results(), many.results());
            assertEquals(one.unattributedRecords(), many.unattributedRecords());
        });
    }

    @Test
    void property_aFailingTable_rethrowsItsFailureUnchanged_andClosesEveryStream() {
        qt().withExamples(60).forAll(CountyRegisters.registers(), integers().between(1, 4),
                integers().between(0, RegisterTable.values().length - 1)).checkAssert((register, threads, t) -> {
                    RegisterTable table = RegisterTable.values()[t];
                    RuntimeException failure = new UncheckedIOException(new IOException("disk gone while reading " + table));
                    StreamingSource source = new StreamingSource(register, false, table, failure);
                    IndicatorCalculator calculator = IndicatorCalculator.builder().parallelism(threads).build();
                    assertSame(failure, assertThrows(RuntimeException.class, () -> calculator.compute(source, CountyRegisters.PERIOD)));
                    assertEquals(0, source.stillOpen());
                });
    }

    @Test
    void test_parallelism_belowOne_rejected() {
        assertThrows(IllegalArgumentException.class, () -> IndicatorCalculator.builder().parallelism(0));
    }
}
