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
package io.github.fpkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fpkit.indicators.policy.BirthPolicyRule;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.indicators.testing.CatalogueDefinitions;
import io.github.fpkit.indicators.testing.CsvFixture;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.ConformanceCase;
import io.github.fpkit.testkit.CountyRegisters;
import io.github.fpkit.testkit.EdgeRegisters;
import io.github.fpkit.testkit.Theories;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Filling the births recorded of unknown policy with the status the rules in force derive
 * ({@link IndicatorCalculator.Builder#fillUnknownPolicy}): off by default, so that the
 * catalogue's POLICY_BIRTH_RATE is over the recorded status (the conformance case's two
 * unknown births stay out of its numerator); on, it changes the rate as the hand count says;
 * every engine counts the filled births alike, as {@link CatalogueDefinitions} defines them.
 */
class PolicyFillTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");
    private static final LocalDate MARRIED = LocalDate.of(2010, 1, 1);
    private static final ReportingPeriod SY2016 = ReportingPeriod.parse("2016SY");
    private static final ReportingPeriod SY2021 = ReportingPeriod.parse("2021SY");

    private static Woman woman(String id, MaritalStatus status, Optional<LocalDate> marriage) {
        return Woman.builder().id(id).areaCode(VILLAGE).birthDate(LocalDate.of(1988, 3, 1)).maritalStatus(status)
                .marriageDate(marriage).build();
    }

    private static Birth birth(String id, String mother, LocalDate date, int order, PolicyStatus policy, Optional<Boolean> permit) {
        return Birth.builder().id(id).motherId(mother).birthDate(date).sex(Sex.MALE).birthOrder(order).policy(policy)
                .birthPermit(permit).build();
    }

    /**
     * Seven live births of 2016SY (2015-10-01/2016-09-30), by hand under China's rules: B2
     * (a second on 2016-01-01, two children) and B3 (a second on 2015-12-31 with a permit) are
     * recorded unknown and derive in; B1 (a second on 2015-12-31, permit not recorded), B5
     * (unmarried mother) and B7 (married after the birth) are unknown and stay so or derive
     * out; B4 is recorded in, B6 recorded out.
     */
    static Register straddling2016() {
        Register.Builder b = Register.builder().withTable(RegisterTable.BIRTHS);
        b.add(Area.of(VILLAGE, "一村"));
        for (String w : new String[] {"W1", "W2", "W3", "W4", "W6"}) {
            b.add(woman(w, MaritalStatus.MARRIED, Optional.of(MARRIED)));
        }
        b.add(woman("W5", MaritalStatus.UNMARRIED, Optional.empty()));
        b.add(woman("W7", MaritalStatus.MARRIED, Optional.of(LocalDate.of(2016, 6, 1))));
        b.add(birth("B1", "W1", LocalDate.of(2015, 12, 31), 2, PolicyStatus.UNKNOWN, Optional.empty()));
        b.add(birth("B2", "W2", LocalDate.of(2016, 1, 1), 2, PolicyStatus.UNKNOWN, Optional.empty()));
        b.add(birth("B3", "W3", LocalDate.of(2015, 12, 31), 2, PolicyStatus.UNKNOWN, Optional.of(true)));
        b.add(birth("B4", "W4", LocalDate.of(2016, 3, 1), 1, PolicyStatus.IN, Optional.empty()));
        b.add(birth("B5", "W5", LocalDate.of(2016, 2, 1), 1, PolicyStatus.UNKNOWN, Optional.empty()));
        b.add(birth("B6", "W6", LocalDate.of(2016, 5, 1), 3, PolicyStatus.OUT, Optional.empty()));
        b.add(birth("B7", "W7", LocalDate.of(2016, 5, 1), 1, PolicyStatus.UNKNOWN, Optional.empty()));
        return b.build();
    }

    private static IndicatorResult policyRate(IndicatorCalculator calculator, Register register, ReportingPeriod period) {
        return calculator.compute(register, period).result(VILLAGE, Indicator.POLICY_BIRTH_RATE).orElseThrow();
    }

    @Test
    void test_fill_changesThePolicyRate_asCountedByHand() {
        Register register = straddling2016();
        IndicatorResult recorded = policyRate(IndicatorCalculator.standard(), register, SY2016);
        assertEquals(1, recorded.numerator().orElseThrow());
        assertEquals(7, recorded.denominator().orElseThrow());
        assertEquals(100.0 / 7, recorded.value().orElseThrow(), 1e-12);
        IndicatorResult filled = policyRate(IndicatorCalculator.builder().fillUnknownPolicy(true).build(), register, SY2016);
        assertEquals(3, filled.numerator().orElseThrow(), "B4 recorded in, B2 and B3 filled");
        assertEquals(7, filled.denominator().orElseThrow());
        assertEquals(300.0 / 7, filled.value().orElseThrow(), 1e-12);
        assertEquals(2, IndicatorCalculator.tally(register, SY2016).tallies(AreaLevel.VILLAGE).get(VILLAGE)
                .count(Count.POLICY_FILLED_IN_BIRTHS));
    }

    @Test
    void test_2021SY_judgesEachBirthByItsOwnDay() {
        // Third births of married mothers, recorded unknown: out on 2021-05-30 (two children), in on 2021-05-31 (three).
        Register.Builder b = Register.builder().withTable(RegisterTable.BIRTHS);
        b.add(woman("W1", MaritalStatus.MARRIED, Optional.of(MARRIED)));
        b.add(woman("W2", MaritalStatus.MARRIED, Optional.of(MARRIED)));
        b.add(birth("B1", "W1", LocalDate.of(2021, 5, 30), 3, PolicyStatus.UNKNOWN, Optional.of(true)));
        b.add(birth("B2", "W2", LocalDate.of(2021, 5, 31), 3, PolicyStatus.UNKNOWN, Optional.empty()));
        Register register = b.build();
        IndicatorResult filled = policyRate(IndicatorCalculator.builder().fillUnknownPolicy(true).build(), register, SY2021);
        assertEquals(1, filled.numerator().orElseThrow());
        assertEquals(2, filled.denominator().orElseThrow());
        assertEquals(0, policyRate(IndicatorCalculator.standard(), register, SY2021).numerator().orElseThrow());
    }

    @Test
    void test_aUsersProvinceRule_changesWhatIsFilled() {
        // Province 99 allowed two children before 2016: B1, a second without a permit on 2015-12-31, is filled too.
        PolicyRules rules = PolicyRules.china().toBuilder().province("99", BirthPolicyRule.children("two", 2)).build();
        IndicatorCalculator calculator = IndicatorCalculator.builder().policyRules(rules).fillUnknownPolicy(true).build();
        assertEquals(rules, calculator.policyRules());
        assertTrue(calculator.fillsUnknownPolicy());
        assertEquals(4, policyRate(calculator, straddling2016(), SY2016).numerator().orElseThrow());
        RegisterTally perWoman = PerWomanDecompositionTest.perWoman(straddling2016(), SY2016, 2, new Random(1), rules);
        assertEquals(4, calculator.results(perWoman, straddling2016().tables()).result(VILLAGE, Indicator.POLICY_BIRTH_RATE)
                .orElseThrow().numerator().orElseThrow());
    }

    @Test
    void test_conformanceCase_isUnchangedByDefault_andFilledOnlyOnRequest() {
        Register register = CsvFixture.load(ConformanceCase.path("register-en"));
        ReportingPeriod period = ReportingPeriod.parse("2009SY");
        AreaCode county = AreaCode.of("990101000000");
        assertFalse(IndicatorCalculator.standard().fillsUnknownPolicy());
        IndicatorResult recorded = IndicatorCalculator.standard().compute(register, period).result(county, Indicator.POLICY_BIRTH_RATE)
                .orElseThrow();
        assertEquals(29, recorded.numerator().orElseThrow(), "expected-2009SY.json");
        assertEquals(34, recorded.denominator().orElseThrow());
        // B000308 and B000500, recorded unknown: first births of mothers married on 2008-01-25, in under the one-child rule.
        IndicatorResult filled = IndicatorCalculator.builder().fillUnknownPolicy(true).build().compute(register, period)
                .result(county, Indicator.POLICY_BIRTH_RATE).orElseThrow();
        assertEquals(31, filled.numerator().orElseThrow());
        assertEquals(34, filled.denominator().orElseThrow());
    }

    @Test
    void property_aroundTheChanges_everyEngineCountsTheFilledBirthsAsDefined() {
        AtomicInteger filled = new AtomicInteger();
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(EdgeRegisters.policyChangePeriods(), EdgeRegisters.seeds(),
                integers().between(1, 3)).checkAssert((period, seed, k) -> {
                    Register register = EdgeRegisters.register(seed, period);
                    RegisterTally tally = IndicatorCalculator.tally(register, period);
                    for (AreaLevel level : AreaLevel.values()) {
                        assertEquals(CatalogueDefinitions.tallies(register, period, level), tally.tallies(level), period + " " + level);
                    }
                    assertEquals(tally, PerWomanDecompositionTest.perWoman(register, period, k, new Random(seed)), period.toString());
                    IndicatorCalculator filling = IndicatorCalculator.builder().fillUnknownPolicy(true).parallelism(k).build();
                    assertEquals(filling.compute(register, period).results(), filling.results(tally, register.tables()).results());
                    filled.addAndGet((int) tally.tallies(AreaLevel.COUNTY).values().stream()
                            .mapToLong(t -> t.count(Count.POLICY_FILLED_IN_BIRTHS)).sum());
                });
        assertTrue(filled.get() > 0, "the registers had births to fill");
    }

    @Test
    void property_fill_isIdempotent_commutesWithMerge_andMovesNoBirth() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(CountyRegisters.seeds(), CountyRegisters.seeds()).checkAssert((s1, s2) -> {
            AreaTally a = IndicatorCalculator.tally(CountyRegisters.register(s1), CountyRegisters.PERIOD).tallies(AreaLevel.COUNTY)
                    .values().stream().reduce(AreaTally.empty(), AreaTally::merge);
            AreaTally b = IndicatorCalculator.tally(CountyRegisters.register(s2), CountyRegisters.PERIOD).tallies(AreaLevel.COUNTY)
                    .values().stream().reduce(AreaTally.empty(), AreaTally::merge);
            AreaTally f = a.withUnknownPolicyFilled();
            assertEquals(f, f.withUnknownPolicyFilled());
            assertEquals(a.merge(b).withUnknownPolicyFilled(), f.merge(b.withUnknownPolicyFilled()));
            assertEquals(a.count(Count.POLICY_IN_BIRTHS) + a.count(Count.POLICY_FILLED_IN_BIRTHS), f.count(Count.POLICY_IN_BIRTHS));
            assertEquals(0, f.count(Count.POLICY_FILLED_IN_BIRTHS));
            assertEquals(a.count(Count.LIVE_BIRTHS), f.count(Count.LIVE_BIRTHS));
            assertTrue(f.count(Count.POLICY_IN_BIRTHS) <= f.count(Count.LIVE_BIRTHS), "the filled rate stays within 0–100 %");
        });
    }
}
