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
package io.github.fpkit.io.report;

import io.github.fpkit.io.json.JsonFormatException;
import java.util.Objects;

/**
 * Thrown when a report's JSON is malformed or does not follow the report format: the
 * exception names the source (a file name or a caller's label), the line and column where
 * the offending token starts (1-based), the field as a JSON path (for example
 * {@code births.male}, empty for a syntax error outside any field), the offending value
 * as text (in the message, cut short after 60 characters), and the reason. A
 * {@link JsonFormatException} whose message names the field and the value.
 */
public class ReportFormatException extends JsonFormatException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN_LENGTH = 60;

    private final String field;
    private final String value;

    /**
     * Creates an exception.
     *
     * @param source the file name or label of the input, not null
     * @param line the 1-based line, or -1 if unknown
     * @param column the 1-based column, or -1 if unknown
     * @param field the JSON path of the field, empty if none; not null
     * @param value the offending value as text, empty if none; not null
     * @param reason why the input is rejected, not null
     * @param cause the underlying exception, or null
     */
    public ReportFormatException(String source, long line, long column, String field, String value, String reason, Throwable cause) {
        super(Objects.requireNonNull(source, "source") + ":" + line + ":" + column + ": "
                + (Objects.requireNonNull(field, "field").isEmpty() ? "" : field + " ")
                + (Objects.requireNonNull(value, "value").isEmpty() ? "" : "'" + shown(value) + "' ")
                + Objects.requireNonNull(reason, "reason"), source, line, column, reason, cause);
        this.field = field;
        this.value = value;
    }

    /** A value far longer than any a report can hold is cut short in the message, not repeated whole. */
    private static String shown(String value) {
        return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "… (" + value.length() + " characters)";
    }

    /** @return the JSON path of the field, for example {@code births.male}; empty if none */
    public String field() {
        return field;
    }

    /** @return the offending value as text; empty if none */
    public String value() {
        return value;
    }
}
