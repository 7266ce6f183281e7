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

import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.register.RowCounts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality, hashing and printing of the small values of the indicators API: equal parts, equal values; any part differing, different values. */
class ValueTypesTest {
    @Test
    void test_householdChildren() {
        HouseholdChildren h = HouseholdChildren.of("H1", 2, 1);
        assertEquals(h, HouseholdChildren.of("H1", 2, 1));
        assertEquals(h.hashCode(), HouseholdChildren.of("H1", 2, 1).hashCode());
        for (HouseholdChildren other : List.of(HouseholdChildren.of("H2", 2, 1), HouseholdChildren.of("H1", 3, 1),
                HouseholdChildren.of("H1", 2, 2))) {
            assertNotEquals(h, other);
        }
        assertNotEquals(h, "H1");
        assertEquals("HouseholdChildren{H1: 2 children, 1 sons}", h.toString());
        assertEquals(HouseholdChildren.of("H1", 3, 1), h.merge(HouseholdChildren.of("H1", 1, 0)));
        assertThrows(IllegalArgumentException.class, () -> h.merge(HouseholdChildren.of("H2", 1, 0)));
        assertThrows(IllegalArgumentException.class, () -> HouseholdChildren.of("H1", 1, 2));
        assertEquals(0, HouseholdChildren.of("H1", 0, 0).children());
    }

    @Test
    void test_tableRows() {
        TableRows t = TableRows.of(RowCounts.of(118, 2, 1), 5);
        assertEquals(120, t.read());
        assertEquals(118, t.accepted());
        assertEquals(2, t.rejected());
        assertEquals(1, t.duplicates());
        assertEquals(5, t.unattributed());
        assertEquals(113, t.counted());
        assertEquals(RowCounts.of(118, 2, 1), t.rowCounts());
        assertEquals(t, TableRows.of(RowCounts.of(118, 2, 1), 5));
        assertEquals(t.hashCode(), TableRows.of(RowCounts.of(118, 2, 1), 5).hashCode());
        assertNotEquals(t, TableRows.of(RowCounts.of(118, 2, 1), 4));
        assertNotEquals(t, TableRows.of(RowCounts.of(118, 2, 0), 5));
        assertNotEquals(t.hashCode(), TableRows.of(RowCounts.of(118, 2, 1), 4).hashCode());
        assertNotEquals(t, "read 120");
        assertEquals("read 120, accepted 118, rejected 2 (1 duplicate), unattributed 5", t.toString());
        assertEquals(118, TableRows.of(RowCounts.of(118, 0), 118).unattributed());
        assertThrows(IllegalArgumentException.class, () -> TableRows.of(RowCounts.of(118, 0), 119));
        assertThrows(IllegalArgumentException.class, () -> TableRows.of(RowCounts.of(118, 0), -1));
    }

    @Test
    void test_totalFertilityRate() {
        List<Rate> rates = new ArrayList<>();
        for (AgeGroup g : AgeGroup.values()) {
            rates.add(Rate.of(Indicator.asfr(g), g.ordinal(), 100));
        }
        TotalFertilityRate tfr = TotalFertilityRate.of(rates);
        assertEquals(rates, tfr.ageSpecificRates());
        assertEquals(tfr, TotalFertilityRate.of(new ArrayList<>(rates)));
        assertEquals(tfr.hashCode(), TotalFertilityRate.of(new ArrayList<>(rates)).hashCode());
        List<Rate> other = new ArrayList<>(rates);
        other.set(0, Rate.of(Indicator.ASFR_15_19, 1, 100));
        assertNotEquals(tfr, TotalFertilityRate.of(other));
        assertNotEquals(tfr, rates);
        assertTrue(tfr.toString().startsWith("TFR " + tfr.value().getAsDouble() + " from [ASFR_15_19 0/100.0"), tfr.toString());
        other.set(6, Rate.of(Indicator.ASFR_45_49, 0, 0));
        assertTrue(TotalFertilityRate.of(other).toString().startsWith("TFR undefined from "), TotalFertilityRate.of(other).toString());
    }
}
