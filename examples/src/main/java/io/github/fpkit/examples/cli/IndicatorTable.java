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
import java.io.PrintWriter;
import java.util.List;

/**
 * The table of {@code fp indicators} and {@code fp demo}: one row a result, in one
 * language: area code and name, indicator code and name, the value rounded for reading
 * ({@link Presentation}), unit and interval. The names and the unit are the columns wrapped
 * to fit the width.
 */
final class IndicatorTable {
    private IndicatorTable() {
    }

    /**
     * @param results the results, in order
     * @param language the language of the headers, names and units
     * @param confidence the confidence level of the intervals, for the header
     * @param width the most terminal columns a line may take
     * @param out where to print
     */
    static void print(List<IndicatorResult> results, SummaryReport.Language language, double confidence, int width, PrintWriter out) {
        boolean zh = language == SummaryReport.Language.ZH;
        TextTable table = new TextTable()
                .left(zh ? "区划代码" : "area")
                .wrapped(zh ? "名称" : "name", 8)
                .left(zh ? "指标代码" : "code")
                .wrapped(zh ? "指标" : "indicator", 16)
                .right(zh ? "数值" : "value")
                .wrapped(zh ? "单位" : "unit", 7)
                .left(Presentation.percent(confidence) + (zh ? "置信区间" : " CI"));
        for (IndicatorResult r : results) {
            table.add(r.area().toString(), r.areaName().orElse(""), r.indicator().code(),
                    zh ? r.indicator().chineseName() : r.indicator().englishName(), Presentation.value(r),
                    zh ? r.unit().chineseSymbol() : r.unit().symbol(), Presentation.interval(r));
        }
        table.print(out, width);
    }
}
