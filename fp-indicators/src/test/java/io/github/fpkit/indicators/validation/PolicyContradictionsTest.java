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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.policy.BirthPolicyRule;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * PLAUSIBILITY_POLICY_CONTRADICTS_RULE: the births whose recorded policy the rule in force on
 * their day contradicts, each named with its id, mother, day, order, both statuses and the
 * rule; none where the rule cannot judge, where it agrees, or where the status is unknown.
 * The expected statuses are China's rules read by hand.
 */
class PolicyContradictionsTest {
    private static final String RULE = PlausibilityRule.POLICY_CONTRADICTS_RULE.id();

    private static Woman woman(String id, MaritalStatus status, Optional<LocalDate> marriage) {
        return Woman.builder().id(id).areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(status)
                .marriageDate(marriage).build();
    }

    private static Woman married(String id) {
        return woman(id, MaritalStatus.MARRIED, Optional.of(LocalDate.of(2005, 1, 1)));
    }

    private static Birth birth(String id, String mother, String date, int order, PolicyStatus policy) {
        return Birth.builder().id(id).motherId(mother).birthDate(LocalDate.parse(date)).sex(Sex.FEMALE).birthOrder(order)
                .policy(policy).build();
    }

    private static List<Finding> contradictions(Register register) {
        return RegisterValidator.validate(register).stream().filter(f -> f.rule().equals(RULE)).collect(Collectors.toList());
    }

    @Test
    void test_aThirdBirthRecordedIn_in2016_isReported_withEverythingItNeeds() {
        Register register = Register.builder().add(married("W1")).add(birth("B1", "W1", "2008-01-01", 1, PolicyStatus.IN))
                .add(birth("B2", "W1", "2016-01-01", 2, PolicyStatus.IN)).add(birth("B3", "W1", "2016-12-01", 3, PolicyStatus.IN))
                .build();
        List<Finding> found = contradictions(register);
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("B3", f.recordId());
        assertEquals(Optional.of("policy"), f.field());
        assertEquals(Optional.of("in"), f.value());
        assertEquals("birth B3 of mother W1 on 2016-12-01, order 3: recorded in, derived out by the rule in force, 'two children'",
                f.message());
    }

    @Test
    void test_aFirstBirthRecordedOut_isReported_anUnjudgeableOneIsNot() {
        Register register = Register.builder().add(married("W1")).add(woman("W2", MaritalStatus.MARRIED, Optional.empty()))
                .add(woman("W3", MaritalStatus.UNMARRIED, Optional.empty()))
                .add(birth("B1", "W1", "2009-03-01", 1, PolicyStatus.OUT))
                // Her marriage date is not recorded: the rule cannot judge a first birth.
                .add(birth("B2", "W2", "2009-03-01", 1, PolicyStatus.OUT))
                // Unmarried: out, as recorded.
                .add(birth("B3", "W3", "2009-03-01", 1, PolicyStatus.OUT))
                // Unknown is never a contradiction.
                .add(birth("B4", "W3", "2011-03-01", 2, PolicyStatus.UNKNOWN))
                .build();
        List<Finding> found = contradictions(register);
        assertEquals(List.of("B1"), found.stream().map(Finding::recordId).collect(Collectors.toList()));
        assertEquals("birth B1 of mother W1 on 2009-03-01, order 1: recorded out, derived in by the rule in force, "
                + "'one child; a second with a birth permit'", found.get(0).message());
    }

    @Test
    void test_straddling2021_eachBirthByItsDay() {
        Register register = Register.builder().add(married("W1")).add(married("W2"))
                .add(birth("B1", "W1", "2021-05-30", 3, PolicyStatus.IN)).add(birth("B2", "W2", "2021-05-31", 3, PolicyStatus.IN))
                .build();
        assertEquals(List.of("B1"), contradictions(register).stream().map(Finding::recordId).collect(Collectors.toList()));
    }

    @Test
    void test_residentIdsAsIds_areMasked() {
        String motherId = "11010519491231002X";
        String birthId = "440524188001010014";
        Register register = Register.builder().add(married(motherId)).add(birth(birthId, motherId, "2010-01-01", 3, PolicyStatus.IN))
                .build();
        Finding f = contradictions(register).get(0);
        assertEquals("440524********0014", f.recordId());
        assertFalse(f.toString().contains(motherId), f.toString());
        assertFalse(f.toString().contains(birthId), f.toString());
        assertTrue(f.message().contains("110105********002X"), f.message());
    }

    @Test
    void test_theUsersRules_decide() {
        Register register = Register.builder().add(married("W1")).add(birth("B1", "W1", "2010-01-01", 2, PolicyStatus.OUT)).build();
        assertTrue(contradictions(register).isEmpty(), "China's rules cannot judge a second birth whose permit is not recorded");
        PolicyRules twoInProvince99 = PolicyRules.china().toBuilder().province("99", BirthPolicyRule.children("two in 99", 2)).build();
        List<Finding> found = new ArrayList<>();
        RegisterValidator.validate(register, twoInProvince99, found::add);
        List<Finding> contradicting = found.stream().filter(f -> f.rule().equals(RULE)).collect(Collectors.toList());
        assertEquals(1, contradicting.size());
        assertTrue(contradicting.get(0).message().endsWith("recorded out, derived in by the rule in force, 'two in 99'"),
                contradicting.get(0).message());
    }
}
