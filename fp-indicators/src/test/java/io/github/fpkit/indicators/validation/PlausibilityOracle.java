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

import io.github.fpkit.indicators.policy.PolicyJudgement;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plausibility rules stated again, the plain way, over an in-memory register (its
 * indexes by mother, every birth and episode at hand), as the validator applied them before
 * it streamed: the reference the streaming validator's findings are compared with. Only
 * the rules' reach is the streaming one's: a birth whose mother is not in women.csv is not
 * checked against sterilisations.
 */
final class PlausibilityOracle {
    private PlausibilityOracle() {
    }

    static List<Finding> findings(Register register) {
        List<Finding> findings = new ArrayList<>(birthsAfterSterilization(register));
        register.pregnancies().forEach(p -> outcomeBeforeStart(p).ifPresent(findings::add));
        findings.addAll(birthIntervals(register));
        register.women().forEach(w -> residentIdMismatch(w).ifPresent(findings::add));
        findings.addAll(policyContradictions(register));
        return findings;
    }

    /** Live births recorded in or out whose mother (her first row) China's rules judge the other way. */
    private static List<Finding> policyContradictions(Register register) {
        List<Finding> findings = new ArrayList<>();
        register.births().filter(b -> b.isLive() && b.policy() != PolicyStatus.UNKNOWN).forEach(b -> register.woman(b.motherId())
                .ifPresent(mother -> {
                    PolicyJudgement j = PolicyRules.china().judge(b, mother);
                    if (j.status() != PolicyStatus.UNKNOWN && j.status() != b.policy()) {
                        String id = masked(b.id());
                        findings.add(finding(PlausibilityRule.POLICY_CONTRADICTS_RULE, id, "policy", b.policy().code(),
                                "birth " + id + " of mother " + masked(b.motherId()) + " on " + b.birthDate() + ", order "
                                        + b.birthOrder().getAsInt() + ": recorded " + b.policy().code() + ", derived "
                                        + j.status().code() + " by the rule in force, '" + j.rule().name() + "'"));
                    }
                }));
        return findings;
    }

    private static String masked(String id) {
        return id.matches("\\d{17}[\\dXx]|\\d{15}") ? ResidentId.mask(id) : id;
    }

    private static Optional<Finding> residentIdMismatch(Woman woman) {
        return woman.residentId().flatMap(id -> {
            if (!id.birthDate().equals(woman.birthDate())) {
                return Optional.of(finding(PlausibilityRule.RESIDENT_ID_MISMATCH, woman.id(), "resident_id", id.toString(),
                        "the birth date in resident_id " + id + " differs from birth_date " + woman.birthDate()));
            }
            if (id.sex() != Sex.FEMALE) {
                return Optional.of(finding(PlausibilityRule.RESIDENT_ID_MISMATCH, woman.id(), "resident_id", id.toString(),
                        "resident_id " + id + " is a man's number (odd 17th digit)"));
            }
            return Optional.empty();
        });
    }

    private static List<Finding> birthsAfterSterilization(Register register) {
        Map<String, LocalDate> sterilized = new HashMap<>();
        register.procedures().filter(p -> p.type() == ProcedureType.FEMALE_STERILIZATION)
                .forEach((Procedure p) -> sterilized.merge(p.womanId(), p.date(), (a, b) -> a.isBefore(b) ? a : b));
        List<Finding> findings = new ArrayList<>();
        register.births().filter(b -> register.woman(b.motherId()).isPresent()).forEach(b -> {
            Optional<LocalDate> byProcedure = Optional.ofNullable(sterilized.get(b.motherId()))
                    .filter(d -> d.isBefore(b.birthDate()));
            Optional<LocalDate> byEpisode = register.episodesOf(b.motherId()).stream()
                    .filter(e -> e.method() == ContraceptiveMethod.FEMALE_STERILIZATION)
                    .filter(e -> e.startDate().isBefore(b.birthDate()) && e.isInUseOn(b.birthDate()))
                    .map(ContraceptiveEpisode::startDate).min(LocalDate::compareTo);
            Optional<LocalDate> date = byProcedure.isPresent() ? byProcedure : byEpisode;
            date.ifPresent(d -> findings.add(finding(PlausibilityRule.BIRTH_AFTER_STERILIZATION, b.id(), "birth_date",
                    b.birthDate().toString(), "birth on " + b.birthDate() + " after the mother " + b.motherId()
                            + " was sterilised on " + d)));
        });
        return findings;
    }

    private static Optional<Finding> outcomeBeforeStart(Pregnancy p) {
        return p.outcomeDate().filter(d -> d.isBefore(p.startDate()))
                .map(d -> finding(PlausibilityRule.OUTCOME_BEFORE_START, p.id(), "outcome_date", d.toString(),
                        "outcome_date " + d + " is before start_date " + p.startDate()));
    }

    private static List<Finding> birthIntervals(Register register) {
        List<Finding> findings = new ArrayList<>();
        Set<String> mothers = new LinkedHashSet<>();
        register.women().map(Woman::id).forEach(mothers::add);
        for (String mother : mothers) {
            LocalDate previousLive = null;
            for (Birth b : register.birthsOf(mother)) {
                if (previousLive != null) {
                    long days = ChronoUnit.DAYS.between(previousLive, b.birthDate());
                    if (days > 0 && days < RegisterValidator.MIN_BIRTH_INTERVAL_DAYS) {
                        findings.add(finding(PlausibilityRule.BIRTH_INTERVAL, b.id(), "birth_date", b.birthDate().toString(),
                                "birth on " + b.birthDate() + " only " + days + " days after a previous live birth of the mother "
                                        + mother + " on " + previousLive + "; expected at least "
                                        + RegisterValidator.MIN_BIRTH_INTERVAL_DAYS));
                    }
                }
                if (b.isLive()) {
                    previousLive = b.birthDate();
                }
            }
        }
        return findings;
    }

    private static Finding finding(PlausibilityRule rule, String recordId, String field, String value, String message) {
        return Finding.builder().rule(rule.id()).severity(rule.severity()).table(rule.table())
                .recordId(recordId).field(field).value(value).message(message).build();
    }
}
