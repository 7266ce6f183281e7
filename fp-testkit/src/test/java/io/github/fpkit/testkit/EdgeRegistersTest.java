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
package io.github.fpkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * EdgeRegisters draws the records the due rules read on the edges of their windows: births
 * (live and stillborn) and abortion procedures 30 and 31 days before the reference date, and
 * deliveries and terminations recorded in two tables, so that the property tests over them
 * meet every case.
 */
class EdgeRegistersTest {
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");
    /** Enough registers that every case below is met many times over (each seed draws 0–30 women). */
    private static final int SEEDS = 200;

    @Test
    void test_birthsAndAbortionProcedures_sitOnTheRecentOutcomeWindowEdges_andSomeAreRecordedTwice() {
        LocalDate r = SY.referenceDate();
        Set<String> met = new HashSet<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            Register register = EdgeRegisters.register(seed, SY);
            Set<String> pregnancyOutcomes = new HashSet<>();
            register.pregnancies().filter(p -> p.outcome() != PregnancyOutcome.ONGOING)
                    .forEach(p -> pregnancyOutcomes.add(p.womanId() + " " + p.outcomeDate().orElseThrow()));
            for (Birth b : (Iterable<Birth>) register.births()::iterator) {
                long days = r.toEpochDay() - b.birthDate().toEpochDay();
                if (days == 30 || days == 31) {
                    met.add("birth " + b.outcome() + " " + days);
                }
                if (pregnancyOutcomes.contains(b.motherId() + " " + b.birthDate())) {
                    met.add("delivery twice");
                }
            }
            for (Procedure p : (Iterable<Procedure>) register.procedures()::iterator) {
                long days = r.toEpochDay() - p.date().toEpochDay();
                boolean termination = p.type() == ProcedureType.INDUCED_ABORTION || p.type() == ProcedureType.MID_TERM_INDUCTION;
                if (termination && (days == 30 || days == 31)) {
                    met.add("abortion " + days);
                }
                if (termination && pregnancyOutcomes.contains(p.womanId() + " " + p.date())) {
                    met.add("termination twice");
                }
            }
        }
        assertEquals(Set.of("birth " + BirthOutcome.LIVE + " 30", "birth " + BirthOutcome.LIVE + " 31",
                "birth " + BirthOutcome.STILLBIRTH + " 30", "birth " + BirthOutcome.STILLBIRTH + " 31", "abortion 30", "abortion 31",
                "delivery twice", "termination twice"), met);
    }

    @Test
    void test_aDeliveryRecordedTwice_isTheSameDeliveryInBothTables() {
        // A pregnancy of a delivery recorded twice ends as its birth did, on the birth's day.
        for (long seed = 0; seed < SEEDS; seed++) {
            Register register = EdgeRegisters.register(seed, SY);
            for (Pregnancy p : (Iterable<Pregnancy>) register.pregnancies()::iterator) {
                if (!p.id().startsWith(p.womanId() + "D")) {
                    continue;
                }
                Birth b = register.births().filter(x -> x.id().equals(p.womanId() + "B" + p.id().substring(p.womanId().length() + 1)))
                        .findFirst().orElseThrow();
                assertEquals(b.birthDate(), p.outcomeDate().orElseThrow());
                assertEquals(b.outcome() == BirthOutcome.LIVE ? PregnancyOutcome.LIVE_BIRTH : PregnancyOutcome.STILLBIRTH, p.outcome());
                assertTrue(p.startDate().isBefore(b.birthDate()));
            }
        }
    }
}
