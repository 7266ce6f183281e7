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

import org.immutables.value.Value;

/**
 * An administrative area of {@code areas.csv}: its code and name.
 *
 * <pre>{@code
 * Area area = Area.of(AreaCode.of("990101001001"), "1乡1村");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Area {
    Area() {
    }

    /** @return the 12-digit code ({@code code}): required */
    public abstract AreaCode code();

    /** @return the name ({@code name}): required; not blank */
    public abstract String name();

    /** @return the level, from the code */
    public AreaLevel level() {
        return code().level();
    }

    /**
     * Creates an area.
     *
     * @param code the code, not null
     * @param name the name, not blank
     * @return the area
     * @throws InvalidValueException if the name is blank
     */
    public static Area of(AreaCode code, String name) {
        return builder().code(code).name(name).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Area}. Each setter's rule is on the accessor of the same name;
     * {@code build()} throws {@link InvalidValueException} naming the field that breaks one
     * (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutableArea.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new InvalidValueException("name", name(), "must not be blank");
        }
    }
}
