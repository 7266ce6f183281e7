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
package io.github.fpkit.indicators.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.testing.VillageResults;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConsistencyOverTimeTest {
    private static final AreaCode VILLAGE = VillageResults.village(1);

    private static List<String> earlier(String period) {
        return ConsistencyOverTime.earlierPeriods(ReportingPeriod.parse(period)).stream().map(ReportingPeriod::toString)
                .collect(Collectors.toList());
    }

    @Test
    void test_earlierPeriods_areOfTheSameType() {
        assertEquals(List.of("2008SY", "2007SY", "2006SY"), earlier("2009SY"));
        assertEquals(List.of("2008SH", "2007SH", "2006SH"), earlier("2009SH"));
        assertEquals(List.of("2008", "2007", "2006"), earlier("2009"));
        assertEquals(List.of("2008Q4", "2008Q3", "2008Q2"), earlier("2009Q1"));
        assertEquals(List.of("2009-02", "2009-01", "2008-12"), earlier("2009-03"));
        assertEquals(List.of("2009-01-01/2009-01-10", "2008-12-22/2008-12-31", "2008-12-12/2008-12-21"), earlier("2009-01-11/2009-01-20"));
        assertEquals(List.of(), earlier("0001SY"));
    }

    private static IndicatorResult births(String period, double value) {
        return IndicatorResult.builder().area(VILLAGE).period(ReportingPeriod.parse(period)).indicator(Indicator.LIVE_BIRTHS)
                .numerator((long) value).value(value).build();
    }

    /** 140 against the mean of 90, 100 and 110 is a ratio of 1.40, off by more than 33 %; 130 (1.30) is not. */
    @Test
    void test_ratioToTheMeanOfThreeEarlierPeriods() {
        List<IndicatorResult> history = List.of(births("2008SY", 90), births("2007SY", 100), births("2006SY", 110), births("2005SY", 1000));
        List<QualityFinding> findings = ConsistencyOverTime.standard().check(List.of(births("2009SY", 140)), history);
        assertEquals(1, findings.size());
        QualityFinding f = findings.get(0);
        assertEquals("INCONSISTENT_OVER_TIME", f.rule());
        assertEquals(1.4, f.statistic().getAsDouble(), 1e-12);
        assertEquals(100, f.reference().getAsDouble(), 1e-12);
        assertEquals("±33%", f.threshold());
        assertTrue(f.englishMessage().contains("over 2008SY, 2007SY, 2006SY"), f.englishMessage());
        assertEquals(List.of(), ConsistencyOverTime.standard().check(List.of(births("2009SY", 130)), history));
        assertEquals(1, ConsistencyOverTime.of(0.25).check(List.of(births("2009SY", 130)), history).size());
    }

    /** Only 2008SY and 2006SY are known: their mean is 50; 2005SY is not among the three periods before. */
    @Test
    void test_missingPeriods_areLeftOutOfTheMean() {
        List<IndicatorResult> history = List.of(births("2008SY", 40), births("2006SY", 60), births("2005SY", 1));
        QualityFinding f = ConsistencyOverTime.standard().check(List.of(births("2009SY", 20)), history).get(0);
        assertEquals(50, f.reference().getAsDouble(), 1e-12);
        assertEquals(0.4, f.statistic().getAsDouble(), 1e-12);
        assertEquals(List.of(), ConsistencyOverTime.standard().check(List.of(births("2009SY", 20)), List.of(births("2005SY", 1))));
    }

    @Test
    void test_earlierMeanOfZero() {
        List<IndicatorResult> zero = List.of(births("2008SY", 0));
        assertEquals(List.of(), ConsistencyOverTime.standard().check(List.of(births("2009SY", 0)), zero));
        QualityFinding f = ConsistencyOverTime.standard().check(List.of(births("2009SY", 3)), zero).get(0);
        assertTrue(f.statistic().isEmpty());
        assertTrue(f.englishMessage().contains("the earlier mean is 0"), f.englishMessage());
    }

    @Test
    void test_nir_isNotCompared_andCurrentResultsOfTwoPeriods_throw() {
        IndicatorResult nir2009 = IndicatorResult.builder().area(VILLAGE).period(ReportingPeriod.parse("2009SY")).indicator(Indicator.NIR)
                .value(-2).build();
        IndicatorResult nir2008 = IndicatorResult.builder().area(VILLAGE).period(ReportingPeriod.parse("2008SY")).indicator(Indicator.NIR)
                .value(5).build();
        assertEquals(List.of(), ConsistencyOverTime.standard().check(List.of(nir2009), List.of(nir2008)));
        List<IndicatorResult> two = new ArrayList<>(List.of(births("2009SY", 1), births("2008SY", 1)));
        assertThrows(IllegalArgumentException.class, () -> ConsistencyOverTime.standard().check(two, List.of()));
    }
}
