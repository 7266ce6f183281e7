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
package io.github.fpkit.report.internal;

import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.io.csv.ResultCsvWriter;
import java.io.StringWriter;
import io.github.fpkit.report.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Every indicator of the area, rounded for reading, with its interval, numerator and
 * denominator; sortable by any column. Its rows are keyed by indicator code. The same
 * results as a download: the CSV of {@code fp indicators --format csv}.
 */
public final class IndicatorTable {
    /** The table's id. */
    public static final String ID = "indicator-table";

    private IndicatorTable() {
    }

    /** @return the table of the context's area */
    public static Table of(ReportContext c) {
        Wording w = c.words();
        List<IndicatorResult> results = c.area().all();
        String confidence = results.stream().map(IndicatorResult::confidenceLevel).filter(OptionalDouble::isPresent)
                .map(l -> Wording.confidence(l.getAsDouble())).findFirst().orElse("95%");
        List<TableRow> rows = new ArrayList<>();
        for (IndicatorResult r : results) {
            Unit unit = r.unit();
            String interval = r.ciLow().isPresent()
                    ? "[" + w.number(r.ciLow(), unit) + ", " + w.number(r.ciHigh(), unit) + "]" : w.undefined();
            rows.add(new TableRow(r.indicator().code(),
                    List.of(r.indicator().code(), w.name(r.indicator()), w.number(r.value(), unit), w.unit(unit), interval,
                            r.numerator().isPresent() ? Long.toString(r.numerator().getAsLong()) : w.undefined(),
                            denominator(w, r.denominator())),
                    List.of(r.indicator().code(), w.name(r.indicator()), plain(r.value()), w.unit(unit), plain(r.ciLow()),
                            r.numerator().isPresent() ? Long.toString(r.numerator().getAsLong()) : "", plain(r.denominator()))));
        }
        return new Table(ID, List.of(w.pick("代码", "Code"), w.pick("指标", "Indicator"), w.pick("数值", "Value"),
                w.pick("单位", "Unit"), confidence + w.pick("置信区间", " interval"), w.pick("分子", "Numerator"),
                w.pick("分母", "Denominator")), List.of(false, false, true, false, true, true, true), rows, true);
    }

    /** A denominator of woman-years or an average population may have a fraction: two decimals then, else whole. */
    private static String denominator(Wording w, OptionalDouble d) {
        if (d.isEmpty()) {
            return w.undefined();
        }
        BigDecimal exact = BigDecimal.valueOf(d.getAsDouble());
        return exact.stripTrailingZeros().scale() <= 0 ? exact.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : exact.setScale(Rounding.DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).toPlainString() : "";
    }

    /** @return the area's results as CSV: the columns and format of {@code fp indicators --format csv} */
    public static String csv(ReportContext c) {
        StringWriter text = new StringWriter();
        try (ResultCsvWriter csv = ResultCsvWriter.of(text)) {
            csv.writeAll(c.area().all().stream());
        }
        return text.toString();
    }
}
