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
package io.github.fpkit.indicators.validation;

import io.github.fpkit.model.ContraceptiveEpisode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * What the rule on births after a sterilisation needs to know of each woman: the day of her
 * earliest female-sterilisation procedure, and her episodes of female sterilisation (start
 * and end), kept as epoch days in arrays (an int per woman, and a few per episode, which are
 * rare), so that the births can be streamed past them. Not thread-safe.
 */
final class Sterilisations {
    private static final int NONE = -1;
    private static final int NO_DAY = Integer.MAX_VALUE;

    private final int[] procedure;
    private final int[] firstEpisode;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] next = new int[16];
    private int episodes;

    /** @param women the number of women's rows */
    Sterilisations(int women) {
        procedure = new int[women];
        Arrays.fill(procedure, NO_DAY);
        firstEpisode = new int[women];
        Arrays.fill(firstEpisode, NONE);
    }

    /** Notes a female-sterilisation procedure of the woman of row {@code woman}. */
    void procedure(int woman, LocalDate date) {
        procedure[woman] = Math.min(procedure[woman], (int) date.toEpochDay());
    }

    /** Notes an episode of female sterilisation of the woman of row {@code woman}. */
    void episode(int woman, ContraceptiveEpisode episode) {
        if (episodes == starts.length) {
            starts = Arrays.copyOf(starts, episodes * 2);
            ends = Arrays.copyOf(ends, episodes * 2);
            next = Arrays.copyOf(next, episodes * 2);
        }
        starts[episodes] = (int) episode.startDate().toEpochDay();
        ends[episodes] = episode.endDate().map(d -> (int) d.toEpochDay()).orElse(NO_DAY);
        next[episodes] = firstEpisode[woman];
        firstEpisode[woman] = episodes++;
    }

    /**
     * When the woman had been sterilised before a birth: her earliest procedure, if it was
     * before the birth; otherwise the earliest start of an episode started before the birth
     * and still in use on its day.
     *
     * @param woman the mother's row
     * @param birthDay the birth's epoch day
     * @return the epoch day of the sterilisation, or empty
     */
    OptionalInt before(int woman, int birthDay) {
        if (procedure[woman] < birthDay) {
            return OptionalInt.of(procedure[woman]);
        }
        int earliest = NO_DAY;
        for (int e = firstEpisode[woman]; e != NONE; e = next[e]) {
            if (starts[e] < birthDay && ends[e] >= birthDay) {
                earliest = Math.min(earliest, starts[e]);
            }
        }
        return earliest == NO_DAY ? OptionalInt.empty() : OptionalInt.of(earliest);
    }
}
