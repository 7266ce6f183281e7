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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Count;
import io.github.fpkit.indicators.CountSum;
import io.github.fpkit.indicators.Indicator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CatalogueFiguresTest {
    private static final AggregateReport EMPTY = AggregateReport.builder().build();

    @Test
    void test_everyCountAndNamedSumOfTheCatalogue_mapsToAFigureOrSaysWhyNone() {
        Set<Count> counts = EnumSet.noneOf(Count.class);
        Set<String> sums = new TreeSet<>();
        for (Indicator indicator : Indicator.values()) {
            indicator.formula().numerator().ifPresent(s -> collect(s, counts, sums));
            indicator.formula().denominator().ifPresent(s -> collect(s, counts, sums));
            indicator.formula().lifeTable().ifPresent(t -> counts.addAll(t.counts()));
        }
        for (Count count : counts) {
            ReportTerm term = CatalogueFigures.term(count);
            assertTrue(term.unstated().isPresent() || term.paths(EMPTY).size() == 1, count.name());
        }
        for (String sum : sums) {
            CatalogueFigures.figureOfSum(sum); // throws for a sum the mapping does not list
        }
        assertEquals(Set.of("BIRTHS_15_49", "DAYS_15_49", "LONG_ACTING_USERS", "USERS", "SWITCHED", "SWITCH_OBSERVED"), sums);
        assertTrue(counts.contains(Count.CENSORED_TRADITIONAL_M12), "the life tables' counts are mapped too");
        assertThrows(IllegalArgumentException.class, () -> CatalogueFigures.figureOfSum("MODERN_USERS"));
    }

    @Test
    void test_countsMapToTheirFigures_eachToItsOwn() {
        assertEquals(List.of("births.male"), CatalogueFigures.term(Count.MALE_BIRTHS).paths(EMPTY));
        assertEquals(List.of("contraception.byMethod.iud"), CatalogueFigures.term(Count.USERS_IUD).paths(EMPTY));
        assertEquals(List.of("surgeries.byType.mid_term_induction"), CatalogueFigures.term(Count.PROC_MID_TERM_INDUCTION).paths(EMPTY));
        assertEquals(List.of("healthChecks.done"), CatalogueFigures.term(Count.CHECKED_MARRIED_WRA).paths(EMPTY));
        assertEquals(ReportLayout.USERS, CatalogueFigures.figureOfSum("USERS").orElseThrow());
        Map<String, Count> owners = new HashMap<>();
        for (Count count : Count.values()) {
            for (String path : CatalogueFigures.term(count).paths(EMPTY)) {
                Count other = owners.put(path, count);
                assertNull(other, path + " states both " + other + " and " + count);
            }
        }
    }

    @Test
    void test_countsNoReportStates_sayWhy() {
        assertEquals(UnstatedCount.MODERN_USERS_AMONG_ALL_WRA, CatalogueFigures.term(Count.WRA_MODERN_USERS).unstated().orElseThrow());
        assertEquals(UnstatedCount.HOUSEHOLDS, CatalogueFigures.term(Count.ONE_CHILD_HOUSEHOLDS).unstated().orElseThrow());
        assertEquals(UnstatedCount.RECORD_LEVEL, CatalogueFigures.term(Count.DAYS_AGE_20_24).unstated().orElseThrow());
    }

    @Test
    void test_ratesOfTheReport_areTheCatalogueRatesWhoseCountsAReportStates() {
        List<Indicator> rates = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            if (!indicator.isCount() && CatalogueFigures.stated(indicator).unstated().isEmpty()) {
                rates.add(indicator);
            }
        }
        assertEquals(List.of(Indicator.CBR, Indicator.CDR, Indicator.NIR, Indicator.SRB, Indicator.POLICY_BIRTH_RATE,
                Indicator.HIGHER_ORDER_BIRTH_SHARE, Indicator.CPR, Indicator.MCPR, Indicator.LONG_ACTING_SHARE,
                Indicator.HEALTH_CHECK_COVERAGE), rates);
    }

    @Test
    void test_formulasReadTheirFigures_namedSumsAsOneFigure() {
        AggregateReport r = TownshipReports.consistent();
        assertEquals(List.of("contraception.users", "contraception.byMethod.traditional", "women.married"),
                CatalogueFigures.catalogue(Indicator.MCPR).fields(r));
        assertEquals(List.of("contraception.byMethod.female_sterilization", "contraception.byMethod.male_sterilization",
                "contraception.byMethod.iud", "contraception.byMethod.implant", "contraception.users"),
                CatalogueFigures.catalogue(Indicator.LONG_ACTING_SHARE).fields(r));
        assertEquals(List.of("births.total", "deaths", "population.average"), CatalogueFigures.catalogue(Indicator.NIR).fields(r));
        assertEquals(List.of("healthChecks.done", "women.married"), CatalogueFigures.catalogue(Indicator.HEALTH_CHECK_COVERAGE).fields(r));
        assertEquals(List.of("healthChecks.done", "healthChecks.due"), CatalogueFigures.stated(Indicator.HEALTH_CHECK_COVERAGE).fields(r));
        assertEquals(List.of("population.average"), CatalogueFigures.catalogue(Indicator.CBR).missingFields(
                AggregateReport.builder().births(BirthCounts.builder().total(3).build()).build()));
    }

    private static void collect(CountSum sum, Set<Count> counts, Set<String> sums) {
        sum.name().ifPresent(sums::add);
        for (CountSum.Term term : sum.terms()) {
            term.count().ifPresent(counts::add);
            term.sum().ifPresent(s -> collect(s, counts, sums));
        }
    }
}
