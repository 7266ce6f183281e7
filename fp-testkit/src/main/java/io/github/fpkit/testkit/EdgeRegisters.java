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

import static io.github.fpkit.testkit.Draws.between;

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
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid registers that sit on the edges of their period, for
 * the properties of indicators: periods of every notation (statistical years and their
 * half-years, calendar years, quarters, months, intervals across 29 February); event dates
 * on, and a day either side of, the period's first day, last day and reference date, and
 * on the edges of the due rules' windows before the reference date (30 and 60 days, a year), in
 * about half the draws; women who turn 15, 20, … 50 on or next to those days, and women born
 * on 29 February; villages without women or married women (the zero denominators of
 * undefined rates); population rows of villages, of townships (which replace the sum of
 * their villages), of the county, of other periods (which count for nothing) and of 0
 * people, and a village known by such rows only; deaths and households coded at a township; events of women not in the register;
 * marriage dates on and next to the edges, and births with and without a permit recorded;
 * births (live and stillborn) and procedures of every type (abortions among them) on those
 * edges, some deliveries recorded in both {@code births.csv} and {@code pregnancies.csv} and
 * some terminations in both {@code pregnancies.csv} and {@code procedures.csv}.
 * Each register is derived from a seed; every key (woman, birth, death, pregnancy,
 * household, area, population row) is unique.
 *
 * <pre>{@code
 * qt().forAll(EdgeRegisters.periods(), EdgeRegisters.seeds()).checkAssert((period, seed) -> {
 *     Register register = EdgeRegisters.register(seed, period);
 *     ...
 * });
 * }</pre>
 */
public final class EdgeRegisters {
    /** The county of every generated register. */
    public static final AreaCode COUNTY = AreaCode.of("990101000000");

    /** Two townships, the second without its own row in {@code areas.csv} half the time. */
    private static final List<AreaCode> TOWNSHIPS = List.of(AreaCode.of("990101001000"), AreaCode.of("990101002000"));

    /** Villages of both townships and one coded directly under the county (township digits 000). */
    private static final List<AreaCode> VILLAGES = List.of(AreaCode.of("990101001001"), AreaCode.of("990101001002"),
            AreaCode.of("990101002001"), AreaCode.of("990101000003"));

    /**
     * A village no record, area row or woman names: known only when it has a population
     * row, of the period (it adds to its township's sum) or of another period (it leaves the
     * sum unknown).
     */
    private static final AreaCode ROWS_ONLY = AreaCode.of("990101002002");

    /** Mixed into a register's seed for the stream of deliveries and terminations recorded in two tables. */
    private static final long TWICE = 0x2B1A_7E5DL;
    private static final int[] TURNING_AGES = {15, 20, 25, 30, 35, 40, 45, 50};

    private EdgeRegisters() {
    }

    /** @return periods of the years 1995 to 2015 in every notation, a third of them statistical years */
    public static Gen<ReportingPeriod> periods() {
        return in -> {
            int year = between(in, 1995, 2015);
            switch (between(in, 0, 8)) {
                case 0:
                case 1:
                case 2:
                    return ReportingPeriod.statisticalYear(year);
                case 3:
                    return ReportingPeriod.statisticalHalfYear(year);
                case 4:
                    return ReportingPeriod.calendarYear(year);
                case 5:
                    return ReportingPeriod.quarter(year, between(in, 1, 4));
                case 6:
                    return ReportingPeriod.month(YearMonth.of(year, between(in, 1, 12)));
                case 7:
                    // A month of February, 29 days long in leap years.
                    return ReportingPeriod.month(YearMonth.of(year, 2));
                default:
                    LocalDate start = LocalDate.of(year, 1, 1).plusDays(between(in, 0, 364));
                    return ReportingPeriod.ofClosed(start, start.plusDays(between(in, 0, 800)));
            }
        };
    }

    /**
     * @return periods around the changes of China's birth policy (two children from
     *     2016-01-01, three from 2021-05-31): the statistical years, calendar years, quarters
     *     and months that straddle them, and intervals whose edges fall on, or a day from, the day of a change
     */
    public static Gen<ReportingPeriod> policyChangePeriods() {
        return in -> {
            LocalDate change = between(in, 0, 1) == 0 ? LocalDate.of(2016, 1, 1) : LocalDate.of(2021, 5, 31);
            int year = change.getYear();
            switch (between(in, 0, 5)) {
                case 0:
                case 1:
                    return ReportingPeriod.statisticalYear(year);
                case 2:
                    return ReportingPeriod.calendarYear(year);
                case 3:
                    return ReportingPeriod.quarter(year, (change.getMonthValue() + 2) / 3);
                case 4:
                    return ReportingPeriod.month(YearMonth.from(change));
                default:
                    LocalDate start = change.plusDays(between(in, -2, 1));
                    return ReportingPeriod.ofClosed(start, start.plusDays(between(in, 0, 3)));
            }
        };
    }

    /** @return seeds, each giving one register of a period through {@link #register(long, ReportingPeriod)} */
    public static Gen<Long> seeds() {
        return CountyRegisters.seeds();
    }

    /**
     * @param seed any seed
     * @param period the period whose edges the dates sit on, not null
     * @return the register of that seed: 0–30 women and their events, areas, population
     *         rows, deaths, households and distributions; every table present
     */
    public static Register register(long seed, ReportingPeriod period) {
        Random random = new Random(seed);
        Dates dates = new Dates(random, period);
        Register.Builder b = Register.builder();
        for (RegisterTable t : RegisterTable.values()) {
            b.withTable(t);
        }
        b.add(Area.of(COUNTY, "县"));
        b.add(Area.of(TOWNSHIPS.get(0), "一乡"));
        if (random.nextBoolean()) {
            b.add(Area.of(TOWNSHIPS.get(1), "二乡"));
        }
        for (AreaCode v : VILLAGES) {
            if (random.nextInt(4) > 0) {
                b.add(Area.of(v, "村" + v.toString().substring(9)));
            }
        }
        populations(b, random, period);
        int women = random.nextInt(31);
        Random policy = new Random(~seed);
        Random twice = new Random(seed ^ TWICE);
        for (int w = 0; w < women; w++) {
            woman(b, random, new Draws(policy, twice), dates, "W" + w, women);
        }
        for (int h = 0; h < Math.max(1, women / 3); h++) {
            b.add(Household.builder().id("H" + h).areaCode(anyArea(random)).build());
        }
        for (int d = random.nextInt(8); d > 0; d--) {
            b.add(Death.builder().id("D" + d).areaCode(anyArea(random)).deathDate(dates.event()).build());
        }
        // Events of a woman the register does not have: counted nowhere, reported as unattributed.
        if (random.nextInt(4) == 0) {
            b.add(Birth.builder().id("X1").motherId("X").birthDate(dates.event()).sex(Sex.MALE).birthOrder(1).build());
            b.add(Procedure.of("X", ProcedureType.IUD_INSERTION, dates.event()));
        }
        // Drawn last, so that a seed's earlier records are those it gave before distributions.csv.
        List<ContraceptiveMethod> distributed = List.copyOf(Distribution.METHODS);
        for (int d = random.nextInt(8); d > 0; d--) {
            Distribution.Builder distribution = Distribution.builder().date(dates.event())
                    .method(distributed.get(random.nextInt(distributed.size()))).quantity(1 + random.nextInt(200));
            int kind = random.nextInt(4);
            if (kind == 0) {
                // A woman the register does not have: unattributed.
                distribution.womanId("X");
            } else if (kind == 1 && women > 0) {
                distribution.womanId("W" + random.nextInt(women));
            } else {
                distribution.areaCode(anyArea(random));
            }
            b.add(distribution.build());
        }
        return b.build();
    }

    private static void populations(Register.Builder b, Random random, ReportingPeriod period) {
        ReportingPeriod other = period.equals(ReportingPeriod.calendarYear(period.end().getYear()))
                ? ReportingPeriod.statisticalYear(period.end().getYear()) : ReportingPeriod.calendarYear(period.end().getYear());
        for (AreaCode area : List.of(VILLAGES.get(0), VILLAGES.get(1), VILLAGES.get(2), VILLAGES.get(3), ROWS_ONLY, TOWNSHIPS.get(0),
                TOWNSHIPS.get(1), COUNTY)) {
            int kind = random.nextInt(area.level() == VILLAGES.get(0).level() ? 5 : 4);
            if (kind == 1 || kind == 4) {
                b.add(population(random, area, period));
            } else if (kind == 2) {
                b.add(population(random, area, other));
            } else if (kind == 3) {
                b.add(population(random, area, period));
                b.add(population(random, area, other));
            }
        }
    }

    private static PopulationCount population(Random random, AreaCode area, ReportingPeriod period) {
        PopulationCount.Builder p = PopulationCount.builder().areaCode(area).period(period);
        int size = random.nextInt(5) == 0 ? 0 : random.nextInt(3000);
        if (random.nextBoolean()) {
            p.averagePopulation(size + random.nextInt(4) / 4.0);
        } else {
            p.startPopulation(size).endPopulation(Math.max(0, size + random.nextInt(41) - 20));
        }
        return p.build();
    }

    /**
     * @param random the register's draws
     * @param apart the draws added later, apart, so that a seed's other records are those it
     *     gave before they were drawn
     */
    private static void woman(Register.Builder b, Random random, Draws apart, Dates dates, String id, int women) {
        Random policy = apart.policy();
        // Villages 3 and 4 have a woman less often, so that some have none.
        AreaCode area = VILLAGES.get(random.nextInt(3) == 0 ? random.nextInt(VILLAGES.size()) : random.nextInt(2));
        LocalDate born = dates.birth();
        MaritalStatus status = MaritalStatus.values()[random.nextInt(MaritalStatus.values().length)];
        Woman.Builder woman = Woman.builder().id(id).areaCode(area).birthDate(born).maritalStatus(status);
        if (status != MaritalStatus.UNMARRIED && policy.nextInt(4) > 0) {
            // On or next to the edges, where her births are too: married on, before and after a birth's day.
            LocalDate married = dates.event(policy);
            woman.marriageDate(married.isBefore(born) ? born : married);
        }
        if (random.nextInt(4) > 0) {
            woman.householdId("H" + random.nextInt(Math.max(1, women / 3)));
        }
        b.add(woman.build());
        for (int k = random.nextInt(5); k > 0; k--) {
            boolean live = random.nextInt(5) > 0;
            Birth.Builder birth = Birth.builder().id(id + "B" + k).motherId(id).birthDate(dates.event())
                    .sex(random.nextBoolean() ? Sex.MALE : Sex.FEMALE)
                    .policy(PolicyStatus.values()[random.nextInt(PolicyStatus.values().length)])
                    .outcome(live ? BirthOutcome.LIVE : BirthOutcome.STILLBIRTH);
            if (live) {
                birth.birthOrder(1 + random.nextInt(4));
            }
            if (policy.nextInt(3) > 0) {
                birth.birthPermit(policy.nextBoolean());
            }
            Birth built = birth.build();
            b.add(built);
            if (apart.twice().nextInt(3) == 0) {
                // The same delivery recorded in pregnancies.csv too.
                b.add(Pregnancy.builder().id(id + "D" + k).womanId(id).startDate(built.birthDate().minusDays(270))
                        .outcome(live ? PregnancyOutcome.LIVE_BIRTH : PregnancyOutcome.STILLBIRTH).outcomeDate(built.birthDate())
                        .build());
            }
        }
        for (int k = random.nextInt(4); k > 0; k--) {
            LocalDate start = dates.event();
            ContraceptiveEpisode.Builder e = ContraceptiveEpisode.builder().womanId(id)
                    .method(ContraceptiveMethod.values()[random.nextInt(ContraceptiveMethod.values().length)]).startDate(start);
            if (random.nextBoolean()) {
                LocalDate end = dates.event();
                e.endDate(end.isBefore(start) ? start : end);
            }
            b.add(e.build());
        }
        for (int k = random.nextInt(3); k > 0; k--) {
            PregnancyOutcome outcome = PregnancyOutcome.values()[random.nextInt(PregnancyOutcome.values().length)];
            Pregnancy.Builder p = Pregnancy.builder().id(id + "P" + k).womanId(id).startDate(dates.event()).outcome(outcome);
            if (random.nextInt(3) > 0) {
                p.planned(random.nextBoolean());
            }
            if (outcome != PregnancyOutcome.ONGOING) {
                p.outcomeDate(dates.event());
            }
            Pregnancy built = p.build();
            b.add(built);
            if ((outcome == PregnancyOutcome.INDUCED_ABORTION || outcome == PregnancyOutcome.MID_TERM_INDUCTION)
                    && apart.twice().nextBoolean()) {
                // The same termination recorded in procedures.csv too.
                ProcedureType type = outcome == PregnancyOutcome.INDUCED_ABORTION ? ProcedureType.INDUCED_ABORTION
                        : ProcedureType.MID_TERM_INDUCTION;
                b.add(Procedure.of(id, type, built.outcomeDate().orElseThrow()));
            }
        }
        for (int k = random.nextInt(3); k > 0; k--) {
            b.add(Procedure.of(id, ProcedureType.values()[random.nextInt(ProcedureType.values().length)], dates.event()));
        }
        for (int k = random.nextInt(3); k > 0; k--) {
            b.add(HealthCheck.of(id, HealthCheckKind.values()[random.nextInt(HealthCheckKind.values().length)], dates.event()));
        }
    }

    private static AreaCode anyArea(Random random) {
        // Now and then a record coded at a township, which counts in the township but in none of its villages.
        return random.nextInt(6) == 0 ? TOWNSHIPS.get(random.nextInt(TOWNSHIPS.size())) : VILLAGES.get(random.nextInt(VILLAGES.size()));
    }

    /**
     * The draws of records added after the first ones, each from its own stream: marriage
     * dates and birth permits; deliveries and terminations recorded in two tables.
     */
    private record Draws(Random policy, Random twice) {
    }

    /** The dates of one register: about half on an edge of the period or a day from it. */
    private static final class Dates {
        private final Random random;
        private final LocalDate[] edges;
        private final long from;
        private final long to;

        Dates(Random random, ReportingPeriod period) {
            this.random = random;
            LocalDate start = period.start();
            LocalDate end = period.end();
            LocalDate reference = period.referenceDate();
            LocalDate yearBefore = reference.minusYears(1);
            // The due rules' windows too: a pregnancy outcome 29–31 days, a procedure 29–31 and
            // 59–61 days, a sterilisation a year and a day either side before the reference date.
            this.edges = new LocalDate[] {start.minusDays(1), start, start.plusDays(1), end.minusDays(1), end, end.plusDays(1),
                reference.minusDays(1), reference, reference.plusDays(1), reference.minusDays(29), reference.minusDays(30),
                reference.minusDays(31), reference.minusDays(59), reference.minusDays(60), reference.minusDays(61),
                yearBefore.minusDays(1), yearBefore, yearBefore.plusDays(1)};
            this.from = start.toEpochDay() - 500;
            this.to = end.toEpochDay() + 200;
        }

        /** @return a date of an event: on or next to an edge half the time, else within about a year and a half of the period */
        LocalDate event() {
            return event(random);
        }

        /** @return a date of an event, as {@link #event()}, drawn from {@code r} */
        LocalDate event(Random r) {
            return r.nextBoolean() ? edges[r.nextInt(edges.length)]
                    : LocalDate.ofEpochDay(from + (long) (r.nextDouble() * (to - from + 1)));
        }

        /**
         * @return a birth date: a third of the women turn an age-group boundary on or next to
         *         an edge, a sixth are born on 29 February, the others any day of 1955–2000
         */
        LocalDate birth() {
            int kind = random.nextInt(6);
            if (kind < 2) {
                LocalDate edge = edges[random.nextInt(edges.length)];
                return edge.minusYears(TURNING_AGES[random.nextInt(TURNING_AGES.length)]).plusDays(random.nextInt(3) - 1);
            }
            if (kind == 2) {
                int year = 1956 + 4 * random.nextInt(12);
                return LocalDate.of(year, 2, 29);
            }
            long first = LocalDate.of(1955, 1, 1).toEpochDay();
            long last = LocalDate.of(2000, 12, 31).toEpochDay();
            return LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first + 1)));
        }
    }
}
