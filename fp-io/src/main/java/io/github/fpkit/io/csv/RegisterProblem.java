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
package io.github.fpkit.io.csv;

import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Severity;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One problem of a register folder, as {@link ValidationReport} lists them and
 * {@code fp validate} prints them: a rejected row (rule {@value #ROW_INVALID}) or a finding
 * of a validation rule, with the file and the line its row starts on (the header is line
 * 1), the column and value where there is one, the rule, the severity and a message.
 * Values and messages are already masked where personal (resident identity numbers).
 *
 * <pre>{@code
 * for (RegisterProblem p : ValidationReport.of(source).problems()) {
 *     System.out.println(p);   // error REF_UNKNOWN_WOMAN births.csv line 12: births.csv B000123: mother_id W9 is not in women.csv
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RegisterProblem {
    /** The rule of a row the reader rejected. */
    public static final String ROW_INVALID = "ROW_INVALID";

    private final String file;
    private final long line;
    private final String column;
    private final String value;
    private final String rule;
    private final Severity severity;
    private final String message;

    private RegisterProblem(String file, long line, String column, String value, String rule, Severity severity, String message) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
        this.rule = rule;
        this.severity = severity;
        this.message = message;
    }

    /**
     * @param rejected a rejected row, not null
     * @return the problem of rule {@value #ROW_INVALID}, an error, whose message is the row's reason
     */
    public static RegisterProblem of(RowError rejected) {
        Objects.requireNonNull(rejected, "rejected");
        return new RegisterProblem(rejected.file(), rejected.line(), rejected.column().orElse(null), rejected.value(), ROW_INVALID,
                Severity.ERROR, rejected.reason());
    }

    /**
     * @param finding a finding, not null
     * @param file the file of the finding's table, as opened, not null
     * @return the problem, whose message names the table and the record, then the finding's message
     */
    public static RegisterProblem of(Finding finding, String file) {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(file, "file");
        return new RegisterProblem(file, finding.line().orElse(0), finding.field().orElse(null), finding.value().orElse(null),
                finding.rule(), finding.severity(), finding.table().fileName() + " " + finding.recordId() + ": " + finding.message());
    }

    /** The one problem that stands for every record referring to a row that was rejected. */
    static RegisterProblem ofFollowOns(RowError cause, String rule, String key, String message) {
        return new RegisterProblem(cause.file(), cause.line(), null, key, rule, Severity.ERROR, message);
    }

    /** @return the file, as opened */
    public String file() {
        return file;
    }

    /** @return the line the row starts on, 2 or more (the header is line 1); empty if the register did not number its rows */
    public OptionalLong line() {
        return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
    }

    /** @return the column's canonical name, if the problem is about one cell */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** @return the offending value (a rejected cell's raw text, masked if personal), if any */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** @return {@value #ROW_INVALID} or the id of the rule that found it, such as {@code REF_UNKNOWN_WOMAN} */
    public String rule() {
        return rule;
    }

    /** @return the severity: every rejected row is an error */
    public Severity severity() {
        return severity;
    }

    /** @return what is wrong, in English, on one line */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RegisterProblem)) {
            return false;
        }
        RegisterProblem p = (RegisterProblem) o;
        return file.equals(p.file) && line == p.line && Objects.equals(column, p.column) && Objects.equals(value, p.value)
                && rule.equals(p.rule) && severity == p.severity && message.equals(p.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, value, rule, severity, message);
    }

    /** @return for example {@code error REF_UNKNOWN_WOMAN births.csv line 12: births.csv B000123: mother_id W9 is not in women.csv} */
    @Override
    public String toString() {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return severity.code() + " " + rule + " " + name + (line == 0 ? "" : " line " + line) + ": " + message;
    }
}
