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
package io.github.fpkit.testkit;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RecordKey;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of random but valid registers of one county with two townships
 * of two villages each, dense around the statistical year 2009SY, for the properties of
 * indicators; and random partitions and orders of their records. Each register is derived
 * from a seed, so a failing example is reproducible from the seed QuickTheories reports.
 *
 * <pre>{@code
 * qt().forAll(CountyRegisters.registers())
 *     .checkAssert(register -> Indicators.compute(register, CountyRegisters.PERIOD));
 * }</pre>
 */
public final class CountyRegisters {
    /** The period the generated registers are dense around. */
    public static final ReportingPeriod PERIOD = ReportingPeriod.parse("2009SY");

    /** The county of every generated register. */
    public static final AreaCode COUNTY = AreaCode.of("990101000000");

    private static final List<AreaCode> VILLAGES = List.of(AreaCode.of("990101001001"), AreaCode.of("990101001002"),
            AreaCode.of("990101002001"), AreaCode.of("990101002002"));

    private CountyRegisters() {
    }

    /** @return seeds, each giving one register through {@link #register(long)} */
    public static Gen<Long> seeds() {
        return longs().all();
    }

    /** @return random valid registers */
    public static Gen<Register> registers() {
        return seeds().map(CountyRegisters::register);
    }

    /**
     * @param seed any seed
     * @return the register of that seed: 0–40 women and their events, areas, population
     *         rows for some areas, deaths, households and distributions (to a woman, to a
     *         village, or to a woman with a village); every table present
     */
    public static Register register(long seed) {
        Random random = new Random(seed);
        // Marriage dates and birth permits are drawn apart, so that a seed's other records are those it gave before them.
        Random policy = new Random(~seed);
        Register.Builder b = Register.builder();
        // Every table is present (possibly empty), so every indicator is available.
        for (RegisterTable t : RegisterTable.values()) {
            b.withTable(t);
        }
        b.add(Area.of(COUNTY, "县"));
        Set<AreaCode> townships = new HashSet<>();
        for (AreaCode v : VILLAGES) {
            b.add(Area.of(v, "村" + v.toString().substring(9)));
            if (townships.add(v.parent().orElseThrow())) {
                b.add(Area.of(v.parent().orElseThrow(), "乡" + v.toString().substring(6, 9)));
            }
            if (random.nextInt(3) > 0) {
                b.add(PopulationCount.builder().areaCode(v).period(PERIOD).averagePopulation(random.nextInt(2000) + random.nextInt(2) / 2.0).build());
            }
        }
        int women = random.nextInt(41);
        for (int w = 0; w < women; w++) {
            String id = "W" + w;
            LocalDate born = date(random, 1955, 2000);
            AreaCode area = VILLAGES.get(random.nextInt(VILLAGES.size()));
            MaritalStatus status = MaritalStatus.values()[random.nextInt(MaritalStatus.values().length)];
            Woman.Builder woman = Woman.builder().id(id).areaCode(area).birthDate(born).maritalStatus(status);
            if (status != MaritalStatus.UNMARRIED && policy.nextInt(4) > 0) {
                // Married between 16 and about 36: before, between or after her births.
                woman.marriageDate(born.plusYears(16).plusDays(policy.nextInt(7300)));
            }
            if (random.nextInt(4) > 0) {
                woman.householdId("H" + random.nextInt(Math.max(1, women / 2)));
            }
            b.add(woman.build());
            int order = 0;
            LocalDate last = born.plusYears(16);
            for (int k = random.nextInt(5); k > 0; k--) {
                last = last.plusDays(200 + random.nextInt(3000));
                boolean live = random.nextInt(6) > 0;
                Birth.Builder birth = Birth.builder().id(id + "B" + k).motherId(id).birthDate(last)
                        .sex(random.nextBoolean() ? Sex.MALE : Sex.FEMALE)
                        .policy(PolicyStatus.values()[random.nextInt(PolicyStatus.values().length)])
                        .outcome(live ? BirthOutcome.LIVE : BirthOutcome.STILLBIRTH);
                if (live) {
                    birth.birthOrder(++order);
                }
                if (policy.nextInt(3) > 0) {
                    birth.birthPermit(policy.nextBoolean());
                }
                b.add(birth.build());
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                LocalDate start = date(random, 1990, 2010);
                ContraceptiveEpisode.Builder e = ContraceptiveEpisode.builder().womanId(id)
                        .method(ContraceptiveMethod.values()[random.nextInt(ContraceptiveMethod.values().length)]).startDate(start);
                if (random.nextBoolean()) {
                    e.endDate(start.plusDays(random.nextInt(6000)));
                }
                b.add(e.build());
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                LocalDate start = date(random, 2008, 2010);
                PregnancyOutcome outcome = PregnancyOutcome.values()[random.nextInt(PregnancyOutcome.values().length)];
                Pregnancy.Builder p = Pregnancy.builder().id(id + "P" + k).womanId(id).startDate(start).outcome(outcome);
                if (random.nextInt(4) > 0) {
                    p.planned(random.nextBoolean());
                }
                if (outcome != PregnancyOutcome.ONGOING) {
                    p.outcomeDate(start.plusDays(random.nextInt(300)));
                }
                b.add(p.build());
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                b.add(Procedure.of(id, ProcedureType.values()[random.nextInt(ProcedureType.values().length)], date(random, 2008, 2010)));
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                b.add(HealthCheck.of(id, HealthCheckKind.values()[random.nextInt(HealthCheckKind.values().length)], date(random, 2008, 2010)));
            }
        }
        for (int h = 0; h < Math.max(1, women / 2); h++) {
            b.add(Household.builder().id("H" + h).areaCode(VILLAGES.get(random.nextInt(VILLAGES.size()))).build());
        }
        for (int d = random.nextInt(6); d > 0; d--) {
            b.add(Death.builder().id("D" + d).areaCode(VILLAGES.get(random.nextInt(VILLAGES.size())))
                    .deathDate(date(random, 2008, 2010)).build());
        }
        // Drawn last, so that the registers of a seed keep every earlier record they had before distributions.csv.
        List<ContraceptiveMethod> distributed = List.copyOf(Distribution.METHODS);
        for (int d = random.nextInt(8); d > 0; d--) {
            Distribution.Builder distribution = Distribution.builder().date(date(random, 2008, 2010))
                    .method(distributed.get(random.nextInt(distributed.size()))).quantity(1 + random.nextInt(random.nextBoolean() ? 12 : 500));
            int kind = random.nextInt(3);
            if (women > 0 && kind > 0) {
                distribution.womanId("W" + random.nextInt(women));
            }
            if (women == 0 || kind < 2) {
                distribution.areaCode(VILLAGES.get(random.nextInt(VILLAGES.size())));
            }
            b.add(distribution.build());
        }
        return b.build();
    }

    /**
     * Splits every table of a register at random into {@code parts} registers over the
     * same women (women and areas are in every part, other records in exactly one).
     *
     * @param register the register
     * @param parts 1 or more
     * @param seed the seed of the partition
     * @return the parts
     */
    public static List<Register> partition(Register register, int parts, long seed) {
        Random random = new Random(seed);
        List<Register.Builder> builders = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            Register.Builder b = Register.builder();
            register.tables().forEach(b::withTable);
            register.women().forEach(b::add);
            register.areas().forEach(b::add);
            builders.add(b);
        }
        register.populationCounts().forEach(r -> builders.get(random.nextInt(parts)).add(r));
        register.births().forEach(r -> builders.get(random.nextInt(parts)).add(r));
        register.deaths().forEach(r -> builders.get(random.nextInt(parts)).add(r));
        register.contraceptiveEpisodes().forEach(r -> builders.get(random.nextInt(parts)).add(r));
        register.pregnancies().forEach(r -> builders.get(random.nextInt(parts)).add(r));
        register.procedures().forEach(r -> builders.get(random.nextInt(parts)).add(r));
        register.healthChecks().forEach(r -> builders.get(random.nextInt(parts)).add(r));
        register.households().forEach(r -> builders.get(random.nextInt(parts)).add(r));
        register.distributions().forEach(r -> builders.get(random.nextInt(parts)).add(r));
        List<Register> result = new ArrayList<>();
        builders.forEach(b -> result.add(b.build()));
        return result;
    }

    /**
     * Repeats some women: a copy (same id, another village and birth date) of a random
     * woman is put at a random row after hers, so that her events must join to her first
     * row though a later row has her id. The other tables keep their order (the events of
     * a woman together, in the order of the women).
     *
     * @param register a register
     * @param seed the seed of the copies
     * @return the register with 0 to 10 more rows of women
     */
    public static Register withRepeatedWomen(Register register, long seed) {
        Random random = new Random(seed);
        List<Woman> women = register.women().collect(Collectors.toList());
        for (int k = women.isEmpty() ? 0 : random.nextInt(11); k > 0; k--) {
            int original = random.nextInt(women.size());
            Woman w = women.get(original);
            AreaCode other = VILLAGES.get((VILLAGES.indexOf(w.areaCode()) + 1 + random.nextInt(VILLAGES.size() - 1)) % VILLAGES.size());
            LocalDate born = date(random, 1955, 2000);
            // The copy keeps the marriage date only where it is not before her new birth date.
            Woman copy = Woman.builder().from(w).areaCode(other).birthDate(born)
                    .marriageDate(w.marriageDate().filter(m -> !m.isBefore(born))).build();
            women.add(original + 1 + random.nextInt(women.size() - original), copy);
        }
        Register.Builder b = Register.builder();
        register.tables().forEach(b::withTable);
        register.areas().forEach(b::add);
        register.populationCounts().forEach(b::add);
        women.forEach(b::add);
        register.births().forEach(b::add);
        register.deaths().forEach(b::add);
        register.contraceptiveEpisodes().forEach(b::add);
        register.pregnancies().forEach(b::add);
        register.procedures().forEach(b::add);
        register.healthChecks().forEach(b::add);
        register.households().forEach(b::add);
        register.distributions().forEach(b::add);
        return b.build();
    }

    /**
     * Duplicates rows: in every table with a {@link RecordKey}, 0 to 5 exact copies of
     * random records, each put at a random row after its original, as a repeated export or
     * a row pasted twice leaves them. The first row of each key is the original, so the
     * register counts as the original does.
     *
     * @param register a register whose keys are unique in each table
     * @param seed the seed of the copies
     * @return the register with the copies; the copies of a table are its added rows
     */
    public static Register withDuplicates(Register register, long seed) {
        Random random = new Random(seed);
        Register.Builder b = Register.builder();
        register.tables().forEach(b::withTable);
        copies(random, register.areas(), RecordKey.AREAS).forEach(b::add);
        copies(random, register.populationCounts(), RecordKey.POPULATION).forEach(b::add);
        copies(random, register.women(), RecordKey.WOMEN).forEach(b::add);
        copies(random, register.births(), RecordKey.BIRTHS).forEach(b::add);
        copies(random, register.deaths(), RecordKey.DEATHS).forEach(b::add);
        register.contraceptiveEpisodes().forEach(b::add);
        copies(random, register.pregnancies(), RecordKey.PREGNANCIES).forEach(b::add);
        register.procedures().forEach(b::add);
        register.healthChecks().forEach(b::add);
        copies(random, register.households(), RecordKey.HOUSEHOLDS).forEach(b::add);
        register.distributions().forEach(b::add);
        return b.build();
    }

    private static <T> List<T> copies(Random random, Stream<T> table, RecordKey key) {
        List<T> rows = table.collect(Collectors.toList());
        for (int k = rows.isEmpty() ? 0 : random.nextInt(6); k > 0; k--) {
            int original = random.nextInt(rows.size());
            rows.add(original + 1 + random.nextInt(rows.size() - original), rows.get(original));
        }
        return rows;
    }

    /**
     * @param register a register
     * @param seed the seed of the shuffle
     * @return the same records, the women and areas in their order, every other table in a random order
     */
    public static Register shuffledEvents(Register register, long seed) {
        Random random = new Random(seed);
        Register.Builder b = Register.builder();
        register.tables().forEach(b::withTable);
        register.areas().forEach(b::add);
        register.women().forEach(b::add);
        shuffle(register.populationCounts().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.births().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.deaths().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.contraceptiveEpisodes().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.pregnancies().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.procedures().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.healthChecks().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.households().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.distributions().collect(Collectors.toList()), random).forEach(b::add);
        return b.build();
    }

    /**
     * @param register a register
     * @param seed the seed of the shuffle
     * @return the same records, each table in a random order
     */
    public static Register shuffled(Register register, long seed) {
        Random random = new Random(seed);
        Register.Builder b = Register.builder();
        register.tables().forEach(b::withTable);
        shuffle(register.areas().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.populationCounts().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.women().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.births().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.deaths().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.contraceptiveEpisodes().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.pregnancies().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.procedures().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.healthChecks().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.households().collect(Collectors.toList()), random).forEach(b::add);
        shuffle(register.distributions().collect(Collectors.toList()), random).forEach(b::add);
        return b.build();
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        Collections.shuffle(list, random);
        return list;
    }

    private static LocalDate date(Random random, int fromYear, int toYear) {
        long from = LocalDate.of(fromYear, 1, 1).toEpochDay();
        long to = LocalDate.of(toYear, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from + 1)));
    }
}
