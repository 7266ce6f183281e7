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
package io.github.fpkit.indicators.report;

import io.github.fpkit.model.register.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * One inconsistency the audit found in an aggregate report: the rule broken (a stable id,
 * listed in {@link ReportAudit}), how serious it is, the fields involved (JSON paths such
 * as {@code women.parity1}), the value the rule expects, the value the report states, and
 * an explanation in Chinese and in English.
 *
 * <p>{@code expected} is what the report's other figures imply for the checked figure — a
 * sum, a recomputed rate rounded to the stated precision, an amount, a bound such as
 * {@code ≤ 520} — and {@code stated} is what the report says.
 *
 * <pre>{@code
 * AuditFinding f = ReportAudit.audit(report).get(0);
 * f.rule();           // "PART_WHOLE_PARITY"
 * f.expected();       // "1490"
 * f.stated();         // "1500"
 * f.englishMessage(); // "married WRA by parity (0 + 1 + 2 + 3+) sum to 1490, but married WRA are stated as 1500"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditFinding {
    AuditFinding() {
    }

    /** @return the stable rule id, for example {@code "RATE_CPR"} */
    public abstract String rule();

    /** @return {@code ERROR} for an inconsistency, {@code WARNING} for a figure that deserves a look */
    public abstract Severity severity();

    /** @return the fields involved, as JSON paths; the checked figure first */
    public abstract List<String> fields();

    /** @return what the report's other figures imply, as text */
    public abstract String expected();

    /** @return what the report states, as text */
    public abstract String stated();

    /** @return the explanation in Chinese */
    public abstract String chineseMessage();

    /** @return the explanation in English */
    public abstract String englishMessage();

    /** @return true if the severity is {@code ERROR} */
    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AuditFinding}. */
    public static final class Builder extends ImmutableAuditFinding.Builder {
        Builder() {
        }
    }

    /** @return severity, rule, fields, expected, stated and the English message on one line */
    @Override
    public String toString() {
        return severity().code() + " " + rule() + " " + fields() + ": expected " + expected() + ", stated " + stated()
                + " — " + englishMessage();
    }
}
