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
import java.util.function.Function;

/**
 * One rule of birth policy: whether a live birth is within policy (政策内), outside it
 * (政策外), or cannot be judged from what the register records ({@link PolicyStatus#UNKNOWN}).
 * A {@link PolicyRules rule set} applies one rule to each birth: the rule of the mother's
 * province in the {@link PolicyRegime regime} in force on the birth's date.
 *
 * <p>{@link #children} and {@link #childrenWithPermit} make the rules of a limit on the
 * number of children of a married couple, which is what China's rules have been:
 * <ul>
 *   <li>{@link PolicyStatus#OUT} if any condition is broken: the order is above every limit,
 *     the mother was {@link MarriageAtBirth#NOT_MARRIED not married} at the birth, or the order
 *     needs a permit that the parents did not hold (recorded {@code false});</li>
 *   <li>else {@link PolicyStatus#UNKNOWN} if a condition cannot be checked: the mother's
 *     marriage at the birth is {@link MarriageAtBirth#UNKNOWN unknown}, or the order needs a
 *     permit that the register does not record;</li>
 *   <li>else {@link PolicyStatus#IN}.</li>
 * </ul>
 * A permit only matters for the orders that need one: a first birth of a married mother is
 * within a one-child rule whatever her permit.
 *
 * <pre>{@code
 * BirthPolicyRule oneChild = BirthPolicyRule.childrenWithPermit("one child; a second with a permit", 1, 2);
 * BirthPolicyRule twoChildren = BirthPolicyRule.children("two children", 2);
 * BirthPolicyRule own = BirthPolicyRule.of("a second for every couple", b -> b.order() <= 2 ? PolicyStatus.IN : PolicyStatus.OUT);
 * }</pre>
 *
 * <p>An implementation must be a pure function of the circumstances, never return null, and
 * be thread-safe: the engines call it from several threads. The rules of the factories are
 * {@link java.io.Serializable serializable} (those of {@link #of} if its function is); a rule
 * given to fp-spark must be, since Spark ships it to its executors.
 */
public interface BirthPolicyRule {
    /** @return the rule's name, as findings and documents show it; not blank */
    String name();

    /**
     * @param birth the circumstances of a live birth, not null
     * @return its status under this rule, not null
     */
    PolicyStatus judge(BirthCircumstances birth);

    /**
     * @param name the rule's name, not blank
     * @param children how many children a married couple may have, 1 or more
     * @return the rule that a married mother's births up to that order are within policy
     * @throws IllegalArgumentException if the name is blank or {@code children} less than 1
     */
    static BirthPolicyRule children(String name, int children) {
        return new ChildLimit(name, children, children);
    }

    /**
     * @param name the rule's name, not blank
     * @param children how many children a married couple may have without a permit, 1 or more
     * @param withPermit how many with a birth permit, {@code children} or more
     * @return the rule that a married mother's births up to {@code children} are within policy,
     *     and those up to {@code withPermit} if the parents held a permit
     * @throws IllegalArgumentException if the name is blank, {@code children} is less than 1 or
     *     {@code withPermit} less than {@code children}
     */
    static BirthPolicyRule childrenWithPermit(String name, int children, int withPermit) {
        return new ChildLimit(name, children, withPermit);
    }

    /**
     * A rule of the caller's own, for a province whose rules a limit does not describe. The
     * rule is {@link java.io.Serializable serializable} if the function is, as a distributed
     * engine (fp-spark) needs to ship it: cast a lambda to
     * {@code (Function<BirthCircumstances, PolicyStatus> & Serializable)}.
     *
     * @param name the rule's name, not blank
     * @param judge the rule, a pure thread-safe function that never returns null; not null
     * @return the rule
     * @throws IllegalArgumentException if the name is blank
     */
    static BirthPolicyRule of(String name, Function<BirthCircumstances, PolicyStatus> judge) {
        return new FunctionRule(ChildLimit.requireName(name), Objects.requireNonNull(judge, "judge"));
    }
}
