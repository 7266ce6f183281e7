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
package io.github.fpkit.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Rate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A share of 100 % (every married woman a user, every married woman checked) is a proportion like
 * any other and keeps its Wilson interval, whose upper end is 100; only a part above its
 * whole has none.
 */
class FullShareIntervalTest {
    private static IndicatorResult result(AggregateReport report, Indicator indicator) {
        return AggregateIndicators.compute(report).stream().filter(r -> r.indicator() == indicator).findFirst().orElseThrow();
    }

    private static AggregateReport report(long married, long users) {
        return AggregateReport.builder().from(TownshipReports.consistent()).statedRates(List.of())
                .women(WomenCounts.builder().married(married).build())
                .contraception(ContraceptiveUse.builder().users(users).build()).build();
    }

    @Test
    void test_everyMarriedWomanAUser_hasTheWilsonIntervalEndingAt100() {
        IndicatorResult cpr = result(report(250, 250), Indicator.CPR);
        assertEquals(100.0, cpr.value().getAsDouble());
        assertEquals(100.0, cpr.ciHigh().getAsDouble());
        assertEquals(Rate.of(Indicator.CPR, 250, 250).interval().orElseThrow().low(), cpr.ciLow().getAsDouble());
        assertTrue(cpr.ciLow().getAsDouble() < 100.0);
    }

    @Test
    void test_aShareWhoseNumeratorIsTheLargestLong_isStillAResult() {
        AggregateReport report = AggregateReport.builder().from(TownshipReports.consistent()).statedRates(List.of())
                .contraception(ContraceptiveUse.builder().users(Long.MAX_VALUE)
                        .putByMethod(io.github.fpkit.model.ContraceptiveMethod.IUD, Long.MAX_VALUE).build()).build();
        IndicatorResult longActing = result(report, Indicator.LONG_ACTING_SHARE);
        assertEquals(Long.MAX_VALUE, longActing.numerator().getAsLong());
        assertEquals(100.0, longActing.value().getAsDouble());
    }

    @Test
    void test_oneUserMoreThanMarriedWomen_hasNoInterval() {
        IndicatorResult cpr = result(report(250, 251), Indicator.CPR);
        assertTrue(cpr.value().isPresent());
        assertTrue(cpr.ciLow().isEmpty() && cpr.ciHigh().isEmpty());
    }

    @Test
    void test_everyMarriedWomanChecked_hasTheIntervalEndingAt100() {
        AggregateReport report = AggregateReport.builder().from(report(40, 40))
                .healthChecks(HealthChecks.builder().due(40).done(40).build()).build();
        IndicatorResult coverage = result(report, Indicator.HEALTH_CHECK_COVERAGE);
        assertEquals(100.0, coverage.value().getAsDouble());
        assertEquals(100.0, coverage.ciHigh().getAsDouble());
    }
}
