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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.register.RegisterTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each indicator's declaration is complete and agrees with the contract's rules. */
class CatalogueDeclarationTest {
    @Test
    void test_everyIndicator_declaresAFormulaWhoseKindFitsItsUnitAndInterval() {
        for (Indicator i : Indicator.values()) {
            Formula f = i.formula();
            switch (f.kind()) {
                case COUNT:
                    assertEquals(Unit.COUNT, i.unit(), i.code());
                    assertEquals(IntervalMethod.NONE, i.intervalMethod(), i.code());
                    break;
                case RATIO:
                    assertTrue(i.unit() == Unit.PERCENT && i.intervalMethod() == IntervalMethod.WILSON_SCORE
                            || i.unit() == Unit.PER_100_FEMALES && i.intervalMethod() == IntervalMethod.SEX_RATIO_WILSON, i.code());
                    break;
                case PER_POPULATION:
                    assertEquals(Unit.PER_MILLE, i.unit(), i.code());
                    assertEquals(i == Indicator.NIR ? IntervalMethod.NONE : IntervalMethod.EXACT_POISSON, i.intervalMethod(), i.code());
                    break;
                case PER_WOMAN_YEAR:
                    assertEquals(Unit.PER_MILLE, i.unit(), i.code());
                    assertEquals(IntervalMethod.EXACT_POISSON, i.intervalMethod(), i.code());
                    break;
                case TOTAL_FERTILITY:
                    assertEquals(Unit.CHILDREN_PER_WOMAN, i.unit(), i.code());
                    assertEquals(IntervalMethod.NORMAL_APPROXIMATION, i.intervalMethod(), i.code());
                    assertEquals(7, i.ageSpecificRates().size(), i.code());
                    break;
                case MEAN_CHILDBEARING_AGE:
                case MEAN_AGE:
                    assertEquals(Unit.YEARS, i.unit(), i.code());
                    assertEquals(IntervalMethod.NONE, i.intervalMethod(), i.code());
                    break;
                case COUPLE_YEARS:
                    assertEquals(Unit.COUPLE_YEARS, i.unit(), i.code());
                    assertEquals(IntervalMethod.NONE, i.intervalMethod(), i.code());
                    assertTrue(i.isCoupleYears(), i.code());
                    break;
                case CUMULATIVE_INCIDENCE:
                    assertEquals(Unit.PERCENT, i.unit(), i.code());
                    assertEquals(IntervalMethod.GREENWOOD_LOG_LOG, i.intervalMethod(), i.code());
                    assertEquals(IndicatorFamily.DYNAMICS, i.family(), i.code());
                    assertTrue(f.lifeTable().isPresent(), i.code());
                    break;
                default:
                    throw new AssertionError(f.kind());
            }
        }
    }

    @Test
    void test_inputTables_followFromTheCountsOfTheFormula() {
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.DEATHS), Indicator.DEATHS.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.BIRTHS, RegisterTable.POPULATION), Indicator.CBR.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.BIRTHS, RegisterTable.DEATHS, RegisterTable.POPULATION),
                Indicator.NIR.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN), Indicator.WRA.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.BIRTHS), Indicator.PARITY_2.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.BIRTHS), Indicator.TFR.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.CONTRACEPTION), Indicator.MCPR_ALL.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.HEALTH_CHECKS), Indicator.HEALTH_CHECK_COVERAGE.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.HOUSEHOLDS, RegisterTable.BIRTHS),
                Indicator.TWO_DAUGHTER_HOUSEHOLDS.inputTables());
    }

    @Test
    void test_countIndicators_areTheirCountOfTheSameName() {
        for (Indicator i : Indicator.values()) {
            if (i.isCount()) {
                assertEquals(Set.of(Count.valueOf(i.code())), i.formula().numerator().orElseThrow().counts(), i.code());
            }
        }
    }

    @Test
    void test_lookups_coverEveryConstant_onceEach() {
        Set<Count> users = new HashSet<>();
        for (ContraceptiveMethod m : ContraceptiveMethod.values()) {
            assertEquals("USERS_" + m.name(), Count.users(m).name());
            assertEquals(Count.users(m).name(), Indicator.users(m).code());
            users.add(Count.users(m));
        }
        assertEquals(ContraceptiveMethod.values().length, users.size());
        for (ProcedureType t : ProcedureType.values()) {
            assertEquals("PROC_" + t.name(), Count.procedures(t).name());
            assertEquals(Count.procedures(t).name(), Indicator.procedures(t).code());
        }
        for (PregnancyOutcome o : PregnancyOutcome.values()) {
            if (o == PregnancyOutcome.ONGOING) {
                assertThrows(IllegalArgumentException.class, () -> Count.outcome(o));
                assertThrows(IllegalArgumentException.class, () -> Indicator.outcome(o));
            } else {
                assertEquals("OUTCOME_" + o.name(), Count.outcome(o).name());
                assertEquals(Count.outcome(o).name(), Indicator.outcome(o).code());
            }
        }
        for (AgeGroup g : AgeGroup.values()) {
            assertEquals("BIRTHS_" + g.name(), Count.births(g).name());
            assertEquals("DAYS_" + g.name(), Count.days(g).name());
            assertEquals("ASFR_" + g.label(), Indicator.asfr(g).code());
        }
        assertEquals(Count.PARITY_0, Count.parity(0));
        assertEquals(Count.PARITY_2, Count.parity(2));
        assertEquals(Count.PARITY_3P, Count.parity(7));
        assertEquals(Count.BIRTHS_ORDER_1, Count.birthOrder(1));
        assertEquals(Count.BIRTHS_ORDER_3P, Count.birthOrder(4));
        String[] orders = {"1", "2", "3P", "3P"};
        for (int order = 1; order <= 4; order++) {
            String k = orders[order - 1];
            assertEquals("MALE_BIRTHS_ORDER_" + k, Count.maleBirths(order).name());
            assertEquals("FEMALE_BIRTHS_ORDER_" + k, Count.femaleBirths(order).name());
            for (AgeGroup g : AgeGroup.values()) {
                assertEquals("BIRTHS_ORDER_" + k + "_" + g.name(), Count.births(order, g).name());
                assertEquals("ASFR_" + k + "_" + g.label(), Indicator.asfr(order, g).code());
            }
        }
        int zero = 0;
        assertThrows(IllegalArgumentException.class, () -> Count.births(zero, AgeGroup.AGE_20_24));
        assertThrows(IllegalArgumentException.class, () -> Count.maleBirths(zero));
        assertThrows(IllegalArgumentException.class, () -> Count.femaleBirths(zero));
    }

    @Test
    void test_fertilityByOrder_sharesTheSchedulesOfTheCatalogue() {
        for (int order = 1; order <= 3; order++) {
            Indicator tfr = Indicator.valueOf("TFR_" + (order == 3 ? "3P" : Integer.toString(order)));
            List<Indicator> expected = new ArrayList<>();
            for (AgeGroup g : AgeGroup.values()) {
                expected.add(Indicator.asfr(order, g));
            }
            assertEquals(expected, tfr.ageSpecificRates());
            assertEquals(Formula.totalFertility(expected.stream().map(Indicator::formula).toList()), tfr.formula());
            assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.BIRTHS), tfr.inputTables());
        }
        List<Indicator> all = Arrays.stream(AgeGroup.values()).map(Indicator::asfr).toList();
        assertEquals(all, Indicator.TFR.ageSpecificRates());
        assertEquals(all, Indicator.MAC.ageSpecificRates());
        assertEquals(List.of(), Indicator.GFR.ageSpecificRates());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.BIRTHS), Indicator.MEAN_AGE_FIRST_BIRTH.inputTables());
        assertThrows(IllegalArgumentException.class, () -> Formula.totalFertility(List.of(Indicator.GFR.formula())));
        assertThrows(IllegalArgumentException.class, () -> Formula.meanChildbearingAge(
                Collections.nCopies(7, Indicator.CPR.formula())));
    }

    @Test
    void test_formulas_readAsDeclared() {
        assertEquals("(MALE_BIRTHS) / (FEMALE_BIRTHS)", Indicator.SRB.formula().toString());
        assertEquals("(USERS − USERS_TRADITIONAL) / (MARRIED_WRA)", Indicator.MCPR.formula().toString());
        assertEquals("(LIVE_BIRTHS − DEATHS) / average population", Indicator.NIR.formula().toString());
        assertEquals("(WRA_MODERN_USERS) / (WRA)", Indicator.MCPR_ALL.formula().toString());
        assertEquals("(MALE_BIRTHS_ORDER_3P) / (FEMALE_BIRTHS_ORDER_3P)", Indicator.SRB_3P.formula().toString());
        assertEquals("5 × Σ ASFR / 1000 over BIRTHS_AGE_15_19 … BIRTHS_AGE_45_49", Indicator.TFR.formula().toString());
        assertEquals("5 × Σ ASFR / 1000 over BIRTHS_ORDER_2_AGE_15_19 … BIRTHS_ORDER_2_AGE_45_49", Indicator.TFR_2.formula().toString());
        assertEquals("Σ (mid-age × ASFR) / Σ ASFR over BIRTHS_AGE_15_19 … BIRTHS_AGE_45_49", Indicator.MAC.formula().toString());
        assertEquals("(FIRST_BIRTH_MOTHER_DAYS) / (BIRTHS_ORDER_1) / 365.25", Indicator.MEAN_AGE_FIRST_BIRTH.formula().toString());
    }
}
