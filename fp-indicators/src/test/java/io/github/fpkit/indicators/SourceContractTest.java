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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import io.github.fpkit.indicators.testing.ForwardingSource;
import io.github.fpkit.testkit.CountyRegisters;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the engine takes from a {@link RegisterSource}: a source that drops repeated keys
 * itself keeps its own row counts; a stream that fails to close fails the computation,
 * after every stream is closed.
 */
class SourceContractTest {
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");

    private static Register register() {
        return Register.builder().add(Woman.builder().id("W1").areaCode(AreaCode.of("990101001001"))
                .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build()).withTable(RegisterTable.BIRTHS).build();
    }

    /** A register's records, as a source that rejected rows of its own and whose chosen streams fail to close. */
    private static final class CheckedSource extends ForwardingSource {
        private final Map<RegisterTable, RuntimeException> closeFailures;

        CheckedSource(Register register, Map<RegisterTable, RuntimeException> closeFailures) {
            super(register);
            this.closeFailures = closeFailures;
        }

        @Override
        protected <T> Stream<T> stream(RegisterTable table, Stream<T> records) {
            RuntimeException failure = closeFailures.get(table);
            return failure == null ? records : records.onClose(() -> {
                throw failure;
            });
        }

        @Override
        public boolean rejectsDuplicates() {
            return true;
        }

        @Override
        public Optional<RowCounts> rowCounts(RegisterTable table) {
            return Optional.of(RowCounts.of(register.women().count(), 3, 1));
        }
    }

    @Test
    void test_aSourceDroppingRepeatedKeys_keepsItsOwnRowCounts() {
        for (int threads = 1; threads <= 2; threads++) {
            ComputedIndicators c = IndicatorCalculator.builder().parallelism(threads).build()
                    .compute(new CheckedSource(register(), Map.of()), SY);
            assertEquals(Map.of(RegisterTable.WOMEN, TableRows.of(RowCounts.of(1, 3, 1), 0), RegisterTable.BIRTHS,
                    TableRows.of(RowCounts.of(1, 3, 1), 0)), c.tableRows());
            assertEquals(6, c.rejectedRows());
        }
    }

    @Test
    void test_aStreamFailingToClose_failsTheComputation_aSecondFailureSuppressed() {
        IllegalStateException women = new IllegalStateException("women");
        IllegalStateException births = new IllegalStateException("births");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> IndicatorCalculator.standard()
                .compute(new CheckedSource(register(), Map.of(RegisterTable.WOMEN, women)), SY));
        assertSame(women, thrown);
        IllegalStateException first = assertThrows(IllegalStateException.class, () -> IndicatorCalculator.standard()
                .compute(new CheckedSource(register(), Map.of(RegisterTable.WOMEN, women, RegisterTable.BIRTHS, births)), SY));
        assertSame(women, first);
        assertEquals(List.of(births), List.of(first.getSuppressed()));
    }

    @Test
    void test_theCalculatorSaysHowItIsConfigured() {
        IndicatorCalculator c = IndicatorCalculator.builder().confidenceLevel(0.9).indicators(EnumSet.of(Indicator.CPR))
                .levels(EnumSet.of(AreaLevel.TOWNSHIP)).parallelism(3).build();
        assertEquals(0.9, c.confidenceLevel());
        assertEquals(Set.of(Indicator.CPR), c.indicators());
        assertEquals(Set.of(AreaLevel.TOWNSHIP), c.levels());
        assertEquals(3, c.parallelism());
    }

    @Test
    void test_resultsOfOneArea_areThoseOfTheWholeTally_withAnyParallelism() {
        Register register = CountyRegisters.register(2009);
        RegisterTally tally = IndicatorCalculator.tally(register, CountyRegisters.PERIOD);
        ComputedIndicators whole = IndicatorCalculator.builder().parallelism(1).build().results(tally, register.tables());
        assertEquals(whole.results(), IndicatorCalculator.builder().parallelism(3).build().results(tally, register.tables()).results());
        AreaCode county = CountyRegisters.COUNTY;
        AreaTally countyTally = tally.tallies(AreaLevel.COUNTY).get(county);
        assertEquals(whole.resultsFor(county), IndicatorCalculator.standard().results(county, Optional.of("县"), countyTally,
                CountyRegisters.PERIOD, register.tables()));
    }
}
