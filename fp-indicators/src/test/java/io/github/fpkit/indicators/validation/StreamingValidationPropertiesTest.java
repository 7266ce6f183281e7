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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.indicators.testing.LinedSource;
import io.github.fpkit.indicators.testing.StreamingSource;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.BrokenRegisters;
import io.github.fpkit.testkit.CountyRegisters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The streaming validator gives the findings of the rules stated over a whole register in
 * memory — the referential rules of {@link Register#check()} and the plausibility rules of
 * {@link PlausibilityOracle} — on registers that break every rule, whatever the order of
 * their records; and with a source that numbers its rows, each finding names its record's row.
 */
class StreamingValidationPropertiesTest {
    /** The tables whose repeated ids only an in-memory register's validation reports. */
    private static final Set<RegisterTable> EVENTS_WITH_IDS = EnumSet.of(RegisterTable.BIRTHS, RegisterTable.DEATHS,
            RegisterTable.PREGNANCIES);

    /** Everything a finding says but its line. */
    private static String said(Finding f) {
        return String.join("|", f.severity().code(), f.rule(), f.table().code(), f.recordId(), f.field().orElse(""),
                f.value().orElse(""), f.message());
    }

    private static Map<String, Long> counted(Collection<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(StreamingValidationPropertiesTest::said, TreeMap::new,
                Collectors.counting()));
    }

    /** What the rules stated over the register in memory find. */
    private static List<Finding> expected(Register register, boolean eventRepeats) {
        List<Finding> all = new ArrayList<>(register.check());
        if (!eventRepeats) {
            all.removeIf(f -> f.rule().equals("REF_DUPLICATE_ID") && EVENTS_WITH_IDS.contains(f.table()));
        }
        all.addAll(PlausibilityOracle.findings(register));
        return all;
    }

    @Test
    void streaming_findsWhatTheRulesOverTheWholeRegisterFind() {
        qt().withExamples(300).forAll(BrokenRegisters.registers()).checkAssert(register -> assertEquals(
                counted(expected(register, false)), counted(RegisterValidator.validate(new StreamingSource(register, false)))));
    }

    @Test
    void inMemoryRegister_alsoGetsTheRepeatedIdsOfEvents() {
        qt().withExamples(300).forAll(BrokenRegisters.registers()).checkAssert(register -> assertEquals(
                counted(expected(register, true)), counted(RegisterValidator.validate(register))));
    }

    @Test
    void recordsInAnyOrder_andBirthsCheckedAgainInSmallBatches_giveTheSameFindings() {
        qt().withExamples(200).forAll(BrokenRegisters.registers(), CountyRegisters.seeds()).checkAssert((register, seed) -> {
            Register shuffled = CountyRegisters.shuffled(register, seed);
            for (int batch : new int[] {1, 3, BirthSequences.RECHECK_BATCH}) {
                List<Finding> found = new ArrayList<>();
                new ValidationPass(new StreamingSource(shuffled, false), found::add, batch, PolicyRules.china()).run();
                assertEquals(counted(expected(shuffled, false)), counted(found), "batch " + batch);
            }
        });
    }

    @Test
    void brokenRegisters_breakEveryRule() {
        Set<String> rules = new HashSet<>();
        qt().withExamples(300).forAll(BrokenRegisters.registers())
                .checkAssert(register -> RegisterValidator.validate(register).forEach(f -> rules.add(f.rule())));
        Set<String> all = new HashSet<>(Set.of("REF_DUPLICATE_ID", "REF_DUPLICATE_POPULATION", "REF_DUPLICATE_RESIDENT_ID",
                "REF_UNKNOWN_WOMAN", "REF_UNKNOWN_AREA", "REF_UNKNOWN_PARENT_AREA", "REF_UNKNOWN_HOUSEHOLD", "REF_MOTHER_AGE",
                "REF_BIRTH_ORDER"));
        for (PlausibilityRule rule : PlausibilityRule.values()) {
            all.add(rule.id());
        }
        assertEquals(all, rules);
    }

    /** The key a finding names a record of its table by. */
    private static Function<Object, String> key(RegisterTable table) {
        switch (table) {
            case AREAS:
                return r -> ((Area) r).code().toString();
            case POPULATION:
                return r -> ((PopulationCount) r).areaCode() + (" " + ((PopulationCount) r).period());
            case WOMEN:
                return r -> ((Woman) r).id();
            case BIRTHS:
                return r -> ((Birth) r).id();
            case DEATHS:
                return r -> ((Death) r).id();
            case CONTRACEPTION:
                return r -> ((ContraceptiveEpisode) r).womanId();
            case PREGNANCIES:
                return r -> ((Pregnancy) r).id();
            case PROCEDURES:
                return r -> ((Procedure) r).womanId();
            case HEALTH_CHECKS:
                return r -> ((HealthCheck) r).womanId();
            case DISTRIBUTIONS:
                return r -> ((Distribution) r).recordId();
            default:
                return r -> ((Household) r).id();
        }
    }

    @Test
    void withLines_eachFindingNamesARowOfItsRecord_aRepeatTheRepeatingRow() {
        qt().withExamples(300).forAll(BrokenRegisters.registers()).checkAssert(register -> {
            LinedSource source = new LinedSource(register);
            List<Finding> found = RegisterValidator.validate(source);
            for (Finding f : found) {
                List<?> records = source.records(f.table());
                Function<Object, String> key = key(f.table());
                int k = (int) (f.line().orElseThrow(() -> new AssertionError("no line: " + f)) - 2) / 2;
                String named = key.apply(records.get(k));
                // A population row's unknown area names the row by its area alone.
                assertTrue(named.equals(f.recordId()) || f.table() == RegisterTable.POPULATION && named.startsWith(f.recordId() + " "),
                        f + " names " + named);
                if (f.rule().startsWith("REF_DUPLICATE_") && !f.rule().equals("REF_DUPLICATE_RESIDENT_ID")) {
                    int first = 0;
                    while (!key.apply(records.get(first)).equals(f.recordId())) {
                        first++;
                    }
                    assertTrue(first < k, f.toString());
                    assertTrue(f.message().endsWith(" (first on line " + LinedSource.lineOf(first) + ")"), f.toString());
                }
                if (f.rule().equals("REF_DUPLICATE_RESIDENT_ID")) {
                    assertEquals(f.value().orElseThrow(), ((Woman) records.get(k)).residentId().orElseThrow().toString(), f.toString());
                }
            }
            // The same findings as without lines, but for the first row's line in a repeat's message.
            List<Finding> unlined = RegisterValidator.validate(new StreamingSource(register, false));
            assertEquals(counted(unlined), counted(found.stream().map(f -> Finding.builder().from(f)
                    .message(f.message().replaceAll(" \\(first on line \\d+\\)$", "")).build()).collect(Collectors.toList())));
        });
    }

    @Test
    void eachTableIsReadOnce_andBirthsInDateOrderAreNotReadAgain() {
        qt().withExamples(100).forAll(CountyRegisters.registers()).checkAssert(register -> {
            LinedSource source = new LinedSource(register);
            RegisterValidator.validate(source);
            Map<RegisterTable, Integer> once = new TreeMap<>();
            for (RegisterTable t : RegisterTable.values()) {
                once.put(t, 1);
            }
            assertEquals(once, new TreeMap<>(source.reads()));
        });
    }
}
