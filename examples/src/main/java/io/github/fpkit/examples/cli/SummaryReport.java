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
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The statistics paragraph a township report opens with, in Chinese or English, written
 * from an area's computed results, followed by the table of the figures it cites. A
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

    private static final List<Indicator> METHODS = FIGURES.subList(FIGURES.indexOf(Indicator.USERS_FEMALE_STERILIZATION),
            FIGURES.indexOf(Indicator.USERS_TRADITIONAL) + 1);

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

    /** @return the paragraph, on one line */
    String paragraph() {
        return language == Language.ZH ? chinese() : english();
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

    private String chinese() {
        StringBuilder s = new StringBuilder();
        s.append(areaName).append("（").append(area).append("）").append(period).append("（").append(period.start())
                .append("至").append(period.end()).append("）：");
        s.append("平均人口").append(persons(population())).append("。");
        s.append("出生").append(v(Indicator.LIVE_BIRTHS, "人")).append("，其中一孩").append(v(Indicator.BIRTHS_ORDER_1, "人"))
                .append("、二孩").append(v(Indicator.BIRTHS_ORDER_2, "人")).append("、多孩").append(v(Indicator.BIRTHS_ORDER_3P, "人"))
                .append("，男婴").append(persons(males())).append("、女婴").append(persons(females())).append("；死亡")
                .append(v(Indicator.DEATHS, "人")).append("。");
        s.append("人口出生率").append(v(Indicator.CBR, "‰")).append("，人口死亡率").append(v(Indicator.CDR, "‰"))
                .append("，人口自然增长率").append(v(Indicator.NIR, "‰")).append("，出生人口性别比").append(v(Indicator.SRB))
                .append("，符合政策生育率").append(v(Indicator.POLICY_BIRTH_RATE, "%")).append("，总和生育率")
                .append(v(Indicator.TFR)).append("。");
        s.append("育龄妇女").append(v(Indicator.WRA, "人")).append("，其中已婚育龄妇女").append(v(Indicator.MARRIED_WRA, "人"))
                .append("：零孩").append(v(Indicator.PARITY_0, "人")).append("、一孩").append(v(Indicator.PARITY_1, "人"))
                .append("、二孩").append(v(Indicator.PARITY_2, "人")).append("、多孩").append(v(Indicator.PARITY_3P, "人")).append("。");
        s.append("落实避孕节育措施").append(persons(users())).append("，综合避孕率").append(v(Indicator.CPR, "%"));
        List<String> methods = new ArrayList<>();
        for (Indicator m : usedMethods()) {
            methods.add(methodName(m, true) + v(m, "人"));
        }
        if (!methods.isEmpty()) {
            s.append("，其中").append(String.join("、", methods));
        }
        s.append("。");
        return s.toString();
    }

    private String english() {
        StringBuilder s = new StringBuilder();
        s.append(areaName).append(" (").append(area).append("), ").append(period).append(" (").append(period.start())
                .append(" to ").append(period.end()).append("): ");
        s.append("average population ").append(population()).append(". ");
        s.append("Live births ").append(v(Indicator.LIVE_BIRTHS)).append(" (first ").append(v(Indicator.BIRTHS_ORDER_1))
                .append(", second ").append(v(Indicator.BIRTHS_ORDER_2)).append(", third and higher ")
                .append(v(Indicator.BIRTHS_ORDER_3P)).append("; ").append(males()).append(" boys, ").append(females())
                .append(" girls); deaths ").append(v(Indicator.DEATHS)).append(". ");
        s.append("Crude birth rate ").append(v(Indicator.CBR, " ‰")).append(", crude death rate ").append(v(Indicator.CDR, " ‰"))
                .append(", natural increase rate ").append(v(Indicator.NIR, " ‰")).append(", sex ratio at birth ")
                .append(v(Indicator.SRB)).append(", policy-compliant birth rate ").append(v(Indicator.POLICY_BIRTH_RATE, " %"))
                .append(", total fertility rate ").append(v(Indicator.TFR)).append(". ");
        s.append("Women of reproductive age ").append(v(Indicator.WRA)).append(", of whom ").append(v(Indicator.MARRIED_WRA))
                .append(" married: ").append(v(Indicator.PARITY_0)).append(" with no child, ").append(v(Indicator.PARITY_1))
                .append(" with one, ").append(v(Indicator.PARITY_2)).append(" with two, ").append(v(Indicator.PARITY_3P))
                .append(" with three or more. ");
        s.append("Contraceptive users ").append(users()).append(", a prevalence of ").append(v(Indicator.CPR, " %"));
        List<String> methods = new ArrayList<>();
        for (Indicator m : usedMethods()) {
            methods.add(methodName(m, false) + " " + v(m));
        }
        if (!methods.isEmpty()) {
            s.append(": ").append(String.join(", ", methods));
        }
        s.append(".");
        return s.toString();
    }

    /** The methods somebody uses, so that the paragraph does not list a row of zeros. */
    private List<Indicator> usedMethods() {
        List<Indicator> used = new ArrayList<>();
        for (Indicator m : METHODS) {
            IndicatorResult r = results.get(m);
            if (r != null && r.value().isPresent() && r.value().getAsDouble() > 0) {
                used.add(m);
            }
        }
        return used;
    }

    private static String methodName(Indicator usersOf, boolean chinese) {
        if (chinese) {
            String name = usersOf.chineseName();
            return name.endsWith("人数") ? name.substring(0, name.length() - 2) : name;
        }
        String name = usersOf.englishName();
        return name.startsWith("Users of ") ? name.substring("Users of ".length()) : name;
    }

    /** The average population is the denominator of the crude birth rate. */
    private String population() {
        IndicatorResult cbr = results.get(Indicator.CBR);
        return cbr == null ? undefined() : count(cbr.denominator());
    }

    /** Male and female live births are the numerator and denominator of the sex ratio at birth. */
    private String males() {
        IndicatorResult srb = results.get(Indicator.SRB);
        return srb == null || srb.numerator().isEmpty() ? undefined() : Long.toString(srb.numerator().getAsLong());
    }

    private String females() {
        IndicatorResult srb = results.get(Indicator.SRB);
        return srb == null ? undefined() : count(srb.denominator());
    }

    /** Contraceptive users are the numerator of the prevalence rate. */
    private String users() {
        IndicatorResult cpr = results.get(Indicator.CPR);
        OptionalLong n = cpr == null ? OptionalLong.empty() : cpr.numerator();
        return n.isEmpty() ? undefined() : Long.toString(n.getAsLong());
    }

    private String v(Indicator indicator) {
        IndicatorResult r = results.get(indicator);
        return r == null ? undefined() : value(r);
    }

    /** The value followed by its unit, or the undefined mark alone: "n/a ‰" or "—人" would read as a measurement. */
    private String v(Indicator indicator, String unit) {
        return withUnit(v(indicator), unit);
    }

    private String persons(String count) {
        return withUnit(count, "人");
    }

    private String withUnit(String value, String unit) {
        return value.equals(undefined()) ? value : value + unit;
    }

    private String value(IndicatorResult r) {
        return number(r.value(), r.indicator());
    }

    private String number(OptionalDouble value, Indicator indicator) {
        String text = Presentation.number(value, indicator.unit());
        return text.equals(Presentation.UNDEFINED) ? undefined() : text;
    }

    private String count(OptionalDouble value) {
        return value.isEmpty() ? undefined()
                : BigDecimal.valueOf(value.getAsDouble()).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private String undefined() {
        return language == Language.ZH ? Presentation.UNDEFINED : "n/a";
    }
}
