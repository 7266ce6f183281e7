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
package io.github.fpkit.indicators.testing;

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Count;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The counts of a register as docs/INDICATORS.md defines them, computed record by record
 * with {@code java.time} and nothing of the engine: an oracle for the engine's tallies.
 * It reads a register whose keys are unique (as {@code EdgeRegisters} makes them), so it
 * need not know which row of a repeated key counts.
 *
 * <pre>{@code
 * assertEquals(CatalogueDefinitions.tallies(register, period, AreaLevel.TOWNSHIP),
 *         IndicatorCalculator.tally(register, period).tallies(AreaLevel.TOWNSHIP));
 * }</pre>
 */
public final class CatalogueDefinitions {
    private CatalogueDefinitions() {
    }

    /**
     * @param register a register with unique keys, not null
     * @param period the period, not null
     * @param level the level of the areas wanted, not null
     * @return per area of that level that the register knows, its counts and population
     */
    public static Map<AreaCode, AreaTally> tallies(Register register, ReportingPeriod period, AreaLevel level) {
        Map<AreaCode, long[]> own = ownCounts(register, period);
        Map<AreaCode, BigDecimal> rows = new HashMap<>();
        register.populationCounts().filter(p -> p.period().equals(period))
                .forEach(p -> rows.merge(p.areaCode(), average(p), BigDecimal::add));
        Set<AreaCode> known = knownAreas(register);
        Map<AreaCode, AreaTally> result = new TreeMap<>();
        for (AreaCode area : areasAt(known, level)) {
            AreaTally.Builder b = AreaTally.builder();
            own.forEach((code, counts) -> {
                if (code.at(level).equals(Optional.of(area))) {
                    for (Count c : Count.values()) {
                        b.add(c, counts[c.ordinal()]);
                    }
                }
            });
            population(area, level, rows, known).ifPresent(b::population);
            result.put(area, b.build());
        }
        return result;
    }

    /**
     * @return per table, the records whose woman is not in the register (tables without such
     *         records left out)
     */
    public static Map<RegisterTable, Long> unattributed(Register register) {
        Set<String> women = register.women().map(Woman::id).collect(Collectors.toSet());
        Map<RegisterTable, Long> counts = new EnumMap<>(RegisterTable.class);
        countUnknown(counts, RegisterTable.BIRTHS, register.births().map(Birth::motherId), women);
        countUnknown(counts, RegisterTable.CONTRACEPTION, register.contraceptiveEpisodes().map(ContraceptiveEpisode::womanId), women);
        countUnknown(counts, RegisterTable.PREGNANCIES, register.pregnancies().map(Pregnancy::womanId), women);
        countUnknown(counts, RegisterTable.PROCEDURES, register.procedures().map(p -> p.womanId()), women);
        countUnknown(counts, RegisterTable.HEALTH_CHECKS, register.healthChecks().map(HealthCheck::womanId), women);
        countUnknown(counts, RegisterTable.DISTRIBUTIONS, register.distributions().flatMap(d -> d.womanId().stream()), women);
        return counts;
    }

    private static void countUnknown(Map<RegisterTable, Long> counts, RegisterTable table, java.util.stream.Stream<String> ids,
            Set<String> women) {
        long n = ids.filter(id -> !women.contains(id)).count();
        if (n > 0) {
            counts.put(table, n);
        }
    }

    /** The areas of a level: those of the known codes, or above them. */
    private static Set<AreaCode> areasAt(Set<AreaCode> known, AreaLevel level) {
        Set<AreaCode> areas = new TreeSet<>();
        known.forEach(code -> code.at(level).ifPresent(areas::add));
        return areas;
    }

    /** Areas of areas.csv, of women, deaths and households, and of population rows of any period. */
    private static Set<AreaCode> knownAreas(Register register) {
        Set<AreaCode> known = new TreeSet<>();
        register.areas().forEach(a -> known.add(a.code()));
        register.women().forEach(w -> known.add(w.areaCode()));
        register.deaths().forEach(d -> known.add(d.areaCode()));
        register.households().forEach(h -> known.add(h.areaCode()));
        register.populationCounts().forEach(p -> known.add(p.areaCode()));
        // A distribution without a woman is seen in its own area, as a death is.
        register.distributions().filter(d -> d.womanId().isEmpty()).forEach(d -> known.add(d.areaCode().orElseThrow()));
        return known;
    }

    /**
     * Section 3: its own rows; else, above a village, the sum over its children if every
     * child's is known; else unknown.
     */
    private static Optional<BigDecimal> population(AreaCode area, AreaLevel level, Map<AreaCode, BigDecimal> rows, Set<AreaCode> known) {
        if (rows.containsKey(area)) {
            return Optional.of(rows.get(area));
        }
        if (level == AreaLevel.VILLAGE) {
            return Optional.empty();
        }
        Set<AreaCode> children = new TreeSet<>();
        if (level == AreaLevel.TOWNSHIP) {
            known.forEach(c -> c.at(AreaLevel.VILLAGE).filter(v -> v.at(AreaLevel.TOWNSHIP).equals(Optional.of(area)))
                    .ifPresent(children::add));
        } else {
            children.addAll(areasAt(known, AreaLevel.TOWNSHIP));
            known.forEach(c -> c.at(AreaLevel.VILLAGE).filter(v -> v.at(AreaLevel.TOWNSHIP).isEmpty()).ifPresent(children::add));
        }
        if (children.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (AreaCode child : children) {
            Optional<BigDecimal> p = population(child, child.level(), rows, known);
            if (p.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(p.get());
        }
        return Optional.of(sum);
    }

    private static BigDecimal average(PopulationCount p) {
        if (p.averagePopulation().isPresent()) {
            return new BigDecimal(p.averagePopulation().getAsDouble());
        }
        return BigDecimal.valueOf(p.startPopulation().getAsLong() + p.endPopulation().getAsLong()).divide(BigDecimal.valueOf(2));
    }

    /** The counts of the records attributed to each area as coded (section 4). */
    private static Map<AreaCode, long[]> ownCounts(Register register, ReportingPeriod period) {
        LocalDate r = period.referenceDate();
        Map<AreaCode, long[]> own = new HashMap<>();
        Map<String, Woman> women = new HashMap<>();
        register.women().forEach(w -> women.put(w.id(), w));
        Map<String, List<Birth>> births = register.births().collect(Collectors.groupingBy(Birth::motherId));
        Map<String, List<ContraceptiveEpisode>> episodes = register.contraceptiveEpisodes()
                .collect(Collectors.groupingBy(ContraceptiveEpisode::womanId));
        Map<String, List<HealthCheck>> checks = register.healthChecks().collect(Collectors.groupingBy(HealthCheck::womanId));
        Map<String, List<Pregnancy>> pregnancies = register.pregnancies().collect(Collectors.groupingBy(Pregnancy::womanId));
        Map<String, List<Procedure>> procedures = register.procedures().collect(Collectors.groupingBy(Procedure::womanId));
        for (Woman w : women.values()) {
            long[] c = own.computeIfAbsent(w.areaCode(), a -> new long[Count.values().length]);
            int age = age(w.birthDate(), r);
            List<Birth> hers = births.getOrDefault(w.id(), List.of());
            if (age >= 15 && age <= 49) {
                Optional<ContraceptiveMethod> method = episodes.getOrDefault(w.id(), List.of()).stream()
                        .filter(e -> !e.startDate().isAfter(r) && e.endDate().map(end -> !end.isBefore(r)).orElse(true))
                        .map(ContraceptiveEpisode::method).min(Enum::compareTo);
                c[Count.WRA.ordinal()]++;
                if (method.isPresent() && method.get() != ContraceptiveMethod.TRADITIONAL) {
                    c[Count.WRA_MODERN_USERS.ordinal()]++;
                }
                if (w.maritalStatus() == MaritalStatus.MARRIED || w.maritalStatus() == MaritalStatus.REMARRIED) {
                    c[Count.MARRIED_WRA.ordinal()]++;
                    long children = hers.stream().filter(b -> b.outcome() == BirthOutcome.LIVE && !b.birthDate().isAfter(r)).count();
                    c[List.of(Count.PARITY_0, Count.PARITY_1, Count.PARITY_2, Count.PARITY_3P).get((int) Math.min(children, 3)).ordinal()]++;
                    method.ifPresent(m -> c[Count.valueOf("USERS_" + m.name()).ordinal()]++);
                    if (checks.getOrDefault(w.id(), List.of()).stream().anyMatch(h -> h.kind() != HealthCheckKind.PRE_PREGNANCY
                            && period.contains(h.date()))) {
                        c[Count.CHECKED_MARRIED_WRA.ordinal()]++;
                    }
                }
            }
            dueCheck(w, episodes.getOrDefault(w.id(), List.of()), pregnancies.getOrDefault(w.id(), List.of()), hers,
                    procedures.getOrDefault(w.id(), List.of()), checks.getOrDefault(w.id(), List.of()), period, c);
            for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
                int a = age(w.birthDate(), d);
                if (a >= 15 && a <= 49) {
                    c[Count.valueOf("DAYS_AGE_" + group(a)).ordinal()]++;
                }
            }
            for (Birth b : hers) {
                if (b.outcome() != BirthOutcome.LIVE || !period.contains(b.birthDate())) {
                    continue;
                }
                c[Count.LIVE_BIRTHS.ordinal()]++;
                c[(b.sex() == Sex.MALE ? Count.MALE_BIRTHS : Count.FEMALE_BIRTHS).ordinal()]++;
                if (b.policy() == PolicyStatus.IN) {
                    c[Count.POLICY_IN_BIRTHS.ordinal()]++;
                } else if (b.policy() == PolicyStatus.UNKNOWN && chinasRules(b, w) == PolicyStatus.IN) {
                    c[Count.POLICY_FILLED_IN_BIRTHS.ordinal()]++;
                }
                int order = b.birthOrder().getAsInt();
                String k = order == 1 ? "1" : order == 2 ? "2" : "3P";
                c[Count.valueOf("BIRTHS_ORDER_" + k).ordinal()]++;
                c[Count.valueOf((b.sex() == Sex.MALE ? "MALE" : "FEMALE") + "_BIRTHS_ORDER_" + k).ordinal()]++;
                if (order == 1) {
                    c[Count.FIRST_BIRTH_MOTHER_DAYS.ordinal()] += ChronoUnit.DAYS.between(w.birthDate(), b.birthDate());
                }
                int mother = age(w.birthDate(), b.birthDate());
                if (mother >= 15 && mother <= 49) {
                    c[Count.valueOf("BIRTHS_AGE_" + group(mother)).ordinal()]++;
                    c[Count.valueOf("BIRTHS_ORDER_" + k + "_AGE_" + group(mother)).ordinal()]++;
                }
            }
        }
        register.deaths().filter(d -> period.contains(d.deathDate()))
                .forEach(d -> own.computeIfAbsent(d.areaCode(), a -> new long[Count.values().length])[Count.DEATHS.ordinal()]++);
        register.procedures().filter(p -> women.containsKey(p.womanId()) && period.contains(p.date()))
                .forEach(p -> own.computeIfAbsent(women.get(p.womanId()).areaCode(), a -> new long[Count.values().length])
                        [Count.valueOf("PROC_" + p.type().name()).ordinal()]++);
        register.pregnancies().filter(p -> women.containsKey(p.womanId())).forEach(p -> {
            long[] c = own.computeIfAbsent(women.get(p.womanId()).areaCode(), a -> new long[Count.values().length]);
            boolean ongoing = p.outcome() == PregnancyOutcome.ONGOING;
            if (!p.startDate().isAfter(r) && (ongoing || p.outcomeDate().orElseThrow().isAfter(r))) {
                c[Count.CURRENT_PREGNANCIES.ordinal()]++;
            }
            if (period.contains(p.startDate()) && p.planned().isPresent()) {
                c[Count.PREGNANCIES_PLANNED_KNOWN.ordinal()]++;
                if (!p.planned().get()) {
                    c[Count.PREGNANCIES_UNPLANNED.ordinal()]++;
                }
            }
            if (!ongoing && period.contains(p.outcomeDate().orElseThrow())) {
                c[Count.valueOf("OUTCOME_" + p.outcome().name()).ordinal()]++;
            }
        });
        // A distribution counts its quantity in P in its woman's area, or without a woman in its own.
        Map<String, Count> distributed = Map.of("oral_pill", Count.DISTRIBUTED_ORAL_PILL, "condom", Count.DISTRIBUTED_CONDOM,
                "injectable", Count.DISTRIBUTED_INJECTABLE);
        register.distributions().filter(d -> period.contains(d.date())).forEach(d -> {
            AreaCode area = d.womanId().isPresent()
                    ? Optional.ofNullable(women.get(d.womanId().get())).map(Woman::areaCode).orElse(null) : d.areaCode().orElseThrow();
            if (area != null) {
                own.computeIfAbsent(area, a -> new long[Count.values().length])[distributed.get(d.method().code()).ordinal()] += d.quantity();
            }
        });
        for (Woman w : women.values()) {
            dynamics(own.computeIfAbsent(w.areaCode(), a -> new long[Count.values().length]), period,
                    episodes.getOrDefault(w.id(), List.of()), pregnancies.getOrDefault(w.id(), List.of()),
                    births.getOrDefault(w.id(), List.of()), procedures.getOrDefault(w.id(), List.of()));
        }
        for (Household h : register.households().collect(Collectors.toList())) {
            List<Birth> children = women.values().stream().filter(w -> w.householdId().equals(Optional.of(h.id())))
                    .flatMap(w -> births.getOrDefault(w.id(), List.of()).stream())
                    .filter(b -> b.outcome() == BirthOutcome.LIVE && !b.birthDate().isAfter(r)).collect(Collectors.toList());
            long sons = children.stream().filter(b -> b.sex() == Sex.MALE).count();
            long[] c = own.computeIfAbsent(h.areaCode(), a -> new long[Count.values().length]);
            if (children.size() == 1) {
                c[Count.ONE_CHILD_HOUSEHOLDS.ordinal()]++;
                if (sons == 1) {
                    c[Count.ONLY_SON_HOUSEHOLDS.ordinal()]++;
                }
            } else if (children.size() == 2 && sons == 0) {
                c[Count.TWO_DAUGHTER_HOUSEHOLDS.ordinal()]++;
            }
        }
        return own;
    }

    /**
     * Section 6.8, HEALTH_CHECK_COVERAGE_DUE: whether the woman is due on r (an IUD check, a
     * pregnancy check, a follow-up) and whether a check of a kind she is due answers it. A
     * delivery or termination within 30 days is read from all three tables that record one: a
     * pregnancy's outcome, a birth (live or stillborn), an abortion procedure.
     */
    private static void dueCheck(Woman w, List<ContraceptiveEpisode> episodes, List<Pregnancy> pregnancies, List<Birth> births,
            List<Procedure> procedures, List<HealthCheck> checks, ReportingPeriod period, long[] c) {
        LocalDate r = period.referenceDate();
        int age = age(w.birthDate(), r);
        if (age < 15 || age > 49) {
            return;
        }
        boolean married = w.maritalStatus() == MaritalStatus.MARRIED || w.maritalStatus() == MaritalStatus.REMARRIED;
        List<ContraceptiveEpisode> inUse = episodes.stream()
                .filter(e -> !e.startDate().isAfter(r) && (e.endDate().isEmpty() || !e.endDate().get().isBefore(r)))
                .collect(Collectors.toList());
        boolean iud = married && inUse.stream().anyMatch(e -> e.method() == ContraceptiveMethod.IUD);
        boolean sterilised = inUse.stream().anyMatch(e -> (e.method() == ContraceptiveMethod.FEMALE_STERILIZATION
                || e.method() == ContraceptiveMethod.MALE_STERILIZATION) && age(e.startDate(), r.minusDays(1)) >= 1);
        boolean pregnant = pregnancies.stream().anyMatch(p -> !p.startDate().isAfter(r)
                && (p.outcome() == PregnancyOutcome.ONGOING || p.outcomeDate().orElseThrow().isAfter(r)));
        List<LocalDate> deliveriesAndTerminations = new ArrayList<>();
        pregnancies.stream().filter(p -> p.outcome() != PregnancyOutcome.ONGOING)
                .forEach(p -> deliveriesAndTerminations.add(p.outcomeDate().get()));
        births.forEach(b -> deliveriesAndTerminations.add(b.birthDate()));
        procedures.stream().filter(p -> p.type() == ProcedureType.INDUCED_ABORTION || p.type() == ProcedureType.MID_TERM_INDUCTION)
                .forEach(p -> deliveriesAndTerminations.add(p.date()));
        boolean recentOutcome = deliveriesAndTerminations.stream().map(d -> ChronoUnit.DAYS.between(d, r))
                .anyMatch(days -> days >= 0 && days <= 30);
        boolean pregnancyCheck = married && !pregnant && !sterilised && !recentOutcome;
        Optional<LocalDate> followUp = procedures.stream()
                .filter(p -> p.type() == ProcedureType.IUD_INSERTION || p.type() == ProcedureType.IUD_REMOVAL
                        || p.type() == ProcedureType.IMPLANT_INSERTION)
                .map(Procedure::date).filter(d -> {
                    long days = ChronoUnit.DAYS.between(d, r);
                    return days >= 30 && days <= 60;
                }).min(LocalDate::compareTo);
        if (!iud && !pregnancyCheck && followUp.isEmpty()) {
            return;
        }
        c[Count.DUE_WOMEN.ordinal()]++;
        List<HealthCheck> inP = checks.stream().filter(h -> period.contains(h.date())).collect(Collectors.toList());
        boolean checked = iud && inP.stream().anyMatch(h -> h.kind() == HealthCheckKind.IUD_CHECK)
                || pregnancyCheck && inP.stream().anyMatch(h -> h.kind() == HealthCheckKind.PREGNANCY_CHECK)
                || followUp.isPresent() && inP.stream().anyMatch(h -> h.kind() != HealthCheckKind.PRE_PREGNANCY
                        && !h.date().isBefore(followUp.get()));
        if (checked) {
            c[Count.DUE_WOMEN_CHECKED.ordinal()]++;
        }
    }

    /**
     * Contraceptive dynamics (docs/INDICATORS.md, "Contraceptive dynamics"): one woman's cohort
     * episodes by exit and month of use, their switches, and her deliveries' and abortions' uptake.
     */
    private static void dynamics(long[] c, ReportingPeriod period, List<ContraceptiveEpisode> episodes, List<Pregnancy> pregnancies,
            List<Birth> births, List<Procedure> procedures) {
        LocalDate r = period.referenceDate();
        LocalDate cohortFrom = period.start().minusMonths(12);
        // An episode repeated row for row is one episode.
        for (ContraceptiveEpisode e : new java.util.LinkedHashSet<>(episodes)) {
            if (sterilisation(e.method()) || e.startDate().isBefore(cohortFrom) || !e.startDate().isBefore(period.start())) {
                continue;
            }
            String m = e.method().name();
            c[Count.valueOf("COHORT_EPISODES_" + m).ordinal()]++;
            boolean ended = e.endDate().isPresent() && !e.endDate().get().isAfter(r);
            LocalDate last = ended ? e.endDate().get() : r;
            Optional<LocalDate> failure = pregnancies.stream().map(Pregnancy::startDate)
                    .filter(d -> !d.isBefore(e.startDate()) && !d.isAfter(last)).min(LocalDate::compareTo);
            long month = ChronoUnit.MONTHS.between(e.startDate(), failure.orElse(last)) + 1;
            if (month > 12) {
                continue;
            }
            String exit = failure.isPresent() ? "FAILED" : ended ? "DISCONTINUED" : "CENSORED";
            c[Count.valueOf(exit + "_" + m + String.format("_M%02d", month)).ordinal()]++;
            if (exit.equals("DISCONTINUED") && !last.plusDays(30).isAfter(r)) {
                c[Count.valueOf("SWITCH_OBSERVED_" + m).ordinal()]++;
                if (episodes.stream().anyMatch(f -> f.method() != e.method() && f.startDate().isAfter(e.startDate())
                        && Math.abs(ChronoUnit.DAYS.between(last, f.startDate())) <= 30)) {
                    c[Count.valueOf("SWITCHED_" + m).ordinal()]++;
                }
            }
        }
        Set<LocalDate> deliveries = births.stream().map(Birth::birthDate).collect(Collectors.toCollection(TreeSet::new));
        Set<LocalDate> abortions = pregnancies.stream().filter(p -> Set.of(PregnancyOutcome.INDUCED_ABORTION,
                PregnancyOutcome.MID_TERM_INDUCTION, PregnancyOutcome.MISCARRIAGE).contains(p.outcome()))
                .map(p -> p.outcomeDate().orElseThrow()).collect(Collectors.toCollection(TreeSet::new));
        for (boolean delivery : new boolean[] {true, false}) {
            String kind = delivery ? "POSTPARTUM" : "POSTABORTION";
            for (LocalDate o : delivery ? deliveries : abortions) {
                boolean sterilised = episodes.stream().anyMatch(e -> sterilisation(e.method()) && e.startDate().isBefore(o))
                        || procedures.stream().anyMatch(p -> p.type().isSterilization() && p.date().isBefore(o));
                if (sterilised) {
                    continue;
                }
                if (period.contains(o) && !o.plusDays(42).isAfter(r)) {
                    c[Count.valueOf(kind + "_42D_OUTCOMES").ordinal()]++;
                    if (uptake(o, o.plusDays(42), episodes, procedures)) {
                        c[Count.valueOf(kind + "_42D_UPTAKES").ordinal()]++;
                    }
                }
                if (period.contains(o.plusMonths(12))) {
                    c[Count.valueOf(kind + "_12M_OUTCOMES").ordinal()]++;
                    if (uptake(o, o.plusMonths(12), episodes, procedures)) {
                        c[Count.valueOf(kind + "_12M_UPTAKES").ordinal()]++;
                    }
                }
            }
        }
    }

    /** @return true if a modern method's episode or an IUD, implant or sterilisation procedure starts in [from, until] */
    private static boolean uptake(LocalDate from, LocalDate until, List<ContraceptiveEpisode> episodes, List<Procedure> procedures) {
        return episodes.stream().anyMatch(e -> e.method() != ContraceptiveMethod.TRADITIONAL && !e.startDate().isBefore(from)
                && !e.startDate().isAfter(until))
                || procedures.stream().anyMatch(p -> Set.of(ProcedureType.IUD_INSERTION, ProcedureType.IMPLANT_INSERTION,
                        ProcedureType.FEMALE_STERILIZATION, ProcedureType.MALE_STERILIZATION).contains(p.type())
                        && !p.date().isBefore(from) && !p.date().isAfter(until));
    }

    private static boolean sterilisation(ContraceptiveMethod method) {
        return method == ContraceptiveMethod.FEMALE_STERILIZATION || method == ContraceptiveMethod.MALE_STERILIZATION;
    }

    /**
     * docs/INDICATORS.md 6.2, policy regimes, written apart from fp-indicators' policy package: the
     * limit in force on the birth's day (1, and 2 with a permit, before 2016-01-01; 2 from
     * then; 3 from 2021-05-31), and the mother's marriage at the birth as yes, no or not known
     * (null). Out if a condition is known broken, unknown if one is not known, else in.
     */
    private static PolicyStatus chinasRules(Birth b, Woman mother) {
        LocalDate day = b.birthDate();
        Boolean married;
        if (mother.maritalStatus() == MaritalStatus.UNMARRIED) {
            married = false;
        } else if (mother.maritalStatus() == MaritalStatus.MARRIED && mother.marriageDate().isPresent()) {
            married = !mother.marriageDate().get().isAfter(day);
        } else if (mother.maritalStatus() == MaritalStatus.REMARRIED && mother.marriageDate().isPresent()
                && !mother.marriageDate().get().isAfter(day)) {
            married = true;
        } else {
            married = null;
        }
        int order = b.birthOrder().getAsInt();
        boolean oneChild = day.isBefore(LocalDate.of(2016, 1, 1));
        int limit = oneChild ? 1 : day.isBefore(LocalDate.of(2021, 5, 31)) ? 2 : 3;
        Boolean allowed = order <= limit ? Boolean.TRUE : oneChild && order == 2 ? b.birthPermit().orElse(null) : Boolean.FALSE;
        if (Boolean.FALSE.equals(married) || Boolean.FALSE.equals(allowed)) {
            return PolicyStatus.OUT;
        }
        return married == null || allowed == null ? PolicyStatus.UNKNOWN : PolicyStatus.IN;
    }

    /** @return the completed years from {@code birth} to {@code date}, negative before the birth */
    private static int age(LocalDate birth, LocalDate date) {
        return date.isBefore(birth) ? -1 : Period.between(birth, date).getYears();
    }

    /** @return the name of the five-year group of an age 15 to 49, for example {@code 20_24} */
    private static String group(int age) {
        int lower = age - age % 5;
        return lower + "_" + (lower + 4);
    }
}
