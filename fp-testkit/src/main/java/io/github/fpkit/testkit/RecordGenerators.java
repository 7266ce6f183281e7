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
import static io.github.fpkit.testkit.Draws.flip;
import static io.github.fpkit.testkit.Draws.maybe;
import static io.github.fpkit.testkit.Draws.oneOf;
import static org.quicktheories.generators.SourceDSL.integers;
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
import io.github.fpkit.model.Residence;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.RecordKey;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of valid register records of every table, of registers of such
 * records (valid one by one, unrelated to each other) and of findings, engine-neutral
 * apart from the {@link Gen} interface: for round trips through readers and writers.
 * Text values include the characters that stress CSV: separators, quotes, line ends,
 * formula starts, apostrophes and Chinese.
 *
 * <pre>{@code
 * qt().forAll(RecordGenerators.registers()).checkAssert(register -> ...);
 * }</pre>
 */
public final class RecordGenerators {
    private static final String[] PIECES = {"a", "Z", "7", ",", "\"", "\n", "\r\n", "=", "+", "-", "@", "'", "\t", " ",
        "村", "第1乡", "W", "0"};
    private static final Gen<Integer> PIECE = integers().between(0, PIECES.length - 1);
    /** The first day of the years a register date may have (docs/FORMAT.md). */
    private static final long FIRST_REGISTER_DAY = LocalDate.of(1850, 1, 1).toEpochDay();

    private RecordGenerators() {
    }

    /** @return text of 1 to 8 pieces, possibly with surrounding whitespace */
    public static Gen<String> rawText() {
        return in -> {
            StringBuilder b = new StringBuilder();
            int n = between(in, 1, 8);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[PIECE.generate(in)]);
            }
            return b.toString();
        };
    }

    /** @return an id: not blank, no surrounding whitespace, otherwise any of the stressing characters */
    public static Gen<String> ids() {
        return rawText().map(t -> t.strip().equals(t) && !t.isBlank() ? t : "x" + t.strip() + "x");
    }

    /** @return a name: not blank, possibly with surrounding spaces */
    public static Gen<String> names() {
        return rawText().map(t -> t.isBlank() ? " 名" + t : t);
    }

    /** @return dates from 1900 to 2030, 29 Februaries included */
    public static Gen<LocalDate> dates() {
        return in -> LocalDate.ofEpochDay(between(in, (int) LocalDate.of(1900, 1, 1).toEpochDay(),
                (int) LocalDate.of(2030, 12, 31).toEpochDay()));
    }

    /** @return any date of the years 1 to 9999, every day equally likely */
    public static Gen<LocalDate> anyDates() {
        return longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** @return area codes of every level */
    public static Gen<AreaCode> areaCodes() {
        return in -> {
            long county = between(in, 110000, 659999) * 1_000_000L;
            int level = between(in, 0, 2);
            long township = level == 0 ? 0 : between(in, 1, 999) * 1_000L;
            long village = level == 2 ? between(in, 1, 999) : 0;
            return AreaCode.ofNumber(county + township + village);
        };
    }

    /** @return reporting periods of every notation */
    public static Gen<ReportingPeriod> periods() {
        return in -> {
            int year = between(in, 1990, 2030);
            switch (between(in, 0, 4)) {
                case 0:
                    return ReportingPeriod.statisticalYear(year);
                case 1:
                    return ReportingPeriod.calendarYear(year);
                case 2:
                    return ReportingPeriod.quarter(year, between(in, 1, 4));
                case 3:
                    return ReportingPeriod.month(java.time.YearMonth.of(year, between(in, 1, 12)));
                default:
                    LocalDate start = dates().generate(in);
                    return ReportingPeriod.ofClosed(start, start.plusDays(between(in, 0, 800)));
            }
        };
    }

    /** @return valid women, with and without resident identity numbers */
    public static Gen<Woman> women() {
        return in -> {
            LocalDate birth = dates().generate(in);
            Woman.Builder b = Woman.builder().id(ids().generate(in)).areaCode(areaCodes().generate(in)).birthDate(birth)
                    .maritalStatus(oneOf(in, MaritalStatus.values()));
            if (flip(in) && birth.getYear() >= 1900) {
                b.residentId(ResidentId.of(String.valueOf(between(in, 110000, 659999)), birth, between(in, 0, 499) * 2));
            }
            b.householdId(maybe(in, ids()));
            if (flip(in)) {
                b.marriageDate(birth.plusDays(between(in, 0, 20000)));
            }
            if (flip(in)) {
                b.residence(oneOf(in, Residence.values()));
            }
            return b.build();
        };
    }

    /** @return valid births, live ones with a birth order */
    public static Gen<Birth> births() {
        return in -> {
            LocalDate date = dates().generate(in);
            BirthOutcome outcome = oneOf(in, BirthOutcome.values());
            Birth.Builder b = Birth.builder().id(ids().generate(in)).motherId(ids().generate(in)).birthDate(date)
                    .sex(oneOf(in, Sex.values())).outcome(outcome).policy(oneOf(in, PolicyStatus.values()));
            if (outcome == BirthOutcome.LIVE || flip(in)) {
                b.birthOrder(between(in, 1, 9));
            }
            if (flip(in)) {
                b.birthPermit(flip(in));
            }
            if (flip(in)) {
                b.deathDate(date.plusDays(between(in, 0, 3000)));
            }
            return b.build();
        };
    }

    /** @return valid deaths */
    public static Gen<Death> deaths() {
        return in -> {
            LocalDate date = dates().generate(in);
            Death.Builder b = Death.builder().id(ids().generate(in)).areaCode(areaCodes().generate(in)).deathDate(date);
            if (flip(in)) {
                b.sex(oneOf(in, Sex.values()));
            }
            if (flip(in)) {
                // Up to about 110 years before, but not before 1850, the first year of a register date.
                b.birthDate(date.minusDays(between(in, 0, (int) Math.min(40000, date.toEpochDay() - FIRST_REGISTER_DAY))));
            }
            return b.build();
        };
    }

    /** @return valid contraceptive episodes */
    public static Gen<ContraceptiveEpisode> episodes() {
        return in -> {
            LocalDate start = dates().generate(in);
            ContraceptiveEpisode.Builder b = ContraceptiveEpisode.builder().womanId(ids().generate(in))
                    .method(oneOf(in, ContraceptiveMethod.values())).startDate(start);
            if (flip(in)) {
                b.endDate(start.plusDays(between(in, 0, 5000)));
            }
            return b.build();
        };
    }

    /** @return valid pregnancies */
    public static Gen<Pregnancy> pregnancies() {
        return in -> {
            LocalDate start = dates().generate(in);
            PregnancyOutcome outcome = oneOf(in, PregnancyOutcome.values());
            Pregnancy.Builder b = Pregnancy.builder().id(ids().generate(in)).womanId(ids().generate(in)).startDate(start)
                    .outcome(outcome);
            if (flip(in)) {
                b.planned(flip(in));
            }
            if (outcome != PregnancyOutcome.ONGOING || flip(in)) {
                b.outcomeDate(start.plusDays(between(in, -10, 300)));
            }
            return b.build();
        };
    }

    /** @return valid procedures */
    public static Gen<Procedure> procedures() {
        return in -> Procedure.of(ids().generate(in), oneOf(in, ProcedureType.values()), dates().generate(in));
    }

    /** @return valid health checks */
    public static Gen<HealthCheck> healthChecks() {
        return in -> HealthCheck.of(ids().generate(in), oneOf(in, HealthCheckKind.values()), dates().generate(in));
    }

    /** @return valid distributions: to a woman, in an area, or both */
    public static Gen<Distribution> distributions() {
        return in -> {
            Distribution.Builder b = Distribution.builder().date(dates().generate(in))
                    .method(oneOf(in, Distribution.METHODS.toArray(new ContraceptiveMethod[0])))
                    .quantity(integers().between(1, 1000).generate(in));
            int kind = integers().between(0, 2).generate(in);
            if (kind < 2) {
                b.womanId(ids().generate(in));
            }
            if (kind > 0) {
                b.areaCode(areaCodes().generate(in));
            }
            return b.build();
        };
    }

    /** @return valid households */
    public static Gen<Household> households() {
        return in -> {
            Household.Builder b = Household.builder().id(ids().generate(in)).areaCode(areaCodes().generate(in));
            if (flip(in)) {
                b.rural(flip(in));
            }
            b.fatherBirthDate(maybe(in, dates())).oneChildCertificateDate(maybe(in, dates()));
            return b.build();
        };
    }

    /** @return valid areas */
    public static Gen<Area> areas() {
        return in -> Area.of(areaCodes().generate(in), names().generate(in));
    }

    /** @return valid population counts: an average, start and end, or all three */
    public static Gen<PopulationCount> populationCounts() {
        return in -> {
            PopulationCount.Builder b = PopulationCount.builder().areaCode(areaCodes().generate(in)).period(periods().generate(in));
            int form = between(in, 0, 2);
            if (form != 1) {
                b.averagePopulation(between(in, 0, 1_000_000) / (double) between(in, 1, 8));
            }
            if (form != 0) {
                b.startPopulation(between(in, 0, 1_000_000)).endPopulation(between(in, 0, 1_000_000));
            }
            return b.build();
        };
    }

    private static <T> List<T> list(RandomnessSource in, Gen<T> gen, int max) {
        List<T> list = new ArrayList<>();
        int n = between(in, 0, max);
        for (int i = 0; i < n; i++) {
            list.add(gen.generate(in));
        }
        return list;
    }

    /**
     * @return registers with every table present, each of 0 to 6 valid records; in the
     *         tables with a {@link RecordKey}, each key once (the first record drawn), as a
     *         register read from files holds them
     */
    public static Gen<Register> registers() {
        return in -> {
            Register.Builder b = Register.builder();
            for (RegisterTable t : RegisterTable.values()) {
                b.withTable(t);
            }
            unique(RecordKey.AREAS, list(in, areas(), 6)).forEach(b::add);
            unique(RecordKey.POPULATION, list(in, populationCounts(), 6)).forEach(b::add);
            unique(RecordKey.WOMEN, list(in, women(), 6)).forEach(b::add);
            unique(RecordKey.BIRTHS, list(in, births(), 6)).forEach(b::add);
            unique(RecordKey.DEATHS, list(in, deaths(), 6)).forEach(b::add);
            list(in, episodes(), 6).forEach(b::add);
            unique(RecordKey.PREGNANCIES, list(in, pregnancies(), 6)).forEach(b::add);
            list(in, procedures(), 6).forEach(b::add);
            list(in, healthChecks(), 6).forEach(b::add);
            unique(RecordKey.HOUSEHOLDS, list(in, households(), 6)).forEach(b::add);
            list(in, distributions(), 6).forEach(b::add);
            return b.build();
        };
    }

    /** @return the records, each key's first only */
    private static <T> List<T> unique(RecordKey key, List<T> records) {
        Set<String> seen = new HashSet<>();
        return records.stream().filter(r -> seen.add(key.of(r))).collect(Collectors.toList());
    }

    /** @return findings, with and without a line */
    public static Gen<Finding> findings() {
        return in -> Finding.builder().rule(ids().generate(in)).severity(oneOf(in, Severity.values()))
                .table(oneOf(in, RegisterTable.values())).recordId(ids().generate(in)).field(maybe(in, ids()))
                .value(maybe(in, rawText())).message(names().generate(in))
                .line(flip(in) ? OptionalLong.of(between(in, 2, 1_000_000)) : OptionalLong.empty()).build();
    }
}
