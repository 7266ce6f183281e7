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
package io.github.fpkit.indicators.quality;

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.CountFigure;
import io.github.fpkit.indicators.report.ReportAudit;
import io.github.fpkit.indicators.report.ReportDraft;
import io.github.fpkit.indicators.report.ReportFigure;
import io.github.fpkit.indicators.report.ReportSection;
import io.github.fpkit.indicators.report.StatedRate;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.register.RegisterTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The aggregate report a register gives for one of its areas (docs/AGGREGATE_REPORTS.md):
 * every count of the format that the register's tables give ({@link CountFigure#all()}), its
 * average population when the register has one, and every rate the audit can recompute from
 * those counts ({@code RATE_<CODE>} of {@link ReportAudit#ruleIds()}), stated rounded half-up
 * to the decimals asked — so that the report audits clean and reconciles with its register
 * exactly. It is a draft of the report an office would file, and the other side of
 * {@link ReportReconciliation}.
 *
 * <pre>{@code
 * RegisterTally tally = IndicatorCalculator.tally(source, ReportingPeriod.parse("2009SY"));
 * AggregateReport report = RegisterReport.of(tally, AreaCode.of("990102001000"), source.tables(), 2);
 * ReportJsonWriter.write(report, Path.of("report.json"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class RegisterReport {
    /** The most decimals a drafted rate is stated to. */
    public static final int MAX_DECIMALS = 6;

    private static final ReportFigure AVERAGE_POPULATION = ReportSection.report().section("population")
            .flatMap(s -> s.figure("average")).orElseThrow();

    private RegisterReport() {
    }

    /**
     * @param register the register's tally for the report's period, not null
     * @param area the area reported on: a village, township or county of the register; not null
     * @param tables the tables the register has, not null: a count or rate needing another is not stated
     * @param rateDecimals the decimals rates are stated to, 0 to {@value #MAX_DECIMALS}
     * @return the report: the area's code and name, the period, the counts, the average population and the rates
     * @throws InvalidValueException if the register has no such area (field {@code area})
     * @throws IllegalArgumentException if the decimals are out of range
     */
    public static AggregateReport of(RegisterTally register, AreaCode area, Set<RegisterTable> tables, int rateDecimals) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(tables, "tables");
        if (rateDecimals < 0 || rateDecimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("rateDecimals must be 0 to " + MAX_DECIMALS + ": " + rateDecimals);
        }
        AreaTally tally = tallyOf(register, area);
        ReportDraft draft = ReportDraft.empty();
        draft.report().areaCode(area).areaName(Optional.ofNullable(register.areaNames().get(area)))
                .statedPeriod(register.period().toString());
        for (CountFigure c : CountFigure.all()) {
            if (tables.containsAll(c.tables())) {
                draft.set(c.figure(), BigDecimal.valueOf(c.registerValue(tally)));
            }
        }
        tally.population().ifPresent(p -> draft.set(AVERAGE_POPULATION, p));
        List<String> checked = ReportAudit.ruleIds();
        for (Indicator indicator : Indicator.values()) {
            if (!indicator.isCount() && tables.containsAll(indicator.inputTables()) && checked.contains("RATE_" + indicator.code())) {
                ExactRate.of(indicator, tally).filter(ExactRate::isDefined).ifPresent(rate ->
                        draft.report().addStatedRates(StatedRate.of(indicator, rate.value(indicator.unit(), rateDecimals))));
            }
        }
        return draft.build();
    }

    /**
     * @return the area's tally, rolled up and with its population, as the register gives it
     * @throws InvalidValueException if the register has no such area
     */
    static AreaTally tallyOf(RegisterTally register, AreaCode area) {
        AreaTally tally = register.tallies(area.level()).get(area);
        if (tally == null) {
            throw new InvalidValueException("area", area.toString(), "the register has no " + area.level().code() + " with this code");
        }
        return tally;
    }
}
