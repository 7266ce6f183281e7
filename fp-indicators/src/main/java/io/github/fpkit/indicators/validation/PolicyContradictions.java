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
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link PlausibilityRule#POLICY_CONTRADICTS_RULE}: a live birth whose recorded
 * {@code policy} ({@code in} or {@code out}) is not the status that the rule in force on its
 * day derives, where the rule can derive one. Its finding names the birth, its mother, day
 * and order, both statuses and the rule; an id that could be a resident identity number
 * (some registers key their women by it) is shown masked.
 */
final class PolicyContradictions {
    private PolicyContradictions() {
    }

    /**
     * @param rules the policy rules
     * @param birth a birth
     * @param mother its mother, asked for only when the birth is live and its policy recorded
     * @return the finding, if the birth is live and its recorded status contradicts the derived one
     */
    static Optional<Finding.Builder> of(PolicyRules rules, Birth birth, Supplier<Woman> mother) {
        if (!birth.isLive() || birth.policy() == PolicyStatus.UNKNOWN) {
            return Optional.empty();
        }
        PolicyJudgement derived = rules.judge(birth, mother.get());
        if (derived.status() == PolicyStatus.UNKNOWN || derived.status() == birth.policy()) {
            return Optional.empty();
        }
        String id = ResidentId.maskIfNumber(birth.id());
        return Optional.of(PlausibilityRule.POLICY_CONTRADICTS_RULE.finding(id, "policy", birth.policy().code(),
                "birth " + id + " of mother " + ResidentId.maskIfNumber(birth.motherId()) + " on " + birth.birthDate() + ", order "
                        + birth.birthOrder().getAsInt() + ": recorded " + birth.policy().code() + ", derived "
                        + derived.status().code() + " by the rule in force, '" + derived.rule().name() + "'"));
    }
}
