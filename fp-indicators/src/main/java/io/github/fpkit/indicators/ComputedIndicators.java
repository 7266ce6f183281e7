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
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an indicator computation gives: the result records, the indicators that were
 * <em>not available</em> because the register lacks one of their input tables (these
 * have no result record at all — never a zero), and the records that could not be
 * attributed to an area because their woman is not in {@code women.csv}.
 *
 * <pre>{@code
 * ComputedIndicators computed = Indicators.compute(register, ReportingPeriod.parse("2009SY"), AreaLevel.VILLAGE);
 * for (IndicatorResult r : computed.results()) {
 *     System.out.println(r.area() + " " + r.indicator() + " " + r.value());
 * }
 * computed.result(AreaCode.of("990101001001"), Indicator.CPR);  // Optional<IndicatorResult>
 * computed.unavailable();          // e.g. [DEATHS, CDR, NIR] when deaths.csv is absent
 * computed.unattributedRecords();  // e.g. {births=2}
 * }</pre>
 *
 * <p>Results are ordered by area code (so a county precedes its townships and a township
 * its villages) and then by catalogue order. Immutable and thread-safe.
 */
public final class ComputedIndicators {
    private final ReportingPeriod period;
    private final List<IndicatorResult> results;
    private final Set<Indicator> unavailable;
    private final Map<RegisterTable, Long> unattributed;

    ComputedIndicators(ReportingPeriod period, List<IndicatorResult> results, Set<Indicator> unavailable,
            Map<RegisterTable, Long> unattributed) {
        this.period = period;
        this.results = List.copyOf(results);
        this.unavailable = Collections.unmodifiableSet(unavailable.isEmpty()
                ? EnumSet.noneOf(Indicator.class) : EnumSet.copyOf(unavailable));
        this.unattributed = Collections.unmodifiableMap(unattributed.isEmpty()
                ? new EnumMap<>(RegisterTable.class) : new EnumMap<>(unattributed));
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
     * @param area an area, not null
     * @return the results of that area, in catalogue order; empty if the area was not computed
     */
    public List<IndicatorResult> resultsFor(AreaCode area) {
        Objects.requireNonNull(area, "area");
        return results.stream().filter(r -> r.area().equals(area)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param area an area, not null
     * @param indicator an indicator, not null
     * @return the result, empty if the area or the indicator was not computed or is not available
     */
    public Optional<IndicatorResult> result(AreaCode area, Indicator indicator) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(indicator, "indicator");
        return results.stream().filter(r -> r.area().equals(area) && r.indicator() == indicator).findFirst();
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

    @Override
    public String toString() {
        return "ComputedIndicators{period=" + period + ", results=" + results.size() + ", unavailable=" + unavailable
                + ", unattributed=" + unattributed + "}";
    }
}
