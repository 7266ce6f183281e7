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
package io.github.fpkit.indicators.validation;

import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;

/**
 * The plausibility rules that {@link RegisterValidator} runs besides the referential rules
 * of the register format, each with a stable id (used in findings, reports and the CLI)
 * and a severity.
 *
 * <pre>{@code
 * PlausibilityRule.BIRTH_INTERVAL.id();       // "PLAUSIBILITY_BIRTH_INTERVAL"
 * PlausibilityRule.BIRTH_INTERVAL.severity(); // WARNING
 * }</pre>
 */
public enum PlausibilityRule {
    /**
     * A birth dated after its mother's female sterilisation: a procedure of type
     * {@code female_sterilization}, or an episode of method {@code female_sterilization}
     * started before the birth and not ended before it. A birth on the day of the
     * sterilisation is plausible (post-partum sterilisation). Only mothers in
     * {@code women.csv} are checked (a birth of another is {@code REF_UNKNOWN_WOMAN}'s).
     * Warning: a reversal is possible.
     */
    BIRTH_AFTER_STERILIZATION("PLAUSIBILITY_BIRTH_AFTER_STERILIZATION", Severity.WARNING, RegisterTable.BIRTHS),
    /** A pregnancy whose outcome date is before its start date. Error: impossible. */
    OUTCOME_BEFORE_START("PLAUSIBILITY_OUTCOME_BEFORE_START", Severity.ERROR, RegisterTable.PREGNANCIES),
    /**
     * A birth (live or still) fewer than {@value RegisterValidator#MIN_BIRTH_INTERVAL_DAYS}
     * days after a previous live birth of the same mother; births on the same day are
     * multiple births and plausible. Warning.
     */
    BIRTH_INTERVAL("PLAUSIBILITY_BIRTH_INTERVAL", Severity.WARNING, RegisterTable.BIRTHS),
    /**
     * A woman whose resident identity number disagrees with her record: its embedded birth
     * date is not her {@code birth_date}, or its sequence digit says male. Warning: one of
     * the two is mistyped. The finding shows the number masked.
     */
    RESIDENT_ID_MISMATCH("PLAUSIBILITY_RESIDENT_ID_MISMATCH", Severity.WARNING, RegisterTable.WOMEN),
    /**
     * A live birth recorded {@code policy = in} or {@code out} whose status under the policy
     * rule in force on its day, in its mother's province, is the other one
     * ({@link io.github.fpkit.indicators.policy.PolicyRules}, China's by default); a birth the
     * rule cannot judge (an unknown marriage or permit) is not reported. The finding names the
     * birth, its mother, day and order, the recorded and the derived status and the rule;
     * ids that could be resident identity numbers are masked. Warning: the register or the
     * rules may be wrong (a province's own rule the rules lack).
     */
    POLICY_CONTRADICTS_RULE("PLAUSIBILITY_POLICY_CONTRADICTS_RULE", Severity.WARNING, RegisterTable.BIRTHS);

    private final String id;
    private final Severity severity;
    private final RegisterTable table;

    PlausibilityRule(String id, Severity severity, RegisterTable table) {
        this.id = id;
        this.severity = severity;
        this.table = table;
    }

    /** @return the stable rule id, for example {@code "PLAUSIBILITY_BIRTH_INTERVAL"} */
    public String id() {
        return id;
    }

    /** @return the severity of its findings */
    public Severity severity() {
        return severity;
    }

    /** @return the table whose records it reports */
    public RegisterTable table() {
        return table;
    }

    /**
     * @param recordId the record's id, as the register holds it: masked here if it could be a resident identity number
     * @param value the value, masked by the caller if personal
     * @param message the message, whose ids the caller has masked ({@link ResidentId#maskIfNumber})
     * @return a finding of this rule about a record of its table, without a line
     */
    Finding.Builder finding(String recordId, String field, String value, String message) {
        return Finding.builder().rule(id).severity(severity).table(table).recordId(ResidentId.maskIfNumber(recordId)).field(field).value(value)
                .message(message);
    }
}
