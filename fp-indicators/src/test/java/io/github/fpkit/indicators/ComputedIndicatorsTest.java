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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.testkit.CountyRegisters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ComputedIndicatorsTest {
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2009SY");
    private static final AreaCode TOWNSHIP = AreaCode.of("990101001000");
    private static final AreaCode VILLAGE_1 = AreaCode.of("990101001001");
    private static final AreaCode VILLAGE_2 = AreaCode.of("990101001002");

    private static IndicatorResult count(AreaCode area, Indicator indicator, long n) {
        return IndicatorResult.builder().area(area).period(PERIOD).indicator(indicator).numerator(n).value(n).build();
    }

    /** A township and two villages, each with live births and deaths, in the order the engine gives. */
    private static ComputedIndicators computed() {
        List<IndicatorResult> results = List.of(
                count(TOWNSHIP, Indicator.LIVE_BIRTHS, 30), count(TOWNSHIP, Indicator.DEATHS, 12),
                count(VILLAGE_1, Indicator.LIVE_BIRTHS, 10), count(VILLAGE_1, Indicator.DEATHS, 5),
                count(VILLAGE_2, Indicator.LIVE_BIRTHS, 20), count(VILLAGE_2, Indicator.DEATHS, 7));
        return new ComputedIndicators(PERIOD, results, Set.of(Indicator.CDR), Map.of(), Map.of());
    }

    @Test
    void result_findsTheAreasIndicator() {
        assertEquals(20, computed().result(VILLAGE_2, Indicator.LIVE_BIRTHS).orElseThrow().numerator().getAsLong());
    }

    @Test
    void result_ofAnAreaNotComputed_isEmpty() {
        assertEquals(Optional.empty(), computed().result(AreaCode.of("990101001003"), Indicator.LIVE_BIRTHS));
    }

    @Test
    void result_ofAnIndicatorNotComputed_isEmpty() {
        assertEquals(Optional.empty(), computed().result(VILLAGE_1, Indicator.CDR));
    }

    @Test
    void resultsForAnArea_areItsResultsInCatalogueOrder() {
        assertEquals(List.of(count(VILLAGE_1, Indicator.LIVE_BIRTHS, 10), count(VILLAGE_1, Indicator.DEATHS, 5)),
                computed().resultsFor(VILLAGE_1));
        assertEquals(List.of(), computed().resultsFor(AreaCode.of("990101001003")));
    }

    @Test
    void resultsForAnIndicator_areEveryAreasByAreaCode() {
        assertEquals(List.of(count(TOWNSHIP, Indicator.DEATHS, 12), count(VILLAGE_1, Indicator.DEATHS, 5),
                count(VILLAGE_2, Indicator.DEATHS, 7)), computed().resultsFor(Indicator.DEATHS));
        assertEquals(List.of(), computed().resultsFor(Indicator.CDR));
    }

    @Test
    void resultsAtALevel_areThatLevelsAreas() {
        assertEquals(List.of(count(TOWNSHIP, Indicator.LIVE_BIRTHS, 30), count(TOWNSHIP, Indicator.DEATHS, 12)),
                computed().resultsAt(AreaLevel.TOWNSHIP));
        assertEquals(4, computed().resultsAt(AreaLevel.VILLAGE).size());
        assertEquals(List.of(), computed().resultsAt(AreaLevel.COUNTY));
    }

    @Test
    void areas_areInResultOrder() {
        assertEquals(List.of(TOWNSHIP, VILLAGE_1, VILLAGE_2), List.copyOf(computed().areas()));
    }

    @Test
    void stream_isTheResultsInOrder() {
        assertEquals(computed().results(), computed().stream().collect(Collectors.toList()));
    }

    @Test
    void everyLookUp_agreesWithAScanOfTheResults() {
        qt().withExamples(30).forAll(CountyRegisters.registers()).checkAssert(register -> {
            ComputedIndicators computed = Indicators.compute(register, CountyRegisters.PERIOD);
            List<IndicatorResult> results = computed.results();
            for (AreaCode area : computed.areas()) {
                assertEquals(filter(results, r -> r.area().equals(area)), computed.resultsFor(area));
                for (Indicator indicator : Indicator.values()) {
                    assertEquals(results.stream().filter(r -> r.area().equals(area) && r.indicator() == indicator)
                            .findFirst(), computed.result(area, indicator));
                }
            }
            for (Indicator indicator : Indicator.values()) {
                assertEquals(filter(results, r -> r.indicator() == indicator), computed.resultsFor(indicator));
            }
            for (AreaLevel level : AreaLevel.values()) {
                assertEquals(filter(results, r -> r.area().level() == level), computed.resultsAt(level));
            }
            assertEquals(results.stream().map(IndicatorResult::area).distinct().collect(Collectors.toList()),
                    List.copyOf(computed.areas()));
            assertTrue(computed.areas().size() > 1);
        });
    }

    private static List<IndicatorResult> filter(List<IndicatorResult> results,
            Predicate<IndicatorResult> keep) {
        return results.stream().filter(keep).collect(Collectors.toList());
    }
}
