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
 * One episode of use of a contraceptive method by a woman ({@code contraception.csv},
 * 避孕节育措施). A husband's vasectomy is recorded under the wife.
 *
 * <pre>{@code
 * ContraceptiveEpisode e = ContraceptiveEpisode.builder().womanId("W1")
 *     .method(ContraceptiveMethod.IUD).startDate(LocalDate.of(2005, 3, 1)).build();
 * e.isInUseOn(LocalDate.of(2009, 9, 30)); // true: no end date
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContraceptiveEpisode {
    ContraceptiveEpisode() {
    }

    /** @return the woman's {@link Woman#id()} ({@code woman_id}): required; not blank, without surrounding whitespace */
    public abstract String womanId();

    /** @return the method ({@code method}): required */
    public abstract ContraceptiveMethod method();

    /** @return the first day of use ({@code start_date}): required */
    public abstract LocalDate startDate();

    /** @return the last day of use ({@code end_date}): optional, empty while still in use; not before the start date */
    public abstract Optional<LocalDate> endDate();

    /**
     * In use on a date {@code r}: {@code startDate <= r} and (no end date or {@code endDate >= r}).
     *
     * @param date the date, not null
     * @return true if the episode is in use on that date
     */
    public boolean isInUseOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !startDate().isAfter(date) && endDate().map(e -> !e.isBefore(date)).orElse(true);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ContraceptiveEpisode}. Each setter's rule is on the accessor of the same
     * name; {@code build()} throws {@link InvalidValueException} naming the field that breaks
     * one (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutableContraceptiveEpisode.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Records.requireId("woman_id", womanId());
        endDate().ifPresent(e -> Records.requireNotBefore("end_date", e, "start_date", startDate()));
    }
}
