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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of the per-woman rules, each derived by hand from the contract. */
class ContributionsTest {
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2009SY");
    private static final LocalDate R = PERIOD.referenceDate();
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");

    private static Woman woman(String id, int bornIn, MaritalStatus status, String household) {
        Woman.Builder b = Woman.builder().id(id).areaCode(VILLAGE).birthDate(LocalDate.of(bornIn, 6, 1)).maritalStatus(status);
        if (household != null) {
            b.householdId(household);
        }
        return b.build();
    }

    private static ContraceptiveEpisode episode(String woman, ContraceptiveMethod method, LocalDate start, LocalDate end) {
        ContraceptiveEpisode.Builder b = ContraceptiveEpisode.builder().womanId(woman).method(method).startDate(start);
        if (end != null) {
            b.endDate(end);
        }
        return b.build();
    }

    private static Birth birth(String id, String mother, LocalDate day, Sex sex, boolean live) {
        Birth.Builder b = Birth.builder().id(id).motherId(mother).birthDate(day).sex(sex);
        return live ? b.birthOrder(1).build() : b.outcome(BirthOutcome.STILLBIRTH).build();
    }

    private static AreaTally villageOf(RegisterTally t) {
        return t.areaTallies().getOrDefault(VILLAGE, AreaTally.empty());
    }

    @Test
    void test_methodInUse_isTheFirstInPrecedence_andTheEndDayCounts() {
        WomanHistory card = WomanHistory.of(woman("W1", 1980, MaritalStatus.MARRIED, null), List.of(), List.of(
                episode("W1", ContraceptiveMethod.CONDOM, LocalDate.of(2008, 1, 1), null),
                episode("W1", ContraceptiveMethod.IUD, LocalDate.of(2009, 1, 1), R),
                episode("W1", ContraceptiveMethod.FEMALE_STERILIZATION, R.plusDays(1), null),
                episode("W1", ContraceptiveMethod.TRADITIONAL, LocalDate.of(2000, 1, 1), null)), List.of(), List.of(), List.of());
        AreaTally t = villageOf(Contributions.ofWoman(card, PERIOD));
        // The IUD ends on the reference date, so it is still in use; it precedes condom and traditional.
        assertEquals(1, t.count(Count.USERS_IUD));
        assertEquals(1, t.count(Count.WRA_MODERN_USERS));
        assertEquals(0, t.count(Count.USERS_CONDOM) + t.count(Count.USERS_TRADITIONAL) + t.count(Count.USERS_FEMALE_STERILIZATION));
    }

    @Test
    void test_parity_countsLiveBirthsUpToTheReferenceDateOnly() {
        WomanHistory card = WomanHistory.of(woman("W1", 1980, MaritalStatus.MARRIED, "H1"), List.of(
                birth("B1", "W1", LocalDate.of(2005, 5, 1), Sex.FEMALE, true),
                birth("B2", "W1", LocalDate.of(2007, 1, 1), Sex.MALE, false),
                birth("B3", "W1", R.plusDays(1), Sex.MALE, true)), List.of(), List.of(), List.of(), List.of());
        AreaTally t = villageOf(Contributions.ofWoman(card, PERIOD));
        assertEquals(1, t.count(Count.PARITY_1));
        assertEquals(0, t.count(Count.LIVE_BIRTHS), "no live birth in the period");
        assertEquals(Optional.of(HouseholdChildren.of("H1", 1, 0)), Contributions.childrenOf(card, PERIOD));
        assertEquals(Optional.empty(), Contributions.childrenOf(WomanHistory.of(woman("W2", 1980, MaritalStatus.MARRIED, null)), PERIOD));
    }

    @Test
    void test_household_oneChildOnlySonTwoDaughters_inTheLeastOfItsAreas() {
        AreaCode other = AreaCode.of("990101001002");
        List<Household> rows = List.of(Household.builder().id("H1").areaCode(other).build(),
                Household.builder().id("H1").areaCode(VILLAGE).build());
        RegisterTally son = Contributions.ofHousehold(rows, Optional.of(HouseholdChildren.of("H1", 1, 1)), PERIOD);
        assertEquals(1, son.areaTallies().get(VILLAGE).count(Count.ONE_CHILD_HOUSEHOLDS));
        assertEquals(1, son.areaTallies().get(VILLAGE).count(Count.ONLY_SON_HOUSEHOLDS));
        assertTrue(son.knownAreas().contains(other));
        RegisterTally daughters = Contributions.ofHousehold(rows,
                Optional.of(HouseholdChildren.of("H1", 1, 0).merge(HouseholdChildren.of("H1", 1, 0))), PERIOD);
        assertEquals(1, daughters.areaTallies().get(VILLAGE).count(Count.TWO_DAUGHTER_HOUSEHOLDS));
        assertTrue(Contributions.ofHousehold(rows, Optional.empty(), PERIOD).areaTallies().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Contributions.ofHousehold(rows, Optional.of(HouseholdChildren.of("H2", 1, 1)), PERIOD));
        assertThrows(IllegalArgumentException.class, () -> Contributions.ofHousehold(List.of(), Optional.empty(), PERIOD));
    }

    @Test
    void test_aCardRejectsAnotherWomansRecord() {
        assertThrows(IllegalArgumentException.class, () -> WomanHistory.of(woman("W1", 1980, MaritalStatus.MARRIED, null),
                List.of(birth("B1", "W2", LocalDate.of(2005, 5, 1), Sex.FEMALE, true)), List.of(), List.of(), List.of(), List.of()));
    }

    /**
     * MCPR_ALL by hand: four WRA — married on the IUD, unmarried on the condom, unmarried on
     * a traditional method, unmarried on nothing — and a woman of 55 on the pill, who is no
     * WRA. Modern users among all WRA: 2 of 4 = 50 %. MCPR over married WRA: 1 of 1 = 100 %.
     */
    @Test
    void test_mcprAll_countsModernUsersOfAnyMaritalStatusAmongAllWra() {
        LocalDate start = LocalDate.of(2008, 1, 1);
        Register register = Register.builder()
                .add(woman("W1", 1980, MaritalStatus.MARRIED, null)).add(woman("W2", 1985, MaritalStatus.UNMARRIED, null))
                .add(woman("W3", 1986, MaritalStatus.DIVORCED, null)).add(woman("W4", 1990, MaritalStatus.UNMARRIED, null))
                .add(woman("W5", 1954, MaritalStatus.MARRIED, null))
                .add(episode("W1", ContraceptiveMethod.IUD, start, null)).add(episode("W2", ContraceptiveMethod.CONDOM, start, null))
                .add(episode("W3", ContraceptiveMethod.TRADITIONAL, start, null)).add(episode("W5", ContraceptiveMethod.ORAL_PILL, start, null))
                .build();
        ComputedIndicators c = Indicators.compute(register, PERIOD, AreaLevel.VILLAGE);
        IndicatorResult all = c.result(VILLAGE, Indicator.MCPR_ALL).orElseThrow();
        assertEquals(2, all.numerator().getAsLong());
        assertEquals(4.0, all.denominator().getAsDouble());
        assertEquals(50.0, all.value().getAsDouble());
        assertEquals(100.0, c.result(VILLAGE, Indicator.MCPR).orElseThrow().value().getAsDouble());
        // Wilson 95 % for 2/4, by hand: centre (2 + z²/2)/(4 + z²) = 0.5, half = z/(4 + z²)·√(1 + z²/4) = 0.3498…
        assertEquals(15.00, all.ciLow().getAsDouble(), 0.01);
        assertEquals(85.00, all.ciHigh().getAsDouble(), 0.01);
    }
}
