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
package io.github.fpkit.model;

import static io.github.fpkit.model.testing.ModelGenerators.dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class PregnancyTest {
    private static final LocalDate START = LocalDate.of(2009, 3, 28);
    private static final LocalDate OUTCOME = LocalDate.of(2009, 9, 30);

    private static Pregnancy.Builder pregnancy() {
        return Pregnancy.builder().id("P1").womanId("W1").startDate(START);
    }

    @Test
    void builder_defaultsToOngoing() {
        Pregnancy p = pregnancy().build();
        assertEquals(PregnancyOutcome.ONGOING, p.outcome());
        assertTrue(p.planned().isEmpty());
        assertTrue(p.outcomeDate().isEmpty());
    }

    @Test
    void build_rejectsEndedPregnancyWithoutOutcomeDate() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> pregnancy().outcome(PregnancyOutcome.INDUCED_ABORTION).build());
        assertEquals("outcome_date", e.field());
    }

    @Test
    void build_rejectsEveryEndedOutcomeWithoutDate() {
        for (PregnancyOutcome outcome : PregnancyOutcome.values()) {
            if (outcome != PregnancyOutcome.ONGOING) {
                assertThrows(InvalidValueException.class, () -> pregnancy().outcome(outcome).build(), outcome.code());
            }
        }
    }

    @Test
    void build_acceptsOutcomeDateBeforeStart() {
        // Real registers contain it; the validation rules of fp-indicators report it.
        assertEquals(START.minusDays(1), pregnancy().outcome(PregnancyOutcome.MISCARRIAGE)
                .outcomeDate(START.minusDays(1)).build().outcomeDate().get());
    }

    @Test
    void build_rejectsBlankWomanId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> pregnancy().womanId(" ").build());
        assertEquals("woman_id", e.field());
    }

    @Test
    void isCurrentOn_ongoingFromTheStartDay() {
        Pregnancy p = pregnancy().build();
        assertFalse(p.isCurrentOn(START.minusDays(1)));
        assertTrue(p.isCurrentOn(START));
        assertTrue(p.isCurrentOn(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void isCurrentOn_endedPregnancyUntilTheDayBeforeItsOutcome() {
        Pregnancy p = pregnancy().outcome(PregnancyOutcome.LIVE_BIRTH).outcomeDate(OUTCOME).build();
        assertTrue(p.isCurrentOn(OUTCOME.minusDays(1)));
        assertFalse(p.isCurrentOn(OUTCOME));
        assertFalse(p.isCurrentOn(OUTCOME.plusDays(1)));
    }

    @Test
    void isCurrentOn_isTheRuleOfTheCatalogue() {
        qt().forAll(Generate.enumValues(PregnancyOutcome.class), integers().between(0, 400),
                dates(START.minusDays(30), START.plusDays(450))).check((outcome, days, r) -> {
                    Pregnancy.Builder b = pregnancy().outcome(outcome);
                    LocalDate outcomeDate = START.plusDays(days);
                    if (outcome != PregnancyOutcome.ONGOING) {
                        b.outcomeDate(outcomeDate);
                    }
                    boolean expected = !START.isAfter(r)
                            && (outcome == PregnancyOutcome.ONGOING || outcomeDate.isAfter(r));
                    return b.build().isCurrentOn(r) == expected;
                });
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Pregnancy.builder().id("P1").startDate(LocalDate.of(2009, 3, 28)).build());
        assertEquals("womanId", e.field());
    }
}
