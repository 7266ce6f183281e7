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

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A woman of the register ({@code women.csv}, 育龄妇女); women of any age may appear,
 * their age is computed on each date asked.
 *
 * <pre>{@code
 * Woman w = Woman.builder()
 *     .id("W000001")
 *     .areaCode(AreaCode.of("990101001001"))
 *     .birthDate(LocalDate.of(1980, 1, 1))
 *     .maritalStatus(MaritalStatus.MARRIED)
 *     .build();
 * w.ageOn(LocalDate.of(2009, 9, 30)); // 29
 * }</pre>
 *
 * <p>Her resident identity number, if any, is masked in {@code toString}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Woman {
    Woman() {
    }

    /** @return the register id ({@code id}): required; not blank, without surrounding whitespace; unique within the register */
    public abstract String id();

    /** @return the resident identity number ({@code resident_id}): optional; masked in every {@code toString} */
    public abstract Optional<ResidentId> residentId();

    /** @return the area she belongs to, usually a village ({@code area_code}): required */
    public abstract AreaCode areaCode();

    /** @return her household's id ({@code household_id}): optional; not blank, without surrounding whitespace */
    public abstract Optional<String> householdId();

    /** @return her birth date ({@code birth_date}): required */
    public abstract LocalDate birthDate();

    /** @return her marital status on the register's reference date ({@code marital_status}): required */
    public abstract MaritalStatus maritalStatus();

    /** @return her (first) marriage date ({@code marriage_date}): optional; not before her birth date */
    public abstract Optional<LocalDate> marriageDate();

    /** @return her residence type ({@code residence}): {@code resident} if not set */
    @Value.Default
    public Residence residence() {
        return Residence.RESIDENT;
    }

    /**
     * @param date a date, not null
     * @return her age in completed years on that date
     */
    public int ageOn(LocalDate date) {
        return Age.completedYears(birthDate(), date);
    }

    /** @return true if her status is married or remarried */
    public boolean isMarried() {
        return maritalStatus().isMarried();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Woman}. Each setter's rule is on the accessor of the same name;
     * {@code build()} throws {@link InvalidValueException} naming the field that breaks one
     * (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutableWoman.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Records.requireId("id", id());
        householdId().ifPresent(h -> Records.requireId("household_id", h));
        marriageDate().ifPresent(m -> {
            if (m.isBefore(birthDate())) {
                throw new InvalidValueException("marriage_date", m.toString(), "is before the birth date " + birthDate());
            }
        });
    }
}
