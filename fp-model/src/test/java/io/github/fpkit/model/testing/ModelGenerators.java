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
package io.github.fpkit.model.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.Coded;
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
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The QuickTheories generators of fp-model's domain values, shared by every property test
 * of the module. Generated records are valid; registers from {@link #consistentRegisters()}
 * also satisfy every referential rule, those from {@link #arbitraryRegisters()} need not.
 *
 * <p>They stay here rather than in fp-testkit, the generators the other modules' tests
 * share: the kit depends on fp-model, so fp-model's tests cannot use it without a reactor
 * cycle. Only what fp-model's own tests need belongs here: the values, and the two kinds
 * of register its register tests check.
 */
public final class ModelGenerators {
    /** The earliest birth date the generated people have. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** The latest birth date the generated people have. */
    public static final LocalDate LATEST_BIRTH = LocalDate.of(2100, 12, 31);

    private ModelGenerators() {
    }

    /** The parts a resident identity number is made of, as given to {@link ResidentId#of}. */
    public record ResidentIdParts(String areaPrefix, LocalDate birthDate, int sequence) {
        /** @return the number built from the parts */
        public ResidentId toResidentId() {
            return ResidentId.of(areaPrefix, birthDate, sequence);
        }

        /** @return the legacy 15-digit spelling (two-digit year, no check character) */
        public String toLegacyNumber() {
            return areaPrefix + String.format("%02d%02d%02d%03d", birthDate.getYear() % 100,
                    birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
        }
    }

    /**
     * @param from the first date, included
     * @param to the last date, included
     * @return dates uniformly between the two
     */
    public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
        return longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Birth dates between {@link #EARLIEST_BIRTH} and {@link #LATEST_BIRTH}, one in five on
     * 29 February, the date whose birthdays are irregular.
     *
     * @return birth dates
     */
    public static Gen<LocalDate> birthDates() {
        Gen<LocalDate> leapDays = integers().between(EARLIEST_BIRTH.getYear() / 4, LATEST_BIRTH.getYear() / 4)
                .map(q -> q * 4)
                .assuming(Year::isLeap)
                .map(y -> LocalDate.of(y, 2, 29));
        return dates(EARLIEST_BIRTH, LATEST_BIRTH).mix(leapDays, 20);
    }

    /** @return six-digit area prefixes of resident identity numbers, leading zeros included */
    public static Gen<String> areaPrefixes() {
        return integers().between(0, 999_999).map(n -> String.format("%06d", n));
    }

    /** @return the parts of resident identity numbers, birth dates from 1800 to 2199 */
    public static Gen<ResidentIdParts> residentIdParts() {
        return areaPrefixes().zip(dates(LocalDate.of(1800, 1, 1), LocalDate.of(2199, 12, 31)),
                integers().between(0, 999), ResidentIdParts::new);
    }

    /** @return the parts of resident identity numbers that have a legacy 15-digit spelling (born in the 1900s) */
    public static Gen<ResidentIdParts> legacyResidentIdParts() {
        return areaPrefixes().zip(dates(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31)),
                integers().between(0, 999), ResidentIdParts::new);
    }

    /** @return valid resident identity numbers */
    public static Gen<ResidentId> residentIds() {
        return residentIdParts().map(ResidentIdParts::toResidentId);
    }

    /** @return the county parts (first six digits) of area codes, never 000000 */
    public static Gen<Long> countyParts() {
        return longs().between(1, 999_999);
    }

    /** @return county codes {@code CCCCCC000000} */
    public static Gen<AreaCode> counties() {
        return countyParts().map(c -> AreaCode.ofNumber(c * 1_000_000L));
    }

    /** @return township codes {@code CCCCCCTTT000}, township part 001 to 999 */
    public static Gen<AreaCode> townships() {
        return countyParts().zip(integers().between(1, 999), (c, t) -> AreaCode.ofNumber(c * 1_000_000L + t * 1_000L));
    }

    /**
     * Village codes {@code CCCCCCTTTVVV}, village part 001 to 999; one in ten directly under
     * the county (township part 000), which real registers occasionally contain.
     *
     * @return village codes
     */
    public static Gen<AreaCode> villages() {
        return countyParts().zip(integers().between(1, 999).mix(Generate.constant(0), 10), integers().between(1, 999),
                (c, t, v) -> AreaCode.ofNumber(c * 1_000_000L + t * 1_000L + v));
    }

    /**
     * Texts of twelve digits, each of the county, township and village parts all zeros one
     * time in three, so that codes at every level and malformed ones (zero county part,
     * all zeros) are common.
     *
     * @return twelve-digit texts
     */
    public static Gen<String> twelveDigitTexts() {
        Gen<Integer> county = integers().between(0, 999_999).mix(Generate.constant(0), 33);
        Gen<Integer> part = integers().between(0, 999).mix(Generate.constant(0), 33);
        return county.zip(part, part, (c, t, v) -> String.format("%06d%03d%03d", c, t, v));
    }

    /** @return area codes of every level */
    public static Gen<AreaCode> areaCodes() {
        return Generate.oneOf(counties(), townships(), villages());
    }

    /**
     * Area codes of every level drawn from one small hierarchy, so that pairs of them are
     * often related: counties 990101 and 990102, townships 001 and 002, villages 001 and 002.
     *
     * @return codes of one small hierarchy
     */
    public static Gen<AreaCode> relatedAreaCodes() {
        return integers().between(1, 2).zip(integers().between(0, 2), integers().between(0, 2),
                (c, t, v) -> AreaCode.ofNumber((990_100 + c) * 1_000_000L + t * 1_000L + v));
    }

    /**
     * Reporting periods made by every factory: calendar years, quarters, months,
     * statistical years and half-years, and arbitrary closed ranges, within the years 1000 to
     * 9999 that the four-digit notations can name.
     *
     * @return reporting periods
     */
    public static Gen<ReportingPeriod> reportingPeriods() {
        Gen<Integer> years = integers().between(1001, 9998);
        Gen<ReportingPeriod> ranges = dates(LocalDate.of(1001, 1, 1), LocalDate.of(9996, 12, 31))
                .zip(integers().between(0, 800), (start, days) -> ReportingPeriod.ofClosed(start, start.plusDays(days)));
        return Generate.oneOf(
                years.map(ReportingPeriod::calendarYear),
                years.zip(integers().between(1, 4), ReportingPeriod::quarter),
                years.zip(integers().between(1, 12), (y, m) -> ReportingPeriod.month(YearMonth.of(y, m))),
                years.map(ReportingPeriod::statisticalYear),
                years.map(ReportingPeriod::statisticalHalfYear),
                ranges);
    }

    /**
     * Period texts in their canonical notation, one generator per notation: {@code 2009},
     * {@code 2009Q1}, {@code 2009-03}, {@code 2009SY}, {@code 2009SH}, and ISO intervals
     * starting on day 2 to 28 of a month (so that they never denote a named period).
     *
     * @return canonical period texts
     */
    public static Gen<String> canonicalPeriodTexts() {
        Gen<Integer> years = integers().between(1001, 9998);
        Gen<String> intervals = dates(LocalDate.of(1001, 1, 1), LocalDate.of(9996, 12, 31))
                .zip(integers().between(2, 28), integers().between(0, 800), (d, day, days) -> {
                    LocalDate start = d.withDayOfMonth(day);
                    return start + "/" + start.plusDays(days);
                });
        return Generate.oneOf(
                years.map(y -> Integer.toString(y)),
                years.zip(integers().between(1, 4), (y, q) -> y + "Q" + q),
                years.zip(integers().between(1, 12), (y, m) -> String.format("%d-%02d", y, m)),
                years.map(y -> y + "SY"),
                years.map(y -> y + "SH"),
                intervals);
    }

    /**
     * Every accepted spelling of the constants of a coded enumeration: the code or one of the
     * labels, in random letter case, padded with random spaces, tabs and line ends.
     *
     * @param <E> the enumeration
     * @param type the enumeration's class
     * @param labels the accepted labels of a constant, besides its code
     * @return pairs of a constant and one spelling of it
     */
    public static <E extends Enum<E> & Coded> Gen<Spelling<E>> spellings(Class<E> type,
            Function<E, List<String>> labels) {
        Gen<String> padding = integers().between(0, 3).zip(Generate.pick(List.of(" ", "\t", "\n", "\r\n")), (n, s) -> s.repeat(n));
        return in -> {
            E constant = Generate.enumValues(type).generate(in);
            List<String> texts = new ArrayList<>();
            texts.add(constant.code());
            texts.addAll(labels.apply(constant));
            String text = Generate.pick(texts).generate(in);
            StringBuilder mixed = new StringBuilder();
            for (char c : text.toCharArray()) {
                mixed.append(booleans().all().generate(in) ? Character.toUpperCase(c) : c);
            }
            return new Spelling<>(constant, padding.generate(in) + mixed + padding.generate(in));
        };
    }

    /**
     * A constant of a coded enumeration and one way of writing it.
     *
     * @param <E> the enumeration
     */
    public record Spelling<E>(E constant, String text) {
    }

    /**
     * Registers whose records satisfy every referential rule of the register format:
     * unique ids, known women and areas, mothers aged 15 to 45 at each birth, live-birth
     * orders 1, 2, 3, … in date order.
     *
     * @return consistent registers
     */
    public static Gen<Register> consistentRegisters() {
        return in -> {
            Register.Builder register = Register.builder();
            boolean withAreas = booleans().all().generate(in);
            List<AreaCode> villages = List.of(AreaCode.of("990101001001"), AreaCode.of("990101001002"),
                    AreaCode.of("990101002001"));
            if (withAreas) {
                register.add(Area.of(AreaCode.of("990101000000"), "county"));
                register.add(Area.of(AreaCode.of("990101001000"), "township 1"));
                register.add(Area.of(AreaCode.of("990101002000"), "township 2"));
                villages.forEach(v -> register.add(Area.of(v, "village " + v)));
            }
            Gen<AreaCode> areas = Generate.pick(villages);
            int householdCount = integers().between(0, 3).generate(in);
            for (int h = 1; h <= householdCount; h++) {
                register.add(Household.builder().id("H" + h).areaCode(areas.generate(in))
                        .rural(booleans().all().generate(in)).build());
            }
            int womanCount = integers().between(0, 8).generate(in);
            for (int w = 1; w <= womanCount; w++) {
                addWoman(register, w, householdCount, areas, in);
            }
            int deathCount = integers().between(0, 3).generate(in);
            for (int d = 1; d <= deathCount; d++) {
                LocalDate date = dates(LocalDate.of(1990, 1, 1), LocalDate.of(2020, 12, 31)).generate(in);
                register.add(Death.builder().id("D" + d).areaCode(areas.generate(in)).deathDate(date)
                        .sex(Generate.enumValues(Sex.class).generate(in)).birthDate(date.minusYears(70)).build());
            }
            int distributionCount = integers().between(0, 3).generate(in);
            for (int d = 1; d <= distributionCount; d++) {
                Distribution.Builder distribution = Distribution.builder()
                        .date(dates(LocalDate.of(1990, 1, 1), LocalDate.of(2020, 12, 31)).generate(in))
                        .method(Generate.pick(List.copyOf(Distribution.METHODS)).generate(in))
                        .quantity(integers().between(1, 200).generate(in));
                // A distribution names a woman of the register, an area, or both.
                if (womanCount > 0 && booleans().all().generate(in)) {
                    distribution.womanId("W" + integers().between(1, womanCount).generate(in));
                } else {
                    distribution.areaCode(areas.generate(in));
                }
                register.add(distribution.build());
            }
            if (withAreas && booleans().all().generate(in)) {
                register.add(PopulationCount.builder().areaCode(villages.get(0))
                        .period(ReportingPeriod.statisticalYear(2009)).startPopulation(500).endPopulation(520).build());
            }
            return register.build();
        };
    }

    /** Adds woman {@code W<number>}; her resident id, if any, has sequence {@code 2 * number}, unique in the register. */
    private static void addWoman(Register.Builder register, int number, int householdCount, Gen<AreaCode> areas,
            RandomnessSource in) {
        String id = "W" + number;
        LocalDate birth = dates(LocalDate.of(1950, 1, 1), LocalDate.of(1995, 12, 31)).generate(in);
        MaritalStatus status = Generate.enumValues(MaritalStatus.class).generate(in);
        Woman.Builder woman = Woman.builder().id(id).areaCode(areas.generate(in)).birthDate(birth)
                .maritalStatus(status).residence(Generate.enumValues(Residence.class).generate(in));
        if (householdCount > 0) {
            woman.householdId("H" + integers().between(1, householdCount).generate(in));
        }
        if (status != MaritalStatus.UNMARRIED) {
            woman.marriageDate(birth.plusYears(20));
        }
        if (booleans().all().generate(in)) {
            woman.residentId(ResidentId.of("990101", birth, 2 * number));
        }
        register.add(woman.build());

        // Births one to three years apart from age 15 keep every mother within 15 to 45.
        int birthCount = integers().between(0, 4).generate(in);
        LocalDate date = birth.plusYears(15);
        int order = 0;
        for (int b = 1; b <= birthCount; b++) {
            date = date.plusDays(integers().between(365, 3 * 365).generate(in));
            boolean live = integers().between(1, 6).generate(in) > 1;
            Birth.Builder record = Birth.builder().id(id + "-B" + b).motherId(id).birthDate(date)
                    .sex(Generate.enumValues(Sex.class).generate(in))
                    .policy(Generate.enumValues(PolicyStatus.class).generate(in))
                    .outcome(live ? BirthOutcome.LIVE : BirthOutcome.STILLBIRTH);
            if (live) {
                record.birthOrder(++order);
            }
            register.add(record.build());
        }

        int episodeCount = integers().between(0, 3).generate(in);
        for (int e = 0; e < episodeCount; e++) {
            LocalDate start = dates(birth.plusYears(16), birth.plusYears(45)).generate(in);
            ContraceptiveEpisode.Builder episode = ContraceptiveEpisode.builder().womanId(id)
                    .method(Generate.enumValues(ContraceptiveMethod.class).generate(in)).startDate(start);
            if (booleans().all().generate(in)) {
                episode.endDate(start.plusDays(integers().between(0, 3000).generate(in)));
            }
            register.add(episode.build());
        }

        int pregnancyCount = integers().between(0, 2).generate(in);
        for (int p = 1; p <= pregnancyCount; p++) {
            LocalDate start = dates(birth.plusYears(16), birth.plusYears(45)).generate(in);
            PregnancyOutcome outcome = Generate.enumValues(PregnancyOutcome.class).generate(in);
            Pregnancy.Builder pregnancy = Pregnancy.builder().id(id + "-P" + p).womanId(id).startDate(start)
                    .outcome(outcome);
            if (outcome != PregnancyOutcome.ONGOING) {
                pregnancy.outcomeDate(start.plusDays(integers().between(30, 290).generate(in)));
            }
            Optional<Boolean> planned = booleans().all().toOptionals(30).generate(in);
            planned.ifPresent(pregnancy::planned);
            register.add(pregnancy.build());
        }

        if (booleans().all().generate(in)) {
            register.add(Procedure.of(id, Generate.enumValues(ProcedureType.class).generate(in),
                    dates(birth.plusYears(16), birth.plusYears(45)).generate(in)));
        }
        if (booleans().all().generate(in)) {
            register.add(HealthCheck.of(id, Generate.enumValues(HealthCheckKind.class).generate(in),
                    dates(birth.plusYears(16), birth.plusYears(45)).generate(in)));
        }
    }

    /**
     * Registers of valid records that may break any referential rule: ids drawn from a small
     * pool (so duplicates and unknown women are common), mothers of any age, birth orders
     * in any sequence, areas.csv present or not and incomplete, households that are not there.
     *
     * @return possibly inconsistent registers
     */
    public static Gen<Register> arbitraryRegisters() {
        Gen<String> womanIds = integers().between(1, 6).map(n -> "W" + n);
        Gen<LocalDate> dates = dates(LocalDate.of(1940, 1, 1), LocalDate.of(2030, 12, 31));
        // A small pool, a legacy 15-digit number and its 18-character form included, so that women share numbers.
        Gen<Optional<ResidentId>> residentIds = Generate.pick(List.of("11010519491231002X", "440524188001010014",
                "340524800101001", "34052419800101001X")).map(ResidentId::parse).toOptionals(40);
        // H4 is never a household's id: a woman of it names a household households.csv lacks.
        Gen<Optional<String>> householdIds = integers().between(1, 4).map(n -> "H" + n).toOptionals(30);
        return in -> {
            Register.Builder register = Register.builder();
            if (booleans().all().generate(in)) {
                register.withTable(RegisterTable.AREAS);
                int areaCount = integers().between(0, 4).generate(in);
                for (int a = 0; a < areaCount; a++) {
                    register.add(Area.of(relatedAreaCodes().generate(in), "area"));
                }
            }
            int womanCount = integers().between(0, 6).generate(in);
            for (int w = 0; w < womanCount; w++) {
                register.add(Woman.builder().id(womanIds.generate(in)).areaCode(relatedAreaCodes().generate(in))
                        .birthDate(dates.generate(in)).maritalStatus(MaritalStatus.MARRIED)
                        .residentId(residentIds.generate(in)).householdId(householdIds.generate(in)).build());
            }
            int birthCount = integers().between(0, 8).generate(in);
            for (int b = 0; b < birthCount; b++) {
                boolean live = booleans().all().generate(in);
                Birth.Builder birth = Birth.builder().id("B" + integers().between(1, 6).generate(in))
                        .motherId(womanIds.generate(in)).birthDate(dates.generate(in)).sex(Sex.FEMALE)
                        .outcome(live ? BirthOutcome.LIVE : BirthOutcome.STILLBIRTH);
                if (live || booleans().all().generate(in)) {
                    birth.birthOrder(integers().between(1, 4).generate(in));
                }
                register.add(birth.build());
            }
            int eventCount = integers().between(0, 4).generate(in);
            for (int e = 0; e < eventCount; e++) {
                LocalDate date = dates.generate(in);
                register.add(ContraceptiveEpisode.builder().womanId(womanIds.generate(in))
                        .method(ContraceptiveMethod.IUD).startDate(date).build());
                register.add(Pregnancy.builder().id("P" + integers().between(1, 3).generate(in))
                        .womanId(womanIds.generate(in)).startDate(date).build());
                register.add(Procedure.of(womanIds.generate(in), ProcedureType.IUD_INSERTION, date));
                register.add(HealthCheck.of(womanIds.generate(in), HealthCheckKind.IUD_CHECK, date));
                register.add(Death.builder().id("D" + integers().between(1, 3).generate(in))
                        .areaCode(relatedAreaCodes().generate(in)).deathDate(date).build());
                register.add(Household.builder().id("H" + integers().between(1, 3).generate(in))
                        .areaCode(relatedAreaCodes().generate(in)).build());
                Distribution.Builder distribution = Distribution.builder().date(date).method(ContraceptiveMethod.CONDOM).quantity(10);
                if (booleans().all().generate(in)) {
                    distribution.womanId(womanIds.generate(in));
                }
                if (booleans().all().generate(in)) {
                    distribution.areaCode(relatedAreaCodes().generate(in));
                } else if (booleans().all().generate(in)) {
                    distribution.womanId(womanIds.generate(in));
                } else {
                    distribution.areaCode(relatedAreaCodes().generate(in));
                }
                register.add(distribution.build());
            }
            return register.build();
        };
    }
}
