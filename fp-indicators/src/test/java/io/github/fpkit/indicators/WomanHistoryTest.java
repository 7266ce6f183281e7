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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A woman's record card holds her events only: an event of another woman is a mistake of the caller. */
class WomanHistoryTest {
    private static final LocalDate DAY = LocalDate.of(2009, 5, 5);
    private static final Woman W1 = Woman.builder().id("W1").areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1980, 1, 1))
            .maritalStatus(MaritalStatus.MARRIED).build();

    private static Birth birth(String mother) {
        return Birth.builder().id("B1").motherId(mother).birthDate(DAY).sex(Sex.MALE).birthOrder(1).build();
    }

    private static ContraceptiveEpisode episode(String woman) {
        return ContraceptiveEpisode.builder().womanId(woman).method(ContraceptiveMethod.IUD).startDate(DAY).build();
    }

    private static Pregnancy pregnancy(String woman) {
        return Pregnancy.builder().id("P1").womanId(woman).startDate(DAY).build();
    }

    @Test
    void test_anEventOfAnotherWoman_isRejected_whateverItsKind() {
        assertThrows(IllegalArgumentException.class, () -> WomanHistory.of(W1, List.of(birth("W2")), List.of(), List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> WomanHistory.of(W1, List.of(), List.of(episode("W2")), List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> WomanHistory.of(W1, List.of(), List.of(), List.of(pregnancy("W2")), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> WomanHistory.of(W1, List.of(), List.of(), List.of(),
                List.of(Procedure.of("W2", ProcedureType.IUD_INSERTION, DAY)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> WomanHistory.of(W1, List.of(), List.of(), List.of(), List.of(),
                List.of(HealthCheck.of("W2", HealthCheckKind.IUD_CHECK, DAY))));
        WomanHistory card = WomanHistory.of(W1);
        assertThrows(IllegalArgumentException.class, () -> card.withDistributions(List.of(distribution("W1"), distribution("W2"))));
        Distribution ofAnArea = Distribution.builder().areaCode(W1.areaCode()).method(ContraceptiveMethod.CONDOM).quantity(10)
                .date(DAY).build();
        assertThrows(IllegalArgumentException.class, () -> card.withDistributions(List.of(ofAnArea)));
        assertEquals(List.of(distribution("W1")), card.withDistributions(List.of(distribution("W1"))).distributions());
    }

    private static Distribution distribution(String woman) {
        return Distribution.builder().womanId(woman).method(ContraceptiveMethod.CONDOM).quantity(10).date(DAY).build();
    }

    @Test
    void test_herEvents_areKept_andTheCardIsAValue() {
        WomanHistory card = WomanHistory.of(W1, List.of(birth("W1")), List.of(episode("W1")), List.of(pregnancy("W1")),
                List.of(Procedure.of("W1", ProcedureType.IUD_INSERTION, DAY)), List.of(HealthCheck.of("W1", HealthCheckKind.IUD_CHECK, DAY)));
        assertEquals(List.of(birth("W1")), card.births());
        assertEquals(List.of(episode("W1")), card.episodes());
        assertEquals(List.of(pregnancy("W1")), card.pregnancies());
        assertEquals(card, WomanHistory.of(W1, List.of(birth("W1")), List.of(episode("W1")), List.of(pregnancy("W1")),
                List.of(Procedure.of("W1", ProcedureType.IUD_INSERTION, DAY)), List.of(HealthCheck.of("W1", HealthCheckKind.IUD_CHECK, DAY))));
        assertEquals(card.hashCode(), WomanHistory.of(W1, card.births(), card.episodes(), card.pregnancies(), card.procedures(),
                card.checks()).hashCode());
        List<WomanHistory> others = List.of(
                WomanHistory.of(Woman.builder().from(W1).maritalStatus(MaritalStatus.DIVORCED).build(), card.births(), card.episodes(),
                        card.pregnancies(), card.procedures(), card.checks()),
                WomanHistory.of(W1, List.of(), card.episodes(), card.pregnancies(), card.procedures(), card.checks()),
                WomanHistory.of(W1, card.births(), List.of(), card.pregnancies(), card.procedures(), card.checks()),
                WomanHistory.of(W1, card.births(), card.episodes(), List.of(), card.procedures(), card.checks()),
                WomanHistory.of(W1, card.births(), card.episodes(), card.pregnancies(), List.of(), card.checks()),
                WomanHistory.of(W1, card.births(), card.episodes(), card.pregnancies(), card.procedures(), List.of()));
        for (WomanHistory other : others) {
            assertNotEquals(card, other);
        }
        assertNotEquals(card, W1);
        assertTrue(card.toString().endsWith(", births=1, episodes=1, pregnancies=1, procedures=1, checks=1, distributions=0}"), card.toString());
        assertEquals(WomanHistory.of(W1, List.of(), List.of(), List.of(), List.of(), List.of()), WomanHistory.of(W1));
    }
}
