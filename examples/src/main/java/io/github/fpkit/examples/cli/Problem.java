package io.github.fpkit.examples.cli;

import io.github.fpkit.io.csv.RowError;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One item of {@code fp validate}: a rejected row or a finding, with the keys of its JSON
 * output: {@code file}, {@code line} (null for a finding, which concerns a record rather
 * than a line), {@code column}, {@code value}, {@code rule}, {@code severity}
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
     */
    static Problem of(Finding f, String file) {
        return new Problem(file, OptionalLong.empty(), f.field().orElse(null), f.value().orElse(null), f.rule(), f.severity(),
                f.table().fileName() + " " + f.recordId() + ": " + f.message());
    }

    Severity severity() {
        return severity;
    }

    String file() {
        return file;
    }

    /** @return {@code line N} or, for a finding, empty */
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
