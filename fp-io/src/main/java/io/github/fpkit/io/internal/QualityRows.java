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
package io.github.fpkit.io.internal;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.quality.CountComparison;
import io.github.fpkit.indicators.quality.FunnelLevel;
import io.github.fpkit.indicators.quality.FunnelPlot;
import io.github.fpkit.indicators.quality.FunnelPoint;
import io.github.fpkit.indicators.quality.QualityFinding;
import io.github.fpkit.indicators.quality.QualityMethod;
import io.github.fpkit.indicators.quality.QualityReport;
import io.github.fpkit.indicators.quality.RateComparison;
import io.github.fpkit.indicators.quality.Reconciliation;
import io.github.fpkit.indicators.quality.SmoothedRate;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import tools.jackson.core.JsonGenerator;

/**
 * The flat rows that the quality commands write as JSON and CSV (docs/QUALITY.md): one table
 * of columns for a {@link QualityReport} — its findings, smoothed rates and funnel points, each
 * row saying which in {@code record} — and one for a {@link Reconciliation}. A cell is text, a
 * whole number, a decimal, a truth value or absent (null); JSON writes each as its type, CSV as
 * text, decimals in the shortest form that reads back to the same double.
 */
public final class QualityRows {
    /** The columns of a quality report's rows. */
    public static final List<String> REPORT_COLUMNS = List.of("record", "rule", "severity", "area", "areaName", "period", "periodCode",
            "indicator", "unit", "method", "model", "value", "numerator", "denominator", "reference", "statistic", "threshold",
            "smoothed", "weight", "tau2", "lower95", "upper95", "lower998", "upper998", "position", "chineseMessage", "englishMessage");
    /** The columns of a reconciliation's rows. */
    public static final List<String> RECONCILIATION_COLUMNS = List.of("record", "area", "areaName", "period", "periodCode", "code",
            "field", "register", "stated", "difference", "verificationFactor", "expected", "consistent", "severity", "chineseMessage",
            "englishMessage");

    private QualityRows() {
    }

    /** @return the report's rows: its findings, then its smoothed rates, then the points of its funnel plots */
    public static List<Object[]> of(QualityReport report) {
        List<Object[]> rows = new ArrayList<>();
        for (QualityFinding f : report.findings()) {
            Object[] row = reportRow("finding", f.area().toString(), f.areaName().orElse(null), f.period(), f.indicator(), f.method());
            set(row, "rule", f.rule());
            set(row, "severity", f.severity().code());
            set(row, "value", f.value());
            set(row, "reference", box(f.reference()));
            set(row, "statistic", box(f.statistic()));
            set(row, "threshold", f.threshold());
            set(row, "chineseMessage", f.chineseMessage());
            set(row, "englishMessage", f.englishMessage());
            rows.add(row);
        }
        for (SmoothedRate s : report.smoothed()) {
            Object[] row = reportRow("smoothed", s.area().toString(), s.areaName().orElse(null), s.period(), s.indicator(), s.method());
            counts(row, s.result());
            set(row, "model", s.model().code());
            set(row, "value", box(s.raw()));
            set(row, "reference", s.pooled());
            set(row, "smoothed", box(s.smoothed()));
            set(row, "weight", s.weight());
            rows.add(row);
        }
        for (FunnelPlot plot : report.funnelPlots()) {
            for (FunnelPoint p : plot.points()) {
                Object[] row = reportRow("funnel", p.area().toString(), p.areaName().orElse(null), p.period(), p.indicator(),
                        QualityMethod.FUNNEL_PLOT);
                counts(row, p.result());
                set(row, "model", plot.limits().model().code());
                set(row, "value", p.value());
                set(row, "reference", plot.limits().target());
                set(row, "tau2", plot.limits().tau2());
                set(row, "lower95", p.band().lower(FunnelLevel.P95));
                set(row, "upper95", p.band().upper(FunnelLevel.P95));
                set(row, "lower998", p.band().lower(FunnelLevel.P998));
                set(row, "upper998", p.band().upper(FunnelLevel.P998));
                set(row, "position", p.position().code());
                rows.add(row);
            }
        }
        return rows;
    }

    /** @return the reconciliation's rows: its counts, then its rates */
    public static List<Object[]> of(Reconciliation r) {
        List<Object[]> rows = new ArrayList<>();
        for (CountComparison c : r.counts()) {
            Object[] row = reconciliationRow("count", r);
            set(row, "code", c.count().code(), RECONCILIATION_COLUMNS);
            set(row, "field", c.count().figure().path(), RECONCILIATION_COLUMNS);
            set(row, "register", c.register(), RECONCILIATION_COLUMNS);
            set(row, "stated", Long.toString(c.stated()), RECONCILIATION_COLUMNS);
            set(row, "difference", c.difference(), RECONCILIATION_COLUMNS);
            set(row, "verificationFactor", box(c.verificationFactor()), RECONCILIATION_COLUMNS);
            set(row, "severity", c.isFinding() ? Severity.ERROR.code() : null, RECONCILIATION_COLUMNS);
            set(row, "chineseMessage", c.chineseMessage(), RECONCILIATION_COLUMNS);
            set(row, "englishMessage", c.englishMessage(), RECONCILIATION_COLUMNS);
            rows.add(row);
        }
        for (RateComparison c : r.rates()) {
            Object[] row = reconciliationRow("rate", r);
            set(row, "code", c.indicator().code(), RECONCILIATION_COLUMNS);
            set(row, "field", "statedRates." + c.indicator().code(), RECONCILIATION_COLUMNS);
            set(row, "register", box(c.register()), RECONCILIATION_COLUMNS);
            set(row, "stated", c.stated().value().toPlainString(), RECONCILIATION_COLUMNS);
            set(row, "expected", c.expected(), RECONCILIATION_COLUMNS);
            set(row, "consistent", c.isConsistent(), RECONCILIATION_COLUMNS);
            set(row, "severity", c.isFinding() ? Severity.ERROR.code() : null, RECONCILIATION_COLUMNS);
            set(row, "chineseMessage", c.chineseMessage(), RECONCILIATION_COLUMNS);
            set(row, "englishMessage", c.englishMessage(), RECONCILIATION_COLUMNS);
            rows.add(row);
        }
        return rows;
    }

    /**
     * @param value a cell, or null
     * @return the cell as CSV text: empty when absent, decimals as {@link CellTypes#DECIMAL} writes them
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double) {
            return CellTypes.DECIMAL.format((Double) value);
        }
        return value.toString();
    }

    /**
     * Writes a cell as its JSON type: a string, a number (a whole decimal as an integer, as
     * result records do), true or false, or null.
     *
     * @param generator the generator, not null
     * @param value the cell, or null
     */
    public static void writeJson(JsonGenerator generator, Object value) {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Double) {
            CellTypes.DECIMAL.writeJson(generator, (Double) value);
        } else if (value instanceof Long) {
            generator.writeNumber((Long) value);
        } else if (value instanceof Boolean) {
            generator.writeBoolean((Boolean) value);
        } else {
            generator.writeString(value.toString());
        }
    }

    private static Object[] reportRow(String record, String area, String areaName, ReportingPeriod period,
            Indicator indicator, QualityMethod method) {
        Object[] row = new Object[REPORT_COLUMNS.size()];
        set(row, "record", record);
        set(row, "area", area);
        set(row, "areaName", areaName);
        set(row, "period", period.toIsoString());
        set(row, "periodCode", period.toString());
        set(row, "indicator", indicator.code());
        set(row, "unit", indicator.unit().symbol());
        set(row, "method", method.code());
        return row;
    }

    private static Object[] reconciliationRow(String record, Reconciliation r) {
        Object[] row = new Object[RECONCILIATION_COLUMNS.size()];
        set(row, "record", record, RECONCILIATION_COLUMNS);
        set(row, "area", r.area().toString(), RECONCILIATION_COLUMNS);
        set(row, "areaName", r.areaName().orElse(null), RECONCILIATION_COLUMNS);
        set(row, "period", r.period().toIsoString(), RECONCILIATION_COLUMNS);
        set(row, "periodCode", r.period().toString(), RECONCILIATION_COLUMNS);
        return row;
    }

    private static void counts(Object[] row, IndicatorResult result) {
        set(row, "numerator", box(result.numerator()));
        set(row, "denominator", box(result.denominator()));
    }

    private static void set(Object[] row, String column, Object value) {
        set(row, column, value, REPORT_COLUMNS);
    }

    private static void set(Object[] row, String column, Object value, List<String> columns) {
        int i = columns.indexOf(column);
        assert i >= 0 : "bug: no column " + column + " in " + Arrays.toString(columns.toArray());
        row[i] = value;
    }

    private static Double box(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Long box(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
