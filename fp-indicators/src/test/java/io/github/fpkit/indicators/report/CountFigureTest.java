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

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Count;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CountFigureTest {
    private static final Map<String, String> PATHS = CountFigure.all().stream()
            .collect(Collectors.toMap(CountFigure::code, c -> c.figure().path()));

    @Test
    void test_everyCountAReportStatesAsOneFigure_isPairedWithIt() {
        assertEquals("births.total", PATHS.get("LIVE_BIRTHS"));
        assertEquals("births.male", PATHS.get("MALE_BIRTHS"));
        assertEquals("births.inPolicy", PATHS.get("POLICY_IN_BIRTHS"));
        assertEquals("women.married", PATHS.get("MARRIED_WRA"));
        assertEquals("contraception.users", PATHS.get("USERS"));
        assertEquals("contraception.byMethod.iud", PATHS.get("USERS_IUD"));
        assertEquals("surgeries.byType.induced_abortion", PATHS.get("PROC_INDUCED_ABORTION"));
        assertEquals("healthChecks.done", PATHS.get("CHECKED_MARRIED_WRA"));
        assertEquals("currentPregnancies", PATHS.get("CURRENT_PREGNANCIES"));
        // births 7 (total, male, female, in policy, orders 1, 2, 3+), deaths 1, women 6 (WRA, married, parities 0–3+),
        // users 10 (all, nine methods), surgeries 8 types, current pregnancies 1, checks done 1
        assertEquals(7 + 1 + 6 + 10 + 8 + 1 + 1, CountFigure.all().size(), PATHS.toString());
    }

    @Test
    void test_countsNoReportStates_areLeftOut() {
        for (String code : List.of("ONE_CHILD_HOUSEHOLDS", "WRA_MODERN_USERS", "BIRTHS_AGE_20_24", "DAYS_AGE_20_24", "OUTCOME_STILLBIRTH",
                "PREGNANCIES_UNPLANNED")) {
            assertTrue(!PATHS.containsKey(code), code);
        }
    }

    @Test
    void test_inTheFormatsOrder_andReadingBothSides() {
        List<ReportFigure> order = ReportSection.report().figures();
        List<Integer> positions = CountFigure.all().stream().map(c -> order.indexOf(c.figure())).collect(Collectors.toList());
        assertEquals(positions.stream().sorted().collect(Collectors.toList()), positions);
        CountFigure users = CountFigure.all().stream().filter(c -> c.code().equals("USERS")).findFirst().orElseThrow();
        AreaTally tally = AreaTally.builder().add(Count.USERS_IUD, 7).add(Count.USERS_CONDOM, 3).build();
        assertEquals(10, users.registerValue(tally));
        Function<AggregateReport, Optional<BigDecimal>> stated = users::statedValue;
        assertEquals(Optional.of(BigDecimal.valueOf(4751)), stated.apply(TownshipReports.consistent()));
    }
}
