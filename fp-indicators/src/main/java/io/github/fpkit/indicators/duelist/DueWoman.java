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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Woman;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A woman on a {@link DueList}: who she is, where, her age on the list's date and why she is
 * due. Her resident identity number is masked in {@link #toString()} and by
 * {@link #maskedResidentId()}; only {@link #residentId()} gives it whole. Immutable and
 * thread-safe.
 */
public final class DueWoman {
    private final String id;
    private final Optional<ResidentId> residentId;
    private final AreaCode areaCode;
    private final int age;
    private final Set<DueReason> reasons;

    private DueWoman(String id, Optional<ResidentId> residentId, AreaCode areaCode, int age, Set<DueReason> reasons) {
        this.id = id;
        this.residentId = residentId;
        this.areaCode = areaCode;
        this.age = age;
        this.reasons = reasons;
    }

    /**
     * @param woman the woman, not null
     * @param age her age on the list's date, in completed years
     * @param reasons why she is due, not null, not empty
     * @return her entry
     * @throws IllegalArgumentException if there is no reason
     */
    public static DueWoman of(Woman woman, int age, Set<DueReason> reasons) {
        Objects.requireNonNull(woman, "woman");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("woman '" + ResidentId.maskIfNumber(woman.id()) + "' is on a due-list without a reason");
        }
        return new DueWoman(woman.id(), woman.residentId(), woman.areaCode(), age,
                Collections.unmodifiableSet(EnumSet.copyOf(reasons)));
    }

    /** @return her register id ({@code women.csv} {@code id}) */
    public String id() {
        return id;
    }

    /** @return her resident identity number, whole: do not show it to users (see {@link #maskedResidentId()}) */
    public Optional<ResidentId> residentId() {
        return residentId;
    }

    /** @return her resident identity number masked (first six and last four characters), for example {@code 110105********002X} */
    public Optional<String> maskedResidentId() {
        return residentId.map(ResidentId::toString);
    }

    /** @return her area ({@code women.csv} {@code area_code}), usually a village */
    public AreaCode areaCode() {
        return areaCode;
    }

    /** @return her age on the list's date, in completed years (15 to 49) */
    public int age() {
        return age;
    }

    /** @return why she is due, in {@link DueReason} order, not empty; unmodifiable */
    public Set<DueReason> reasons() {
        return reasons;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DueWoman)) {
            return false;
        }
        DueWoman other = (DueWoman) o;
        return id.equals(other.id) && residentId.equals(other.residentId) && areaCode.equals(other.areaCode) && age == other.age
                && reasons.equals(other.reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, residentId, areaCode, age, reasons);
    }

    /** @return for example {@code DueWoman{W1, 110105********002X, 990101001001, 34, [iud_check, pregnancy_check]}} */
    @Override
    public String toString() {
        return "DueWoman{" + ResidentId.maskIfNumber(id) + ", " + maskedResidentId().orElse("-") + ", " + areaCode + ", " + age + ", " + reasons + "}";
    }
}
