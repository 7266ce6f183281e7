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
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.CountFigure;
import io.github.fpkit.indicators.report.StatedRate;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reconciles an aggregate report with the register of its area, as the WHO Data Quality
 * Review compares reported figures with a recount: for every count both give, the
 * verification factor VF = register ÷ stated (1 when both are 0, undefined when only the
 * stated count is 0) and the difference, a finding when VF lies outside the bounds
 * ([{@value #DEFAULT_LOW}, {@value #DEFAULT_HIGH}] by default, the DQR's convention) or is
 * undefined; for every rate the report states and the register gives, both values and whether
 * the register's exact rate is consistent with the stated value at its stated precision — the
 * audit's rule ({@link io.github.fpkit.indicators.report.ReportAudit}) — a finding when not.
 *
 * <p>The counts are those of {@link CountFigure#all()} that the register's tables give; the
 * rates are compared as the catalogue defines them — a stated health-check coverage over the
 * women due (应检), the reports' own convention, is compared with the register's coverage over
 * married WRA. The report's period must be the register's: a report without a period, with a
 * period that names no real period, or with another period is an error, as is a report without
 * an area code or about an area the register does not have.
 *
 * <pre>{@code
 * AggregateReport report = ReportJsonReader.read(Path.of("report.json"));
 * RegisterTally tally = IndicatorCalculator.tally(source, report.period().orElseThrow());
 * Reconciliation r = ReportReconciliation.standard().reconcile(report, tally, source.tables());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportReconciliation {
    /** The default lower bound of an acceptable verification factor, 0.90. */
    public static final double DEFAULT_LOW = 0.90;
    /** The default upper bound of an acceptable verification factor, 1.10. */
    public static final double DEFAULT_HIGH = 1.10;

    private static final ReportReconciliation STANDARD = new ReportReconciliation(DEFAULT_LOW, DEFAULT_HIGH);

    private final double low;
    private final double high;

    private ReportReconciliation(double low, double high) {
        this.low = low;
        this.high = high;
    }

    /** @return the reconciliation with the bounds [0.90, 1.10] */
    public static ReportReconciliation standard() {
        return STANDARD;
    }

    /**
     * @param low the lowest acceptable verification factor, 0 or more and finite
     * @param high the highest, finite and at least {@code low}
     * @return the reconciliation with those bounds, both included
     * @throws IllegalArgumentException if the bounds are not such
     */
    public static ReportReconciliation of(double low, double high) {
        if (!(low >= 0 && high >= low && Double.isFinite(high))) {
            throw new IllegalArgumentException("the bounds of the verification factor must be finite, 0 or more, low ≤ high: " + low
                    + ", " + high);
        }
        return new ReportReconciliation(low, high);
    }

    /** @return the lower bound */
    public double low() {
        return low;
    }

    /** @return the upper bound */
    public double high() {
        return high;
    }

    /**
     * @param report the report, not null; it must state its area's code and the register's period
     * @param register the register's tally, not null
     * @param tables the tables the register has, not null: counts and rates needing another are not compared
     * @return every comparison
     * @throws InvalidValueException if the report states no period, a period that names no real
     *         period or another period than the register's (field {@code period}), or no area
     *         code or one the register does not have (field {@code areaCode})
     */
    public Reconciliation reconcile(AggregateReport report, RegisterTally register, Set<RegisterTable> tables) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(tables, "tables");
        ReportingPeriod period = register.period();
        checkPeriod(report, period);
        AreaCode area = report.areaCode().orElseThrow(() -> new InvalidValueException("areaCode", "",
                "the report states no area code; the register's area is found by it"));
        AreaTally tally = register.tallies(area.level()).get(area);
        if (tally == null) {
            throw new InvalidValueException("areaCode", area.toString(), "the register has no " + area.level().code() + " with this code");
        }
        List<CountComparison> counts = new ArrayList<>();
        for (CountFigure c : CountFigure.all()) {
            Optional<BigDecimal> stated = c.statedValue(report);
            if (stated.isPresent() && tables.containsAll(c.tables())) {
                counts.add(new CountComparison(c, c.registerValue(tally), stated.get().longValueExact(), low, high));
            }
        }
        List<RateComparison> rates = new ArrayList<>();
        for (StatedRate rate : report.statedRates()) {
            if (tables.containsAll(rate.indicator().inputTables())) {
                ExactRate.of(rate.indicator(), tally).ifPresent(r -> rates.add(new RateComparison(rate, r)));
            }
        }
        Optional<String> name = Optional.ofNullable(register.areaNames().get(area)).or(report::areaName);
        return new Reconciliation(area, name, period, low, high, counts, rates);
    }

    /**
     * The period a report is about, which its register must be tallied for.
     *
     * @param report a report, not null
     * @return the report's period
     * @throws InvalidValueException if the report states no period or one that names no real period (field {@code period})
     */
    public static ReportingPeriod periodOf(AggregateReport report) {
        Objects.requireNonNull(report, "report");
        String stated = report.statedPeriod().orElseThrow(() -> new InvalidValueException("period", "",
                "the report states no period; the register is reconciled with the report for the report's period"));
        return report.period().orElseThrow(() -> new InvalidValueException("period", stated,
                "names no real period; the register is reconciled with the report for the report's period"));
    }

    private static void checkPeriod(AggregateReport report, ReportingPeriod period) {
        ReportingPeriod reported = periodOf(report);
        if (!reported.equals(period)) {
            throw new InvalidValueException("period", report.statedPeriod().orElseThrow(), "is " + reported + " ("
                    + reported.toIsoString() + "), not the register's period " + period + " (" + period.toIsoString() + ")");
        }
    }

    /** @return the bounds */
    @Override
    public String toString() {
        return "reconciliation, VF within [" + low + ", " + high + "]";
    }
}
