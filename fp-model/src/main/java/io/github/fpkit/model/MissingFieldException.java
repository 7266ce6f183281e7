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

import java.util.Arrays;
import java.util.List;

/**
 * Thrown by the builder of a value type when a required field was not set: an
 * {@link InvalidValueException} whose {@link #field()} is the first missing field, named as
 * the builder's setter names it, and whose {@link #missingFields()} lists them all.
 *
 * <pre>{@code
 * Woman.builder().id("W1").areaCode(AreaCode.of("990101001001")).build();
 * // MissingFieldException: birthDate '': is required but was not set (nor was maritalStatus)
 * }</pre>
 */
public final class MissingFieldException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    private final List<String> missingFields;

    /**
     * Creates an exception naming the required fields that were not set; the builders of
     * fpkit's value types throw it from {@code build()}.
     *
     * @param missingFields the fields not set, as the builder's setters name them; at least one, none null
     * @throws IllegalArgumentException if no field is given
     */
    public MissingFieldException(String... missingFields) {
        super(first(missingFields), "", reason(missingFields));
        this.missingFields = List.of(missingFields);
    }

    /** @return every required field that was not set, in the builder's order; unmodifiable, not empty */
    public List<String> missingFields() {
        return missingFields;
    }

    private static String first(String[] fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("a missing field must be named");
        }
        return fields[0];
    }

    private static String reason(String[] fields) {
        if (fields.length == 1) {
            return "is required but was not set";
        }
        String others = String.join(", ", Arrays.asList(fields).subList(1, fields.length));
        return "is required but was not set (nor " + (fields.length == 2 ? "was " : "were ") + others + ")";
    }
}
