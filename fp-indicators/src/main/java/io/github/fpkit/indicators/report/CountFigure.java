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
package io.github.fpkit.indicators.report;

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Count;
import io.github.fpkit.indicators.CountSum;
import io.github.fpkit.indicators.Formula;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.register.RegisterTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A count that both a register and an aggregate report give: the register's count — one
 * {@link Count} of a tally, or a named sum of them such as all contraceptive users — and the
 * report figure that states it ({@code births.male}, {@code contraception.users}). The pairs
 * are read from the one mapping of the catalogue onto the report format that the audit and
 * {@link AggregateIndicators} use, so a count is here exactly when a report can state it as
 * one figure.
 *
 * <pre>{@code
 * for (CountFigure c : CountFigure.all()) {
 *     c.code();                 // "LIVE_BIRTHS", …, "USERS", …
 *     c.figure().path();        // "births.total", …, "contraception.users", …
 *     c.registerValue(tally);   // the register's count
 *     c.statedValue(report);    // Optional[242]
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CountFigure {
    private static final List<CountFigure> ALL = all(ReportSection.report().figures());

    private final CountSum count;
    private final ReportFigure figure;

    private CountFigure(CountSum count, ReportFigure figure) {
        this.count = count;
        this.figure = figure;
    }

    /** @return every count a report can state as one figure, in the order of the report format's figures; unmodifiable */
    public static List<CountFigure> all() {
        return ALL;
    }

    /** @return the register's count: a sum of one {@link Count}, or a named sum such as {@code USERS} */
    public CountSum count() {
        return count;
    }

    /** @return the count's code: the {@link Count}'s name ({@code "MALE_BIRTHS"}) or the sum's ({@code "USERS"}) */
    public String code() {
        return count.name().orElseGet(() -> count.counts().iterator().next().name());
    }

    /** @return the report figure that states the count */
    public ReportFigure figure() {
        return figure;
    }

    /** @return the register tables the count is made from (women.csv and, for births, births.csv, …); unmodifiable */
    public Set<RegisterTable> tables() {
        Set<RegisterTable> tables = EnumSet.noneOf(RegisterTable.class);
        count.counts().forEach(c -> tables.addAll(c.tables()));
        return Collections.unmodifiableSet(tables);
    }

    /**
     * @param tally an area's tally, not null
     * @return the count in the tally
     * @throws ArithmeticException if a sum overflows a long
     */
    public long registerValue(AreaTally tally) {
        Objects.requireNonNull(tally, "tally");
        return count.evaluate(tally::count);
    }

    /**
     * @param report a report, not null
     * @return the count the report states, exactly as {@link ReportFigure#read} reads it; empty if not stated
     */
    public Optional<BigDecimal> statedValue(AggregateReport report) {
        return figure.read(report);
    }

    /** @return the code and the figure's path, for example {@code "MALE_BIRTHS births.male"} */
    @Override
    public String toString() {
        return code() + " " + figure.path();
    }

    /**
     * Every {@link Count} that {@link CatalogueFigures#term} maps onto one figure, and every
     * named sum of the catalogue's formulas that {@link CatalogueFigures#figureOfSum} does,
     * in the format's order.
     */
    private static List<CountFigure> all(List<ReportFigure> figures) {
        Map<String, ReportFigure> byPath = new LinkedHashMap<>();
        figures.forEach(f -> byPath.put(f.path(), f));
        AggregateReport nothing = AggregateReport.builder().build();
        List<CountFigure> all = new ArrayList<>();
        for (Count c : Count.values()) {
            List<String> paths = CatalogueFigures.term(c).paths(nothing);
            if (paths.size() == 1) {
                all.add(new CountFigure(CountSum.of(c), byPath.get(paths.get(0))));
            }
        }
        for (CountSum sum : namedSums()) {
            CatalogueFigures.figureOfSum(sum.name().orElseThrow()).ifPresent(f -> all.add(new CountFigure(sum, f)));
        }
        List<ReportFigure> order = List.copyOf(figures);
        all.sort(Comparator.comparingInt(c -> order.indexOf(c.figure)));
        return List.copyOf(all);
    }

    /** The named sums of the catalogue's formulas, each once, in the order met. */
    private static List<CountSum> namedSums() {
        Map<String, CountSum> named = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            Formula formula = indicator.formula();
            formula.numerator().ifPresent(s -> collect(s, named));
            formula.denominator().ifPresent(s -> collect(s, named));
        }
        return List.copyOf(named.values());
    }

    private static void collect(CountSum sum, Map<String, CountSum> named) {
        sum.name().ifPresent(n -> named.putIfAbsent(n, sum));
        for (CountSum.Term term : sum.terms()) {
            term.sum().ifPresent(s -> collect(s, named));
        }
    }
}
