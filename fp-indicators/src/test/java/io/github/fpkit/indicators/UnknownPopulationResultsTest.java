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
import io.github.fpkit.model.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An area without a population has no CBR, CDR or NIR, but its results still state their
 * numerators — births, deaths, births − deaths — for a reader who has the population elsewhere.
 */
class UnknownPopulationResultsTest {
    private static final AreaCode TOWNSHIP = AreaCode.of("990101001000");
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");

    private static IndicatorResult result(AreaTally tally, Indicator indicator) {
        return tally.result(indicator, TOWNSHIP, Optional.of("乡"), SY, 0.95);
    }

    @Test
    void test_numeratorsOfAnAreaWithBirthsAndMoreDeaths() {
        AreaTally tally = AreaTally.builder().add(Count.LIVE_BIRTHS, 5).add(Count.DEATHS, 8).build();
        assertEquals(5, result(tally, Indicator.CBR).numerator().getAsLong());
        assertEquals(8, result(tally, Indicator.CDR).numerator().getAsLong());
        assertEquals(-3, result(tally, Indicator.NIR).numerator().getAsLong());
        for (Indicator i : new Indicator[] {Indicator.CBR, Indicator.CDR, Indicator.NIR}) {
            IndicatorResult r = result(tally, i);
            assertTrue(r.denominator().isEmpty() && r.value().isEmpty() && r.ciLow().isEmpty(), r.toString());
            assertEquals(ResultStatus.UNDEFINED, r.status(), r.toString());
        }
    }

    @Test
    void test_withThePopulation_theSameNumeratorsGiveRates() {
        AreaTally tally = AreaTally.builder().add(Count.LIVE_BIRTHS, 5).add(Count.DEATHS, 8).population(new BigDecimal(1000)).build();
        assertEquals(-3.0, result(tally, Indicator.NIR).value().getAsDouble(), 1e-12);
        assertEquals(8.0, result(tally, Indicator.CDR).value().getAsDouble(), 1e-12);
        assertEquals(1000.0, result(tally, Indicator.CBR).denominator().getAsDouble());
    }
}
