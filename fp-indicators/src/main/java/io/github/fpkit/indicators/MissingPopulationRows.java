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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Explains crude rates left undefined by missing population rows. A township or county
 * without a population row of its own takes the sum over its areas, but only when every
 * one of them has a population, so one village without a row leaves its township's and
 * county's CBR, CDR and NIR undefined; a table of results then shows nothing to say why.
 * The explanation is read from the results: a crude rate with a numerator and no
 * denominator has an unknown population, and the areas with an unknown population that
 * have no such area under them are the rows to add. One line per cause, in English:
 *
 * <pre>{@code
 * ComputedIndicators computed = IndicatorCalculator.builder()
 *     .levels(MissingPopulationRows.levelsNeeded(EnumSet.of(AreaLevel.TOWNSHIP))).build().compute(source, period);
 * MissingPopulationRows.explain(computed, EnumSet.of(AreaLevel.TOWNSHIP)).forEach(System.err::println);
 * // CBR, CDR, NIR undefined for 990102001000 第1乡 in 2009SY: population.csv has no row for
 * // 990102001002 1乡2村 (add it, or one for 990102001000 itself)
 * }</pre>
 *
 * <p>Thread-safe: holds nothing.
 */
public final class MissingPopulationRows {
    /** The indicators whose denominator is the average population. */
    private static final Set<Indicator> CRUDE_RATES = EnumSet.of(Indicator.CBR, Indicator.CDR, Indicator.NIR);
    /** Missing rows named on one line; a whole county may lack hundreds. */
    private static final int NAMED = 10;

    private MissingPopulationRows() {
    }

    /**
     * @param levels the levels to be explained, not empty
     * @return those levels and every level below them, whose results the explanation needs
     * @throws java.util.NoSuchElementException if {@code levels} is empty
     */
    public static Set<AreaLevel> levelsNeeded(Set<AreaLevel> levels) {
        // AreaLevel is declared county, township, village: a later constant is a lower level.
        int highest = levels.stream().mapToInt(AreaLevel::ordinal).min().orElseThrow();
        Set<AreaLevel> all = EnumSet.noneOf(AreaLevel.class);
        for (AreaLevel l : AreaLevel.values()) {
            if (l.ordinal() >= highest) {
                all.add(l);
            }
        }
        return all;
    }

    /**
     * The explanation for the townships and counties among {@code levels}; villages are
     * left out, as there may be thousands of them and their results speak for themselves.
     *
     * @param computed results at {@link #levelsNeeded(Set) levelsNeeded(levels)}, not null
     * @param levels the levels shown, not null
     * @return the lines, empty if every crude rate computed is defined
     */
    public static List<String> explain(ComputedIndicators computed, Set<AreaLevel> levels) {
        Objects.requireNonNull(levels, "levels");
        return explain(computed, a -> a.level() != AreaLevel.VILLAGE && levels.contains(a.level()));
    }

    /**
     * The explanation for every township and county of a register, for each period its
     * population rows are given for (the source is read once for the periods, then once a
     * period for the crude rates).
     *
     * @param source the register, not null
     * @return the lines, empty if the register has no population rows or they leave no crude rate undefined
     */
    public static List<String> explain(RegisterSource source) {
        Objects.requireNonNull(source, "source");
        List<String> lines = new ArrayList<>();
        if (!source.has(RegisterTable.POPULATION)) {
            return lines;
        }
        Set<ReportingPeriod> periods;
        try (Stream<PopulationCount> rows = source.populationCounts()) {
            periods = rows.map(PopulationCount::period).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        IndicatorCalculator calculator = IndicatorCalculator.builder().indicators(CRUDE_RATES)
                .levels(EnumSet.allOf(AreaLevel.class)).build();
        for (ReportingPeriod period : periods) {
            lines.addAll(explain(calculator.compute(source, period), EnumSet.of(AreaLevel.TOWNSHIP, AreaLevel.COUNTY)));
        }
        return lines;
    }

    /**
     * The explanation: one line per set of missing rows, naming the areas of {@code about}
     * whose crude rates they leave undefined, or a single line when no area has a population
     * for the period.
     *
     * @param computed results at the areas of {@code about} and every level below them, not null
     * @param about the areas to explain, not null
     * @return the lines, empty if every crude rate computed is defined
     */
    public static List<String> explain(ComputedIndicators computed, Predicate<AreaCode> about) {
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(about, "about");
        Map<AreaCode, IndicatorResult> unknown = new TreeMap<>();
        Set<Indicator> undefined = EnumSet.noneOf(Indicator.class);
        boolean anyKnown = false;
        for (IndicatorResult r : computed.results()) {
            if (CRUDE_RATES.contains(r.indicator())) {
                if (r.denominator().isPresent()) {
                    anyKnown = true;
                } else if (r.numerator().isPresent()) {
                    unknown.putIfAbsent(r.area(), r);
                    undefined.add(r.indicator());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        if (unknown.isEmpty()) {
            return lines;
        }
        String rates = undefined.stream().map(Indicator::code).collect(Collectors.joining(", "));
        if (!anyKnown) {
            lines.add(rates + " undefined everywhere: population.csv has no row for " + computed.period());
            return lines;
        }
        // The rows to add are those of the unknown areas with no unknown area under them.
        Set<AreaCode> aboveUnknown = new HashSet<>();
        for (AreaCode b : unknown.keySet()) {
            for (Optional<AreaCode> p = b.parent(); p.isPresent(); p = p.get().parent()) {
                aboveUnknown.add(p.get());
            }
        }
        List<AreaCode> lowest = unknown.keySet().stream().filter(b -> !aboveUnknown.contains(b)).collect(Collectors.toList());
        // One missing village leaves its township and county undefined: one cause, so one line naming both.
        Map<List<String>, List<AreaCode>> areasByMissingRows = new LinkedHashMap<>();
        for (AreaCode area : unknown.keySet()) {
            if (about.test(area)) {
                List<String> missing = lowest.stream().filter(b -> !b.equals(area) && area.contains(b))
                        .map(b -> name(unknown.get(b))).collect(Collectors.toList());
                areasByMissingRows.computeIfAbsent(missing, m -> new ArrayList<>()).add(area);
            }
        }
        areasByMissingRows.forEach((missing, areas) -> {
            String own = areas.size() == 1 ? "one for " + areas.get(0) + " itself"
                    : "one for each of " + areas.stream().map(AreaCode::toString).collect(Collectors.joining(" and "));
            String rows = missing.isEmpty() ? "this area"
                    : String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())))
                            + (missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more" : "")
                            + " (add " + (missing.size() == 1 ? "it" : "them") + ", or " + own + ")";
            lines.add(rates + " undefined for " + areas.stream().map(a -> name(unknown.get(a))).collect(Collectors.joining(" and "))
                    + " in " + computed.period() + ": population.csv has no row for " + rows);
        });
        return lines;
    }

    /** The code, and the name when it is not the code itself. */
    private static String name(IndicatorResult r) {
        return r.area() + r.areaName().filter(n -> !n.equals(r.area().toString())).map(n -> " " + n).orElse("");
    }
}
