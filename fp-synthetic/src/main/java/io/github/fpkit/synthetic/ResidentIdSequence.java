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
package io.github.fpkit.synthetic;

import io.github.fpkit.model.ResidentId;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out women's resident identity numbers, each at most once, as the register's
 * referential check requires. A number is an area prefix, a birth date and a sequence
 * number, even for women: only {@value #SEQUENCES} women born on one day can share a
 * prefix, so a day that has used them all continues with the next prefix (the county
 * code plus one, and so on), as if born in a neighbouring county.
 *
 * <p>Memory grows with the birth days used, not with the women: one bit set of
 * {@value #SEQUENCES} bits per day and prefix. Not thread-safe.
 */
final class ResidentIdSequence {
    /** Even sequence numbers 0, 2, …, 998. */
    static final int SEQUENCES = 500;

    private static final int PREFIXES = 1_000_000;

    private final int firstPrefix;
    private final Map<Long, BitSet> used = new HashMap<>();

    /**
     * @param firstPrefix the six-digit area prefix tried first, the county's
     */
    ResidentIdSequence(String firstPrefix) {
        this.firstPrefix = Integer.parseInt(firstPrefix);
    }

    /**
     * @param birthDate the woman's birth date, year 1800 to 9999
     * @param preferred the sequence slot drawn for her, 0 to {@value #SEQUENCES} − 1; the
     *     first free slot from it on (wrapping) is taken, so a register without clashes keeps
     *     the drawn numbers
     * @return a number no earlier call returned
     */
    ResidentId next(LocalDate birthDate, int preferred) {
        for (int shift = 0; ; shift++) {
            BitSet slots = used.computeIfAbsent(birthDate.toEpochDay() * PREFIXES + shift, k -> new BitSet(SEQUENCES));
            int slot = slots.nextClearBit(preferred);
            if (slot >= SEQUENCES) {
                slot = slots.nextClearBit(0);
            }
            if (slot < SEQUENCES) {
                slots.set(slot);
                return ResidentId.of(String.format("%06d", (firstPrefix + shift) % PREFIXES), birthDate, 2 * slot);
            }
        }
    }
}
