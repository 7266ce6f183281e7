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
 * A death in an area ({@code deaths.csv}, 死亡). Immutable and thread-safe.
 *
 * <pre>{@code
 * Death d = Death.builder().id("D1").areaCode(AreaCode.of("990101001001"))
 *     .deathDate(LocalDate.of(2009, 4, 30)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Death {
    Death() {
    }

    /** @return the record id ({@code id}): required; not blank, without surrounding whitespace */
    public abstract String id();

    /** @return the area the death is attributed to ({@code area_code}): required */
    public abstract AreaCode areaCode();

    /** @return the date of death ({@code death_date}): required */
    public abstract LocalDate deathDate();

    /** @return the sex ({@code sex}): optional */
    public abstract Optional<Sex> sex();

    /** @return the birth date ({@code birth_date}): optional; not after the date of death */
    public abstract Optional<LocalDate> birthDate();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Death}. Each setter's rule is on the accessor of the same name;
     * {@code build()} throws {@link InvalidValueException} naming the field that breaks one
     * (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutableDeath.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Records.requireId("id", id());
        birthDate().ifPresent(b -> Records.requireNotBefore("death_date", deathDate(), "birth_date", b));
    }
}
