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
import java.util.EnumSet;
import java.util.HashSet;
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
                            || i == Indicator.SRB && i.intervalMethod() == IntervalMethod.SEX_RATIO_WILSON, i.code());
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
                    assertEquals(Indicator.TFR, i);
                    assertEquals(IntervalMethod.NORMAL_APPROXIMATION, i.intervalMethod());
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
    }

    @Test
    void test_formulas_readAsDeclared() {
        assertEquals("(MALE_BIRTHS) / (FEMALE_BIRTHS)", Indicator.SRB.formula().toString());
        assertEquals("(USERS − USERS_TRADITIONAL) / (MARRIED_WRA)", Indicator.MCPR.formula().toString());
        assertEquals("(LIVE_BIRTHS − DEATHS) / average population", Indicator.NIR.formula().toString());
        assertEquals("(WRA_MODERN_USERS) / (WRA)", Indicator.MCPR_ALL.formula().toString());
    }
}
