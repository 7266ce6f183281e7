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
/**
 * Birth-policy regimes: whether a live birth was within policy (政策内) under the rule in
 * force on its date, from its order, its birth permit and its mother's marriage and
 * province. {@link io.github.fpkit.indicators.policy.PolicyRules} is the date-versioned rule
 * set ({@link io.github.fpkit.indicators.policy.PolicyRules#china()} by default, with a
 * builder to replace a province's or a period's rule), made of
 * {@link io.github.fpkit.indicators.policy.PolicyRegime regimes} of
 * {@link io.github.fpkit.indicators.policy.BirthPolicyRule rules}.
 *
 * <p>The register's recorded {@code policy} stays what the catalogue counts. The derived
 * status fills the births recorded {@code unknown} when a calculator is asked to
 * ({@code IndicatorCalculator.Builder.fillUnknownPolicy}), and {@code RegisterValidator}
 * lists the births whose recorded status contradicts it ({@code POLICY_CONTRADICTS_RULE}).
 *
 * <pre>{@code
 * PolicyJudgement j = PolicyRules.china().judge(birth, mother);
 * if (birth.policy() != PolicyStatus.UNKNOWN && j.status() != PolicyStatus.UNKNOWN && j.status() != birth.policy()) {
 *     System.out.println(birth.id() + " is recorded " + birth.policy() + " but " + j);
 * }
 * }</pre>
 */
package io.github.fpkit.indicators.policy;
