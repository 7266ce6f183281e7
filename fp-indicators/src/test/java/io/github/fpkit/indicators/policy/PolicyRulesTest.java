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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * China's rules birth by birth, on the days of change and a day before, for orders 1 to 4,
 * with and without a permit, married, unmarried and married after the birth; and rules a
 * user supplies. Every expected status is read off the rules by hand: one child (a second
 * with a permit) before 2016-01-01, two from then, three from 2021-05-31, only for a
 * mother married on or before the birth.
 */
class PolicyRulesTest {
    private static final AreaCode GUANGDONG = AreaCode.of("440101001001");
    private static final AreaCode XINJIANG = AreaCode.of("650101001001");
    private static final LocalDate MARRIED_ON = LocalDate.of(2005, 5, 1);
    private static final PolicyRules CHINA = PolicyRules.china();

    private static Woman mother(MaritalStatus status, Optional<LocalDate> marriage, AreaCode area) {
        return Woman.builder().id("W1").areaCode(area).birthDate(LocalDate.of(1985, 1, 1)).maritalStatus(status)
                .marriageDate(marriage).build();
    }

    private static Woman married() {
        return mother(MaritalStatus.MARRIED, Optional.of(MARRIED_ON), GUANGDONG);
    }

    private static Birth birth(LocalDate date, int order, Optional<Boolean> permit) {
        return Birth.builder().id("B1").motherId("W1").birthDate(date).sex(Sex.FEMALE).birthOrder(order).birthPermit(permit)
                .build();
    }

    private static PolicyStatus status(LocalDate date, int order, Optional<Boolean> permit) {
        return CHINA.judge(birth(date, order, permit), married()).status();
    }

    private static final Optional<Boolean> NONE = Optional.empty();
    private static final Optional<Boolean> YES = Optional.of(true);
    private static final Optional<Boolean> NO = Optional.of(false);

    @Test
    void test_orders1To4_onEachSideOfTheTwoChildChange() {
        LocalDate before = LocalDate.of(2015, 12, 31);
        LocalDate on = LocalDate.of(2016, 1, 1);
        // One child; a second only with a permit; a third never.
        assertEquals(List.of(PolicyStatus.IN, PolicyStatus.UNKNOWN, PolicyStatus.OUT, PolicyStatus.OUT),
                List.of(status(before, 1, NONE), status(before, 2, NONE), status(before, 3, NONE), status(before, 4, NONE)));
        assertEquals(List.of(PolicyStatus.IN, PolicyStatus.IN, PolicyStatus.OUT, PolicyStatus.OUT),
                List.of(status(before, 1, YES), status(before, 2, YES), status(before, 3, YES), status(before, 4, YES)));
        assertEquals(List.of(PolicyStatus.IN, PolicyStatus.OUT, PolicyStatus.OUT, PolicyStatus.OUT),
                List.of(status(before, 1, NO), status(before, 2, NO), status(before, 3, NO), status(before, 4, NO)));
        // Two children, whatever the permit.
        for (Optional<Boolean> permit : List.of(NONE, YES, NO)) {
            assertEquals(List.of(PolicyStatus.IN, PolicyStatus.IN, PolicyStatus.OUT, PolicyStatus.OUT),
                    List.of(status(on, 1, permit), status(on, 2, permit), status(on, 3, permit), status(on, 4, permit)), "" + permit);
        }
    }

    @Test
    void test_orders1To4_onEachSideOfTheThreeChildChange() {
        LocalDate before = LocalDate.of(2021, 5, 30);
        LocalDate on = LocalDate.of(2021, 5, 31);
        for (Optional<Boolean> permit : List.of(NONE, YES, NO)) {
            assertEquals(List.of(PolicyStatus.IN, PolicyStatus.IN, PolicyStatus.OUT, PolicyStatus.OUT),
                    List.of(status(before, 1, permit), status(before, 2, permit), status(before, 3, permit), status(before, 4, permit)));
            assertEquals(List.of(PolicyStatus.IN, PolicyStatus.IN, PolicyStatus.IN, PolicyStatus.OUT),
                    List.of(status(on, 1, permit), status(on, 2, permit), status(on, 3, permit), status(on, 4, permit)));
        }
    }

    @Test
    void test_theRuleNamed_isTheOneInForceOnTheBirthsDay() {
        assertEquals("one child; a second with a birth permit", CHINA.judge(birth(LocalDate.of(2015, 12, 31), 2, NO), married()).rule().name());
        assertEquals("two children", CHINA.judge(birth(LocalDate.of(2016, 1, 1), 3, NO), married()).rule().name());
        assertEquals("two children", CHINA.judge(birth(LocalDate.of(2021, 5, 30), 3, NO), married()).rule().name());
        assertEquals("three children", CHINA.judge(birth(LocalDate.of(2021, 5, 31), 3, NO), married()).rule().name());
        assertEquals("out (two children)", CHINA.judge(birth(LocalDate.of(2016, 1, 1), 3, NO), married()).toString());
    }

    @Test
    void test_unmarriedMother_isOutWhateverTheOrder() {
        Woman unmarried = mother(MaritalStatus.UNMARRIED, Optional.empty(), GUANGDONG);
        for (LocalDate day : List.of(LocalDate.of(2010, 1, 1), LocalDate.of(2018, 1, 1), LocalDate.of(2022, 1, 1))) {
            assertEquals(PolicyStatus.OUT, CHINA.judge(birth(day, 1, YES), unmarried).status(), day.toString());
        }
    }

    @Test
    void test_marriageAfterTheBirth_isOut_onTheDayIsIn() {
        LocalDate day = LocalDate.of(2009, 6, 1);
        assertEquals(PolicyStatus.OUT, CHINA.judge(birth(day, 1, YES), mother(MaritalStatus.MARRIED, Optional.of(day.plusDays(1)), GUANGDONG)).status());
        assertEquals(PolicyStatus.IN, CHINA.judge(birth(day, 1, YES), mother(MaritalStatus.MARRIED, Optional.of(day), GUANGDONG)).status());
    }

    @Test
    void test_marriageNotKnown_isUnknownUnlessTheOrderAloneBreaksTheRule() {
        LocalDate day = LocalDate.of(2018, 6, 1);
        Woman noDate = mother(MaritalStatus.MARRIED, Optional.empty(), GUANGDONG);
        assertEquals(PolicyStatus.UNKNOWN, CHINA.judge(birth(day, 1, NONE), noDate).status());
        assertEquals(PolicyStatus.OUT, CHINA.judge(birth(day, 3, NONE), noDate).status(), "a third in 2018 is out, married or not");
        Woman divorced = mother(MaritalStatus.DIVORCED, Optional.of(MARRIED_ON), GUANGDONG);
        assertEquals(PolicyStatus.UNKNOWN, CHINA.judge(birth(day, 2, NONE), divorced).status());
        Woman remarriedLater = mother(MaritalStatus.REMARRIED, Optional.of(day.plusYears(1)), GUANGDONG);
        assertEquals(PolicyStatus.UNKNOWN, CHINA.judge(birth(day, 1, NONE), remarriedLater).status(),
                "the birth may be of an earlier marriage");
        Woman remarried = mother(MaritalStatus.REMARRIED, Optional.of(MARRIED_ON), GUANGDONG);
        assertEquals(PolicyStatus.IN, CHINA.judge(birth(day, 2, NONE), remarried).status());
    }

    @Test
    void test_marriageAtBirth_byStatusAndDate() {
        LocalDate day = LocalDate.of(2009, 6, 1);
        Optional<LocalDate> before = Optional.of(day.minusDays(1));
        Optional<LocalDate> after = Optional.of(day.plusDays(1));
        assertEquals(MarriageAtBirth.NOT_MARRIED, MarriageAtBirth.of(MaritalStatus.UNMARRIED, Optional.empty(), day));
        assertEquals(MarriageAtBirth.MARRIED, MarriageAtBirth.of(MaritalStatus.MARRIED, before, day));
        assertEquals(MarriageAtBirth.MARRIED, MarriageAtBirth.of(MaritalStatus.MARRIED, Optional.of(day), day));
        assertEquals(MarriageAtBirth.NOT_MARRIED, MarriageAtBirth.of(MaritalStatus.MARRIED, after, day));
        assertEquals(MarriageAtBirth.UNKNOWN, MarriageAtBirth.of(MaritalStatus.MARRIED, Optional.empty(), day));
        assertEquals(MarriageAtBirth.MARRIED, MarriageAtBirth.of(MaritalStatus.REMARRIED, before, day));
        assertEquals(MarriageAtBirth.UNKNOWN, MarriageAtBirth.of(MaritalStatus.REMARRIED, after, day));
        assertEquals(MarriageAtBirth.UNKNOWN, MarriageAtBirth.of(MaritalStatus.REMARRIED, Optional.empty(), day));
        for (MaritalStatus ended : List.of(MaritalStatus.DIVORCED, MaritalStatus.WIDOWED)) {
            assertEquals(MarriageAtBirth.UNKNOWN, MarriageAtBirth.of(ended, before, day));
            assertEquals(MarriageAtBirth.UNKNOWN, MarriageAtBirth.of(ended, after, day));
        }
    }

    @Test
    void test_aUsersProvinceRule_appliesToItsProvinceBefore2016Only() {
        BirthPolicyRule xinjiang = BirthPolicyRule.childrenWithPermit("Xinjiang: two; a third with a permit", 2, 3);
        PolicyRules rules = CHINA.toBuilder().province("65", xinjiang).build();
        Woman inXinjiang = mother(MaritalStatus.MARRIED, Optional.of(MARRIED_ON), XINJIANG);
        LocalDate day = LocalDate.of(2010, 3, 1);
        PolicyJudgement second = rules.judge(birth(day, 2, NONE), inXinjiang);
        assertEquals(PolicyStatus.IN, second.status());
        assertEquals(xinjiang, second.rule());
        assertEquals(PolicyStatus.IN, rules.judge(birth(day, 3, YES), inXinjiang).status());
        assertEquals(PolicyStatus.UNKNOWN, rules.judge(birth(day, 3, NONE), inXinjiang).status());
        // Guangdong keeps the default; Xinjiang follows the national rules from 2016.
        assertEquals(PolicyStatus.UNKNOWN, rules.judge(birth(day, 2, NONE), married()).status());
        assertEquals(PolicyStatus.OUT, rules.judge(birth(LocalDate.of(2016, 1, 1), 3, YES), inXinjiang).status());
        assertEquals("two children", rules.judge(birth(LocalDate.of(2016, 1, 1), 3, YES), inXinjiang).rule().name());
        assertEquals(xinjiang, rules.ruleFor(LocalDate.of(2015, 12, 31), XINJIANG));
        assertEquals(CHINA.ruleFor(day, GUANGDONG), rules.ruleFor(day, GUANGDONG));
    }

    @Test
    void test_aUsersOwnRule_andAProvinceRuleInALaterRegime() {
        BirthPolicyRule anyNumber = BirthPolicyRule.of("no limit", b -> PolicyStatus.IN);
        PolicyRules rules = CHINA.toBuilder().province(LocalDate.of(2018, 1, 1), "44", anyNumber).build();
        assertEquals(PolicyStatus.IN, rules.judge(birth(LocalDate.of(2018, 1, 1), 5, NONE), married()).status());
        assertEquals(PolicyStatus.OUT, rules.judge(birth(LocalDate.of(2015, 1, 1), 5, NONE), married()).status());
        assertEquals(PolicyStatus.OUT, rules.judge(birth(LocalDate.of(2021, 5, 31), 5, NONE), married()).status(),
                "the province rule is of the two-child regime only");
        assertEquals("no limit", anyNumber.toString());
        BirthPolicyRule broken = BirthPolicyRule.of("broken", b -> null);
        BirthCircumstances c = BirthCircumstances.of(LocalDate.of(2018, 1, 1), 1, MarriageAtBirth.MARRIED, NONE);
        assertThrows(NullPointerException.class, () -> broken.judge(c));
    }

    @Test
    void test_replacingAPeriodsRule_andAddingARegime() {
        PolicyRules rules = CHINA.toBuilder()
                .regime(PolicyRules.TWO_CHILD_START, BirthPolicyRule.childrenWithPermit("two; a third with a permit", 2, 3))
                .regime(LocalDate.of(2002, 9, 1), BirthPolicyRule.children("one child only", 1))
                .initialRule(BirthPolicyRule.children("any two", 2))
                .build();
        assertEquals(4, rules.regimes().size());
        Woman early = mother(MaritalStatus.MARRIED, Optional.of(LocalDate.of(1999, 1, 1)), GUANGDONG);
        assertEquals(PolicyStatus.IN, rules.judge(birth(LocalDate.of(2001, 1, 1), 2, NONE), early).status());
        assertEquals(PolicyStatus.OUT, rules.judge(birth(LocalDate.of(2002, 9, 1), 2, YES), married()).status());
        assertEquals(PolicyStatus.IN, rules.judge(birth(LocalDate.of(2017, 1, 1), 3, YES), married()).status());
        assertEquals(PolicyStatus.IN, rules.judge(birth(LocalDate.of(2021, 5, 31), 3, NONE), married()).status());
        assertEquals("before 2002-09-01: any two", rules.regimes().get(0).toString());
        assertEquals("2002-09-01 to 2015-12-31: one child only", rules.regimes().get(1).toString());
        assertEquals("from 2021-05-31: three children", rules.regimes().get(3).toString());
    }

    @Test
    void test_china_hasThreeRegimes_andRebuildsEqual() {
        List<PolicyRegime> regimes = CHINA.regimes();
        assertEquals(Optional.empty(), regimes.get(0).start());
        assertEquals(Optional.of(LocalDate.of(2016, 1, 1)), regimes.get(0).end());
        assertEquals(Optional.of(LocalDate.of(2016, 1, 1)), regimes.get(1).start());
        assertEquals(Optional.of(LocalDate.of(2021, 5, 31)), regimes.get(1).end());
        assertEquals(Optional.of(LocalDate.of(2021, 5, 31)), regimes.get(2).start());
        assertEquals(Optional.empty(), regimes.get(2).end());
        assertTrue(regimes.get(0).provinceRules().isEmpty());
        assertTrue(regimes.get(1).isInForceOn(LocalDate.of(2021, 5, 30)));
        assertFalse(regimes.get(1).isInForceOn(LocalDate.of(2021, 5, 31)));
        assertEquals(CHINA, CHINA.toBuilder().build());
        assertEquals(CHINA.hashCode(), CHINA.toBuilder().build().hashCode());
        assertNotEquals(CHINA, CHINA.toBuilder().province("65", BirthPolicyRule.children("two", 2)).build());
        assertEquals("before 2016-01-01: one child; a second with a birth permit\n"
                + "2016-01-01 to 2021-05-30: two children\nfrom 2021-05-31: three children\n", CHINA.toString());
    }

    @Test
    void test_province_isTheFirstTwoDigits() {
        assertEquals("44", PolicyRules.province(GUANGDONG));
        assertEquals("99", PolicyRules.province(AreaCode.of("990101000000")));
    }

    @Test
    void test_builder_rejectsAProvinceThatIsNotTwoDigits() {
        BirthPolicyRule rule = BirthPolicyRule.children("two", 2);
        PolicyRules.Builder b = CHINA.toBuilder();
        assertThrows(IllegalArgumentException.class, () -> b.province("4", rule));
        assertThrows(IllegalArgumentException.class, () -> b.province("04", rule));
        assertThrows(IllegalArgumentException.class, () -> b.province("4a", rule));
        assertThrows(IllegalArgumentException.class, () -> b.province("440", rule));
        assertThrows(NullPointerException.class, () -> b.province(null, rule));
        assertThrows(IllegalArgumentException.class, () -> b.regime(LocalDate.MIN, rule));
    }

    @Test
    void test_limits_rejectBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> BirthPolicyRule.children("none", 0));
        assertThrows(IllegalArgumentException.class, () -> BirthPolicyRule.childrenWithPermit("less", 2, 1));
        assertThrows(IllegalArgumentException.class, () -> BirthPolicyRule.children(" ", 1));
        assertThrows(IllegalArgumentException.class,
                () -> BirthCircumstances.of(LocalDate.of(2009, 1, 1), 0, MarriageAtBirth.MARRIED, NONE));
        assertEquals(BirthPolicyRule.children("two", 2), BirthPolicyRule.children("two", 2));
        assertNotEquals(BirthPolicyRule.children("two", 2), BirthPolicyRule.childrenWithPermit("two", 2, 3));
    }

    @Test
    void test_judge_rejectsAStillbirthAndAnotherWomansBirth() {
        Birth still = Birth.builder().id("B2").motherId("W1").birthDate(LocalDate.of(2009, 1, 1)).sex(Sex.MALE)
                .outcome(BirthOutcome.STILLBIRTH).build();
        assertThrows(IllegalArgumentException.class, () -> CHINA.judge(still, married()));
        Birth hers = Birth.builder().id("B3").motherId("W2").birthDate(LocalDate.of(2009, 1, 1)).sex(Sex.MALE).birthOrder(1).build();
        assertThrows(IllegalArgumentException.class, () -> CHINA.judge(hers, married()));
    }

    @Test
    void test_circumstances_asValues() {
        BirthCircumstances c = BirthCircumstances.of(LocalDate.of(2012, 6, 1), 2, MarriageAtBirth.MARRIED, YES);
        assertEquals(c, BirthCircumstances.of(LocalDate.of(2012, 6, 1), 2, MarriageAtBirth.MARRIED, YES));
        assertEquals(c.hashCode(), BirthCircumstances.of(LocalDate.of(2012, 6, 1), 2, MarriageAtBirth.MARRIED, YES).hashCode());
        assertNotEquals(c, BirthCircumstances.of(LocalDate.of(2012, 6, 1), 2, MarriageAtBirth.MARRIED, NO));
        assertEquals("birth of order 2 on 2012-06-01, mother MARRIED, permit yes", c.toString());
        assertEquals(PolicyJudgement.of(PolicyStatus.IN, BirthPolicyRule.children("two", 2)),
                PolicyJudgement.of(PolicyStatus.IN, BirthPolicyRule.children("two", 2)));
    }
}
