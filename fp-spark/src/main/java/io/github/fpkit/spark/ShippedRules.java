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
package io.github.fpkit.spark;

import io.github.fpkit.indicators.policy.BirthPolicyRule;
import io.github.fpkit.indicators.policy.PolicyRegime;
import io.github.fpkit.indicators.policy.PolicyRules;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The policy rules the executors judge births by: Spark ships them as Java-serialized
 * objects, so every rule must be serializable. Checked on the driver, before any job, so
 * that a rule that is not fails at once with its name rather than as Spark's "Task not
 * serializable".
 */
final class ShippedRules {
    private ShippedRules() {
    }

    /**
     * @param rules the rules, not null
     * @return the rules
     * @throws IllegalArgumentException if a rule is not serializable, naming the rule, its regime and its province
     */
    static PolicyRules check(PolicyRules rules) {
        for (PolicyRegime regime : rules.regimes()) {
            String from = regime.start().map(d -> "from " + d).orElse("of the first regime");
            check(regime.rule(), "the rule " + from);
            for (Map.Entry<String, BirthPolicyRule> e : regime.provinceRules().entrySet()) {
                check(e.getValue(), "the rule of province " + e.getKey() + " " + from);
            }
        }
        return rules;
    }

    private static void check(BirthPolicyRule rule, String which) {
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(rule);
        } catch (IOException e) {
            throw new IllegalArgumentException(which + ", '" + rule.name() + "' (" + rule.getClass().getName()
                    + "), is not serializable, and Spark ships the policy rules to its executors: implement java.io.Serializable, "
                    + "or give BirthPolicyRule.of a serializable function ((Function<BirthCircumstances, PolicyStatus> & "
                    + "Serializable) b -> ...); " + e);
        }
    }
}
