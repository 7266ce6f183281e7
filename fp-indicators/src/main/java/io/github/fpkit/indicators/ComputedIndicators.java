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
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an indicator computation gives: the result records, the indicators that were
 * <em>not available</em> because the register lacks one of their input tables (these
 * have no result record at all — never a zero), the records that could not be
 * attributed to an area because their woman is not in {@code women.csv}, and what became
 * of each table's rows ({@link #tableRows()}: read, accepted, rejected, duplicates,
 * unattributed), so that no left-out row goes unnoticed.
 *
 * <pre>{@code
 * ComputedIndicators computed = Indicators.compute(register, ReportingPeriod.parse("2009SY"));
 * computed.results().forEach(System.out::println);   // CPR 990101001001 2009SY: 82.39 % (1549/1880) [80.61, 84.05] …
 * computed.result(AreaCode.of("990101001001"), Indicator.CPR);  // Optional<IndicatorResult>, found by key
 * computed.resultsFor(AreaCode.of("990101001001"));  // one village's results, in catalogue order
 * computed.resultsFor(Indicator.CPR);                // CPR of every area
 * computed.resultsAt(AreaLevel.TOWNSHIP);            // every township's results
 * computed.stream().filter(r -> r.value().isEmpty()).count();  // the tidy stream: one result per area and indicator
 * computed.unavailable();          // e.g. [DEATHS, CDR, NIR] when deaths.csv is absent
 * computed.unattributedRecords();  // e.g. {births=2}
 * computed.tableRows().get(RegisterTable.WOMEN);  // read 336, accepted 335, rejected 1 (1 duplicate), unattributed 0
 * computed.rejectedRows();         // 1: rows of any table left out
 * }</pre>
 *
 * <p>Results are ordered by area code (so a county precedes its townships and a township
 * its villages) and then by catalogue order; every list this class gives keeps that order.
 * The look-ups by area, indicator and level are indexed when the results are made: a
 * look-up takes constant time, however many areas there are. Immutable and thread-safe.
 */
public final class ComputedIndicators {
    private final ReportingPeriod period;
    private final List<IndicatorResult> results;
    private final Set<Indicator> unavailable;
    private final Map<RegisterTable, Long> unattributed;
    private final Map<RegisterTable, TableRows> tableRows;
    private final Map<AreaCode, List<IndicatorResult>> byArea;
    private final Map<AreaCode, Map<Indicator, IndicatorResult>> byAreaAndIndicator;
    private final Map<Indicator, List<IndicatorResult>> byIndicator;
    private final Map<AreaLevel, List<IndicatorResult>> byLevel;

    ComputedIndicators(ReportingPeriod period, List<IndicatorResult> results, Set<Indicator> unavailable,
            Map<RegisterTable, Long> unattributed, Map<RegisterTable, TableRows> tableRows) {
        this.period = period;
        this.results = List.copyOf(results);
        this.unavailable = Collections.unmodifiableSet(unavailable.isEmpty()
                ? EnumSet.noneOf(Indicator.class) : EnumSet.copyOf(unavailable));
        this.unattributed = Collections.unmodifiableMap(unattributed.isEmpty()
                ? new EnumMap<>(RegisterTable.class) : new EnumMap<>(unattributed));
        this.tableRows = Collections.unmodifiableMap(tableRows.isEmpty()
                ? new EnumMap<>(RegisterTable.class) : new EnumMap<>(tableRows));
        this.byArea = this.results.stream().collect(Collectors.groupingBy(IndicatorResult::area, LinkedHashMap::new,
                Collectors.toUnmodifiableList()));
        this.byAreaAndIndicator = new HashMap<>();
        byArea.forEach((area, ofArea) -> byAreaAndIndicator.put(area, ofArea.stream().collect(Collectors.toMap(
                IndicatorResult::indicator, r -> r, (first, second) -> first, () -> new EnumMap<>(Indicator.class)))));
        this.byIndicator = this.results.stream().collect(Collectors.groupingBy(IndicatorResult::indicator,
                () -> new EnumMap<>(Indicator.class), Collectors.toUnmodifiableList()));
        this.byLevel = this.results.stream().collect(Collectors.groupingBy(r -> r.area().level(),
                () -> new EnumMap<>(AreaLevel.class), Collectors.toUnmodifiableList()));
    }

    /** @return the reporting period, not null */
    public ReportingPeriod period() {
        return period;
    }

    /** @return every result record, by area code and then catalogue order; unmodifiable */
    public List<IndicatorResult> results() {
        return results;
    }

    /**
     * The tidy form of the results: one record per area and indicator, each naming its area
     * (and through it the level), period and indicator.
     *
     * @return the results in the order of {@link #results()}
     */
    public Stream<IndicatorResult> stream() {
        return results.stream();
    }

    /**
     * @param area an area, not null
     * @param indicator an indicator, not null
     * @return the result, found in constant time; empty if the area or the indicator was not
     *         computed or is not available
     */
    public Optional<IndicatorResult> result(AreaCode area, Indicator indicator) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(indicator, "indicator");
        Map<Indicator, IndicatorResult> ofArea = byAreaAndIndicator.get(area);
        return ofArea == null ? Optional.empty() : Optional.ofNullable(ofArea.get(indicator));
    }

    /**
     * @param area an area, not null
     * @return the results of that area, in catalogue order; empty if the area was not computed; unmodifiable
     */
    public List<IndicatorResult> resultsFor(AreaCode area) {
        Objects.requireNonNull(area, "area");
        return byArea.getOrDefault(area, List.of());
    }

    /**
     * @param indicator an indicator, not null
     * @return that indicator's result for every area, by area code; empty if it was not
     *         computed or is not available; unmodifiable
     */
    public List<IndicatorResult> resultsFor(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return byIndicator.getOrDefault(indicator, List.of());
    }

    /**
     * @param level an area level, not null
     * @return the results of every area of that level, by area code and then catalogue
     *         order; empty if no area of that level was computed; unmodifiable
     */
    public List<IndicatorResult> resultsAt(AreaLevel level) {
        Objects.requireNonNull(level, "level");
        return byLevel.getOrDefault(level, List.of());
    }

    /** @return the areas that have results, by area code; unmodifiable */
    public Set<AreaCode> areas() {
        return Collections.unmodifiableSet(byArea.keySet());
    }

    /** @return the requested indicators that the register's tables cannot give; unmodifiable */
    public Set<Indicator> unavailable() {
        return unavailable;
    }

    /**
     * @return per table, the number of records skipped because their woman is not in
     *         {@code women.csv}; only tables with such records; unmodifiable
     */
    public Map<RegisterTable, Long> unattributedRecords() {
        return unattributed;
    }

    /**
     * What became of each table's rows. A computation over a {@code RegisterSource} gives
     * every table the source has (a file-backed source counts its rows as it reads them; of
     * any other, the engine counts the records). Results made from a tally
     * ({@link IndicatorCalculator#results(RegisterTally, Set)}) have none: the rows were
     * counted where the tally was made.
     *
     * @return the rows of each table, in table order; unmodifiable
     */
    public Map<RegisterTable, TableRows> tableRows() {
        return tableRows;
    }

    /** @return the rows of every table left out (rejected), duplicates included; 0 if {@link #tableRows()} is empty */
    public long rejectedRows() {
        return tableRows.values().stream().mapToLong(TableRows::rejected).sum();
    }

    @Override
    public String toString() {
        return "ComputedIndicators{period=" + period + ", results=" + results.size() + ", unavailable=" + unavailable
                + ", unattributed=" + unattributed + ", rejected=" + rejectedRows() + "}";
    }
}
