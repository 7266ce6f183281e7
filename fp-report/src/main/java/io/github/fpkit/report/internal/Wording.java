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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.report.ReportLanguage;
import io.github.fpkit.report.Rounding;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The words and number forms of one language: every text of a report is chosen here or
 * written beside its translation with {@link #pick}, so that the two languages stay side
 * by side in the code. Immutable and thread-safe.
 */
public final class Wording {
    /** What an undefined value is shown as in Chinese. */
    public static final String UNDEFINED_ZH = "—";
    /** What an undefined value is shown as in English. */
    public static final String UNDEFINED_EN = "n/a";

    private final ReportLanguage language;

    private Wording(ReportLanguage language) {
        this.language = language;
    }

    /**
     * @param language the language, not null
     * @return its wording
     */
    public static Wording of(ReportLanguage language) {
        return new Wording(Objects.requireNonNull(language, "language"));
    }

    /** @return the language */
    public ReportLanguage language() {
        return language;
    }

    /** @return true for Chinese */
    public boolean chinese() {
        return language == ReportLanguage.ZH;
    }

    /**
     * @param zh the Chinese text
     * @param en the English text
     * @return the text of the language
     */
    public String pick(String zh, String en) {
        return chinese() ? zh : en;
    }

    /** @return what an undefined value is shown as: {@code —} or {@code n/a} */
    public String undefined() {
        return pick(UNDEFINED_ZH, UNDEFINED_EN);
    }

    /** @return the indicator's name in the language */
    public String name(Indicator indicator) {
        return chinese() ? indicator.chineseName() : indicator.englishName();
    }

    /** @return the unit's symbol in the language ({@code ‰}, {@code %}, {@code 女=100} or {@code per 100 females}, …) */
    public String unit(Unit unit) {
        return chinese() ? unit.chineseSymbol() : unit.symbol();
    }

    /** @return the value rounded for its unit ({@link Rounding}), or {@link #undefined()} */
    public String number(OptionalDouble value, Unit unit) {
        return Rounding.text(value, unit).orElse(undefined());
    }

    /**
     * @param usersOf one of the {@code USERS_*} indicators
     * @return the method's short name: {@code 上环} of {@code 上环人数}, {@code IUD} of {@code Users of IUD}
     */
    public String method(Indicator usersOf) {
        if (chinese()) {
            String name = usersOf.chineseName();
            return name.endsWith("人数") ? name.substring(0, name.length() - 2) : name;
        }
        String name = usersOf.englishName();
        return name.startsWith("Users of ") ? name.substring("Users of ".length()) : name;
    }

    /** @return the area as a title names it: {@code 第1乡（990102001000）} or {@code 第1乡 (990102001000)} */
    public String area(AreaCode code, String name) {
        return name.equals(code.toString()) ? name : name + pick("（", " (") + code + pick("）", ")");
    }

    /** @return the period with its dates: {@code 2009SY（2008-10-01至2009-09-30）} or {@code 2009SY (2008-10-01 to 2009-09-30)} */
    public String period(ReportingPeriod period) {
        return period + pick("（", " (") + period.start() + pick("至", " to ") + period.end() + pick("）", ")");
    }

    /**
     * @param percent a percentage
     * @return it rounded to two decimals with its sign: {@code 50.67%}, {@code 50.67 %}
     */
    public String percent(double percent) {
        return number(OptionalDouble.of(percent), Unit.PERCENT) + pick("%", " %");
    }

    /**
     * @param level the level of an area with sub-areas
     * @return its sub-areas, as a title names them: {@code 各村} or {@code villages} under a township,
     *         {@code 各乡镇} or {@code townships} under a county
     */
    public String subAreas(AreaLevel level) {
        return level == AreaLevel.COUNTY ? pick("各乡镇", "townships") : pick("各村", "villages");
    }

    /**
     * @param level the level of an area with sub-areas
     * @return one of its sub-areas, as an English title names it ({@code village}, {@code township}); in Chinese as {@link #subAreas}
     */
    public String subArea(AreaLevel level) {
        return level == AreaLevel.COUNTY ? pick("各乡镇", "township") : pick("各村", "village");
    }

    /** @return the sentence that stands where a chart of births would be empty: {@code 本期无出生}, {@code No births in the period} */
    public String noBirths() {
        return pick("本期无出生", "No births in the period");
    }

    /**
     * @param fraction a confidence level, from 0 to 1
     * @return it as a percentage without trailing zeros: {@code 95%}
     */
    public static String confidence(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** @return the text followed by the unit in brackets: {@code 人数（人）}, {@code Women (persons)} */
    public String withUnit(String text, String unit) {
        return text + pick("（", " (") + unit + pick("）", ")");
    }
}
