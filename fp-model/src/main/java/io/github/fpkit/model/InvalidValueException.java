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

import java.util.Objects;

/**
 * Thrown when a value does not satisfy the rules of the register format: the
 * exception names the field (the column name of the register format), the offending
 * value (already masked where it is personal data) and the reason.
 *
 * <p>Readers of files catch it and attach file, line and column.
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param field the field or column name, not null
     * @param value the offending value as text, masked if personal, not null
     * @param reason why the value is invalid, not null
     */
    public InvalidValueException(String field, String value, String reason) {
        super(field + " '" + value + "': " + reason);
        this.field = Objects.requireNonNull(field, "field");
        this.value = Objects.requireNonNull(value, "value");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the field (register column name) whose value is invalid */
    public String field() {
        return field;
    }

    /** @return the offending value as text (masked if it is a resident identity number) */
    public String value() {
        return value;
    }

    /** @return the reason the value is invalid */
    public String reason() {
        return reason;
    }
}
