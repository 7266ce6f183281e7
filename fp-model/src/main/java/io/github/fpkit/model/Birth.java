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
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A birth to a woman of the register ({@code births.csv}, 出生): a live birth or a stillbirth.
 *
 * <pre>{@code
 * Birth b = Birth.builder()
 *     .id("B000001").motherId("W000001")
 *     .birthDate(LocalDate.of(2009, 3, 1)).sex(Sex.FEMALE).birthOrder(1)
 *     .policy(PolicyStatus.IN).birthPermit(true)
 *     .build();
 * }</pre>
 *
 * <p>A live birth has a birth order of 1 or more (its order among the mother's live
 * births); a stillbirth's order may be absent and is ignored. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Birth {
    Birth() {
    }

    /** @return the record id ({@code id}): required; not blank, without surrounding whitespace */
    public abstract String id();

    /** @return the mother's {@link Woman#id()} ({@code mother_id}): required; not blank, without surrounding whitespace */
    public abstract String motherId();

    /** @return the date of birth ({@code birth_date}): required */
    public abstract LocalDate birthDate();

    /** @return the child's sex ({@code sex}): required */
    public abstract Sex sex();

    /** @return the order among the mother's live births, 1, 2, 3, … ({@code birth_order}): required for a live birth, 1 or more; optional and ignored for a stillbirth */
    public abstract OptionalInt birthOrder();

    /** @return the policy status ({@code policy}): {@code unknown} if not set */
    @Value.Default
    public PolicyStatus policy() {
        return PolicyStatus.UNKNOWN;
    }

    /**
     * @return whether the parents held a birth permit for this birth (生育证, 准生证, 生育服务证)
     *         ({@code birth_permit}): true if they did, false if they did not; optional, empty
     *         where the register does not record it
     */
    public abstract Optional<Boolean> birthPermit();

    /** @return the outcome ({@code outcome}): {@code live} if not set */
    @Value.Default
    public BirthOutcome outcome() {
        return BirthOutcome.LIVE;
    }

    /** @return the child's death date, if the child has died ({@code death_date}): optional; not before the birth date */
    public abstract Optional<LocalDate> deathDate();

    /** @return true for a live birth */
    public boolean isLive() {
        return outcome() == BirthOutcome.LIVE;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Birth}. Each setter's rule is on the accessor of the same name;
     * {@code build()} throws {@link InvalidValueException} naming the field that breaks one
     * (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutableBirth.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Records.requireId("id", id());
        Records.requireId("mother_id", motherId());
        birthOrder().ifPresent(o -> {
            if (o < 1) {
                throw new InvalidValueException("birth_order", Integer.toString(o), "must be 1 or more");
            }
        });
        if (isLive() && birthOrder().isEmpty()) {
            throw new InvalidValueException("birth_order", "", "is required for a live birth");
        }
        deathDate().ifPresent(d -> Records.requireNotBefore("death_date", d, "birth_date", birthDate()));
    }
}
