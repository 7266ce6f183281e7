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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.github.fpkit.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.ContraceptiveMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportAuditPropertiesTest {
    /** Equality rules each figure takes part in (for figures as {@link ReportGenerators#preciseFigures()} states them). */
    private static final Map<String, Set<String>> EQUALITIES = equalities();
    /** Subset rules: id, subset path, set path. */
    private static final List<String[]> SUBSETS = subsets();

    @Test
    void test_consistentReport_auditsClean() {
        qt().forAll(ReportGenerators.consistentFigures())
                .checkAssert(figures -> assertEquals(List.of(), ReportAudit.audit(figures.report()), figures.toString()));
    }

    @Test
    void test_extremeFigures_giveExplainedFindingsAndFiniteResults() {
        qt().withExamples(200).forAll(ReportGenerators.extremeFigures()).checkAssert(figures -> {
            AggregateReport report = figures.report();
            // Every finding is of a known rule and explains itself; it names the figures the report
            // states that disagree, or (an unverifiable rate) the rate and any figures the report leaves out.
            Set<String> stated = ReportSection.report().figures().stream().filter(figure -> figure.read(report).isPresent())
                    .map(ReportFigure::path).collect(Collectors.toCollection(HashSet::new));
            report.statedRates().forEach(rate -> stated.add("statedRates." + rate.indicator().code()));
            List<String> rules = ReportAudit.ruleIds();
            for (AuditFinding f : ReportAudit.audit(report)) {
                assertTrue(rules.contains(f.rule()), f.toString());
                assertTrue(stated.contains(f.fields().get(0)), f + ": " + figures);
                List<String> others = f.fields().subList(1, f.fields().size());
                if (f.rule().equals("RATE_UNVERIFIABLE")) {
                    assertTrue(others.stream().noneMatch(stated::contains), f + ": " + figures);
                } else {
                    assertTrue(stated.containsAll(others), f + ": " + figures);
                }
                assertFalse(f.chineseMessage().isBlank() || f.englishMessage().isBlank() || f.stated().isBlank(), f.toString());
            }
            for (IndicatorResult result : AggregateIndicators.compute(report)) {
                String label = result.indicator().code() + " " + figures;
                result.value().ifPresent(v -> assertTrue(Double.isFinite(v), label));
                result.denominator().ifPresent(d -> assertTrue(Double.isFinite(d), label));
                result.ciLow().ifPresent(low -> assertTrue(Double.isFinite(low) && Double.isFinite(result.ciHigh().getAsDouble()), label));
            }
        });
    }

    @Test
    void test_changingOneFigure_breaksExactlyTheRulesThatUseIt() {
        qt().withExamples(200)
                .forAll(ReportGenerators.preciseFigures(), integers().between(0, 10_000), integers().between(1, 40))
                .checkAssert((figures, pick, k) -> {
                    List<String> paths = new ArrayList<>(figures.figures().keySet());
                    String path = paths.get(pick % paths.size());
                    BigDecimal old = figures.get(path);
                    BigDecimal delta = BigDecimal.valueOf(old.compareTo(BigDecimal.valueOf(k)) >= 0 && pick % 2 == 0 ? -k : k);
                    ReportFigures changed = figures.with(path, old.add(delta));

                    Set<String> expected = new TreeSet<>(EQUALITIES.getOrDefault(path, Set.of()));
                    for (String[] subset : SUBSETS) {
                        if ((subset[1].equals(path) || subset[2].equals(path))
                                && changed.get(subset[1]).compareTo(changed.get(subset[2])) > 0) {
                            expected.add(subset[0]);
                        }
                    }
                    Set<String> fired = ReportAudit.audit(changed.report()).stream().map(AuditFinding::rule)
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(expected, fired, path + " " + old + " → " + old.add(delta));
                });
    }

    private static Map<String, Set<String>> equalities() {
        Map<String, Set<String>> uses = new HashMap<>();
        use(uses, "population.average", "RATE_CBR", "RATE_CDR", "RATE_NIR");
        use(uses, "women.married", "PART_WHOLE_PARITY", "RATE_CPR", "RATE_MCPR");
        for (String parity : List.of("women.parity0", "women.parity1", "women.parity2", "women.parity3Plus")) {
            use(uses, parity, "PART_WHOLE_PARITY");
        }
        use(uses, "contraception.users", "PART_WHOLE_METHODS", "RATE_CPR", "RATE_MCPR", "RATE_LONG_ACTING_SHARE");
        for (ContraceptiveMethod method : ContraceptiveMethod.values()) {
            String path = "contraception.byMethod." + method.code();
            use(uses, path, "PART_WHOLE_METHODS");
            if (method.isLongActing()) {
                use(uses, path, "RATE_LONG_ACTING_SHARE");
            }
        }
        use(uses, "contraception.byMethod.traditional", "RATE_MCPR");
        use(uses, "births.total", "PART_WHOLE_BIRTH_ORDER", "PART_WHOLE_BIRTH_SEX", "PART_WHOLE_BIRTH_POLICY",
                "RATE_CBR", "RATE_NIR", "RATE_POLICY_BIRTH_RATE", "RATE_HIGHER_ORDER_BIRTH_SHARE");
        use(uses, "births.order1", "PART_WHOLE_BIRTH_ORDER");
        use(uses, "births.order2", "PART_WHOLE_BIRTH_ORDER");
        use(uses, "births.order3Plus", "PART_WHOLE_BIRTH_ORDER", "RATE_HIGHER_ORDER_BIRTH_SHARE");
        use(uses, "births.male", "PART_WHOLE_BIRTH_SEX", "RATE_SRB");
        use(uses, "births.female", "PART_WHOLE_BIRTH_SEX", "RATE_SRB");
        use(uses, "births.inPolicy", "PART_WHOLE_BIRTH_POLICY", "RATE_POLICY_BIRTH_RATE");
        use(uses, "births.outOfPolicy", "PART_WHOLE_BIRTH_POLICY");
        use(uses, "deaths", "RATE_CDR", "RATE_NIR");
        use(uses, "surgeries.total", "PART_WHOLE_SURGERIES");
        for (String type : List.of("iud_insertion", "iud_removal", "female_sterilization", "male_sterilization",
                "induced_abortion", "mid_term_induction", "implant_insertion", "implant_removal")) {
            use(uses, "surgeries.byType." + type, "PART_WHOLE_SURGERIES");
        }
        use(uses, "healthChecks.due", "RATE_HEALTH_CHECK_COVERAGE");
        use(uses, "healthChecks.done", "RATE_HEALTH_CHECK_COVERAGE");
        for (String flow : List.of("floatingOut", "floatingIn")) {
            String rule = flow.equals("floatingOut") ? "PART_WHOLE_FLOW_OUT" : "PART_WHOLE_FLOW_IN";
            use(uses, flow + ".total", rule);
            use(uses, flow + ".inProvince", rule);
            use(uses, flow + ".outOfProvince", rule);
        }
        for (String[] programme : new String[][] {{"rewardSubsidy", "AMOUNT_REWARD_SUBSIDY"},
                {"specialAssistanceBereaved", "AMOUNT_SPECIAL_ASSISTANCE_BEREAVED"},
                {"specialAssistanceDisabled", "AMOUNT_SPECIAL_ASSISTANCE_DISABLED"}}) {
            for (String field : List.of("beneficiaries", "standardPerPerson", "statedTotal")) {
                use(uses, programme[0] + "." + field, programme[1]);
            }
        }
        return uses;
    }

    private static void use(Map<String, Set<String>> uses, String path, String... rules) {
        uses.computeIfAbsent(path, p -> new TreeSet<>()).addAll(List.of(rules));
    }

    private static List<String[]> subsets() {
        List<String[]> subsets = new ArrayList<>();
        subsets.add(new String[] {"SUBSET_MARRIED_WRA", "women.married", "women.wra"});
        subsets.add(new String[] {"SUBSET_ONE_CHILD", "women.oneChild", "women.parity1"});
        subsets.add(new String[] {"SUBSET_TWO_DAUGHTERS", "women.twoDaughters", "women.parity2"});
        subsets.add(new String[] {"SUBSET_CONTRACEPTIVE_USERS", "contraception.users", "women.married"});
        subsets.add(new String[] {"SUBSET_HEALTH_CHECKS", "healthChecks.done", "healthChecks.due"});
        subsets.add(new String[] {"SUBSET_ONE_CHILD_CERTIFICATES", "oneChildCertificatesIssued", "women.oneChild"});
        for (String flow : List.of("floatingOut", "floatingIn")) {
            String prefix = flow.equals("floatingOut") ? "SUBSET_FLOW_OUT_" : "SUBSET_FLOW_IN_";
            subsets.add(new String[] {prefix + "CERTIFICATES_HELD", flow + ".certificatesHeld", flow + ".total"});
            subsets.add(new String[] {prefix + "CERTIFICATES_VERIFIED", flow + ".certificatesVerified", flow + ".total"});
            subsets.add(new String[] {prefix + "CERTIFICATES_RETURNED", flow + ".certificatesReturned", flow + ".total"});
            subsets.add(new String[] {prefix + "CONTRACTS_SIGNED", flow + ".contractsSigned", flow + ".total"});
        }
        return subsets;
    }
}
