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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.report.ReportLanguage;
import io.github.fpkit.report.SummaryParagraph;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The statistics paragraph a township report opens with, in Chinese or English, written
 * from an area's computed results ({@link SummaryParagraph}, which the HTML report opens
 * with too), followed by the table of the figures it cites. A
 * figure that is undefined or not available (its table is missing) is written as
 * {@code —} in Chinese and {@code n/a} in English, without a unit, never NaN or 0. The
 * table keeps its unit column: it names each row's unit, defined value or not.
 */
final class SummaryReport {
    /** The figures of the report, in the order of its table. */
    static final List<Indicator> FIGURES = List.of(Indicator.LIVE_BIRTHS, Indicator.BIRTHS_ORDER_1, Indicator.BIRTHS_ORDER_2,
            Indicator.BIRTHS_ORDER_3P, Indicator.DEATHS, Indicator.CBR, Indicator.CDR, Indicator.NIR, Indicator.SRB,
            Indicator.POLICY_BIRTH_RATE, Indicator.HIGHER_ORDER_BIRTH_SHARE, Indicator.TFR, Indicator.WRA, Indicator.MARRIED_WRA,
            Indicator.PARITY_0, Indicator.PARITY_1, Indicator.PARITY_2, Indicator.PARITY_3P, Indicator.CPR, Indicator.MCPR,
            Indicator.LONG_ACTING_SHARE, Indicator.USERS_FEMALE_STERILIZATION, Indicator.USERS_MALE_STERILIZATION,
            Indicator.USERS_IUD, Indicator.USERS_IMPLANT, Indicator.USERS_INJECTABLE, Indicator.USERS_ORAL_PILL,
            Indicator.USERS_CONDOM, Indicator.USERS_OTHER_MODERN, Indicator.USERS_TRADITIONAL, Indicator.HEALTH_CHECK_COVERAGE);

    /** The language of the report. */
    enum Language {
        /** 中文 (default). */
        ZH,
        /** English. */
        EN;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final AreaCode area;
    private final String areaName;
    private final ReportingPeriod period;
    private final Map<Indicator, IndicatorResult> results = new EnumMap<>(Indicator.class);
    private final Language language;
    private final double confidence;

    /**
     * @param area the area
     * @param areaName its name, or its code if it has none
     * @param period the period
     * @param results the area's results; indicators missing from it are reported as not available
     * @param language the language
     * @param confidence the confidence level of the intervals
     */
    SummaryReport(AreaCode area, String areaName, ReportingPeriod period, List<IndicatorResult> results, Language language,
            double confidence) {
        this.area = area;
        this.areaName = areaName;
        this.period = period;
        results.forEach(r -> this.results.put(r.indicator(), r));
        this.language = language;
        this.confidence = confidence;
    }

    /** @return the paragraph of {@link SummaryParagraph}, on one line */
    String paragraph() {
        return SummaryParagraph.of(area, areaName, period, List.copyOf(results.values()), ReportLanguage.valueOf(language.name()));
    }

    /**
     * Prints the paragraph, a blank line and the table.
     *
     * @param out where to print
     * @param width the most terminal columns a line of the table may take (the paragraph is one line, to be pasted)
     */
    void print(PrintWriter out, int width) {
        out.println(paragraph());
        out.println();
        boolean zh = language == Language.ZH;
        TextTable table = new TextTable().wrapped(zh ? "指标" : "indicator", 16).right(zh ? "数值" : "value")
                .wrapped(zh ? "单位" : "unit", 7).left(Presentation.percent(confidence) + (zh ? "置信区间" : " CI"));
        for (Indicator i : FIGURES) {
            IndicatorResult r = results.get(i);
            table.add(zh ? i.chineseName() : i.englishName(), r == null ? undefined() : value(r),
                    zh ? i.unit().chineseSymbol() : i.unit().symbol(),
                    r == null || r.ciLow().isEmpty() ? undefined() : "[" + number(r.ciLow(), i) + ", " + number(r.ciHigh(), i) + "]");
        }
        table.print(out, width);
    }

    private String value(IndicatorResult r) {
        return number(r.value(), r.indicator());
    }

    private String number(OptionalDouble value, Indicator indicator) {
        String text = Presentation.number(value, indicator.unit());
        return text.equals(Presentation.UNDEFINED) ? undefined() : text;
    }

    private String undefined() {
        return language == Language.ZH ? Presentation.UNDEFINED : "n/a";
    }
}
