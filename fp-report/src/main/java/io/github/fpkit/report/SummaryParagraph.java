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
package io.github.fpkit.report;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.report.internal.Wording;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The statistics paragraph a township report opens with (population, births by order and
 * sex, deaths, the main rates, married women by parity, contraceptive users by method),
 * written from an area's computed results in Chinese or English: what {@code fp summary}
 * prints and what an HTML report starts with. A figure that is undefined or not available
 * (its table is missing) is written as {@code —} in Chinese and {@code n/a} in English,
 * without a unit, never NaN or 0. Methods nobody uses are left out of the list of methods.
 *
 * <pre>{@code
 * ComputedIndicators computed = Indicators.compute(source, ReportingPeriod.parse("2009SY"), AreaLevel.TOWNSHIP);
 * AreaCode township = AreaCode.of("990102001000");
 * String text = SummaryParagraph.of(township, "第1乡", computed.period(), computed.resultsFor(township), ReportLanguage.ZH);
 * // 第1乡（990102001000）2009SY（2008-10-01至2009-09-30）：平均人口10862人。出生125人，其中一孩70人、…
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class SummaryParagraph {
    /** The methods in the order the paragraph lists them. */
    private static final List<Indicator> METHODS = List.of(Indicator.USERS_FEMALE_STERILIZATION,
            Indicator.USERS_MALE_STERILIZATION, Indicator.USERS_IUD, Indicator.USERS_IMPLANT, Indicator.USERS_INJECTABLE,
            Indicator.USERS_ORAL_PILL, Indicator.USERS_CONDOM, Indicator.USERS_OTHER_MODERN, Indicator.USERS_TRADITIONAL);

    private final AreaCode area;
    private final String areaName;
    private final ReportingPeriod period;
    private final Map<Indicator, IndicatorResult> results = new EnumMap<>(Indicator.class);
    private final Wording words;

    private SummaryParagraph(AreaCode area, String areaName, ReportingPeriod period, List<IndicatorResult> results,
            ReportLanguage language) {
        this.area = area;
        this.areaName = areaName;
        this.period = period;
        results.forEach(r -> this.results.put(r.indicator(), r));
        this.words = Wording.of(language);
    }

    /**
     * Writes the paragraph.
     *
     * @param area the area, not null
     * @param areaName its name, or its code if it has none; not null
     * @param period the period, not null
     * @param results the area's results, not null; indicators missing from it are written as not available
     * @param language the language, not null
     * @return the paragraph, on one line
     */
    public static String of(AreaCode area, String areaName, ReportingPeriod period, List<IndicatorResult> results,
            ReportLanguage language) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(areaName, "areaName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(language, "language");
        SummaryParagraph p = new SummaryParagraph(area, areaName, period, results, language);
        return p.words.chinese() ? p.chinese() : p.english();
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
            methods.add(words.method(m) + v(m, "人"));
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
            methods.add(words.method(m) + " " + v(m));
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

    /** The average population is the denominator of the crude birth rate. */
    private String population() {
        IndicatorResult cbr = results.get(Indicator.CBR);
        return cbr == null ? words.undefined() : count(cbr.denominator());
    }

    /** Male and female live births are the numerator and denominator of the sex ratio at birth. */
    private String males() {
        IndicatorResult srb = results.get(Indicator.SRB);
        return srb == null || srb.numerator().isEmpty() ? words.undefined() : Long.toString(srb.numerator().getAsLong());
    }

    private String females() {
        IndicatorResult srb = results.get(Indicator.SRB);
        return srb == null ? words.undefined() : count(srb.denominator());
    }

    /** Contraceptive users are the numerator of the prevalence rate. */
    private String users() {
        IndicatorResult cpr = results.get(Indicator.CPR);
        OptionalLong n = cpr == null ? OptionalLong.empty() : cpr.numerator();
        return n.isEmpty() ? words.undefined() : Long.toString(n.getAsLong());
    }

    private String v(Indicator indicator) {
        IndicatorResult r = results.get(indicator);
        return r == null ? words.undefined() : words.number(r.value(), indicator.unit());
    }

    /** The value followed by its unit, or the undefined mark alone: "n/a ‰" or "—人" would read as a measurement. */
    private String v(Indicator indicator, String unit) {
        return withUnit(v(indicator), unit);
    }

    private String persons(String count) {
        return withUnit(count, "人");
    }

    private String withUnit(String value, String unit) {
        return value.equals(words.undefined()) ? value : value + unit;
    }

    private String count(OptionalDouble value) {
        return words.number(value, Unit.COUNT);
    }
}
