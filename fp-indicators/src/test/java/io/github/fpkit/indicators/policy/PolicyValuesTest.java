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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.PolicyStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy package's values as a caller keeps them in sets and maps and reads them in logs:
 * judgements and rule sets equal by what they hold, province codes checked at their ends, and a
 * regime's text naming every province's own rule.
 */
class PolicyValuesTest {
    private static final BirthPolicyRule ONE = BirthPolicyRule.children("one child", 1);
    private static final BirthPolicyRule TWO = BirthPolicyRule.children("two children", 2);

    @Test
    void judgementsAreEqualByStatusAndRule() {
        PolicyJudgement j = PolicyJudgement.of(PolicyStatus.OUT, ONE);
        assertEquals(PolicyJudgement.of(PolicyStatus.OUT, BirthPolicyRule.children("one child", 1)), j);
        assertEquals(PolicyJudgement.of(PolicyStatus.OUT, BirthPolicyRule.children("one child", 1)).hashCode(), j.hashCode());
        assertNotEquals(PolicyJudgement.of(PolicyStatus.IN, ONE), j);
        assertNotEquals(PolicyJudgement.of(PolicyStatus.OUT, TWO), j);
        assertNotEquals(j, "out (one child)");
        // Judgements differing in status or rule fall apart in a hash set, as their equality says.
        assertEquals(4, java.util.Set.of(j, PolicyJudgement.of(PolicyStatus.IN, ONE), PolicyJudgement.of(PolicyStatus.OUT, TWO),
                PolicyJudgement.of(PolicyStatus.UNKNOWN, TWO)).size());
        assertNotEquals(PolicyJudgement.of(PolicyStatus.IN, ONE).hashCode(), PolicyJudgement.of(PolicyStatus.OUT, ONE).hashCode());
    }

    @Test
    void childLimitsAreEqualByNameAndLimits_andPrintTheirName() {
        BirthPolicyRule permit = BirthPolicyRule.childrenWithPermit("one, two with a permit", 1, 2);
        assertEquals(BirthPolicyRule.childrenWithPermit("one, two with a permit", 1, 2), permit);
        assertEquals(BirthPolicyRule.childrenWithPermit("one, two with a permit", 1, 2).hashCode(), permit.hashCode());
        assertEquals("one, two with a permit", permit.toString());
        assertNotEquals(BirthPolicyRule.childrenWithPermit("another name", 1, 2), permit);
        assertNotEquals(BirthPolicyRule.childrenWithPermit("one, two with a permit", 1, 3), permit);
        assertNotEquals(BirthPolicyRule.childrenWithPermit("one, two with a permit", 2, 2), permit);
        assertNotEquals(permit, BirthPolicyRule.of("one, two with a permit", birth -> PolicyStatus.IN));
        assertEquals(3, java.util.Set.of(ONE, TWO, permit).size());
        assertNotEquals(ONE.hashCode(), TWO.hashCode());
    }

    @Test
    void ruleSetsBuiltAlikeAreEqualAndHashAlike_andAProvinceRuleMakesThemDiffer() {
        PolicyRules a = PolicyRules.builder(ONE).regime(LocalDate.of(2016, 1, 1), TWO).build();
        PolicyRules b = PolicyRules.builder(ONE).regime(LocalDate.of(2016, 1, 1), TWO).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        PolicyRules withProvince = a.toBuilder().province(LocalDate.of(2000, 1, 1), "44", TWO).build();
        assertNotEquals(a, withProvince);
        assertNotEquals(a.hashCode(), withProvince.hashCode());
        // Rebuilding keeps every regime and province rule.
        assertEquals(withProvince, withProvince.toBuilder().build());
        assertEquals(withProvince.regimes().toString(), withProvince.toBuilder().build().regimes().toString());
    }

    @Test
    void aRegimesTextNamesEachProvincesOwnRule() {
        PolicyRules rules = PolicyRules.builder(ONE).regime(LocalDate.of(2016, 1, 1), TWO).build().toBuilder()
                .province(LocalDate.of(2000, 1, 1), "44", TWO).build();
        List<PolicyRegime> regimes = rules.regimes();
        assertEquals("before 2016-01-01: one child, 44: two children", regimes.get(0).toString());
        assertEquals("from 2016-01-01: two children", regimes.get(1).toString());
    }

    @Test
    void provinceCodesAreTwoDigits_11To99() {
        for (String ok : new String[] {"10", "11", "19", "90", "99"}) {
            PolicyRules rules = PolicyRules.builder(ONE).build().toBuilder().province(LocalDate.of(2000, 1, 1), ok, TWO).build();
            assertTrue(rules.regimes().get(0).provinceRules().containsKey(ok), ok);
        }
        for (String bad : new String[] {"00", "09", "0", "100", "/0", ":0", "1/", "1:", "4A", " 44"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PolicyRules.builder(ONE).province(LocalDate.of(2000, 1, 1), bad, TWO), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }
}
