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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The audit of an aggregate report: recomputes every total, rate and amount the report
 * states from the report's own figures and reports each inconsistency as an
 * {@link AuditFinding}. A rule applies only when the report states the figures it needs.
 *
 * <p>Rules (ids are stable; all are errors unless marked as warnings):
 * <ul>
 *   <li>{@code DATE_PERIOD}, {@code DATE_REPORT}: the stated period and report date name real days;</li>
 *   <li>part–whole — the parts sum to the whole (or, when only some parts are stated, do not exceed it):
 *     {@code PART_WHOLE_PARITY} (parity 0 + 1 + 2 + 3+ = married WRA),
 *     {@code PART_WHOLE_METHODS} (users by method = users),
 *     {@code PART_WHOLE_BIRTH_ORDER}, {@code PART_WHOLE_BIRTH_SEX}, {@code PART_WHOLE_BIRTH_POLICY}
 *     (births by order, by sex, in + out of policy = births),
 *     {@code PART_WHOLE_SURGERIES} (surgeries by type = their total),
 *     {@code PART_WHOLE_FLOW_OUT}, {@code PART_WHOLE_FLOW_IN} (in-province + out-of-province = the flow);</li>
 *   <li>subset ≤ set: {@code SUBSET_MARRIED_WRA} (married WRA ≤ WRA), {@code SUBSET_ONE_CHILD}
 *     (≤ parity 1), {@code SUBSET_TWO_DAUGHTERS} (≤ parity 2), {@code SUBSET_CONTRACEPTIVE_USERS}
 *     (≤ married WRA), {@code SUBSET_HEALTH_CHECKS} (done ≤ due),
 *     {@code SUBSET_FLOW_OUT_CERTIFICATES_HELD}, {@code …_CERTIFICATES_VERIFIED},
 *     {@code …_CERTIFICATES_RETURNED}, {@code …_CONTRACTS_SIGNED} and the same for {@code FLOW_IN}
 *     (≤ the flow), and the warning {@code SUBSET_ONE_CHILD_CERTIFICATES} (certificates issued in
 *     the period ≤ one-child families: certificates may go to families outside the married WRA);</li>
 *   <li>rates — {@code RATE_<CODE>} for CBR, CDR, NIR, SRB, POLICY_BIRTH_RATE,
 *     HIGHER_ORDER_BIRTH_SHARE, CPR, MCPR, LONG_ACTING_SHARE and HEALTH_CHECK_COVERAGE: the
 *     rate recomputed from the stated counts must lie within half a unit of the stated value's
 *     last decimal ({@link StatedRate#admits(java.math.BigDecimal, java.math.BigDecimal)}), and must be defined;
 *     the warning {@code RATE_UNVERIFIABLE} marks a stated rate whose counts are not stated;</li>
 *   <li>amounts — {@code AMOUNT_REWARD_SUBSIDY}, {@code AMOUNT_SPECIAL_ASSISTANCE_BEREAVED},
 *     {@code AMOUNT_SPECIAL_ASSISTANCE_DISABLED}: the stated total = beneficiaries × standard, exactly.</li>
 * </ul>
 * Crude rates use the stated average population, else (start + end) / 2. Health-check
 * coverage uses the women due for a check if stated, else the married WRA.
 *
 * <pre>{@code
 * AggregateReport r = AggregateReport.builder()
 *     .women(WomenCounts.builder().married(1500).parity0(130).parity1(520).parity2(750).parity3Plus(90).build())
 *     .build();
 * List<AuditFinding> findings = ReportAudit.audit(r);
 * findings.get(0).rule();     // "PART_WHOLE_PARITY"
 * findings.get(0).expected(); // "1490"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportAudit {
    private static final List<AuditRule> RULES = rules();

    private ReportAudit() {
    }

    /**
     * Audits a report. Inconsistent figures are what the audit is for: they become findings,
     * never exceptions.
     *
     * @param report the report, not null
     * @return the findings in rule order (dates, part–whole, subsets, rates, amounts), empty if
     *         the report is consistent; an unmodifiable list
     */
    public static List<AuditFinding> audit(AggregateReport report) {
        Objects.requireNonNull(report, "report");
        List<AuditFinding> findings = new ArrayList<>();
        for (AuditRule rule : RULES) {
            rule.check(report, findings::add);
        }
        return List.copyOf(findings);
    }

    /** @return the ids of every rule the audit can report, in rule order; an unmodifiable list */
    public static List<String> ruleIds() {
        return RULES.stream().flatMap(r -> r.ids().stream()).collect(Collectors.toUnmodifiableList());
    }

    private static List<AuditRule> rules() {
        List<AuditRule> rules = new ArrayList<>();
        rules.add(DateRule.period());
        rules.add(DateRule.reportDate());

        rules.add(new PartWholeRule("PART_WHOLE_PARITY", ReportLayout.MARRIED,
                List.of(ReportLayout.PARITY_0, ReportLayout.PARITY_1, ReportLayout.PARITY_2, ReportLayout.PARITY_3P),
                "已婚育龄妇女按孩次分组（无孩+一孩+二孩+多孩）", "married WRA by parity (0 + 1 + 2 + 3+)"));
        rules.add(new PartWholeRule("PART_WHOLE_METHODS", ReportLayout.USERS, List.copyOf(ReportLayout.USERS_BY_METHOD.values()),
                "各避孕方法人数", "users by method"));
        rules.add(new PartWholeRule("PART_WHOLE_BIRTH_ORDER", ReportLayout.BIRTHS,
                List.of(ReportLayout.BIRTHS_ORDER_1, ReportLayout.BIRTHS_ORDER_2, ReportLayout.BIRTHS_ORDER_3P),
                "按孩次分的出生人数（一孩+二孩+多孩）", "births by order (1 + 2 + 3+)"));
        rules.add(new PartWholeRule("PART_WHOLE_BIRTH_SEX", ReportLayout.BIRTHS,
                List.of(ReportLayout.BIRTHS_MALE, ReportLayout.BIRTHS_FEMALE), "男婴与女婴", "male and female births"));
        rules.add(new PartWholeRule("PART_WHOLE_BIRTH_POLICY", ReportLayout.BIRTHS,
                List.of(ReportLayout.BIRTHS_IN_POLICY, ReportLayout.BIRTHS_OUT_OF_POLICY), "政策内与政策外出生", "births in and out of policy"));
        rules.add(new PartWholeRule("PART_WHOLE_SURGERIES", ReportLayout.SURGERIES, List.copyOf(ReportLayout.SURGERIES_BY_TYPE.values()),
                "各类手术例数", "surgeries by type"));
        for (ReportLayout.Flow flow : List.of(ReportLayout.FLOATING_OUT, ReportLayout.FLOATING_IN)) {
            rules.add(new PartWholeRule(flow == ReportLayout.FLOATING_OUT ? "PART_WHOLE_FLOW_OUT" : "PART_WHOLE_FLOW_IN",
                    flow.total, List.of(flow.inProvince, flow.outOfProvince),
                    flow.chineseName + "省内与省外人数", "the " + flow.englishName + " within and across the province"));
        }

        rules.add(new SubsetRule("SUBSET_MARRIED_WRA", Severity.ERROR, ReportLayout.MARRIED, ReportLayout.WRA));
        rules.add(new SubsetRule("SUBSET_ONE_CHILD", Severity.ERROR, ReportLayout.ONE_CHILD, ReportLayout.PARITY_1));
        rules.add(new SubsetRule("SUBSET_TWO_DAUGHTERS", Severity.ERROR, ReportLayout.TWO_DAUGHTERS, ReportLayout.PARITY_2));
        rules.add(new SubsetRule("SUBSET_CONTRACEPTIVE_USERS", Severity.ERROR, ReportLayout.USERS, ReportLayout.MARRIED));
        rules.add(new SubsetRule("SUBSET_HEALTH_CHECKS", Severity.ERROR, ReportLayout.CHECKS_DONE, ReportLayout.CHECKS_DUE));
        for (ReportLayout.Flow flow : List.of(ReportLayout.FLOATING_OUT, ReportLayout.FLOATING_IN)) {
            String prefix = flow == ReportLayout.FLOATING_OUT ? "SUBSET_FLOW_OUT_" : "SUBSET_FLOW_IN_";
            rules.add(new SubsetRule(prefix + "CERTIFICATES_HELD", Severity.ERROR, flow.certificatesHeld, flow.total));
            rules.add(new SubsetRule(prefix + "CERTIFICATES_VERIFIED", Severity.ERROR, flow.certificatesVerified, flow.total));
            rules.add(new SubsetRule(prefix + "CERTIFICATES_RETURNED", Severity.ERROR, flow.certificatesReturned, flow.total));
            rules.add(new SubsetRule(prefix + "CONTRACTS_SIGNED", Severity.ERROR, flow.contractsSigned, flow.total));
        }
        rules.add(new SubsetRule("SUBSET_ONE_CHILD_CERTIFICATES", Severity.WARNING, ReportLayout.CERTIFICATES_ISSUED, ReportLayout.ONE_CHILD));

        rules.add(new RateRule());

        rules.add(new AmountRule("AMOUNT_REWARD_SUBSIDY", ReportLayout.REWARD_SUBSIDY));
        rules.add(new AmountRule("AMOUNT_SPECIAL_ASSISTANCE_BEREAVED", ReportLayout.SPECIAL_ASSISTANCE_BEREAVED));
        rules.add(new AmountRule("AMOUNT_SPECIAL_ASSISTANCE_DISABLED", ReportLayout.SPECIAL_ASSISTANCE_DISABLED));
        return List.copyOf(rules);
    }
}
