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

class ContraceptiveEpisodeTest {
    private static final LocalDate START = LocalDate.of(2005, 3, 1);
    private static final LocalDate END = LocalDate.of(2009, 9, 30);

    private static ContraceptiveEpisode.Builder episode() {
        return ContraceptiveEpisode.builder().womanId("W1").method(ContraceptiveMethod.IUD).startDate(START);
    }

    @Test
    void isInUseOn_theStartDay() {
        assertTrue(episode().endDate(END).build().isInUseOn(START));
    }

    @Test
    void isInUseOn_notTheDayBeforeStart() {
        assertFalse(episode().endDate(END).build().isInUseOn(START.minusDays(1)));
    }

    @Test
    void isInUseOn_theEndDay() {
        assertTrue(episode().endDate(END).build().isInUseOn(END));
    }

    @Test
    void isInUseOn_notTheDayAfterEnd() {
        assertFalse(episode().endDate(END).build().isInUseOn(END.plusDays(1)));
    }

    @Test
    void isInUseOn_everyDayAfterStartWithoutEnd() {
        assertTrue(episode().build().isInUseOn(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void isInUseOn_isTheClosedRangeOfTheCatalogue() {
        qt().forAll(dates(LocalDate.of(1990, 1, 1), LocalDate.of(2020, 12, 31)), integers().between(0, 4000),
                dates(LocalDate.of(1985, 1, 1), LocalDate.of(2035, 12, 31))).check((start, days, r) -> {
                    LocalDate end = start.plusDays(days);
                    ContraceptiveEpisode e = episode().startDate(start).endDate(end).build();
                    return e.isInUseOn(r) == (!start.isAfter(r) && !end.isBefore(r));
                });
    }

    @Test
    void build_acceptsOneDayEpisode() {
        assertTrue(episode().endDate(START).build().isInUseOn(START));
    }

    @Test
    void build_rejectsEndBeforeStart() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> episode().endDate(START.minusDays(1)).build());
        assertEquals("end_date", e.field());
    }

    @Test
    void build_rejectsBlankWomanId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> episode().womanId("").build());
        assertEquals("woman_id", e.field());
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ContraceptiveEpisode.builder().womanId("W1").startDate(LocalDate.of(2005, 3, 1)).build());
        assertEquals("method", e.field());
    }
}
