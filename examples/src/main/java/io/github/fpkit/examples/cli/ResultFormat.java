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
package io.github.fpkit.examples.cli;

import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.csv.ResultCsvWriter;
import io.github.fpkit.io.json.FpkitJson;
import java.io.FilterWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The output formats of {@code fp indicators}: a readable table, JSON or CSV result records. */
enum ResultFormat {
    /** A bilingual table: area, indicator code and Chinese and English names, value, unit, interval. */
    TABLE {
        @Override
        void print(List<IndicatorResult> results, double confidence, PrintWriter out) {
            String ci = Presentation.percent(confidence) + " CI 置信区间";
            TextTable table = new TextTable(List.of("area 区划", "name 名称", "indicator", "指标", "name", "value 数值",
                    "unit 单位", ci), false, false, false, false, false, true, false, false);
            for (IndicatorResult r : results) {
                table.add(List.of(r.area().toString(), r.areaName().orElse(""), r.indicator().code(),
                        r.indicator().chineseName(), r.indicator().englishName(), Presentation.value(r),
                        r.unit().symbol(), Presentation.interval(r)));
            }
            table.print(out);
        }
    },
    /** A JSON array of the result records of the indicator contract. */
    JSON {
        @Override
        void print(List<IndicatorResult> results, double confidence, PrintWriter out) {
            FpkitJson.mapper(true).writerWithDefaultPrettyPrinter().writeValue(unclosable(out), results);
            out.println();
        }
    },
    /** The result records as CSV, with the same columns as JSON. */
    CSV {
        @Override
        void print(List<IndicatorResult> results, double confidence, PrintWriter out) {
            try (ResultCsvWriter csv = ResultCsvWriter.of(unclosable(out))) {
                results.forEach(csv::write);
            }
        }
    };

    /**
     * Prints the results.
     *
     * @param results the results, in order
     * @param confidence the confidence level of the intervals, for the table's header
     * @param out where to print; flushed, not closed
     */
    abstract void print(List<IndicatorResult> results, double confidence, PrintWriter out);

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Standard output outlives one command: writers over it flush instead of closing it. */
    static Writer unclosable(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
    }
}
