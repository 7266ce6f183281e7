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
package io.github.fpkit.report;

import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Severity;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One finding of the register's validation as a report lists it: its rule, severity, the
 * file and line of the row it names, and its message. {@code fp validate} makes them with
 * the lines it noted while reading; {@link #of(Finding)} makes one from a validator's
 * finding without a line. Messages never hold a whole resident identity number, as
 * findings never do. Immutable and thread-safe.
 */
public final class ValidationIssue {
    private final String rule;
    private final Severity severity;
    private final String file;
    private final OptionalLong line;
    private final String message;

    private ValidationIssue(String rule, Severity severity, String file, OptionalLong line, String message) {
        this.rule = rule;
        this.severity = severity;
        this.file = file;
        this.line = line;
        this.message = message;
    }

    /**
     * @param rule the rule's id, for example {@code REF_UNKNOWN_WOMAN}; not null
     * @param severity the severity, not null
     * @param file the file's name, not null
     * @param line the line the row starts on, 1 or more, or empty if not known; not null
     * @param message what is wrong, not null
     * @return the issue
     * @throws IllegalArgumentException if the line is less than 1
     */
    public static ValidationIssue of(String rule, Severity severity, String file, OptionalLong line, String message) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(message, "message");
        if (line.isPresent() && line.getAsLong() < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line.getAsLong());
        }
        return new ValidationIssue(rule, severity, file, line, message);
    }

    /**
     * @param finding a validator's finding, not null
     * @return the issue, in the file of the finding's table, without a line, its message
     *         naming the record: {@code births.csv B12: mother W9 is not in women.csv}
     */
    public static ValidationIssue of(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return new ValidationIssue(finding.rule(), finding.severity(), finding.table().fileName(), OptionalLong.empty(),
                finding.table().fileName() + " " + finding.recordId() + ": " + finding.message());
    }

    /** @return the rule's id */
    public String rule() {
        return rule;
    }

    /** @return the severity */
    public Severity severity() {
        return severity;
    }

    /** @return the file's name */
    public String file() {
        return file;
    }

    /** @return the line the row starts on, or empty if not known */
    public OptionalLong line() {
        return line;
    }

    /** @return what is wrong */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ValidationIssue)) {
            return false;
        }
        ValidationIssue v = (ValidationIssue) o;
        return rule.equals(v.rule) && severity == v.severity && file.equals(v.file) && line.equals(v.line)
                && message.equals(v.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, file, line, message);
    }

    /** @return for example {@code error REF_UNKNOWN_WOMAN births.csv line 5: …} */
    @Override
    public String toString() {
        return severity.code() + " " + rule + " " + file + (line.isPresent() ? " line " + line.getAsLong() : "") + ": " + message;
    }
}
