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
package io.github.fpkit.indicators.duelist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A due-list entry as a caller compares and keys it: equal exactly when every attribute is. */
class DueWomanTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");

    private static Woman.Builder woman() {
        return Woman.builder().id("W1").areaCode(VILLAGE).residentId(ResidentId.parse("11010519491231002X"))
                .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED);
    }

    @Test
    void equalEntriesHashAlike_andEachAttributeMakesThemDiffer() {
        Set<DueReason> iud = EnumSet.of(DueReason.IUD_CHECK);
        DueWoman w = DueWoman.of(woman().build(), 29, iud);
        DueWoman same = DueWoman.of(woman().build(), 29, EnumSet.of(DueReason.IUD_CHECK));
        assertEquals(same, w);
        assertEquals(same.hashCode(), w.hashCode());
        assertEquals(VILLAGE, w.areaCode());
        List<DueWoman> others = List.of(DueWoman.of(woman().id("W2").build(), 29, iud),
                DueWoman.of(woman().residentId(ResidentId.parse("110105194912310011")).build(), 29, iud),
                DueWoman.of(woman().residentId(java.util.Optional.empty()).build(), 29, iud),
                DueWoman.of(woman().areaCode(AreaCode.of("990101001002")).build(), 29, iud),
                DueWoman.of(woman().build(), 30, iud),
                DueWoman.of(woman().build(), 29, EnumSet.of(DueReason.IUD_CHECK, DueReason.FOLLOW_UP)));
        for (DueWoman other : others) {
            assertNotEquals(other, w, other.toString());
            assertNotEquals(w, other, other.toString());
        }
        // The six differ from w and from each other: a hash set keeps them all apart.
        assertEquals(7, new java.util.HashSet<>(java.util.stream.Stream.concat(others.stream(), java.util.stream.Stream.of(w))
                .collect(java.util.stream.Collectors.toList())).size());
        assertNotEquals(w, "W1");
    }
}
