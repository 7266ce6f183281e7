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

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.CountyRegisters;
import io.github.fpkit.testkit.Theories;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The per-woman decomposition gives the single-machine engine's results to the last bit:
 * a register's women split at random into k groups, as a distributed engine would place
 * them, each group's record cards computed into its own tally, the tallies serialised,
 * read back and merged, then the households from the children the women passed on.
 */
class PerWomanDecompositionTest {
    private static final ReportingPeriod PERIOD = CountyRegisters.PERIOD;

    @Test
    void property_womenInKGroups_serialisedAndMerged_equalTheEngineToTheLastBit() {
        qt().withExamples(200).forAll(CountyRegisters.seeds(), longs().all(), integers().between(1, 5))
                .checkAssert((seed, splitSeed, k) -> {
                    Register register = CountyRegisters.register(seed);
                    ComputedIndicators expected = Indicators.compute(register, PERIOD);
                    ComputedIndicators actual = IndicatorCalculator.standard().results(perWoman(register, PERIOD, k, new Random(splitSeed)),
                            register.tables());
                    assertEquals(expected.results(), actual.results());
                    assertEquals(expected.unattributedRecords(), actual.unattributedRecords());
                    assertEquals(expected.unavailable(), actual.unavailable());
                });
    }

    @Test
    void property_theTallyOfTheEngine_equalsTheTallyOfTheRecordCards() {
        qt().withExamples(Theories.ALGEBRAIC).forAll(CountyRegisters.seeds(), integers().between(1, 3)).checkAssert((seed, k) -> {
            Register register = CountyRegisters.register(seed);
            assertEquals(IndicatorCalculator.tally(register, PERIOD), perWoman(register, PERIOD, k, new Random(seed)));
        });
    }

    /** The register's tally through the record cards, as a distributed engine would compute it. */
    static RegisterTally perWoman(Register register, ReportingPeriod period, int k, Random random) {
        return perWoman(register, period, k, random, PolicyRules.china());
    }

    /** As {@link #perWoman(Register, ReportingPeriod, int, Random)}, the births of unknown policy judged by the rules given. */
    static RegisterTally perWoman(Register register, ReportingPeriod period, int k, Random random, PolicyRules rules) {
        Map<String, List<Birth>> births = byWoman(register.births(), Birth::motherId);
        Map<String, List<ContraceptiveEpisode>> episodes = byWoman(register.contraceptiveEpisodes(), ContraceptiveEpisode::womanId);
        Map<String, List<Pregnancy>> pregnancies = byWoman(register.pregnancies(), Pregnancy::womanId);
        Map<String, List<Procedure>> procedures = byWoman(register.procedures(), Procedure::womanId);
        Map<String, List<HealthCheck>> checks = byWoman(register.healthChecks(), HealthCheck::womanId);
        Map<String, List<Distribution>> distributions = byWoman(register.distributions().filter(d -> d.womanId().isPresent()),
                d -> d.womanId().get());
        List<RegisterTally> groups = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            groups.add(RegisterTally.empty(period));
        }
        Map<String, HouseholdChildren> children = new HashMap<>();
        Set<String> womenIds = register.women().map(Woman::id).collect(Collectors.toSet());
        for (Woman w : register.women().collect(Collectors.toList())) {
            WomanHistory card = WomanHistory.of(w, births.getOrDefault(w.id(), List.of()), episodes.getOrDefault(w.id(), List.of()),
                    pregnancies.getOrDefault(w.id(), List.of()), procedures.getOrDefault(w.id(), List.of()),
                    checks.getOrDefault(w.id(), List.of())).withDistributions(distributions.getOrDefault(w.id(), List.of()));
            int g = random.nextInt(k);
            groups.set(g, groups.get(g).merge(Contributions.ofWoman(card, period, rules)));
            Contributions.childrenOf(card, period).ifPresent(c -> children.merge(c.householdId(), c, HouseholdChildren::merge));
        }
        Map<RegisterTable, Long> unattributed = new EnumMap<>(RegisterTable.class);
        unattributed.put(RegisterTable.BIRTHS, count(births, womenIds));
        unattributed.put(RegisterTable.CONTRACEPTION, count(episodes, womenIds));
        unattributed.put(RegisterTable.PREGNANCIES, count(pregnancies, womenIds));
        unattributed.put(RegisterTable.PROCEDURES, count(procedures, womenIds));
        unattributed.put(RegisterTable.HEALTH_CHECKS, count(checks, womenIds));
        unattributed.put(RegisterTable.DISTRIBUTIONS, count(distributions, womenIds));
        List<RegisterTally> rows = new ArrayList<>();
        unattributed.forEach((table, n) -> rows.add(Contributions.unattributed(table, n, period)));
        register.deaths().forEach(d -> rows.add(Contributions.ofDeath(d, period)));
        register.distributions().filter(d -> d.womanId().isEmpty()).forEach(d -> rows.add(Contributions.ofDistribution(d, period)));
        register.areas().forEach(a -> rows.add(Contributions.ofArea(a, period)));
        if (register.has(RegisterTable.POPULATION)) {
            register.populationCounts().forEach(p -> rows.add(Contributions.ofPopulation(p, period)));
        }
        byWoman(register.households(), Household::id).forEach((id, hs) ->
                rows.add(Contributions.ofHousehold(hs, Optional.ofNullable(children.get(id)), period)));
        for (RegisterTally row : rows) {
            int g = random.nextInt(k);
            groups.set(g, groups.get(g).merge(row));
        }
        RegisterTally total = RegisterTally.empty(period);
        for (int g = 0; g < k; g++) {
            // Half the groups travel in the compact form, half through Java serialisation.
            RegisterTally received = g % 2 == 0 ? RegisterTally.fromBytes(groups.get(g).toBytes()) : javaRoundTrip(groups.get(g));
            total = random.nextBoolean() ? total.merge(received) : received.merge(total);
        }
        return total;
    }

    private static <T> Map<String, List<T>> byWoman(Stream<T> records, Function<T, String> id) {
        return records.collect(Collectors.groupingBy(id));
    }

    private static long count(Map<String, ? extends List<?>> byWoman, Set<String> women) {
        return byWoman.entrySet().stream().filter(e -> !women.contains(e.getKey())).mapToLong(e -> e.getValue().size()).sum();
    }

    static <T> T javaRoundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                @SuppressWarnings("unchecked")
                T read = (T) in.readObject();
                return read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
