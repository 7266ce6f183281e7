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
import org.immutables.value.Value;

/**
 * A family-planning surgery ({@code procedures.csv}, 节育手术, the "four surgeries").
 *
 * <pre>{@code
 * Procedure p = Procedure.of("W1", ProcedureType.IUD_INSERTION, LocalDate.of(2009, 5, 5));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Procedure {
    Procedure() {
    }

    /** @return the woman's {@link Woman#id()} ({@code woman_id}): required; not blank, without surrounding whitespace */
    public abstract String womanId();

    /** @return the type of surgery ({@code type}): required */
    public abstract ProcedureType type();

    /** @return the date of the surgery ({@code date}): required */
    public abstract LocalDate date();

    /**
     * @param womanId the woman's id, not blank
     * @param type the type, not null
     * @param date the date, not null
     * @return the procedure
     */
    public static Procedure of(String womanId, ProcedureType type, LocalDate date) {
        return builder().womanId(womanId).type(type).date(date).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Procedure}. Each setter's rule is on the accessor of the same name;
     * {@code build()} throws {@link InvalidValueException} naming the field that breaks one
     * (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutableProcedure.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Records.requireId("woman_id", womanId());
    }
}
