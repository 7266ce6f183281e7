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
 * A household ({@code households.csv}, 户). Its children are the live births of the women
 * whose {@link Woman#householdId()} is this household.
 *
 * <pre>{@code
 * Household h = Household.builder().id("H1").areaCode(AreaCode.of("990101001001")).rural(true).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Household {
    Household() {
    }

    /** @return the household id ({@code id}): required; not blank, without surrounding whitespace */
    public abstract String id();

    /** @return the area the household belongs to ({@code area_code}): required */
    public abstract AreaCode areaCode();

    /** @return true if rural (农业户口) ({@code rural}): optional, empty if not recorded */
    public abstract Optional<Boolean> rural();

    /** @return the father's birth date ({@code father_birth_date}): optional */
    public abstract Optional<LocalDate> fatherBirthDate();

    /** @return the date the one-child parents' certificate (独生子女证) was issued ({@code one_child_certificate_date}): optional */
    public abstract Optional<LocalDate> oneChildCertificateDate();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Household}. Each setter's rule is on the accessor of the same name;
     * {@code build()} throws {@link InvalidValueException} naming the field that breaks one
     * (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutableHousehold.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Records.requireId("id", id());
    }
}
