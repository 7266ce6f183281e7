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
package io.github.fpkit.indicators.policy;

import io.github.fpkit.model.PolicyStatus;
import java.util.Objects;

/**
 * A birth's status under the rules in force on its date, and the rule that gave it.
 *
 * <pre>{@code
 * PolicyJudgement j = PolicyRules.china().judge(birth, mother);
 * j.status();        // PolicyStatus.OUT
 * j.rule().name();   // "two children"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyJudgement {
    private final PolicyStatus status;
    private final BirthPolicyRule rule;

    private PolicyJudgement(PolicyStatus status, BirthPolicyRule rule) {
        this.status = status;
        this.rule = rule;
    }

    /**
     * @param status the status the rule gave, not null
     * @param rule the rule, not null
     * @return the judgement
     */
    public static PolicyJudgement of(PolicyStatus status, BirthPolicyRule rule) {
        return new PolicyJudgement(Objects.requireNonNull(status, "status"), Objects.requireNonNull(rule, "rule"));
    }

    /** @return the derived status: in, out, or unknown if the register does not record enough */
    public PolicyStatus status() {
        return status;
    }

    /** @return the rule in force that gave it */
    public BirthPolicyRule rule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyJudgement && status == ((PolicyJudgement) o).status && rule.equals(((PolicyJudgement) o).rule);
    }

    @Override
    public int hashCode() {
        return status.hashCode() * 31 + rule.hashCode();
    }

    /** @return for example {@code out (two children)} */
    @Override
    public String toString() {
        return status.code() + " (" + rule.name() + ")";
    }
}
