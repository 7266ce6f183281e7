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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.ContraceptiveMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link LifeTable} and {@link CumulativeIncidence} as values: what they hold, how they compare, what they refuse. */
class LifeTableTest {
    private static List<CountSum> months(IntFunction<Count> count) {
        return IntStream.rangeClosed(1, LifeTable.MONTHS).mapToObj(k -> CountSum.of(count.apply(k))).toList();
    }

    private static LifeTable iudFailure() {
        ContraceptiveMethod iud = ContraceptiveMethod.IUD;
        return LifeTable.of(CountSum.of(Count.cohortEpisodes(iud)), months(k -> Count.failed(iud, k)),
                months(k -> Count.discontinued(iud, k)), months(k -> Count.censored(iud, k)));
    }

    @Test
    void test_aTable_holdsWhatItWasGiven_andIsWhatTheCatalogueDeclares() {
        LifeTable table = iudFailure();
        assertEquals(CountSum.of(Count.COHORT_EPISODES_IUD), table.entering());
        assertEquals(CountSum.of(Count.FAILED_IUD_M03), table.causeExits().get(2));
        assertEquals(CountSum.of(Count.DISCONTINUED_IUD_M12), table.exits().get(11));
        assertEquals(CountSum.of(Count.CENSORED_IUD_M01), table.censored().get(0));
        assertEquals(1 + 3 * LifeTable.MONTHS, table.counts().size());
        assertThrows(UnsupportedOperationException.class, () -> table.counts().clear());
        assertThrows(UnsupportedOperationException.class, () -> table.exits().clear());
        assertEquals("exits (FAILED_IUD_M01) … (FAILED_IUD_M12) of (COHORT_EPISODES_IUD)", table.toString());
        LifeTable declared = Indicator.FAILURE_12M_IUD.formula().lifeTable().orElseThrow();
        assertEquals(table.entering(), declared.entering());
        assertEquals(table.causeExits(), declared.causeExits());
    }

    @Test
    void test_equality_readsEveryPart() {
        LifeTable table = iudFailure();
        LifeTable same = iudFailure();
        assertEquals(table, same);
        assertEquals(table.hashCode(), same.hashCode());
        assertNotEquals(table, table.toString());
        ContraceptiveMethod pill = ContraceptiveMethod.ORAL_PILL;
        List<LifeTable> others = List.of(
                LifeTable.of(CountSum.of(Count.cohortEpisodes(pill)), table.causeExits(), table.exits(), table.censored()),
                LifeTable.of(table.entering(), months(k -> Count.failed(pill, k)), table.exits(), table.censored()),
                LifeTable.of(table.entering(), table.causeExits(), months(k -> Count.discontinued(pill, k)), table.censored()),
                LifeTable.of(table.entering(), table.causeExits(), table.exits(), months(k -> Count.censored(pill, k))));
        for (LifeTable other : others) {
            assertNotEquals(table, other, other.toString());
            assertNotEquals(other, table, other.toString());
        }
    }

    @Test
    void test_aTableOfOtherThanTwelveMonths_isRefused_andItsListsAreCopied() {
        LifeTable table = iudFailure();
        List<CountSum> eleven = table.exits().subList(0, 11);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LifeTable.of(table.entering(), table.causeExits(), eleven, table.censored()));
        assertEquals("exits must have 12 months, not 11", e.getMessage());
        List<CountSum> thirteen = new ArrayList<>(table.censored());
        thirteen.add(CountSum.of(Count.CENSORED_IUD_M01));
        assertThrows(IllegalArgumentException.class, () -> LifeTable.of(table.entering(), table.causeExits(), table.exits(), thirteen));
        assertThrows(NullPointerException.class, () -> LifeTable.of(null, table.causeExits(), table.exits(), table.censored()));

        List<CountSum> mine = new ArrayList<>(table.causeExits());
        LifeTable copied = LifeTable.of(table.entering(), mine, table.exits(), table.censored());
        mine.set(0, CountSum.of(Count.FAILED_IUD_M12));
        assertEquals(table, copied);
    }

    @Test
    void test_estimates_areEqualWhenTheirValueAndVarianceAre() {
        LifeTable table = iudFailure();
        AreaTally tally = AreaTally.builder().add(Count.COHORT_EPISODES_IUD, 10).add(Count.FAILED_IUD_M02, 1)
                .add(Count.DISCONTINUED_IUD_M02, 2).add(Count.CENSORED_IUD_M04, 1).build();
        CumulativeIncidence f = table.estimate(tally::count);
        assertEquals(f, table.estimate(tally::count));
        assertEquals(f.hashCode(), table.estimate(tally::count).hashCode());
        assertEquals("CumulativeIncidence{" + f.value().getAsDouble() + " %}", f.toString());
        // Same value, other variance: one failure in the second month of 10, or of 20 with a tenth failing.
        AreaTally larger = AreaTally.builder().add(Count.COHORT_EPISODES_IUD, 20).add(Count.FAILED_IUD_M02, 2)
                .add(Count.DISCONTINUED_IUD_M02, 4).add(Count.CENSORED_IUD_M04, 2).build();
        CumulativeIncidence g = table.estimate(larger::count);
        assertEquals(f.value().getAsDouble(), g.value().getAsDouble(), 1e-12);
        assertNotEquals(f, g);
        CumulativeIncidence undefined = table.estimate(AreaTally.empty()::count);
        assertNotEquals(f, undefined);
        assertEquals(undefined, table.estimate(c -> 0));
        assertEquals("CumulativeIncidence{undefined}", undefined.toString());
        assertNotEquals(f, f.toString());
    }

    @Test
    void test_moreExitsAndCensoredThanAtRisk_isUndefined() {
        // Two at risk in month 12, both exit and one more is censored: only a hand-built tally can say so.
        AreaTally inconsistent = AreaTally.builder().add(Count.COHORT_EPISODES_IUD, 2).add(Count.DISCONTINUED_IUD_M12, 2)
                .add(Count.CENSORED_IUD_M12, 1).build();
        LifeTable discontinuation = Indicator.DISCONT_12M_IUD.formula().lifeTable().orElseThrow();
        assertFalse(discontinuation.estimate(inconsistent::count).value().isPresent());
        AreaTally consistent = AreaTally.builder().add(Count.COHORT_EPISODES_IUD, 3).add(Count.DISCONTINUED_IUD_M12, 2)
                .add(Count.CENSORED_IUD_M12, 1).build();
        assertEquals(200.0 / 3, discontinuation.estimate(consistent::count).value().getAsDouble(), 1e-9);
    }
}
