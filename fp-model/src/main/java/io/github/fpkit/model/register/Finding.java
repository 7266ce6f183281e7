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
package io.github.fpkit.model.register;

import io.github.fpkit.model.InvalidValueException;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A problem found in a register's records by a rule: which rule (a stable id), how
 * serious, which table and record, and a message; and, when the register was read from a
 * file that numbers its rows, the line the record's row starts on.
 *
 * <pre>{@code
 * Finding f = Finding.builder().rule("REF_UNKNOWN_WOMAN").severity(Severity.ERROR)
 *     .table(RegisterTable.BIRTHS).recordId("B000007").field("mother_id").value("W999")
 *     .message("mother_id W999 is not in women.csv").build();
 * }</pre>
 *
 * <p>Messages never contain a whole resident identity number. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
    Finding() {
    }

    /** @return the stable rule id, for example {@code "REF_UNKNOWN_WOMAN"}: required */
    public abstract String rule();

    /** @return the severity: required */
    public abstract Severity severity();

    /** @return the table the record belongs to: required */
    public abstract RegisterTable table();

    /** @return the record's id (or, for tables without ids, the woman's id): required */
    public abstract String recordId();

    /** @return the field (column) involved: optional */
    public abstract Optional<String> field();

    /** @return the offending value as text: optional; never a whole resident identity number */
    public abstract Optional<String> value();

    /** @return the explanation, in English: required */
    public abstract String message();

    /**
     * The line the row of the record starts on in its table's file, counted as fp-io counts
     * the lines of rejected rows (the header is line 1); empty when the register was not read
     * from such a file (an in-memory {@link Register}) or the finding names no one row.
     *
     * @return the line, 2 or more: optional
     */
    public abstract OptionalLong line();

    @Value.Check
    void check() {
        if (line().isPresent() && line().getAsLong() < 2) {
            throw new InvalidValueException("line", Long.toString(line().getAsLong()),
                    "a record's row starts on line 2 or later (line 1 is the header)");
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Finding}. Each setter's rule is on the accessor of the same name;
     * {@code build()} throws {@link io.github.fpkit.model.MissingFieldException} for a
     * required field not set.
     */
    public static final class Builder extends ImmutableFinding.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return severity().code() + " " + rule() + " " + table().fileName()
                + (line().isPresent() ? " line " + line().getAsLong() : "") + " " + recordId()
                + field().map(f -> " " + f).orElse("") + ": " + message();
    }
}
