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
package io.github.fpkit.indicators.duelist;

import io.github.fpkit.indicators.engine.PeriodDays;
import io.github.fpkit.indicators.engine.RecordRules;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The women due for a check on a date (应检名单), by the national grassroots WIS
 * service-guidance convention (2005), grouped by area (her {@code area_code}, usually a
 * village): an IUD check, a pregnancy check, a follow-up after a procedure
 * ({@link DueReason}). The rules are those of the indicator HEALTH_CHECK_COVERAGE_DUE, in
 * the engine's per-record rules for both: on its period's reference date, the women of the list are that
 * indicator's denominator.
 *
 * <pre>{@code
 * DueList due = DueList.of(register, LocalDate.of(2009, 9, 30), AreaCode.of("990101001000"));
 * due.size();                              // women due in the township
 * due.byArea().get(AreaCode.of("990101001001")).get(0).reasons();   // [iud_check, pregnancy_check]
 * due.count(DueReason.FOLLOW_UP);          // women due for a follow-up
 * }</pre>
 *
 * <p>The source is read once, table by table; only the women of the area are held, with
 * what the rules need of them. Of women with the same id the first counts; episodes,
 * pregnancies, procedures and births of women not in the register or not in the area are
 * skipped. {@code births.csv} is read if the register has it (a delivery recorded there only
 * exempts its mother from the pregnancy check as a pregnancy's outcome does) and is not
 * needed: without it the deliveries are those of {@code pregnancies.csv}.
 * The order is stable: areas by code, the women of an area by id ({@link String#compareTo}).
 * Immutable and thread-safe.
 */
public final class DueList {
    /**
     * The tables the rules need besides {@code women.csv}: without one, the list may hold women
     * who are not due, or miss some. {@code births.csv}, read if present, is not one of them.
     */
    private static final Set<RegisterTable> INPUT_TABLES = Collections.unmodifiableSet(
            EnumSet.of(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES, RegisterTable.PROCEDURES));

    private final LocalDate date;
    private final Optional<AreaCode> area;
    private final Map<AreaCode, List<DueWoman>> byArea;
    private final Map<AreaCode, String> areaNames;
    private final Set<RegisterTable> missingTables;

    private DueList(LocalDate date, Optional<AreaCode> area, Map<AreaCode, List<DueWoman>> byArea, Map<AreaCode, String> areaNames,
            Set<RegisterTable> missingTables) {
        this.date = date;
        this.area = area;
        this.byArea = byArea;
        this.areaNames = areaNames;
        this.missingTables = missingTables;
    }

    /**
     * @param source the register, not null; its streams are opened and closed here
     * @param date the date the women are due on, not null
     * @return the women of the register due on the date
     */
    public static DueList of(RegisterSource source, LocalDate date) {
        return compute(source, date, Optional.empty());
    }

    /**
     * @param source the register, not null; its streams are opened and closed here
     * @param date the date the women are due on, not null
     * @param area the area (village, township or county) whose women are listed, not null
     * @return the women of the area due on the date
     * @throws InvalidValueException if the register knows no such area: none in {@code areas.csv},
     *         and no woman's area is or lies under it
     */
    public static DueList of(RegisterSource source, LocalDate date, AreaCode area) {
        return compute(source, date, Optional.of(Objects.requireNonNull(area, "area")));
    }

    private static DueList compute(RegisterSource source, LocalDate date, Optional<AreaCode> area) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        PeriodDays p = PeriodDays.of(ReportingPeriod.ofClosed(date, date));
        Map<AreaCode, String> names = new HashMap<>();
        Set<AreaCode> known = new HashSet<>();
        if (source.has(RegisterTable.AREAS)) {
            try (Stream<Area> areas = source.areas()) {
                areas.forEach(a -> {
                    names.putIfAbsent(a.code(), a.name());
                    known.add(a.code());
                });
            }
        }
        Map<String, State> women = new LinkedHashMap<>();
        try (Stream<Woman> all = source.women()) {
            all.forEach(w -> {
                known.add(w.areaCode());
                w.areaCode().at(AreaLevel.TOWNSHIP).ifPresent(known::add);
                known.add(w.areaCode().county());
                if (area.isEmpty() || area.get().contains(w.areaCode())) {
                    women.putIfAbsent(w.id(), new State(w));
                }
            });
        }
        if (area.isPresent() && !known.contains(area.get())) {
            throw new InvalidValueException("area", area.get().toString(),
                    "the register has no such area (none in areas.csv, and no woman's area is or lies under it)");
        }
        Set<RegisterTable> missing = EnumSet.noneOf(RegisterTable.class);
        for (RegisterTable t : INPUT_TABLES) {
            if (!source.has(t)) {
                missing.add(t);
            }
        }
        if (source.has(RegisterTable.CONTRACEPTION)) {
            try (Stream<ContraceptiveEpisode> episodes = source.contraceptiveEpisodes()) {
                episodes.forEach(e -> {
                    State s = women.get(e.womanId());
                    if (s != null) {
                        s.state |= RecordRules.dueState(e, p);
                    }
                });
            }
        }
        if (source.has(RegisterTable.PREGNANCIES)) {
            try (Stream<Pregnancy> pregnancies = source.pregnancies()) {
                pregnancies.forEach(pr -> {
                    State s = women.get(pr.womanId());
                    if (s != null) {
                        s.state |= RecordRules.dueState(pr, p);
                    }
                });
            }
        }
        if (source.has(RegisterTable.PROCEDURES)) {
            try (Stream<Procedure> procedures = source.procedures()) {
                procedures.forEach(pr -> {
                    State s = women.get(pr.womanId());
                    if (s != null) {
                        s.followUp = Math.min(s.followUp, RecordRules.followUpProcedure(pr, p));
                        s.state |= RecordRules.dueState(pr, p);
                    }
                });
            }
        }
        // Optional: a delivery recorded in births.csv only exempts its mother as a pregnancy's outcome does.
        if (source.has(RegisterTable.BIRTHS)) {
            try (Stream<Birth> births = source.births()) {
                births.forEach(b -> {
                    State s = women.get(b.motherId());
                    if (s != null) {
                        s.state |= RecordRules.dueState(b, p);
                    }
                });
            }
        }
        Map<AreaCode, List<DueWoman>> byArea = new TreeMap<>();
        for (State s : women.values()) {
            Woman w = s.woman;
            int reasons = RecordRules.dueReasons(p, RecordRules.packed(w.birthDate()), w.isMarried(), s.state, s.followUp);
            if (reasons != 0) {
                byArea.computeIfAbsent(w.areaCode(), a -> new ArrayList<>()).add(DueWoman.of(w, w.ageOn(date), DueReason.of(reasons)));
            }
        }
        Map<AreaCode, List<DueWoman>> sorted = new TreeMap<>();
        byArea.forEach((code, list) -> {
            list.sort(Comparator.comparing(DueWoman::id));
            sorted.put(code, List.copyOf(list));
        });
        Map<AreaCode, String> listedNames = new TreeMap<>();
        sorted.keySet().forEach(code -> Optional.ofNullable(names.get(code)).ifPresent(n -> listedNames.put(code, n)));
        area.flatMap(a -> Optional.ofNullable(names.get(a))).ifPresent(n -> listedNames.put(area.get(), n));
        return new DueList(date, area, Collections.unmodifiableMap(sorted), Collections.unmodifiableMap(listedNames),
                Collections.unmodifiableSet(missing));
    }

    /** @return the date the women are due on */
    public LocalDate date() {
        return date;
    }

    /** @return the area whose women are listed; empty for the whole register */
    public Optional<AreaCode> area() {
        return area;
    }

    /** @return the women due, by area in code order, each area's women in id order; areas without a woman due left out; unmodifiable */
    public Map<AreaCode, List<DueWoman>> byArea() {
        return byArea;
    }

    /** @return every woman due, area by area as {@link #byArea()} orders them; unmodifiable */
    public List<DueWoman> women() {
        List<DueWoman> all = new ArrayList<>();
        byArea.values().forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    /** @return the number of women due */
    public int size() {
        return byArea.values().stream().mapToInt(List::size).sum();
    }

    /**
     * @param reason a reason, not null
     * @return the number of women due for that reason (a woman due for several counts under each)
     */
    public int count(DueReason reason) {
        Objects.requireNonNull(reason, "reason");
        return (int) byArea.values().stream().flatMap(List::stream).filter(w -> w.reasons().contains(reason)).count();
    }

    /**
     * @param code an area, not null
     * @return its name in {@code areas.csv}, for the areas listed and the area asked for; empty if none
     */
    public Optional<String> areaName(AreaCode code) {
        return Optional.ofNullable(areaNames.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * @return the tables the rules read that the register lacks ({@code contraception.csv},
     *         {@code pregnancies.csv}, {@code procedures.csv}); without one the list is
     *         incomplete (no IUD user, no pregnant woman exempted, no follow-up);
     *         {@code births.csv} is never named: without it the deliveries are those of
     *         {@code pregnancies.csv}; unmodifiable
     */
    public Set<RegisterTable> missingTables() {
        return missingTables;
    }

    /** @return for example {@code DueList{2009-09-30, 990101001000, 212 women in 5 areas}} */
    @Override
    public String toString() {
        return "DueList{" + date + ", " + area.map(AreaCode::toString).orElse("all areas") + ", " + size() + " women in "
                + byArea.size() + " areas}";
    }

    /** What the rules need of one woman, gathered as her records are read. */
    private static final class State {
        final Woman woman;
        int state;
        int followUp = RecordRules.NO_FOLLOW_UP;

        State(Woman woman) {
            this.woman = woman;
        }
    }
}
