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
package io.github.fpkit.examples.cli;

import io.github.fpkit.io.csv.RowError;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One item of {@code fp validate}: a rejected row or a finding, with the keys of its JSON
 * output: {@code file}, {@code line} (the line the row starts on; for a finding the line
 * of the record it names, null only if that record cannot be found), {@code column}, {@code value}, {@code rule}, {@code severity}
 * ({@code error} or {@code warning}) and {@code message}. Values are already masked where
 * personal.
 */
final class Problem {
    /** The rule of a row the reader rejected. */
    static final String ROW_INVALID = "ROW_INVALID";

    private final String file;
    private final OptionalLong line;
    private final String column;
    private final String value;
    private final String rule;
    private final Severity severity;
    private final String message;

    private Problem(String file, OptionalLong line, String column, String value, String rule, Severity severity, String message) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
        this.rule = rule;
        this.severity = severity;
        this.message = message;
    }

    static Problem of(RowError e) {
        return new Problem(e.file(), OptionalLong.of(e.line()), e.column().orElse(null), e.value(), ROW_INVALID, Severity.ERROR,
                e.reason());
    }

    /**
     * @param f the finding
     * @param file the file of the finding's table, as opened
     * @param line the line of the row the finding names, or empty if it is not known
     * @param note appended to the finding's message, or ""
     */
    static Problem of(Finding f, String file, OptionalLong line, String note) {
        return new Problem(file, line, f.field().orElse(null), f.value().orElse(null), f.rule(), f.severity(),
                f.table().fileName() + " " + f.recordId() + ": " + f.message() + note);
    }

    /**
     * The one item that stands for every record referring to a woman whose row was rejected.
     *
     * @param cause the rejected row of the woman
     * @param womanId her id
     * @param message what refers to her, and why she is missing
     */
    static Problem ofRejectedWoman(RowError cause, String womanId, String message) {
        return new Problem(cause.file(), OptionalLong.of(cause.line()), null, womanId, "REF_UNKNOWN_WOMAN", Severity.ERROR,
                message);
    }

    Severity severity() {
        return severity;
    }

    String file() {
        return file;
    }

    /** @return the line the row starts on, or empty if it is not known */
    OptionalLong line() {
        return line;
    }

    /** @return the line, or empty if it is not known */
    String where() {
        return line.isPresent() ? Long.toString(line.getAsLong()) : "";
    }

    String column() {
        return column == null ? "" : column;
    }

    String value() {
        return value == null ? "" : value;
    }

    String rule() {
        return rule;
    }

    String message() {
        return message;
    }

    /** @return the JSON object, keys in the documented order, absent values as null */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("line", line.isPresent() ? line.getAsLong() : null);
        json.put("column", column);
        json.put("value", value);
        json.put("rule", rule);
        json.put("severity", severity.code());
        json.put("message", message);
        return json;
    }
}
