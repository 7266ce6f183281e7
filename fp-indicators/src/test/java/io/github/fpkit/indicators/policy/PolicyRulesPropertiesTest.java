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
package io.github.fpkit.indicators.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.testkit.Theories;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of China's rules over any day of 1990–2030, order 1–6, marriage and permit:
 * exactly one regime is in force on a day; more of what the rules ask for (a marriage, a
 * permit) never makes a birth less within policy, a higher order never more.
 */
class PolicyRulesPropertiesTest {
    private static final AreaCode AREA = AreaCode.of("440101001001");
    private static final PolicyRules CHINA = PolicyRules.china();
    /** Statuses from the least to the most within policy. */
    private static final List<PolicyStatus> RANK = List.of(PolicyStatus.OUT, PolicyStatus.UNKNOWN, PolicyStatus.IN);

    private static Gen<LocalDate> days() {
        long first = LocalDate.of(1990, 1, 1).toEpochDay();
        long last = LocalDate.of(2030, 12, 31).toEpochDay();
        return integers().between(0, (int) (last - first)).map(d -> LocalDate.ofEpochDay(first + d));
    }

    private static Gen<MarriageAtBirth> marriages() {
        return integers().between(0, 2).map(i -> MarriageAtBirth.values()[i]);
    }

    private static int rank(LocalDate day, int order, MarriageAtBirth marriage, Optional<Boolean> permit) {
        return RANK.indexOf(CHINA.judge(BirthCircumstances.of(day, order, marriage, permit), AREA).status());
    }

    @Test
    void property_exactlyOneRegime_isInForceOnAnyDay() {
        Theories.qt().forAll(days()).checkAssert(day -> {
            long inForce = CHINA.regimes().stream().filter(r -> r.isInForceOn(day)).count();
            assertEquals(1, inForce, day.toString());
            assertTrue(CHINA.regimeOn(day).isInForceOn(day), day.toString());
        });
    }

    @Test
    void property_aPermit_neverMakesABirthLessInPolicy() {
        Theories.qt().forAll(days(), integers().between(1, 6), marriages()).checkAssert((day, order, marriage) -> {
            int no = rank(day, order, marriage, Optional.of(false));
            int unrecorded = rank(day, order, marriage, Optional.empty());
            int yes = rank(day, order, marriage, Optional.of(true));
            assertTrue(no <= unrecorded && unrecorded <= yes, day + " " + order + " " + marriage);
        });
    }

    @Test
    void property_aMarriage_neverMakesABirthLessInPolicy() {
        Theories.qt().forAll(days(), integers().between(1, 6), integers().between(0, 2)).checkAssert((day, order, p) -> {
            Optional<Boolean> permit = p == 0 ? Optional.empty() : Optional.of(p == 1);
            int not = rank(day, order, MarriageAtBirth.NOT_MARRIED, permit);
            int unknown = rank(day, order, MarriageAtBirth.UNKNOWN, permit);
            int married = rank(day, order, MarriageAtBirth.MARRIED, permit);
            assertTrue(not <= unknown && unknown <= married, day + " " + order + " " + permit);
            assertEquals(0, not, "a birth outside marriage is out");
        });
    }

    @Test
    void property_aHigherOrder_neverMakesABirthMoreInPolicy() {
        Theories.qt().forAll(days(), integers().between(1, 5), marriages(), integers().between(0, 2)).checkAssert((day, order, marriage, p) -> {
            Optional<Boolean> permit = p == 0 ? Optional.empty() : Optional.of(p == 1);
            assertTrue(rank(day, order + 1, marriage, permit) <= rank(day, order, marriage, permit), day + " " + order);
        });
    }

    @Test
    void property_theLimitGrows_overTime() {
        // The most children a married couple with a permit may have never falls from one day to a later one.
        Theories.qt().forAll(days(), days()).checkAssert((a, b) -> {
            LocalDate early = a.isBefore(b) ? a : b;
            LocalDate late = a.isBefore(b) ? b : a;
            assertTrue(allowed(early) <= allowed(late), early + " " + late);
        });
    }

    private static int allowed(LocalDate day) {
        int order = 1;
        while (rank(day, order + 1, MarriageAtBirth.MARRIED, Optional.of(true)) == 2) {
            order++;
        }
        return order;
    }
}
