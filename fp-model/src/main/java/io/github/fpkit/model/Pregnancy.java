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
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pregnancy ({@code pregnancies.csv}, 妊娠): current (现孕) or ended with an outcome.
 *
 * <pre>{@code
 * Pregnancy p = Pregnancy.builder().id("P1").womanId("W1")
 *     .startDate(LocalDate.of(2009, 3, 28)).planned(false).build(); // ongoing
 * }</pre>
 *
 * <p>An outcome other than {@code ongoing} requires an outcome date. An outcome date
 * before the start is representable (real registers contain it) and is reported by the
 * validation rules of fp-indicators. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Pregnancy {
    Pregnancy() {
    }

    /** @return the record id ({@code id}): required; not blank, without surrounding whitespace */
    public abstract String id();

    /** @return the woman's {@link Woman#id()} ({@code woman_id}): required; not blank, without surrounding whitespace */
    public abstract String womanId();

    /** @return the start of the pregnancy, the last menstrual period ({@code start_date}): required */
    public abstract LocalDate startDate();

    /** @return true if planned (计划内), false if unplanned (计划外) ({@code planned}): optional, empty if unknown */
    public abstract Optional<Boolean> planned();

    /** @return the outcome ({@code outcome}): {@code ongoing} if not set */
    @Value.Default
    public PregnancyOutcome outcome() {
        return PregnancyOutcome.ONGOING;
    }

    /** @return the outcome date ({@code outcome_date}): required unless the outcome is {@code ongoing} */
    public abstract Optional<LocalDate> outcomeDate();

    /**
     * Current on a reference date {@code r}: {@code startDate <= r} and either ongoing or
     * ended after {@code r}.
     *
     * @param date the reference date, not null
     * @return true if the woman is pregnant with this pregnancy on that date
     */
    public boolean isCurrentOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (startDate().isAfter(date)) {
            return false;
        }
        return outcome() == PregnancyOutcome.ONGOING || outcomeDate().map(d -> d.isAfter(date)).orElse(true);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Pregnancy}. Each setter's rule is on the accessor of the same name;
     * {@code build()} throws {@link InvalidValueException} naming the field that breaks one
     * (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutablePregnancy.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Records.requireId("id", id());
        Records.requireId("woman_id", womanId());
        if (outcome() != PregnancyOutcome.ONGOING && outcomeDate().isEmpty()) {
            throw new InvalidValueException("outcome_date", "", "is required for outcome " + outcome().code());
        }
    }
}
