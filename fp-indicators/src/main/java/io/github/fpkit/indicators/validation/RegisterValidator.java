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

import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.LinedRegisterSource;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Validates a register's records as they stream past: the referential rules of the
 * register format ({@code REF_DUPLICATE_ID}, {@code REF_DUPLICATE_POPULATION},
 * {@code REF_DUPLICATE_RESIDENT_ID}, {@code REF_UNKNOWN_WOMAN}, {@code REF_UNKNOWN_AREA},
 * {@code REF_UNKNOWN_PARENT_AREA}, {@code REF_UNKNOWN_HOUSEHOLD}, {@code REF_MOTHER_AGE},
 * {@code REF_BIRTH_ORDER}, as {@link Register#check()} states them) and the
 * {@link PlausibilityRule plausibility rules}, among them the births whose recorded policy
 * contradicts the policy rule in force on their day. Never throws on bad records: every problem
 * is a {@link Finding}.
 *
 * <pre>{@code
 * CsvRegisterSource source = CsvRegister.builder().open(Path.of("register"));   // fp-io
 * List<Finding> findings = RegisterValidator.validate(source);
 * findings.stream().filter(f -> f.severity() == Severity.ERROR).forEach(System.out::println);
 * // error REF_UNKNOWN_WOMAN births.csv line 12 B000123 mother_id: mother_id W9 is not in women.csv
 * }</pre>
 *
 * <h2>Streaming</h2>
 * Each table is read once (the births again only for mothers whose births are not in date
 * order in the file), in the order the joins need: areas, population, households, women,
 * then contraception, procedures, births, pregnancies, deaths and health checks. What is
 * held is what those joins need: the areas' codes, and per household and per woman her id
 * (the characters of all ids in one array), the line of her row, her birth date, her
 * resident number while the women are read, her marital status, marriage day and area (for
 * the policy rules), and her sterilisations — a few dozen bytes a
 * woman, so that memory grows with the women, never with the events. A source that numbers
 * its rows ({@link LinedRegisterSource}, such as fp-io's CSV register folder) gives each
 * finding the {@linkplain Finding#line() line} of its record's row; a repeated key's
 * finding names the repeating row, and its message the first row's line.
 *
 * <p>Repeated ids of births, deaths and pregnancies would need every event's id in memory:
 * they are reported only for an in-memory {@link Register}, which holds them anyway (fp-io's
 * CSV reader rejects such rows itself). Records refer to a woman's first row when her id
 * is repeated.
 *
 * <h2>Order</h2>
 * Findings come table by table in the order above, each table's in the order of its rows,
 * followed by those known only at its end: repeated ids and resident numbers, areas whose
 * township or county is missing, and the rules over a mother's births in date order. The
 * same source gives the same findings in the same order. Thread-safe: holds nothing
 * between calls.
 */
public final class RegisterValidator {
    /** Births closer than this many days to a previous live birth are implausible. */
    public static final int MIN_BIRTH_INTERVAL_DAYS = 180;

    private RegisterValidator() {
    }

    /**
     * Validates an in-memory register: every rule, repeated ids of every table included.
     *
     * @param register the register, not null
     * @return the findings; empty if none; unmodifiable
     */
    public static List<Finding> validate(Register register) {
        return validate((RegisterSource) Objects.requireNonNull(register, "register"));
    }

    /**
     * Validates a register source, streaming each table.
     *
     * @param source the register, not null; each of its tables is streamed and closed
     * @return the findings; empty if none; unmodifiable
     * @throws java.io.UncheckedIOException if the source fails while streaming (and whatever
     *     else its streams throw, such as fp-io's exceptions for unreadable files)
     */
    public static List<Finding> validate(RegisterSource source) {
        List<Finding> findings = new ArrayList<>();
        validate(source, findings::add);
        return List.copyOf(findings);
    }

    /**
     * Validates a register source, streaming each table, and passes each finding on as it is
     * found, so that a caller can fold or count them without holding them all.
     *
     * @param source the register, not null; each of its tables is streamed and closed
     * @param findings receives the findings, in the documented order; not null
     * @throws java.io.UncheckedIOException if the source fails while streaming (and whatever
     *     else its streams throw)
     */
    public static void validate(RegisterSource source, Consumer<? super Finding> findings) {
        validate(source, PolicyRules.china(), findings);
    }

    /**
     * Validates a register source, as {@link #validate(RegisterSource, Consumer)} does, with
     * the births' recorded policy checked against the rules given
     * ({@link PlausibilityRule#POLICY_CONTRADICTS_RULE}).
     *
     * @param source the register, not null; each of its tables is streamed and closed
     * @param policyRules the policy rules, not null ({@link PolicyRules#china()} in the other methods)
     * @param findings receives the findings, in the documented order; not null
     * @throws java.io.UncheckedIOException if the source fails while streaming (and whatever
     *     else its streams throw)
     */
    public static void validate(RegisterSource source, PolicyRules policyRules, Consumer<? super Finding> findings) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(policyRules, "policyRules");
        Objects.requireNonNull(findings, "findings");
        new ValidationPass(source, findings, BirthSequences.RECHECK_BATCH, policyRules).run();
    }
}
