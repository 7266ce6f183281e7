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
package io.github.fpkit.model.register;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An in-memory register: every record of every table, indexed by the ids that join them
 * (a woman's births and episodes, a household's women), and checked by {@link #check()}
 * against the referential rules of the register format. What the records mean for the
 * indicators (parity, the method in use, a household's children) is defined once, by
 * fp-indicators' catalogue and its per-record rules, not here.
 *
 * <pre>{@code
 * Register register = Register.builder()
 *     .add(woman)
 *     .add(birth)
 *     .build();
 * register.birthsOf("W000001");
 * List<Finding> problems = register.check();
 * }</pre>
 *
 * <p>Construction never throws on inconsistent records (an unknown mother, a duplicate
 * id): they are kept and reported by {@link #check()}. For registers larger than
 * memory, use a streaming {@link RegisterSource} instead. Immutable and thread-safe.
 */
public final class Register implements RegisterSource {
    private static final Comparator<Birth> BY_DATE_THEN_ORDER = Comparator.comparing(Birth::birthDate)
            .thenComparingInt(b -> b.birthOrder().orElse(Integer.MAX_VALUE));

    private final Set<RegisterTable> tables;
    private final List<Area> areas;
    private final List<PopulationCount> populationCounts;
    private final List<Woman> women;
    private final List<Birth> births;
    private final List<Death> deaths;
    private final List<ContraceptiveEpisode> episodes;
    private final List<Pregnancy> pregnancies;
    private final List<Procedure> procedures;
    private final List<HealthCheck> healthChecks;
    private final List<Household> households;
    private final List<Distribution> distributions;

    private final Map<String, Woman> womanById;
    private final Map<String, List<Birth>> birthsByMother;
    private final Map<String, List<ContraceptiveEpisode>> episodesByWoman;
    private final Map<String, List<Woman>> womenByHousehold;

    private Register(Builder b) {
        this.tables = Collections.unmodifiableSet(EnumSet.copyOf(b.tables));
        this.areas = List.copyOf(b.areas);
        this.populationCounts = List.copyOf(b.populationCounts);
        this.women = List.copyOf(b.women);
        this.births = List.copyOf(b.births);
        this.deaths = List.copyOf(b.deaths);
        this.episodes = List.copyOf(b.episodes);
        this.pregnancies = List.copyOf(b.pregnancies);
        this.procedures = List.copyOf(b.procedures);
        this.healthChecks = List.copyOf(b.healthChecks);
        this.households = List.copyOf(b.households);
        this.distributions = List.copyOf(b.distributions);

        Map<String, Woman> byId = new HashMap<>();
        for (Woman w : women) {
            byId.putIfAbsent(w.id(), w);
        }
        this.womanById = byId;
        this.birthsByMother = births.stream().collect(Collectors.groupingBy(Birth::motherId,
                Collectors.collectingAndThen(Collectors.toList(), list -> {
                    list.sort(BY_DATE_THEN_ORDER);
                    return List.copyOf(list);
                })));
        this.episodesByWoman = episodes.stream().collect(Collectors.groupingBy(ContraceptiveEpisode::womanId,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
        this.womenByHousehold = women.stream().filter(w -> w.householdId().isPresent())
                .collect(Collectors.groupingBy(w -> w.householdId().get(),
                        Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads every table of a streaming source into memory.
     *
     * @param source the source, not null; each of its streams is opened once and closed
     * @return the register, with the same tables as the source
     */
    public static Register copyOf(RegisterSource source) {
        Objects.requireNonNull(source, "source");
        Builder b = builder();
        source.tables().forEach(b::withTable);
        try (Stream<Area> s = source.areas()) {
            s.forEach(b::add);
        }
        try (Stream<PopulationCount> s = source.populationCounts()) {
            s.forEach(b::add);
        }
        try (Stream<Woman> s = source.women()) {
            s.forEach(b::add);
        }
        try (Stream<Birth> s = source.births()) {
            s.forEach(b::add);
        }
        try (Stream<Death> s = source.deaths()) {
            s.forEach(b::add);
        }
        try (Stream<ContraceptiveEpisode> s = source.contraceptiveEpisodes()) {
            s.forEach(b::add);
        }
        try (Stream<Pregnancy> s = source.pregnancies()) {
            s.forEach(b::add);
        }
        try (Stream<Procedure> s = source.procedures()) {
            s.forEach(b::add);
        }
        try (Stream<HealthCheck> s = source.healthChecks()) {
            s.forEach(b::add);
        }
        try (Stream<Household> s = source.households()) {
            s.forEach(b::add);
        }
        try (Stream<Distribution> s = source.distributions()) {
            s.forEach(b::add);
        }
        return b.build();
    }

    @Override
    public Set<RegisterTable> tables() {
        return tables;
    }

    @Override
    public Stream<Area> areas() {
        return areas.stream();
    }

    @Override
    public Stream<PopulationCount> populationCounts() {
        return populationCounts.stream();
    }

    @Override
    public Stream<Woman> women() {
        return women.stream();
    }

    @Override
    public Stream<Birth> births() {
        return births.stream();
    }

    @Override
    public Stream<Death> deaths() {
        return deaths.stream();
    }

    @Override
    public Stream<ContraceptiveEpisode> contraceptiveEpisodes() {
        return episodes.stream();
    }

    @Override
    public Stream<Pregnancy> pregnancies() {
        return pregnancies.stream();
    }

    @Override
    public Stream<Procedure> procedures() {
        return procedures.stream();
    }

    @Override
    public Stream<HealthCheck> healthChecks() {
        return healthChecks.stream();
    }

    @Override
    public Stream<Household> households() {
        return households.stream();
    }

    @Override
    public Stream<Distribution> distributions() {
        return distributions.stream();
    }

    /**
     * @param id a woman's id, not null
     * @return the woman with that id (the first, if the id is duplicated)
     */
    public Optional<Woman> woman(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(womanById.get(id));
    }

    /**
     * @param womanId a woman's id, not null
     * @return all her births, live and still, by date
     */
    public List<Birth> birthsOf(String womanId) {
        Objects.requireNonNull(womanId, "womanId");
        return birthsByMother.getOrDefault(womanId, List.of());
    }

    /**
     * @param womanId a woman's id, not null
     * @return her contraceptive episodes, in register order
     */
    public List<ContraceptiveEpisode> episodesOf(String womanId) {
        Objects.requireNonNull(womanId, "womanId");
        return episodesByWoman.getOrDefault(womanId, List.of());
    }

    /**
     * @param householdId a household's id, not null
     * @return the women whose household is this one, in register order
     */
    public List<Woman> womenOf(String householdId) {
        Objects.requireNonNull(householdId, "householdId");
        return womenByHousehold.getOrDefault(householdId, List.of());
    }

    /**
     * Checks the referential rules of the register format; never throws on bad records.
     * The rules, by id: {@code REF_DUPLICATE_ID}, {@code REF_DUPLICATE_RESIDENT_ID} (two
     * women with one resident identity number, a legacy 15-digit number and its 18-character
     * form counting as one; the message shows it masked), {@code REF_UNKNOWN_WOMAN},
     * {@code REF_UNKNOWN_AREA} (only when the register has {@code areas.csv}; of a distribution,
     * its {@code area_code} when it has one),
     * {@code REF_UNKNOWN_PARENT_AREA} (an area of {@code areas.csv} whose township or county,
     * by the code, is not in it), {@code REF_UNKNOWN_HOUSEHOLD} (a woman's {@code household_id}
     * not in {@code households.csv}, only when the register has that table),
     * {@code REF_MOTHER_AGE} (a birth before the mother's 10th birthday or after her 60th
     * birthday), {@code REF_DUPLICATE_POPULATION} (two population rows for one area and
     * period, which indicators would add), {@code REF_BIRTH_ORDER} (a mother's live-birth orders are not
     * 1, 2, 3, … in date order).
     *
     * @return the findings, in table order; empty if the register is consistent
     */
    public List<Finding> check() {
        return new ReferentialCheck(this).run();
    }

    List<Area> areaList() {
        return areas;
    }

    Set<AreaCode> areaCodes() {
        return areas.stream().map(Area::code).collect(Collectors.toSet());
    }

    /** Collects the records of a {@link Register}; not thread-safe. */
    public static final class Builder {
        private final EnumSet<RegisterTable> tables = EnumSet.of(RegisterTable.WOMEN);
        private final List<Area> areas = new ArrayList<>();
        private final List<PopulationCount> populationCounts = new ArrayList<>();
        private final List<Woman> women = new ArrayList<>();
        private final List<Birth> births = new ArrayList<>();
        private final List<Death> deaths = new ArrayList<>();
        private final List<ContraceptiveEpisode> episodes = new ArrayList<>();
        private final List<Pregnancy> pregnancies = new ArrayList<>();
        private final List<Procedure> procedures = new ArrayList<>();
        private final List<HealthCheck> healthChecks = new ArrayList<>();
        private final List<Household> households = new ArrayList<>();
        private final List<Distribution> distributions = new ArrayList<>();

        private Builder() {
        }

        /**
         * Declares that the register has a table even if it holds no record (an empty file).
         *
         * @param table the table, not null
         * @return this builder
         */
        public Builder withTable(RegisterTable table) {
            tables.add(Objects.requireNonNull(table, "table"));
            return this;
        }

        private <T> Builder add(List<T> list, RegisterTable table, T record) {
            list.add(Objects.requireNonNull(record, "record"));
            tables.add(table);
            return this;
        }

        /** @param area an area, not null @return this builder */
        public Builder add(Area area) {
            return add(areas, RegisterTable.AREAS, area);
        }

        /** @param count a population count, not null @return this builder */
        public Builder add(PopulationCount count) {
            return add(populationCounts, RegisterTable.POPULATION, count);
        }

        /** @param woman a woman, not null @return this builder */
        public Builder add(Woman woman) {
            return add(women, RegisterTable.WOMEN, woman);
        }

        /** @param birth a birth, not null @return this builder */
        public Builder add(Birth birth) {
            return add(births, RegisterTable.BIRTHS, birth);
        }

        /** @param death a death, not null @return this builder */
        public Builder add(Death death) {
            return add(deaths, RegisterTable.DEATHS, death);
        }

        /** @param episode a contraceptive episode, not null @return this builder */
        public Builder add(ContraceptiveEpisode episode) {
            return add(episodes, RegisterTable.CONTRACEPTION, episode);
        }

        /** @param pregnancy a pregnancy, not null @return this builder */
        public Builder add(Pregnancy pregnancy) {
            return add(pregnancies, RegisterTable.PREGNANCIES, pregnancy);
        }

        /** @param procedure a procedure, not null @return this builder */
        public Builder add(Procedure procedure) {
            return add(procedures, RegisterTable.PROCEDURES, procedure);
        }

        /** @param check a health check, not null @return this builder */
        public Builder add(HealthCheck check) {
            return add(healthChecks, RegisterTable.HEALTH_CHECKS, check);
        }

        /** @param household a household, not null @return this builder */
        public Builder add(Household household) {
            return add(households, RegisterTable.HOUSEHOLDS, household);
        }

        /** @param distribution a distribution of contraceptive commodities, not null @return this builder */
        public Builder add(Distribution distribution) {
            return add(distributions, RegisterTable.DISTRIBUTIONS, distribution);
        }

        /** @return the register */
        public Register build() {
            return new Register(this);
        }
    }
}
