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
package io.github.fpkit.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.synthetic.testing.GeneratorInputs;
import io.github.fpkit.synthetic.testing.RecordingSink;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegisterGeneratorTest {
    private static GeneratorSettings settings(int women, long seed) {
        return GeneratorSettings.builder().women(women).seed(seed).build();
    }

    private static List<Object> records(GeneratorSettings settings) {
        RecordingSink sink = new RecordingSink();
        RegisterGenerator.of(settings).generate(sink);
        return sink.records();
    }

    @Test
    void test_check_noFindings_severalSeedsAndSizes() {
        for (long seed : new long[] {1, 2, 3, -77}) {
            for (int women : new int[] {1, 17, 3000}) {
                Register register = RegisterGenerator.of(settings(women, seed)).toRegister();
                assertEquals(List.of(), register.check(), "seed " + seed + ", women " + women);
            }
        }
    }

    @Test
    void test_check_noFindings_property() {
        qt().withExamples(40).forAll(GeneratorInputs.smallSettings())
                .checkAssert(s -> assertEquals(List.of(), RegisterGenerator.of(s).toRegister().check(), s.toString()));
    }

    @Test
    void test_generate_tellsEachWomanDone_inOrder_andGivesTheSameRecords() {
        GeneratorSettings s = settings(700, 8);
        RecordingSink sink = new RecordingSink();
        List<Long> done = new java.util.ArrayList<>();
        RegisterGenerator.of(s).generate(sink, done::add);
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 700).boxed().collect(Collectors.toList()), done);
        assertEquals(records(s), sink.records());
    }

    @Test
    void test_generate_sameSettings_identicalRecordsInOrder() {
        GeneratorSettings s = settings(2000, 42);
        List<Object> first = records(s);
        assertEquals(first, records(s));
        assertEquals(first, records(GeneratorSettings.builder().women(2000).seed(42).build()));
    }

    @Test
    void test_generate_concurrentRuns_identicalToSequential() throws Exception {
        RegisterGenerator generator = RegisterGenerator.of(settings(1500, 23));
        List<Object> sequential = records(generator.settings());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Object>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    RecordingSink sink = new RecordingSink();
                    generator.generate(sink);
                    return sink.records();
                }));
            }
            for (java.util.concurrent.Future<List<Object>> run : runs) {
                assertEquals(sequential, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void test_generate_sameSettings_property() {
        qt().withExamples(20).forAll(GeneratorInputs.smallSettings()).checkAssert(s -> {
            // Settings rebuilt from their values, so that nothing but the values is shared between the runs.
            GeneratorSettings again = GeneratorSettings.builder().women(s.women()).villages(s.villages())
                    .villagesPerTownship(s.villagesPerTownship()).seed(s.seed()).statisticalYear(s.statisticalYear())
                    .county(s.county(), s.countyName()).build();
            List<Object> first = records(s);
            assertEquals(first, records(again));
            GeneratorSettings otherSeed = GeneratorSettings.builder().women(s.women()).villages(s.villages())
                    .villagesPerTownship(s.villagesPerTownship()).seed(s.seed() + 1).statisticalYear(s.statisticalYear())
                    .county(s.county(), s.countyName()).build();
            assertNotEquals(first, records(otherSeed));
        });
    }

    @Test
    void test_generate_differentSeeds_differentWomen() {
        Register a = RegisterGenerator.of(settings(500, 1)).toRegister();
        Register b = RegisterGenerator.of(settings(500, 2)).toRegister();
        assertNotEquals(a.women().collect(Collectors.toList()), b.women().collect(Collectors.toList()));
        assertNotEquals(a.births().collect(Collectors.toList()), b.births().collect(Collectors.toList()));
    }

    @Test
    void test_generate_womanDependsOnlyOnSeedAndIndex() {
        // The first village's women come first and keep their records when more villages follow.
        Register small = RegisterGenerator.of(GeneratorSettings.builder().women(300).villages(1).seed(5).build())
                .toRegister();
        Register larger = RegisterGenerator.of(GeneratorSettings.builder().women(600).villages(1).seed(5).build())
                .toRegister();
        Map<String, Woman> byId = larger.women().collect(Collectors.toMap(Woman::id, Function.identity()));
        small.women().forEach(w -> assertEquals(w, byId.get(w.id())));
        small.women().forEach(w -> assertEquals(small.birthsOf(w.id()).size(), larger.birthsOf(w.id()).size()));
    }

    @Test
    void test_generate_everyTableNonEmpty_thousandWomen() {
        Map<RegisterTable, Long> counts = RegisterGenerator.of(settings(1000, 9)).generate(new RecordingSink());
        assertEquals(Set.of(RegisterTable.values()), counts.keySet());
        counts.forEach((table, count) -> assertTrue(count > 0, table + " is empty"));
        assertEquals(1000L, counts.get(RegisterTable.WOMEN));
    }

    @Test
    void test_generate_countsMatchRecords() {
        RecordingSink sink = new RecordingSink();
        Map<RegisterTable, Long> counts = RegisterGenerator.of(settings(800, 4)).generate(sink);
        Map<Class<?>, Long> byType = sink.records().stream()
                .collect(Collectors.groupingBy(RegisterGeneratorTest::tableType, Collectors.counting()));
        assertEquals(counts.get(RegisterTable.BIRTHS), byType.get(Birth.class));
        assertEquals(counts.get(RegisterTable.HEALTH_CHECKS), byType.get(HealthCheck.class));
        assertEquals(counts.get(RegisterTable.DISTRIBUTIONS), byType.get(io.github.fpkit.model.Distribution.class));
        assertEquals(counts.values().stream().mapToLong(Long::longValue).sum(), sink.records().size());
    }

    private static Class<?> tableType(Object record) {
        for (Class<?> c : List.of(Area.class, PopulationCount.class, Woman.class, Birth.class, Death.class,
                ContraceptiveEpisode.class, Pregnancy.class, Procedure.class, HealthCheck.class, Household.class,
                io.github.fpkit.model.Distribution.class)) {
            if (c.isInstance(record)) {
                return c;
            }
        }
        throw new AssertionError("not a record: " + record);
    }

    @Test
    void test_generate_doesNotCloseSink() {
        RecordingSink sink = new RecordingSink();
        RegisterGenerator.of(settings(10, 1)).generate(sink);
        assertFalse(sink.isClosed());
    }

    @Test
    void test_generate_sinkFailurePropagates() {
        UncheckedIOException failure = new UncheckedIOException(new java.io.IOException("disk full"));
        assertSame(failure, assertThrows(UncheckedIOException.class,
                () -> RegisterGenerator.of(settings(10, 1)).generate(new FailingSink(failure))));
    }

    @Test
    void test_generate_nullSink() {
        assertThrows(NullPointerException.class, () -> RegisterGenerator.of(settings(10, 1)).generate(null));
    }

    @Test
    void test_areas_countyTownshipsVillagesWithChineseNames() {
        GeneratorSettings s = GeneratorSettings.builder().women(100).villages(14).villagesPerTownship(12).build();
        List<Area> areas = RegisterGenerator.of(s).toRegister().areas().collect(Collectors.toList());
        assertEquals(1 + 2 + 14, areas.size());
        assertEquals(Area.of(AreaCode.of("990102000000"), "模拟县"), areas.get(0));
        assertEquals(Area.of(AreaCode.of("990102001000"), "第1乡"), areas.get(1));
        assertEquals(Area.of(AreaCode.of("990102001001"), "1乡1村"), areas.get(2));
        assertEquals(Area.of(AreaCode.of("990102001012"), "1乡12村"), areas.get(13));
        assertEquals(Area.of(AreaCode.of("990102002000"), "第2乡"), areas.get(14));
        assertEquals(Area.of(AreaCode.of("990102002002"), "2乡2村"), areas.get(16));
        assertEquals(14, areas.stream().filter(a -> a.level() == AreaLevel.VILLAGE).count());
    }

    @Test
    void test_ids_zeroPaddedAndConsecutive() {
        Register r = RegisterGenerator.of(settings(300, 3)).toRegister();
        List<String> women = r.women().map(Woman::id).collect(Collectors.toList());
        assertEquals("W0000001", women.get(0));
        assertEquals("W0000300", women.get(299));
        assertEquals("B0000001", r.births().findFirst().orElseThrow().id());
        assertEquals("H0000001", r.households().findFirst().orElseThrow().id());
        assertTrue(r.pregnancies().allMatch(p -> p.id().matches("P\\d{7}")));
        assertTrue(r.deaths().allMatch(d -> d.id().matches("D\\d{7}")));
    }

    @Test
    void test_women_villagesAndResidentIds() {
        GeneratorSettings s = settings(3000, 11);
        Register r = RegisterGenerator.of(s).toRegister();
        Set<AreaCode> villages = r.areas().map(Area::code).filter(c -> c.level() == AreaLevel.VILLAGE)
                .collect(Collectors.toSet());
        assertTrue(r.women().allMatch(w -> villages.contains(w.areaCode())));
        assertEquals(villages, r.women().map(Woman::areaCode).collect(Collectors.toSet()), "every village has women");
        List<Woman> withId = r.women().filter(w -> w.residentId().isPresent()).collect(Collectors.toList());
        double share = withId.size() / 3000.0;
        assertTrue(share > 0.75 && share < 0.85, "share with resident id " + share);
        for (Woman w : withId) {
            ResidentId id = w.residentId().get();
            assertEquals("990102", id.areaPrefix());
            assertEquals(w.birthDate(), id.birthDate());
            assertEquals(Sex.FEMALE, id.sex());
            assertEquals(id, ResidentId.parse(id.fullNumber()));
        }
    }

    @Test
    void test_women_residentIdsUnique_evenWhereTheDrawsClash() {
        // 16,000 numbers drawn among 500 sequence numbers per birth day clash a few times.
        List<ResidentId> ids = RegisterGenerator.of(settings(20_000, 1)).toRegister().women()
                .flatMap(w -> w.residentId().stream()).collect(Collectors.toList());
        assertEquals(ids.size(), Set.copyOf(ids).size());
    }

    @Test
    void test_women_agesAndMarriage() {
        GeneratorSettings s = settings(5000, 12);
        LocalDate ref = s.referenceDate();
        Register r = RegisterGenerator.of(s).toRegister();
        List<Integer> ages = r.women().map(w -> w.ageOn(ref)).collect(Collectors.toList());
        assertTrue(ages.stream().allMatch(a -> a >= 0 && a <= 80), "ages 0 to 80");
        long fifteenTo60 = ages.stream().filter(a -> a >= 15 && a <= 60).count();
        assertTrue(fifteenTo60 > 0.8 * ages.size(), "mostly 15 to 60: " + fifteenTo60);
        assertTrue(r.women().filter(w -> w.ageOn(ref) < 18).allMatch(w -> w.maritalStatus().code().equals("unmarried")));
        assertTrue(r.women().allMatch(w -> w.marriageDate().map(m -> !m.isAfter(ref)
                && w.ageOn(m) >= 18).orElse(true)));
        long youngMarried = r.women().filter(w -> w.ageOn(ref) >= 20 && w.ageOn(ref) <= 24 && w.isMarried()).count();
        long oldMarried = r.women().filter(w -> w.ageOn(ref) >= 35 && w.ageOn(ref) <= 39 && w.isMarried()).count();
        long young = r.women().filter(w -> w.ageOn(ref) >= 20 && w.ageOn(ref) <= 24).count();
        long old = r.women().filter(w -> w.ageOn(ref) >= 35 && w.ageOn(ref) <= 39).count();
        assertTrue((double) youngMarried / young < (double) oldMarried / old, "more married at 35-39 than at 20-24");
        assertTrue(r.women().filter(w -> !w.maritalStatus().code().equals("unmarried"))
                .filter(w -> w.marriageDate().isPresent()).count() > 0);
    }

    @Test
    void test_noEventAfterReferenceDate() {
        GeneratorSettings s = settings(3000, 13);
        LocalDate ref = s.referenceDate();
        Register r = RegisterGenerator.of(s).toRegister();
        assertTrue(r.births().allMatch(b -> !b.birthDate().isAfter(ref)
                && b.deathDate().map(d -> !d.isAfter(ref)).orElse(true)));
        assertTrue(r.deaths().allMatch(d -> !d.deathDate().isAfter(ref)));
        assertTrue(r.contraceptiveEpisodes().allMatch(e -> !e.startDate().isAfter(ref)
                && e.endDate().map(d -> !d.isAfter(ref)).orElse(true)));
        assertTrue(r.pregnancies().allMatch(p -> !p.startDate().isAfter(ref)
                && p.outcomeDate().map(d -> !d.isAfter(ref)).orElse(true)));
        assertTrue(r.procedures().allMatch(p -> !p.date().isAfter(ref)));
        assertTrue(r.healthChecks().allMatch(c -> !c.date().isAfter(ref)));
        assertTrue(r.distributions().allMatch(d -> !d.date().isAfter(ref)));
    }

    @Test
    void test_distributions_ofTheWomenUsingTheMethod_andOfVillagesAlone() {
        GeneratorSettings s = settings(2000, 21);
        Register r = RegisterGenerator.of(s).toRegister();
        Map<String, Woman> women = r.women().collect(Collectors.toMap(Woman::id, w -> w));
        List<io.github.fpkit.model.Distribution> rows = r.distributions().collect(Collectors.toList());
        assertTrue(rows.stream().anyMatch(d -> d.womanId().isEmpty()), "the villages' free condoms");
        for (io.github.fpkit.model.Distribution d : rows) {
            if (d.womanId().isPresent()) {
                Woman w = women.get(d.womanId().get());
                // Given to a woman of the register while she used the method, in her village when the row names one.
                assertTrue(w != null && r.episodesOf(w.id()).stream().anyMatch(e -> e.method() == d.method() && e.isInUseOn(d.date())), d.toString());
                assertTrue(d.areaCode().map(a -> a.equals(w.areaCode())).orElse(true), d.toString());
            } else {
                assertEquals(io.github.fpkit.model.ContraceptiveMethod.CONDOM, d.method(), d.toString());
            }
            assertTrue(!d.date().isBefore(ReportingPeriod.statisticalYear(s.statisticalYear() - 1).start()), d.toString());
        }
        assertEquals(Set.of(io.github.fpkit.model.ContraceptiveMethod.ORAL_PILL, io.github.fpkit.model.ContraceptiveMethod.CONDOM,
                io.github.fpkit.model.ContraceptiveMethod.INJECTABLE), rows.stream().map(io.github.fpkit.model.Distribution::method)
                .collect(Collectors.toSet()));
    }

    @Test
    void test_births_ordersSpacingAndMotherAge() {
        Register r = RegisterGenerator.of(settings(5000, 14)).toRegister();
        r.women().forEach(w -> {
            List<Birth> births = r.birthsOf(w.id());
            for (int i = 1; i < births.size(); i++) {
                assertTrue(births.get(i).birthDate().isAfter(births.get(i - 1).birthDate().plusDays(547)),
                        "spacing of at least 18 months for " + w.id());
            }
            births.forEach(b -> {
                int age = w.ageOn(b.birthDate());
                assertTrue(age >= 18 && age <= 45, "mother aged " + age);
                assertEquals(b.isLive(), b.birthOrder().isPresent(), "only stillbirths lack an order");
            });
        });
        assertTrue(r.births().anyMatch(b -> !b.isLive()), "some stillbirths");
        assertTrue(r.births().anyMatch(b -> b.deathDate().isPresent()), "some child deaths");
        assertTrue(r.births().anyMatch(b -> b.birthOrder().orElse(0) >= 3), "some third births");
    }

    @Test
    void test_procedures_matchEpisodesAndAbortions() {
        Register r = RegisterGenerator.of(settings(5000, 15)).toRegister();
        Set<String> procedures = r.procedures().map(p -> p.womanId() + p.type() + p.date()).collect(Collectors.toSet());
        r.contraceptiveEpisodes().forEach(e -> {
            ProcedureType at = e.method() == ContraceptiveMethod.IUD ? ProcedureType.IUD_INSERTION
                    : e.method() == ContraceptiveMethod.FEMALE_STERILIZATION ? ProcedureType.FEMALE_STERILIZATION
                    : e.method() == ContraceptiveMethod.MALE_STERILIZATION ? ProcedureType.MALE_STERILIZATION
                    : e.method() == ContraceptiveMethod.IMPLANT ? ProcedureType.IMPLANT_INSERTION : null;
            if (at != null) {
                assertTrue(procedures.contains(e.womanId() + at + e.startDate()), "surgery at start of " + e);
            }
        });
        List<Pregnancy> abortions = r.pregnancies().filter(p -> p.outcome() == PregnancyOutcome.INDUCED_ABORTION)
                .collect(Collectors.toList());
        assertFalse(abortions.isEmpty());
        abortions.forEach(p -> assertTrue(procedures.contains(p.womanId() + ProcedureType.INDUCED_ABORTION
                + p.outcomeDate().orElseThrow()), "abortion surgery for " + p));
        assertEquals(abortions.size(), r.procedures().filter(p -> p.type() == ProcedureType.INDUCED_ABORTION).count());
    }

    @Test
    void test_pregnancies_doNotOverlapWithinWoman() {
        Register r = RegisterGenerator.of(settings(5000, 16)).toRegister();
        Map<String, List<Pregnancy>> byWoman = r.pregnancies().collect(Collectors.groupingBy(Pregnancy::womanId));
        byWoman.forEach((w, list) -> {
            for (int i = 1; i < list.size(); i++) {
                Pregnancy before = list.get(i - 1);
                Pregnancy after = list.get(i);
                assertFalse(after.startDate().isBefore(before.startDate()), "in order of start");
                assertTrue(after.startDate().isAfter(before.outcomeDate().orElseThrow()), "no overlap for " + w);
            }
        });
        assertTrue(r.pregnancies().anyMatch(p -> p.outcome() == PregnancyOutcome.ONGOING));
        assertTrue(r.pregnancies().anyMatch(p -> p.outcome() == PregnancyOutcome.MISCARRIAGE));
    }

    @Test
    void test_households_oneRecordPerHouseholdId() {
        Register r = RegisterGenerator.of(settings(3000, 17)).toRegister();
        Set<String> used = r.women().map(w -> w.householdId().orElseThrow()).collect(Collectors.toSet());
        assertEquals(used, r.households().map(Household::id).collect(Collectors.toSet()));
        assertTrue(used.size() < 3000, "some households hold two women");
        r.households().forEach(h -> assertTrue(r.womenOf(h.id()).stream().allMatch(w -> w.areaCode().equals(h.areaCode()))));
        long rural = r.households().filter(h -> h.rural().orElse(false)).count();
        assertTrue(rural > 0.8 * r.households().count(), "mostly rural");
        assertTrue(r.households().anyMatch(h -> h.oneChildCertificateDate().isPresent()));
    }

    @Test
    void test_population_consistentWithRecords() {
        GeneratorSettings s = settings(4000, 18);
        Register r = RegisterGenerator.of(s).toRegister();
        List<PopulationCount> counts = r.populationCounts().collect(Collectors.toList());
        assertEquals(s.villages(), counts.size());
        for (PopulationCount c : counts) {
            assertEquals(s.period(), c.period());
            long women = r.women().filter(w -> w.areaCode().equals(c.areaCode())).count();
            assertTrue(c.averagePopulationOrDerived() > 2.5 * women, "women are about 30 % of the people");
            if (c.startPopulation().isPresent() && c.endPopulation().isPresent()) {
                long births = r.births().filter(b -> b.isLive() && s.period().contains(b.birthDate()))
                        .filter(b -> r.woman(b.motherId()).orElseThrow().areaCode().equals(c.areaCode())).count();
                long deaths = r.deaths().filter(d -> d.areaCode().equals(c.areaCode()) && s.period().contains(d.deathDate()))
                        .count();
                assertEquals(c.endPopulation().getAsLong(), c.startPopulation().getAsLong() + births - deaths,
                        "natural change of " + c.areaCode());
            }
        }
        assertTrue(counts.stream().anyMatch(c -> c.averagePopulation().isEmpty()), "some give start and end only");
        assertTrue(counts.stream().anyMatch(c -> c.startPopulation().isEmpty()), "some give the average only");
    }

    /**
     * Bounded memory by construction: the sink sees areas first, then each woman followed
     * at once by her own records (her household just before her), then village by village
     * the deaths and the population count; the generator never holds records back.
     */
    @Test
    void test_generate_streamsWomanByWoman() {
        RecordingSink sink = new RecordingSink();
        RegisterGenerator.of(settings(2000, 19)).generate(sink);
        List<Object> records = sink.records();
        int i = 0;
        while (records.get(i) instanceof Area) {
            i++;
        }
        assertTrue(i > 0);
        Woman current = null;
        List<Birth> currentBirths = new java.util.ArrayList<>();
        String pendingHousehold = null;
        for (; i < records.size() && !(records.get(i) instanceof PopulationCount); i++) {
            Object r = records.get(i);
            if (r instanceof Death && !isChildDeath((Death) r, currentBirths)) {
                break;
            }
            if (r instanceof Household) {
                assertEquals(null, pendingHousehold, "a household is followed by its woman");
                pendingHousehold = ((Household) r).id();
            } else if (r instanceof Woman) {
                Woman w = (Woman) r;
                String household = w.householdId().orElseThrow();
                String expected = pendingHousehold != null ? pendingHousehold : current.householdId().orElseThrow();
                assertEquals(expected, household, "a new household just before her, else the previous woman's");
                pendingHousehold = null;
                current = w;
                currentBirths.clear();
            } else if (r instanceof Death) {
                assertEquals(current.areaCode(), ((Death) r).areaCode(), "a child's death follows the mother");
            } else {
                if (r instanceof Birth) {
                    currentBirths.add((Birth) r);
                }
                assertEquals(null, pendingHousehold);
                assertEquals(current.id(), womanOf(r), "records of a woman follow her at once: " + r);
            }
        }
        assertEquals(2000, records.subList(0, i).stream().filter(r -> r instanceof Woman).count(),
                "all women before the villages' deaths and counts");
        List<AreaCode> villageDeaths = new java.util.ArrayList<>();
        AreaCode counted = null;
        for (; i < records.size(); i++) {
            Object r = records.get(i);
            if (r instanceof Death) {
                villageDeaths.add(((Death) r).areaCode());
            } else if (r instanceof io.github.fpkit.model.Distribution) {
                assertEquals(Optional.of(counted), ((io.github.fpkit.model.Distribution) r).areaCode(), "a village's count, then its condoms");
                assertTrue(villageDeaths.isEmpty());
            } else {
                AreaCode village = ((PopulationCount) r).areaCode();
                assertTrue(villageDeaths.stream().allMatch(village::equals), "a village's deaths, then its count");
                villageDeaths.clear();
                counted = village;
            }
        }
        assertTrue(villageDeaths.isEmpty(), "the register ends with a population count and its village's condoms");
    }

    private static boolean isChildDeath(Death death, List<Birth> births) {
        return births.stream().anyMatch(b -> b.deathDate().equals(Optional.of(death.deathDate()))
                && death.birthDate().equals(Optional.of(b.birthDate())));
    }

    private static String womanOf(Object r) {
        if (r instanceof Birth) {
            return ((Birth) r).motherId();
        }
        if (r instanceof ContraceptiveEpisode) {
            return ((ContraceptiveEpisode) r).womanId();
        }
        if (r instanceof Pregnancy) {
            return ((Pregnancy) r).womanId();
        }
        if (r instanceof Procedure) {
            return ((Procedure) r).womanId();
        }
        if (r instanceof io.github.fpkit.model.Distribution) {
            return ((io.github.fpkit.model.Distribution) r).womanId().orElseThrow();
        }
        return ((HealthCheck) r).womanId();
    }

    /** Fails on every record, as a file sink does when the disk is full. */
    private static final class FailingSink implements RegisterSink {
        private final RuntimeException failure;

        FailingSink(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public void accept(Area area) {
            throw failure;
        }

        @Override
        public void accept(PopulationCount count) {
            throw failure;
        }

        @Override
        public void accept(Woman woman) {
            throw failure;
        }

        @Override
        public void accept(Birth birth) {
            throw failure;
        }

        @Override
        public void accept(Death death) {
            throw failure;
        }

        @Override
        public void accept(ContraceptiveEpisode episode) {
            throw failure;
        }

        @Override
        public void accept(Pregnancy pregnancy) {
            throw failure;
        }

        @Override
        public void accept(Procedure procedure) {
            throw failure;
        }

        @Override
        public void accept(HealthCheck check) {
            throw failure;
        }

        @Override
        public void accept(Household household) {
            throw failure;
        }

        @Override
        public void accept(io.github.fpkit.model.Distribution distribution) {
            throw failure;
        }

        @Override
        public void close() {
            throw failure;
        }
    }
}
