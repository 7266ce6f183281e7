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

import io.github.fpkit.indicators.testing.CatalogueDefinitions;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.testkit.EdgeRegisters;
import io.github.fpkit.testkit.Theories;
import org.junit.jupiter.api.Test;

/**
 * The engine counts what the catalogue defines, on the edges where off-by-one errors live:
 * periods of every notation, events on and next to the first day, the last day and the
 * reference date, women turning 15 or 50 on those days or born on 29 February, populations
 * of townships and of other periods. The expected counts come from
 * {@link CatalogueDefinitions}, which reads the records with {@code java.time} only.
 */
class DefinitionsPropertiesTest {
    @Test
    void property_tallyOfEveryLevel_isTheCatalogueDefinition() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(EdgeRegisters.periods(), EdgeRegisters.seeds())
                .checkAssert((period, seed) -> {
                    Register register = EdgeRegisters.register(seed, period);
                    RegisterTally tally = IndicatorCalculator.tally(register, period);
                    for (AreaLevel level : AreaLevel.values()) {
                        assertEquals(CatalogueDefinitions.tallies(register, period, level), tally.tallies(level), period + " " + level);
                    }
                    assertEquals(CatalogueDefinitions.unattributed(register), tally.unattributedRecords(), period.toString());
                });
    }

    @Test
    void test_aPeriodOfOneDay_countsItsEvents() {
        ReportingPeriod day = ReportingPeriod.parse("2009-03-01/2009-03-01");
        Register register = EdgeRegisters.register(20090301L, day);
        RegisterTally tally = IndicatorCalculator.tally(register, day);
        assertEquals(CatalogueDefinitions.tallies(register, day, AreaLevel.COUNTY), tally.tallies(AreaLevel.COUNTY));
    }
}
