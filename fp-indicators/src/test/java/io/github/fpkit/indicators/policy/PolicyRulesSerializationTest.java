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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.testkit.Theories;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Policy rules through Java serialization, as fp-spark ships them to its executors: China's
 * rules come back equal, rules with a province's own rule and a rule of the caller's judge
 * every birth as before, and a rule whose function is not serializable is refused.
 */
class PolicyRulesSerializationTest {
    /** A province rule of the caller's, serializable: Guangdong's births up to order 2 in, above out, whatever the marriage. */
    private static final BirthPolicyRule OWN = BirthPolicyRule.of("two, married or not",
            (Function<BirthCircumstances, PolicyStatus> & Serializable) b -> b.order() <= 2 ? PolicyStatus.IN : PolicyStatus.OUT);
    private static final PolicyRules CUSTOM = PolicyRules.china().toBuilder()
            .province("44", OWN)
            .province(LocalDate.of(2018, 1, 1), "65", BirthPolicyRule.childrenWithPermit("Xinjiang: two; a third with a permit", 2, 3))
            .regime(LocalDate.of(2025, 1, 1), BirthPolicyRule.children("four children", 4))
            .build();

    private static Object roundTrip(Object o) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(o);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void test_china_roundTrips_equal() {
        assertEquals(PolicyRules.china(), roundTrip(PolicyRules.china()));
    }

    @Test
    void test_custom_roundTrips_withItsRegimesAndProvinces() {
        PolicyRules back = (PolicyRules) roundTrip(CUSTOM);
        assertEquals(CUSTOM.toString(), back.toString());
        assertEquals(4, back.regimes().size());
        assertEquals("two, married or not", back.ruleFor(LocalDate.of(2010, 1, 1), AreaCode.of("440101001001")).name());
        assertEquals("Xinjiang: two; a third with a permit", back.ruleFor(LocalDate.of(2019, 1, 1), AreaCode.of("650101001001")).name());
    }

    @Test
    void property_roundTrippedRules_judgeEveryBirthAsBefore() {
        PolicyRules back = (PolicyRules) roundTrip(CUSTOM);
        long first = LocalDate.of(1990, 1, 1).toEpochDay();
        String[] provinces = {"44", "65", "11"};
        Theories.qt().forAll(integers().between(0, 40 * 366), integers().between(1, 5), integers().between(0, 2), integers().between(0, 8))
                .checkAssert((day, order, marriage, other) -> {
                    Optional<Boolean> permit = other % 3 == 0 ? Optional.empty() : Optional.of(other % 3 == 1);
                    AreaCode area = AreaCode.of(provinces[other / 3] + "0101001001");
                    BirthCircumstances birth = BirthCircumstances.of(LocalDate.ofEpochDay(first + day), order,
                            MarriageAtBirth.values()[marriage], permit);
                    PolicyJudgement before = CUSTOM.judge(birth, area);
                    PolicyJudgement after = back.judge(birth, area);
                    assertEquals(before.status(), after.status(), birth + " in " + area);
                    assertEquals(before.rule().name(), after.rule().name(), birth + " in " + area);
                });
    }

    @Test
    void test_aRuleWhoseFunctionIsNotSerializable_isRefused() {
        PolicyRules rules = PolicyRules.china().toBuilder().province("44", BirthPolicyRule.of("a lambda", b -> PolicyStatus.IN)).build();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> roundTrip(rules));
        assertInstanceOf(NotSerializableException.class, e.getCause());
    }
}
