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
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of registers that break the referential and plausibility rules
 * of the register format, for the properties of validators: a valid register of
 * {@link CountyRegisters}, then, each at random, rows of areas, women and households left
 * out (so that records refer to what is not there, and areas lack their township or
 * county), keys repeated (births, deaths, pregnancies, households), resident numbers
 * shared, mistyped or a man's, birth orders changed, births moved outside the mother's
 * childbearing years or close after another, sterilisations before births, outcomes
 * before starts, records of unknown women and areas, and the births of some mothers out of
 * date order. Each register is derived from a seed.
 *
 * <pre>{@code
 * qt().forAll(BrokenRegisters.registers()).checkAssert(register -> validator.validate(register));
 * }</pre>
 */
public final class BrokenRegisters {
    private static final AreaCode NOWHERE = AreaCode.of("990101009009");
    private static final LocalDate START = LocalDate.of(1995, 1, 1);

    private BrokenRegisters() {
    }

    /** @return registers that break rules, from random seeds */
    public static Gen<Register> registers() {
        return CountyRegisters.seeds().map(BrokenRegisters::register);
    }

    /**
     * @param seed any seed
     * @return the register of that seed; every table present
     */
    public static Register register(long seed) {
        Random random = new Random(seed);
        Register valid = CountyRegisters.register(random.nextLong());
        Register.Builder b = Register.builder();
        for (RegisterTable t : RegisterTable.values()) {
            b.withTable(t);
        }
        List<Area> areas = valid.areas().collect(Collectors.toList());
        dropSome(areas, random, 6);
        if (chance(random, 3) && !areas.isEmpty()) {
            Area a = areas.get(random.nextInt(areas.size()));
            areas.add(Area.of(a.code(), a.name() + "又"));
        }
        areas.forEach(b::add);

        List<PopulationCount> population = valid.populationCounts().collect(Collectors.toList());
        if (chance(random, 3) && !population.isEmpty()) {
            population.add(population.get(random.nextInt(population.size())));
        }
        if (chance(random, 3)) {
            population.add(PopulationCount.builder().areaCode(NOWHERE).period(CountyRegisters.PERIOD).averagePopulation(100).build());
        }
        population.forEach(b::add);

        List<Woman> all = valid.women().collect(Collectors.toList());
        List<Woman> women = new ArrayList<>();
        for (Woman w : all) {
            women.add(damaged(w, women, random));
        }
        dropSome(women, random, 8);
        if (chance(random, 3) && !women.isEmpty()) {
            Woman w = women.get(random.nextInt(women.size()));
            women.add(random.nextInt(women.size() + 1), Woman.builder().from(w).birthDate(w.birthDate().plusDays(1)).build());
        }
        women.forEach(b::add);

        List<Birth> births = new ArrayList<>();
        valid.births().forEach(x -> births.add(damaged(x, random)));
        for (int k = random.nextInt(3); k > 0 && !births.isEmpty(); k--) {
            Birth x = births.get(random.nextInt(births.size()));
            births.add(random.nextInt(births.size() + 1), Birth.builder().from(x).id(x.id() + "S" + k)
                    .birthDate(x.birthDate().plusDays(random.nextInt(400))).build());
        }
        if (chance(random, 4)) {
            births.add(Birth.builder().id("B-ORPHAN").motherId("W-NOBODY").birthDate(START).sex(Sex.MALE).birthOrder(1).build());
        }
        repeatOne(births, random);
        if (chance(random, 2)) {
            Collections.shuffle(births, random);
        }
        births.forEach(b::add);

        valid.contraceptiveEpisodes().forEach(b::add);
        valid.procedures().forEach(b::add);
        for (Woman w : all) {
            if (chance(random, 5)) {
                b.add(Procedure.of(w.id(), ProcedureType.FEMALE_STERILIZATION, date(random)));
            }
            if (chance(random, 5)) {
                LocalDate start = date(random);
                ContraceptiveEpisode.Builder e = ContraceptiveEpisode.builder().womanId(w.id())
                        .method(ContraceptiveMethod.FEMALE_STERILIZATION).startDate(start);
                if (random.nextBoolean()) {
                    e.endDate(start.plusDays(random.nextInt(3000)));
                }
                b.add(e.build());
            }
        }
        List<Pregnancy> pregnancies = valid.pregnancies().map(p -> chance(random, 6) && p.outcome() != PregnancyOutcome.ONGOING
                ? Pregnancy.builder().from(p).outcomeDate(p.startDate().minusDays(1 + random.nextInt(30))).build() : p)
                .collect(Collectors.toList());
        repeatOne(pregnancies, random);
        pregnancies.forEach(b::add);
        if (chance(random, 4)) {
            b.add(Pregnancy.builder().id("P-ORPHAN").womanId("W-NOBODY").startDate(START).build());
        }
        valid.healthChecks().forEach(b::add);
        if (chance(random, 4)) {
            b.add(HealthCheck.of("W-NOBODY", HealthCheckKind.IUD_CHECK, START));
        }

        List<Household> households = valid.households().map(h -> chance(random, 8)
                ? Household.builder().from(h).areaCode(NOWHERE).build() : h).collect(Collectors.toList());
        dropSome(households, random, 6);
        repeatOne(households, random);
        households.forEach(b::add);
        List<Death> deaths = valid.deaths().map(d -> chance(random, 6) ? Death.builder().from(d).areaCode(NOWHERE).build() : d)
                .collect(Collectors.toList());
        repeatOne(deaths, random);
        deaths.forEach(b::add);
        valid.distributions().forEach(d -> b.add(!chance(random, 6) ? d : d.womanId().isPresent()
                ? Distribution.builder().from(d).womanId("W-NOBODY").build() : Distribution.builder().from(d).areaCode(NOWHERE).build()));
        return b.build();
    }

    /** Now and then, one of the records again, later in the list: its id repeated. */
    private static <T> void repeatOne(List<T> records, Random random) {
        if (chance(random, 4) && !records.isEmpty()) {
            records.add(records.get(random.nextInt(records.size())));
        }
    }

    private static boolean chance(Random random, int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private static <T> void dropSome(List<T> list, Random random, int oneIn) {
        list.removeIf(x -> chance(random, oneIn));
    }

    private static LocalDate date(Random random) {
        return START.plusDays(random.nextInt(15 * 365));
    }

    /** A woman with a resident number (hers, mistyped, a man's or another woman's), an unknown household or area. */
    private static Woman damaged(Woman w, List<Woman> before, Random random) {
        Woman.Builder b = Woman.builder().from(w);
        switch (random.nextInt(6)) {
            case 0:
                b.residentId(ResidentId.of("990101", w.birthDate(), 2 * random.nextInt(500)));
                break;
            case 1:
                b.residentId(ResidentId.of("990101", w.birthDate().plusDays(1 + random.nextInt(3)), 2 * random.nextInt(500)));
                break;
            case 2:
                b.residentId(ResidentId.of("990101", w.birthDate(), 1 + 2 * random.nextInt(500)));
                break;
            case 3:
                before.stream().filter(o -> o.residentId().isPresent()).findFirst().ifPresent(o -> b.residentId(o.residentId().get()));
                break;
            default:
                break;
        }
        if (chance(random, 10)) {
            b.householdId("H-NONE");
        }
        if (chance(random, 10)) {
            b.areaCode(NOWHERE);
        }
        return b.build();
    }

    /** A birth whose order, date (outside the mother's childbearing years) or outcome may have changed. */
    private static Birth damaged(Birth x, Random random) {
        switch (random.nextInt(8)) {
            case 0:
                return Birth.builder().from(x).birthOrder(1 + random.nextInt(4)).outcome(BirthOutcome.LIVE).build();
            case 1:
                return Birth.builder().from(x).birthDate(x.birthDate().minusYears(10 + random.nextInt(10))).build();
            case 2:
                return Birth.builder().from(x).birthDate(x.birthDate().plusYears(30 + random.nextInt(20))).build();
            default:
                return x;
        }
    }
}
