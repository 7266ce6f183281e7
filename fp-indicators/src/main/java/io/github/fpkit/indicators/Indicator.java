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
package io.github.fpkit.indicators;

import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.github.fpkit.indicators.CountSum.of;
import static io.github.fpkit.indicators.Formula.count;
import static io.github.fpkit.indicators.Formula.cumulativeIncidence;
import static io.github.fpkit.indicators.Formula.coupleYears;
import static io.github.fpkit.indicators.Formula.meanAge;
import static io.github.fpkit.indicators.Formula.meanChildbearingAge;
import static io.github.fpkit.indicators.Formula.perPopulation;
import static io.github.fpkit.indicators.Formula.perWomanYear;
import static io.github.fpkit.indicators.Formula.ratio;
import static io.github.fpkit.indicators.Formula.totalFertility;

/**
 * The indicator catalogue: every indicator fpkit computes. Each constant declares
 * everything about itself in one place — its stable code (the constant's name, used in
 * code, JSON, CSV and the CLI), Chinese and English names, unit, family, interval method,
 * its {@link Formula} over the {@link Count}s of a tally, and a one-line definition; its
 * input tables follow from the formula. Tallies, results, the aggregate-report indicators
 * and the audit's rate rules all read these declarations, so a new rate over existing
 * counts is one declaration. The definitions are those of the indicator contract,
 * documented for users in {@code docs/INDICATORS.md}.
 *
 * <pre>{@code
 * Indicator cpr = Indicator.parse("CPR");
 * cpr.chineseName(); // "综合避孕率"
 * cpr.unit();        // PERCENT
 * cpr.family();      // CONTRACEPTION
 * cpr.formula();     // (USERS) / (MARRIED_WRA)
 * Indicator.users(ContraceptiveMethod.IUD); // USERS_IUD
 * }</pre>
 */
public enum Indicator {
    /** 出生人数 — Live births: live births in P. */
    LIVE_BIRTHS("出生人数", "Live births", Unit.COUNT, IndicatorFamily.VITAL_EVENTS, IntervalMethod.NONE,
            count(Count.LIVE_BIRTHS),
            "live births in P"),
    /** 死亡人数 — Deaths: deaths with death_date in P. */
    DEATHS("死亡人数", "Deaths", Unit.COUNT, IndicatorFamily.VITAL_EVENTS, IntervalMethod.NONE,
            count(Count.DEATHS),
            "deaths with death_date in P"),
    /** 人口出生率 — Crude birth rate: LIVE_BIRTHS / average population × 1000. */
    CBR("人口出生率", "Crude birth rate", Unit.PER_MILLE, IndicatorFamily.VITAL_EVENTS, IntervalMethod.EXACT_POISSON,
            perPopulation(of(Count.LIVE_BIRTHS)),
            "LIVE_BIRTHS / average population × 1000"),
    /** 人口死亡率 — Crude death rate: DEATHS / average population × 1000. */
    CDR("人口死亡率", "Crude death rate", Unit.PER_MILLE, IndicatorFamily.VITAL_EVENTS, IntervalMethod.EXACT_POISSON,
            perPopulation(of(Count.DEATHS)),
            "DEATHS / average population × 1000"),
    /** 人口自然增长率 — Natural increase rate: (LIVE_BIRTHS − DEATHS) / average population × 1000. */
    NIR("人口自然增长率", "Natural increase rate", Unit.PER_MILLE, IndicatorFamily.VITAL_EVENTS, IntervalMethod.NONE,
            perPopulation(of(Count.LIVE_BIRTHS).minus(Count.DEATHS)),
            "(LIVE_BIRTHS − DEATHS) / average population × 1000"),
    /** 出生人口性别比 — Sex ratio at birth: male live births / female live births × 100. */
    SRB("出生人口性别比", "Sex ratio at birth", Unit.PER_100_FEMALES, IndicatorFamily.BIRTH_STRUCTURE, IntervalMethod.SEX_RATIO_WILSON,
            ratio(of(Count.MALE_BIRTHS), of(Count.FEMALE_BIRTHS)),
            "male live births / female live births × 100"),
    /** 一孩出生人口性别比 — Sex ratio at birth, first births: male live births of order 1 / female live births of order 1 × 100. */
    SRB_1("一孩出生人口性别比", "Sex ratio at birth, first births", Unit.PER_100_FEMALES, IndicatorFamily.BIRTH_STRUCTURE, IntervalMethod.SEX_RATIO_WILSON,
            ratio(of(Count.MALE_BIRTHS_ORDER_1), of(Count.FEMALE_BIRTHS_ORDER_1)),
            "male live births of order 1 / female live births of order 1 × 100"),
    /** 二孩出生人口性别比 — Sex ratio at birth, second births: male live births of order 2 / female live births of order 2 × 100. */
    SRB_2("二孩出生人口性别比", "Sex ratio at birth, second births", Unit.PER_100_FEMALES, IndicatorFamily.BIRTH_STRUCTURE, IntervalMethod.SEX_RATIO_WILSON,
            ratio(of(Count.MALE_BIRTHS_ORDER_2), of(Count.FEMALE_BIRTHS_ORDER_2)),
            "male live births of order 2 / female live births of order 2 × 100"),
    /** 多孩出生人口性别比 — Sex ratio at birth, third and higher births: male live births of order 3 or more / female live births of order 3 or more × 100. */
    SRB_3P("多孩出生人口性别比", "Sex ratio at birth, third and higher births", Unit.PER_100_FEMALES, IndicatorFamily.BIRTH_STRUCTURE, IntervalMethod.SEX_RATIO_WILSON,
            ratio(of(Count.MALE_BIRTHS_ORDER_3P), of(Count.FEMALE_BIRTHS_ORDER_3P)),
            "male live births of order 3 or more / female live births of order 3 or more × 100"),
    /** 符合政策生育率（计划生育率） — Policy-compliant birth rate: live births with policy = in / LIVE_BIRTHS × 100. */
    POLICY_BIRTH_RATE("符合政策生育率（计划生育率）", "Policy-compliant birth rate", Unit.PERCENT, IndicatorFamily.BIRTH_STRUCTURE, IntervalMethod.WILSON_SCORE,
            ratio(of(Count.POLICY_IN_BIRTHS), of(Count.LIVE_BIRTHS)),
            "live births with policy = in / LIVE_BIRTHS × 100"),
    /** 多孩率 — Higher-order birth share: live births with birth_order ≥ 3 / LIVE_BIRTHS × 100. */
    HIGHER_ORDER_BIRTH_SHARE("多孩率", "Higher-order birth share", Unit.PERCENT, IndicatorFamily.BIRTH_STRUCTURE, IntervalMethod.WILSON_SCORE,
            ratio(of(Count.BIRTHS_ORDER_3P), of(Count.LIVE_BIRTHS)),
            "live births with birth_order ≥ 3 / LIVE_BIRTHS × 100"),
    /** 一孩出生 — First births: live births in P of order 1. */
    BIRTHS_ORDER_1("一孩出生", "First births", Unit.COUNT, IndicatorFamily.BIRTH_STRUCTURE, IntervalMethod.NONE,
            count(Count.BIRTHS_ORDER_1),
            "live births in P of order 1"),
    /** 二孩出生 — Second births: live births in P of order 2. */
    BIRTHS_ORDER_2("二孩出生", "Second births", Unit.COUNT, IndicatorFamily.BIRTH_STRUCTURE, IntervalMethod.NONE,
            count(Count.BIRTHS_ORDER_2),
            "live births in P of order 2"),
    /** 多孩出生 — Third and higher births: live births in P of order 3 or more. */
    BIRTHS_ORDER_3P("多孩出生", "Third and higher births", Unit.COUNT, IndicatorFamily.BIRTH_STRUCTURE, IntervalMethod.NONE,
            count(Count.BIRTHS_ORDER_3P),
            "live births in P of order 3 or more"),
    /** 育龄妇女人数 — Women of reproductive age: women aged 15–49 on the reference date. */
    WRA("育龄妇女人数", "Women of reproductive age", Unit.COUNT, IndicatorFamily.WOMEN, IntervalMethod.NONE,
            count(Count.WRA),
            "women aged 15–49 on the reference date"),
    /** 已婚育龄妇女人数 — Married women of reproductive age: WRA whose marital status is married or remarried. */
    MARRIED_WRA("已婚育龄妇女人数", "Married women of reproductive age", Unit.COUNT, IndicatorFamily.WOMEN, IntervalMethod.NONE,
            count(Count.MARRIED_WRA),
            "WRA whose marital status is married or remarried"),
    /** 零孩妇女 — Married WRA with no child: married WRA with 0 live births up to the reference date. */
    PARITY_0("零孩妇女", "Married WRA with no child", Unit.COUNT, IndicatorFamily.WOMEN, IntervalMethod.NONE,
            count(Count.PARITY_0),
            "married WRA with 0 live births up to the reference date"),
    /** 一孩妇女 — Married WRA with one child: married WRA with 1 live birth up to the reference date. */
    PARITY_1("一孩妇女", "Married WRA with one child", Unit.COUNT, IndicatorFamily.WOMEN, IntervalMethod.NONE,
            count(Count.PARITY_1),
            "married WRA with 1 live birth up to the reference date"),
    /** 二孩妇女 — Married WRA with two children: married WRA with 2 live births up to the reference date. */
    PARITY_2("二孩妇女", "Married WRA with two children", Unit.COUNT, IndicatorFamily.WOMEN, IntervalMethod.NONE,
            count(Count.PARITY_2),
            "married WRA with 2 live births up to the reference date"),
    /** 多孩妇女 — Married WRA with three or more children: married WRA with 3 or more live births up to the reference date. */
    PARITY_3P("多孩妇女", "Married WRA with three or more children", Unit.COUNT, IndicatorFamily.WOMEN, IntervalMethod.NONE,
            count(Count.PARITY_3P),
            "married WRA with 3 or more live births up to the reference date"),
    /** 一般生育率 — General fertility rate: live births in P to mothers aged 15–49 / woman-years lived at 15–49 in P × 1000. */
    GFR("一般生育率", "General fertility rate", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(Sums.BIRTHS_15_49, Sums.DAYS_15_49),
            "live births in P to mothers aged 15–49 / woman-years lived at 15–49 in P × 1000"),
    /** 年龄别生育率（15–19岁） — Age-specific fertility rate 15–19: live births in P to mothers aged 15–19 at the birth / woman-years lived at 15–19 in P × 1000. */
    ASFR_15_19("年龄别生育率（15–19岁）", "Age-specific fertility rate 15–19", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_AGE_15_19), of(Count.DAYS_AGE_15_19)),
            "live births in P to mothers aged 15–19 at the birth / woman-years lived at 15–19 in P × 1000"),
    /** 年龄别生育率（20–24岁） — Age-specific fertility rate 20–24: live births in P to mothers aged 20–24 at the birth / woman-years lived at 20–24 in P × 1000. */
    ASFR_20_24("年龄别生育率（20–24岁）", "Age-specific fertility rate 20–24", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_AGE_20_24), of(Count.DAYS_AGE_20_24)),
            "live births in P to mothers aged 20–24 at the birth / woman-years lived at 20–24 in P × 1000"),
    /** 年龄别生育率（25–29岁） — Age-specific fertility rate 25–29: live births in P to mothers aged 25–29 at the birth / woman-years lived at 25–29 in P × 1000. */
    ASFR_25_29("年龄别生育率（25–29岁）", "Age-specific fertility rate 25–29", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_AGE_25_29), of(Count.DAYS_AGE_25_29)),
            "live births in P to mothers aged 25–29 at the birth / woman-years lived at 25–29 in P × 1000"),
    /** 年龄别生育率（30–34岁） — Age-specific fertility rate 30–34: live births in P to mothers aged 30–34 at the birth / woman-years lived at 30–34 in P × 1000. */
    ASFR_30_34("年龄别生育率（30–34岁）", "Age-specific fertility rate 30–34", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_AGE_30_34), of(Count.DAYS_AGE_30_34)),
            "live births in P to mothers aged 30–34 at the birth / woman-years lived at 30–34 in P × 1000"),
    /** 年龄别生育率（35–39岁） — Age-specific fertility rate 35–39: live births in P to mothers aged 35–39 at the birth / woman-years lived at 35–39 in P × 1000. */
    ASFR_35_39("年龄别生育率（35–39岁）", "Age-specific fertility rate 35–39", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_AGE_35_39), of(Count.DAYS_AGE_35_39)),
            "live births in P to mothers aged 35–39 at the birth / woman-years lived at 35–39 in P × 1000"),
    /** 年龄别生育率（40–44岁） — Age-specific fertility rate 40–44: live births in P to mothers aged 40–44 at the birth / woman-years lived at 40–44 in P × 1000. */
    ASFR_40_44("年龄别生育率（40–44岁）", "Age-specific fertility rate 40–44", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_AGE_40_44), of(Count.DAYS_AGE_40_44)),
            "live births in P to mothers aged 40–44 at the birth / woman-years lived at 40–44 in P × 1000"),
    /** 年龄别生育率（45–49岁） — Age-specific fertility rate 45–49: live births in P to mothers aged 45–49 at the birth / woman-years lived at 45–49 in P × 1000. */
    ASFR_45_49("年龄别生育率（45–49岁）", "Age-specific fertility rate 45–49", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_AGE_45_49), of(Count.DAYS_AGE_45_49)),
            "live births in P to mothers aged 45–49 at the birth / woman-years lived at 45–49 in P × 1000"),
    /** 总和生育率 — Total fertility rate: 5 × Σ ASFR / 1000 over the seven age groups. */
    TFR("总和生育率", "Total fertility rate", Unit.CHILDREN_PER_WOMAN, IndicatorFamily.FERTILITY, IntervalMethod.NORMAL_APPROXIMATION,
            totalFertility(Schedules.ALL),
            "5 × Σ ASFR / 1000 over the seven age groups"),
    /** 一孩年龄别生育率（15–19岁） — Age-specific fertility rate 15–19, first births: live births of order 1 in P to mothers aged 15–19 at the birth / woman-years lived at 15–19 in P × 1000. */
    ASFR_1_15_19("一孩年龄别生育率（15–19岁）", "Age-specific fertility rate 15–19, first births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_1_AGE_15_19), of(Count.DAYS_AGE_15_19)),
            "live births of order 1 in P to mothers aged 15–19 at the birth / woman-years lived at 15–19 in P × 1000"),
    /** 一孩年龄别生育率（20–24岁） — Age-specific fertility rate 20–24, first births: live births of order 1 in P to mothers aged 20–24 at the birth / woman-years lived at 20–24 in P × 1000. */
    ASFR_1_20_24("一孩年龄别生育率（20–24岁）", "Age-specific fertility rate 20–24, first births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_1_AGE_20_24), of(Count.DAYS_AGE_20_24)),
            "live births of order 1 in P to mothers aged 20–24 at the birth / woman-years lived at 20–24 in P × 1000"),
    /** 一孩年龄别生育率（25–29岁） — Age-specific fertility rate 25–29, first births: live births of order 1 in P to mothers aged 25–29 at the birth / woman-years lived at 25–29 in P × 1000. */
    ASFR_1_25_29("一孩年龄别生育率（25–29岁）", "Age-specific fertility rate 25–29, first births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_1_AGE_25_29), of(Count.DAYS_AGE_25_29)),
            "live births of order 1 in P to mothers aged 25–29 at the birth / woman-years lived at 25–29 in P × 1000"),
    /** 一孩年龄别生育率（30–34岁） — Age-specific fertility rate 30–34, first births: live births of order 1 in P to mothers aged 30–34 at the birth / woman-years lived at 30–34 in P × 1000. */
    ASFR_1_30_34("一孩年龄别生育率（30–34岁）", "Age-specific fertility rate 30–34, first births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_1_AGE_30_34), of(Count.DAYS_AGE_30_34)),
            "live births of order 1 in P to mothers aged 30–34 at the birth / woman-years lived at 30–34 in P × 1000"),
    /** 一孩年龄别生育率（35–39岁） — Age-specific fertility rate 35–39, first births: live births of order 1 in P to mothers aged 35–39 at the birth / woman-years lived at 35–39 in P × 1000. */
    ASFR_1_35_39("一孩年龄别生育率（35–39岁）", "Age-specific fertility rate 35–39, first births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_1_AGE_35_39), of(Count.DAYS_AGE_35_39)),
            "live births of order 1 in P to mothers aged 35–39 at the birth / woman-years lived at 35–39 in P × 1000"),
    /** 一孩年龄别生育率（40–44岁） — Age-specific fertility rate 40–44, first births: live births of order 1 in P to mothers aged 40–44 at the birth / woman-years lived at 40–44 in P × 1000. */
    ASFR_1_40_44("一孩年龄别生育率（40–44岁）", "Age-specific fertility rate 40–44, first births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_1_AGE_40_44), of(Count.DAYS_AGE_40_44)),
            "live births of order 1 in P to mothers aged 40–44 at the birth / woman-years lived at 40–44 in P × 1000"),
    /** 一孩年龄别生育率（45–49岁） — Age-specific fertility rate 45–49, first births: live births of order 1 in P to mothers aged 45–49 at the birth / woman-years lived at 45–49 in P × 1000. */
    ASFR_1_45_49("一孩年龄别生育率（45–49岁）", "Age-specific fertility rate 45–49, first births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_1_AGE_45_49), of(Count.DAYS_AGE_45_49)),
            "live births of order 1 in P to mothers aged 45–49 at the birth / woman-years lived at 45–49 in P × 1000"),
    /** 二孩年龄别生育率（15–19岁） — Age-specific fertility rate 15–19, second births: live births of order 2 in P to mothers aged 15–19 at the birth / woman-years lived at 15–19 in P × 1000. */
    ASFR_2_15_19("二孩年龄别生育率（15–19岁）", "Age-specific fertility rate 15–19, second births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_2_AGE_15_19), of(Count.DAYS_AGE_15_19)),
            "live births of order 2 in P to mothers aged 15–19 at the birth / woman-years lived at 15–19 in P × 1000"),
    /** 二孩年龄别生育率（20–24岁） — Age-specific fertility rate 20–24, second births: live births of order 2 in P to mothers aged 20–24 at the birth / woman-years lived at 20–24 in P × 1000. */
    ASFR_2_20_24("二孩年龄别生育率（20–24岁）", "Age-specific fertility rate 20–24, second births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_2_AGE_20_24), of(Count.DAYS_AGE_20_24)),
            "live births of order 2 in P to mothers aged 20–24 at the birth / woman-years lived at 20–24 in P × 1000"),
    /** 二孩年龄别生育率（25–29岁） — Age-specific fertility rate 25–29, second births: live births of order 2 in P to mothers aged 25–29 at the birth / woman-years lived at 25–29 in P × 1000. */
    ASFR_2_25_29("二孩年龄别生育率（25–29岁）", "Age-specific fertility rate 25–29, second births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_2_AGE_25_29), of(Count.DAYS_AGE_25_29)),
            "live births of order 2 in P to mothers aged 25–29 at the birth / woman-years lived at 25–29 in P × 1000"),
    /** 二孩年龄别生育率（30–34岁） — Age-specific fertility rate 30–34, second births: live births of order 2 in P to mothers aged 30–34 at the birth / woman-years lived at 30–34 in P × 1000. */
    ASFR_2_30_34("二孩年龄别生育率（30–34岁）", "Age-specific fertility rate 30–34, second births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_2_AGE_30_34), of(Count.DAYS_AGE_30_34)),
            "live births of order 2 in P to mothers aged 30–34 at the birth / woman-years lived at 30–34 in P × 1000"),
    /** 二孩年龄别生育率（35–39岁） — Age-specific fertility rate 35–39, second births: live births of order 2 in P to mothers aged 35–39 at the birth / woman-years lived at 35–39 in P × 1000. */
    ASFR_2_35_39("二孩年龄别生育率（35–39岁）", "Age-specific fertility rate 35–39, second births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_2_AGE_35_39), of(Count.DAYS_AGE_35_39)),
            "live births of order 2 in P to mothers aged 35–39 at the birth / woman-years lived at 35–39 in P × 1000"),
    /** 二孩年龄别生育率（40–44岁） — Age-specific fertility rate 40–44, second births: live births of order 2 in P to mothers aged 40–44 at the birth / woman-years lived at 40–44 in P × 1000. */
    ASFR_2_40_44("二孩年龄别生育率（40–44岁）", "Age-specific fertility rate 40–44, second births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_2_AGE_40_44), of(Count.DAYS_AGE_40_44)),
            "live births of order 2 in P to mothers aged 40–44 at the birth / woman-years lived at 40–44 in P × 1000"),
    /** 二孩年龄别生育率（45–49岁） — Age-specific fertility rate 45–49, second births: live births of order 2 in P to mothers aged 45–49 at the birth / woman-years lived at 45–49 in P × 1000. */
    ASFR_2_45_49("二孩年龄别生育率（45–49岁）", "Age-specific fertility rate 45–49, second births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_2_AGE_45_49), of(Count.DAYS_AGE_45_49)),
            "live births of order 2 in P to mothers aged 45–49 at the birth / woman-years lived at 45–49 in P × 1000"),
    /** 多孩年龄别生育率（15–19岁） — Age-specific fertility rate 15–19, third and higher births: live births of order 3 or more in P to mothers aged 15–19 at the birth / woman-years lived at 15–19 in P × 1000. */
    ASFR_3P_15_19("多孩年龄别生育率（15–19岁）", "Age-specific fertility rate 15–19, third and higher births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_3P_AGE_15_19), of(Count.DAYS_AGE_15_19)),
            "live births of order 3 or more in P to mothers aged 15–19 at the birth / woman-years lived at 15–19 in P × 1000"),
    /** 多孩年龄别生育率（20–24岁） — Age-specific fertility rate 20–24, third and higher births: live births of order 3 or more in P to mothers aged 20–24 at the birth / woman-years lived at 20–24 in P × 1000. */
    ASFR_3P_20_24("多孩年龄别生育率（20–24岁）", "Age-specific fertility rate 20–24, third and higher births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_3P_AGE_20_24), of(Count.DAYS_AGE_20_24)),
            "live births of order 3 or more in P to mothers aged 20–24 at the birth / woman-years lived at 20–24 in P × 1000"),
    /** 多孩年龄别生育率（25–29岁） — Age-specific fertility rate 25–29, third and higher births: live births of order 3 or more in P to mothers aged 25–29 at the birth / woman-years lived at 25–29 in P × 1000. */
    ASFR_3P_25_29("多孩年龄别生育率（25–29岁）", "Age-specific fertility rate 25–29, third and higher births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_3P_AGE_25_29), of(Count.DAYS_AGE_25_29)),
            "live births of order 3 or more in P to mothers aged 25–29 at the birth / woman-years lived at 25–29 in P × 1000"),
    /** 多孩年龄别生育率（30–34岁） — Age-specific fertility rate 30–34, third and higher births: live births of order 3 or more in P to mothers aged 30–34 at the birth / woman-years lived at 30–34 in P × 1000. */
    ASFR_3P_30_34("多孩年龄别生育率（30–34岁）", "Age-specific fertility rate 30–34, third and higher births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_3P_AGE_30_34), of(Count.DAYS_AGE_30_34)),
            "live births of order 3 or more in P to mothers aged 30–34 at the birth / woman-years lived at 30–34 in P × 1000"),
    /** 多孩年龄别生育率（35–39岁） — Age-specific fertility rate 35–39, third and higher births: live births of order 3 or more in P to mothers aged 35–39 at the birth / woman-years lived at 35–39 in P × 1000. */
    ASFR_3P_35_39("多孩年龄别生育率（35–39岁）", "Age-specific fertility rate 35–39, third and higher births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_3P_AGE_35_39), of(Count.DAYS_AGE_35_39)),
            "live births of order 3 or more in P to mothers aged 35–39 at the birth / woman-years lived at 35–39 in P × 1000"),
    /** 多孩年龄别生育率（40–44岁） — Age-specific fertility rate 40–44, third and higher births: live births of order 3 or more in P to mothers aged 40–44 at the birth / woman-years lived at 40–44 in P × 1000. */
    ASFR_3P_40_44("多孩年龄别生育率（40–44岁）", "Age-specific fertility rate 40–44, third and higher births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_3P_AGE_40_44), of(Count.DAYS_AGE_40_44)),
            "live births of order 3 or more in P to mothers aged 40–44 at the birth / woman-years lived at 40–44 in P × 1000"),
    /** 多孩年龄别生育率（45–49岁） — Age-specific fertility rate 45–49, third and higher births: live births of order 3 or more in P to mothers aged 45–49 at the birth / woman-years lived at 45–49 in P × 1000. */
    ASFR_3P_45_49("多孩年龄别生育率（45–49岁）", "Age-specific fertility rate 45–49, third and higher births", Unit.PER_MILLE, IndicatorFamily.FERTILITY, IntervalMethod.EXACT_POISSON,
            perWomanYear(of(Count.BIRTHS_ORDER_3P_AGE_45_49), of(Count.DAYS_AGE_45_49)),
            "live births of order 3 or more in P to mothers aged 45–49 at the birth / woman-years lived at 45–49 in P × 1000"),
    /** 一孩总和生育率 — Total fertility rate, first births: 5 × Σ ASFR_1 / 1000 over the seven age groups. */
    TFR_1("一孩总和生育率", "Total fertility rate, first births", Unit.CHILDREN_PER_WOMAN, IndicatorFamily.FERTILITY, IntervalMethod.NORMAL_APPROXIMATION,
            totalFertility(Schedules.ORDER_1),
            "5 × Σ ASFR_1 / 1000 over the seven age groups"),
    /** 二孩总和生育率 — Total fertility rate, second births: 5 × Σ ASFR_2 / 1000 over the seven age groups. */
    TFR_2("二孩总和生育率", "Total fertility rate, second births", Unit.CHILDREN_PER_WOMAN, IndicatorFamily.FERTILITY, IntervalMethod.NORMAL_APPROXIMATION,
            totalFertility(Schedules.ORDER_2),
            "5 × Σ ASFR_2 / 1000 over the seven age groups"),
    /** 多孩总和生育率 — Total fertility rate, third and higher births: 5 × Σ ASFR_3P / 1000 over the seven age groups. */
    TFR_3P("多孩总和生育率", "Total fertility rate, third and higher births", Unit.CHILDREN_PER_WOMAN, IndicatorFamily.FERTILITY, IntervalMethod.NORMAL_APPROXIMATION,
            totalFertility(Schedules.ORDER_3P),
            "5 × Σ ASFR_3P / 1000 over the seven age groups"),
    /** 平均生育年龄 — Mean age at childbearing: Σ (mid-age × ASFR) / Σ ASFR over the seven age groups, mid-ages 17.5 … 47.5. */
    MAC("平均生育年龄", "Mean age at childbearing", Unit.YEARS, IndicatorFamily.FERTILITY, IntervalMethod.NONE,
            meanChildbearingAge(Schedules.ALL),
            "Σ (mid-age × ASFR) / Σ ASFR over the seven age groups, mid-ages 17.5 … 47.5"),
    /** 平均初育年龄 — Mean age at first birth: the mean exact age of the mothers at the live births of order 1 in P. */
    MEAN_AGE_FIRST_BIRTH("平均初育年龄", "Mean age at first birth", Unit.YEARS, IndicatorFamily.FERTILITY, IntervalMethod.NONE,
            meanAge(of(Count.FIRST_BIRTH_MOTHER_DAYS), of(Count.BIRTHS_ORDER_1)),
            "mean exact age (days from her birth / 365.25) of the mothers at the live births of order 1 in P"),
    /** 综合避孕率 — Contraceptive prevalence rate: married WRA with a contraception episode in use on the reference date / MARRIED_WRA × 100. */
    CPR("综合避孕率", "Contraceptive prevalence rate", Unit.PERCENT, IndicatorFamily.CONTRACEPTION, IntervalMethod.WILSON_SCORE,
            ratio(Sums.USERS, of(Count.MARRIED_WRA)),
            "married WRA with a contraception episode in use on the reference date / MARRIED_WRA × 100"),
    /** 现代方法避孕率 — Modern contraceptive prevalence rate: as CPR, counting only users whose method is not traditional. */
    MCPR("现代方法避孕率", "Modern contraceptive prevalence rate", Unit.PERCENT, IndicatorFamily.CONTRACEPTION, IntervalMethod.WILSON_SCORE,
            ratio(of(Sums.USERS).minus(Count.USERS_TRADITIONAL), of(Count.MARRIED_WRA)),
            "as CPR, counting only users whose method is not traditional"),
    /** 全部育龄妇女现代方法避孕率 — Modern contraceptive prevalence among all WRA: WRA of any marital status whose method in use is not traditional / WRA × 100 (the FP2030 definition). */
    MCPR_ALL("全部育龄妇女现代方法避孕率", "Modern contraceptive prevalence rate, all women", Unit.PERCENT, IndicatorFamily.CONTRACEPTION, IntervalMethod.WILSON_SCORE,
            ratio(of(Count.WRA_MODERN_USERS), of(Count.WRA)),
            "WRA of any marital status whose method in use on the reference date is not traditional / WRA × 100"),
    /** 长效节育措施比例 — Long-acting method share: users whose method is sterilisation, IUD or implant / users × 100. */
    LONG_ACTING_SHARE("长效节育措施比例", "Long-acting method share", Unit.PERCENT, IndicatorFamily.CONTRACEPTION, IntervalMethod.WILSON_SCORE,
            ratio(Sums.LONG_ACTING_USERS, Sums.USERS),
            "users whose method is sterilisation, IUD or implant / users × 100"),
    /** 女扎人数 — Users of female sterilisation: users (as in CPR) whose method is female_sterilization. */
    USERS_FEMALE_STERILIZATION("女扎人数", "Users of female sterilisation", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.USERS_FEMALE_STERILIZATION),
            "users (as in CPR) whose method is female_sterilization"),
    /** 男扎人数 — Users of male sterilisation: users (as in CPR) whose method is male_sterilization. */
    USERS_MALE_STERILIZATION("男扎人数", "Users of male sterilisation", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.USERS_MALE_STERILIZATION),
            "users (as in CPR) whose method is male_sterilization"),
    /** 上环人数 — Users of IUD: users (as in CPR) whose method is iud. */
    USERS_IUD("上环人数", "Users of IUD", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.USERS_IUD),
            "users (as in CPR) whose method is iud"),
    /** 皮埋人数 — Users of implant: users (as in CPR) whose method is implant. */
    USERS_IMPLANT("皮埋人数", "Users of implant", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.USERS_IMPLANT),
            "users (as in CPR) whose method is implant"),
    /** 避孕针人数 — Users of injectable: users (as in CPR) whose method is injectable. */
    USERS_INJECTABLE("避孕针人数", "Users of injectable", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.USERS_INJECTABLE),
            "users (as in CPR) whose method is injectable"),
    /** 口服药人数 — Users of oral pill: users (as in CPR) whose method is oral_pill. */
    USERS_ORAL_PILL("口服药人数", "Users of oral pill", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.USERS_ORAL_PILL),
            "users (as in CPR) whose method is oral_pill"),
    /** 避孕套人数 — Users of condom: users (as in CPR) whose method is condom. */
    USERS_CONDOM("避孕套人数", "Users of condom", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.USERS_CONDOM),
            "users (as in CPR) whose method is condom"),
    /** 其他现代方法人数 — Users of other modern method: users (as in CPR) whose method is other_modern. */
    USERS_OTHER_MODERN("其他现代方法人数", "Users of other modern method", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.USERS_OTHER_MODERN),
            "users (as in CPR) whose method is other_modern"),
    /** 传统方法人数 — Users of traditional method: users (as in CPR) whose method is traditional. */
    USERS_TRADITIONAL("传统方法人数", "Users of traditional method", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.USERS_TRADITIONAL),
            "users (as in CPR) whose method is traditional"),
    /** 避孕针发放支数 — Injectable doses distributed: quantities of injectable in distributions.csv with date in P. */
    DISTRIBUTED_INJECTABLE("避孕针发放支数", "Injectable doses distributed", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.DISTRIBUTED_INJECTABLE),
            "quantities of injectable in distributions.csv with date in P"),
    /** 口服药发放周期数 — Oral pill cycles distributed: quantities of oral_pill in distributions.csv with date in P. */
    DISTRIBUTED_ORAL_PILL("口服药发放周期数", "Oral pill cycles distributed", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.DISTRIBUTED_ORAL_PILL),
            "quantities of oral_pill in distributions.csv with date in P"),
    /** 避孕套发放只数 — Condoms distributed: quantities of condom in distributions.csv with date in P. */
    DISTRIBUTED_CONDOM("避孕套发放只数", "Condoms distributed", Unit.COUNT, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            count(Count.DISTRIBUTED_CONDOM),
            "quantities of condom in distributions.csv with date in P"),
    /** 避孕保护对年数 — Couple-years of protection: CYP_PROCEDURES + CYP_DISTRIBUTIONS. */
    CYP("避孕保护对年数", "Couple-years of protection", Unit.COUPLE_YEARS, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            coupleYears(Sums.PROTECTING_PROCEDURES.plus(Count.DISTRIBUTED_ORAL_PILL).plus(Count.DISTRIBUTED_CONDOM)
                    .plus(Count.DISTRIBUTED_INJECTABLE)),
            "CYP_PROCEDURES + CYP_DISTRIBUTIONS"),
    /** 手术避孕保护对年数 — Couple-years of protection from procedures: sterilisations, IUD and implant insertions in P, each times its CYP factor. */
    CYP_PROCEDURES("手术避孕保护对年数", "Couple-years of protection from procedures", Unit.COUPLE_YEARS, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            coupleYears(Sums.PROTECTING_PROCEDURES),
            "sterilisations, IUD and implant insertions in P, each times its CYP factor"),
    /** 药具避孕保护对年数 — Couple-years of protection from distributions: quantities distributed in P, each over its units per CYP. */
    CYP_DISTRIBUTIONS("药具避孕保护对年数", "Couple-years of protection from distributions", Unit.COUPLE_YEARS, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            coupleYears(of(Count.DISTRIBUTED_ORAL_PILL, Count.DISTRIBUTED_CONDOM, Count.DISTRIBUTED_INJECTABLE)),
            "quantities distributed in P, each over its units per CYP"),
    /** 女扎保护对年数 — Couple-years of protection, female sterilisation: PROC_FEMALE_STERILIZATION × its CYP factor. */
    CYP_FEMALE_STERILIZATION("女扎保护对年数", "Couple-years of protection, female sterilisation", Unit.COUPLE_YEARS, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            coupleYears(of(Count.PROC_FEMALE_STERILIZATION)),
            "PROC_FEMALE_STERILIZATION × its CYP factor"),
    /** 男扎保护对年数 — Couple-years of protection, male sterilisation: PROC_MALE_STERILIZATION × its CYP factor. */
    CYP_MALE_STERILIZATION("男扎保护对年数", "Couple-years of protection, male sterilisation", Unit.COUPLE_YEARS, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            coupleYears(of(Count.PROC_MALE_STERILIZATION)),
            "PROC_MALE_STERILIZATION × its CYP factor"),
    /** 放环保护对年数 — Couple-years of protection, IUD: PROC_IUD_INSERTION × its CYP factor. */
    CYP_IUD("放环保护对年数", "Couple-years of protection, IUD", Unit.COUPLE_YEARS, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            coupleYears(of(Count.PROC_IUD_INSERTION)),
            "PROC_IUD_INSERTION × its CYP factor"),
    /** 皮埋保护对年数 — Couple-years of protection, implant: PROC_IMPLANT_INSERTION × its CYP factor. */
    CYP_IMPLANT("皮埋保护对年数", "Couple-years of protection, implant", Unit.COUPLE_YEARS, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            coupleYears(of(Count.PROC_IMPLANT_INSERTION)),
            "PROC_IMPLANT_INSERTION × its CYP factor"),
    /** 避孕针保护对年数 — Couple-years of protection, injectable: DISTRIBUTED_INJECTABLE / doses per CYP. */
    CYP_INJECTABLE("避孕针保护对年数", "Couple-years of protection, injectable", Unit.COUPLE_YEARS, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            coupleYears(of(Count.DISTRIBUTED_INJECTABLE)),
            "DISTRIBUTED_INJECTABLE / doses per CYP"),
    /** 口服药保护对年数 — Couple-years of protection, oral pill: DISTRIBUTED_ORAL_PILL / cycles per CYP. */
    CYP_ORAL_PILL("口服药保护对年数", "Couple-years of protection, oral pill", Unit.COUPLE_YEARS, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            coupleYears(of(Count.DISTRIBUTED_ORAL_PILL)),
            "DISTRIBUTED_ORAL_PILL / cycles per CYP"),
    /** 避孕套保护对年数 — Couple-years of protection, condom: DISTRIBUTED_CONDOM / condoms per CYP. */
    CYP_CONDOM("避孕套保护对年数", "Couple-years of protection, condom", Unit.COUPLE_YEARS, IndicatorFamily.CONTRACEPTION, IntervalMethod.NONE,
            coupleYears(of(Count.DISTRIBUTED_CONDOM)),
            "DISTRIBUTED_CONDOM / condoms per CYP"),
    /** 12个月停用率 — 12-month discontinuation rate: Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: reversible episodes starting in the 12 months before P, censored at the reference date. */
    DISCONT_12M("12个月停用率", "12-month discontinuation rate", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.discontinuation(null)),
            "Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: reversible episodes starting in the 12 months before P, censored at the reference date"),
    /** 12个月停用率（上环） — 12-month discontinuation rate, IUD: Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of IUD starting in the 12 months before P, censored at the reference date. */
    DISCONT_12M_IUD("12个月停用率（上环）", "12-month discontinuation rate, IUD", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.discontinuation(ContraceptiveMethod.IUD)),
            "Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of IUD starting in the 12 months before P, censored at the reference date"),
    /** 12个月停用率（皮埋） — 12-month discontinuation rate, implant: Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of implant starting in the 12 months before P, censored at the reference date. */
    DISCONT_12M_IMPLANT("12个月停用率（皮埋）", "12-month discontinuation rate, implant", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.discontinuation(ContraceptiveMethod.IMPLANT)),
            "Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of implant starting in the 12 months before P, censored at the reference date"),
    /** 12个月停用率（避孕针） — 12-month discontinuation rate, injectable: Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of injectable starting in the 12 months before P, censored at the reference date. */
    DISCONT_12M_INJECTABLE("12个月停用率（避孕针）", "12-month discontinuation rate, injectable", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.discontinuation(ContraceptiveMethod.INJECTABLE)),
            "Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of injectable starting in the 12 months before P, censored at the reference date"),
    /** 12个月停用率（口服药） — 12-month discontinuation rate, oral pill: Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of oral pill starting in the 12 months before P, censored at the reference date. */
    DISCONT_12M_ORAL_PILL("12个月停用率（口服药）", "12-month discontinuation rate, oral pill", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.discontinuation(ContraceptiveMethod.ORAL_PILL)),
            "Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of oral pill starting in the 12 months before P, censored at the reference date"),
    /** 12个月停用率（避孕套） — 12-month discontinuation rate, condom: Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of condom starting in the 12 months before P, censored at the reference date. */
    DISCONT_12M_CONDOM("12个月停用率（避孕套）", "12-month discontinuation rate, condom", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.discontinuation(ContraceptiveMethod.CONDOM)),
            "Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of condom starting in the 12 months before P, censored at the reference date"),
    /** 12个月停用率（其他方法） — 12-month discontinuation rate, other modern methods: Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of other modern methods starting in the 12 months before P, censored at the reference date. */
    DISCONT_12M_OTHER_MODERN("12个月停用率（其他方法）", "12-month discontinuation rate, other modern methods", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.discontinuation(ContraceptiveMethod.OTHER_MODERN)),
            "Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of other modern methods starting in the 12 months before P, censored at the reference date"),
    /** 12个月停用率（传统方法） — 12-month discontinuation rate, traditional methods: Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of traditional methods starting in the 12 months before P, censored at the reference date. */
    DISCONT_12M_TRADITIONAL("12个月停用率（传统方法）", "12-month discontinuation rate, traditional methods", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.discontinuation(ContraceptiveMethod.TRADITIONAL)),
            "Kaplan–Meier probability × 100 of stopping, for any reason, within 12 months of use: episodes of traditional methods starting in the 12 months before P, censored at the reference date"),
    /** 12个月失败率 — 12-month failure rate: cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): reversible episodes starting in the 12 months before P. */
    FAILURE_12M("12个月失败率", "12-month failure rate", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.failure(null)),
            "cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): reversible episodes starting in the 12 months before P"),
    /** 12个月失败率（上环） — 12-month failure rate, IUD: cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of IUD starting in the 12 months before P. */
    FAILURE_12M_IUD("12个月失败率（上环）", "12-month failure rate, IUD", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.failure(ContraceptiveMethod.IUD)),
            "cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of IUD starting in the 12 months before P"),
    /** 12个月失败率（皮埋） — 12-month failure rate, implant: cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of implant starting in the 12 months before P. */
    FAILURE_12M_IMPLANT("12个月失败率（皮埋）", "12-month failure rate, implant", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.failure(ContraceptiveMethod.IMPLANT)),
            "cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of implant starting in the 12 months before P"),
    /** 12个月失败率（避孕针） — 12-month failure rate, injectable: cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of injectable starting in the 12 months before P. */
    FAILURE_12M_INJECTABLE("12个月失败率（避孕针）", "12-month failure rate, injectable", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.failure(ContraceptiveMethod.INJECTABLE)),
            "cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of injectable starting in the 12 months before P"),
    /** 12个月失败率（口服药） — 12-month failure rate, oral pill: cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of oral pill starting in the 12 months before P. */
    FAILURE_12M_ORAL_PILL("12个月失败率（口服药）", "12-month failure rate, oral pill", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.failure(ContraceptiveMethod.ORAL_PILL)),
            "cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of oral pill starting in the 12 months before P"),
    /** 12个月失败率（避孕套） — 12-month failure rate, condom: cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of condom starting in the 12 months before P. */
    FAILURE_12M_CONDOM("12个月失败率（避孕套）", "12-month failure rate, condom", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.failure(ContraceptiveMethod.CONDOM)),
            "cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of condom starting in the 12 months before P"),
    /** 12个月失败率（其他方法） — 12-month failure rate, other modern methods: cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of other modern methods starting in the 12 months before P. */
    FAILURE_12M_OTHER_MODERN("12个月失败率（其他方法）", "12-month failure rate, other modern methods", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.failure(ContraceptiveMethod.OTHER_MODERN)),
            "cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of other modern methods starting in the 12 months before P"),
    /** 12个月失败率（传统方法） — 12-month failure rate, traditional methods: cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of traditional methods starting in the 12 months before P. */
    FAILURE_12M_TRADITIONAL("12个月失败率（传统方法）", "12-month failure rate, traditional methods", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.GREENWOOD_LOG_LOG,
            cumulativeIncidence(Dynamics.failure(ContraceptiveMethod.TRADITIONAL)),
            "cumulative incidence × 100 of a pregnancy starting during use within 12 months, other stops competing (Aalen–Johansen): episodes of traditional methods starting in the 12 months before P"),
    /** 换用率 — Method switching: stops without failure within 12 months of reversible episodes starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100. */
    SWITCHING("换用率", "Method switching", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(Dynamics.switched(null), Dynamics.switchObserved(null)),
            "stops without failure within 12 months of reversible episodes starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100"),
    /** 换用率（上环） — Method switching, IUD: stops without failure within 12 months of episodes of IUD starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100. */
    SWITCHING_IUD("换用率（上环）", "Method switching, IUD", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(Dynamics.switched(ContraceptiveMethod.IUD), Dynamics.switchObserved(ContraceptiveMethod.IUD)),
            "stops without failure within 12 months of episodes of IUD starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100"),
    /** 换用率（皮埋） — Method switching, implant: stops without failure within 12 months of episodes of implant starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100. */
    SWITCHING_IMPLANT("换用率（皮埋）", "Method switching, implant", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(Dynamics.switched(ContraceptiveMethod.IMPLANT), Dynamics.switchObserved(ContraceptiveMethod.IMPLANT)),
            "stops without failure within 12 months of episodes of implant starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100"),
    /** 换用率（避孕针） — Method switching, injectable: stops without failure within 12 months of episodes of injectable starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100. */
    SWITCHING_INJECTABLE("换用率（避孕针）", "Method switching, injectable", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(Dynamics.switched(ContraceptiveMethod.INJECTABLE), Dynamics.switchObserved(ContraceptiveMethod.INJECTABLE)),
            "stops without failure within 12 months of episodes of injectable starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100"),
    /** 换用率（口服药） — Method switching, oral pill: stops without failure within 12 months of episodes of oral pill starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100. */
    SWITCHING_ORAL_PILL("换用率（口服药）", "Method switching, oral pill", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(Dynamics.switched(ContraceptiveMethod.ORAL_PILL), Dynamics.switchObserved(ContraceptiveMethod.ORAL_PILL)),
            "stops without failure within 12 months of episodes of oral pill starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100"),
    /** 换用率（避孕套） — Method switching, condom: stops without failure within 12 months of episodes of condom starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100. */
    SWITCHING_CONDOM("换用率（避孕套）", "Method switching, condom", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(Dynamics.switched(ContraceptiveMethod.CONDOM), Dynamics.switchObserved(ContraceptiveMethod.CONDOM)),
            "stops without failure within 12 months of episodes of condom starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100"),
    /** 换用率（其他方法） — Method switching, other modern methods: stops without failure within 12 months of episodes of other modern methods starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100. */
    SWITCHING_OTHER_MODERN("换用率（其他方法）", "Method switching, other modern methods", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(Dynamics.switched(ContraceptiveMethod.OTHER_MODERN), Dynamics.switchObserved(ContraceptiveMethod.OTHER_MODERN)),
            "stops without failure within 12 months of episodes of other modern methods starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100"),
    /** 换用率（传统方法） — Method switching, traditional methods: stops without failure within 12 months of episodes of traditional methods starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100. */
    SWITCHING_TRADITIONAL("换用率（传统方法）", "Method switching, traditional methods", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(Dynamics.switched(ContraceptiveMethod.TRADITIONAL), Dynamics.switchObserved(ContraceptiveMethod.TRADITIONAL)),
            "stops without failure within 12 months of episodes of traditional methods starting in the 12 months before P followed by another method within 30 days of the end / those stops whose 30 days have passed by the reference date × 100"),
    /** 产后42天避孕落实率 — Postpartum uptake within 42 days: deliveries in P at least 42 days before the reference date followed within 42 days by a modern method or an insertion / those deliveries × 100, women sterilised before excluded. */
    POSTPARTUM_UPTAKE_42D("产后42天避孕落实率", "Postpartum uptake within 42 days", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(of(Count.POSTPARTUM_42D_UPTAKES), of(Count.POSTPARTUM_42D_OUTCOMES)),
            "deliveries in P at least 42 days before the reference date followed within 42 days by a modern method or an insertion / those deliveries × 100, women sterilised before excluded"),
    /** 流产后42天避孕落实率 — Post-abortion uptake within 42 days: abortions in P at least 42 days before the reference date followed within 42 days by a modern method or an insertion / those abortions × 100, women sterilised before excluded. */
    POSTABORTION_UPTAKE_42D("流产后42天避孕落实率", "Post-abortion uptake within 42 days", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(of(Count.POSTABORTION_42D_UPTAKES), of(Count.POSTABORTION_42D_OUTCOMES)),
            "abortions in P at least 42 days before the reference date followed within 42 days by a modern method or an insertion / those abortions × 100, women sterilised before excluded"),
    /** 产后12个月避孕落实率 — Postpartum uptake within 12 months: deliveries whose 12-month anniversary falls in P followed within 12 months by a modern method or an insertion / those deliveries × 100, women sterilised before excluded. */
    POSTPARTUM_UPTAKE_12M("产后12个月避孕落实率", "Postpartum uptake within 12 months", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(of(Count.POSTPARTUM_12M_UPTAKES), of(Count.POSTPARTUM_12M_OUTCOMES)),
            "deliveries whose 12-month anniversary falls in P followed within 12 months by a modern method or an insertion / those deliveries × 100, women sterilised before excluded"),
    /** 流产后12个月避孕落实率 — Post-abortion uptake within 12 months: abortions whose 12-month anniversary falls in P followed within 12 months by a modern method or an insertion / those abortions × 100, women sterilised before excluded. */
    POSTABORTION_UPTAKE_12M("流产后12个月避孕落实率", "Post-abortion uptake within 12 months", Unit.PERCENT, IndicatorFamily.DYNAMICS, IntervalMethod.WILSON_SCORE,
            ratio(of(Count.POSTABORTION_12M_UPTAKES), of(Count.POSTABORTION_12M_OUTCOMES)),
            "abortions whose 12-month anniversary falls in P followed within 12 months by a modern method or an insertion / those abortions × 100, women sterilised before excluded"),
    /** 放环例数 — IUD insertions: procedures of type iud_insertion with date in P. */
    PROC_IUD_INSERTION("放环例数", "IUD insertions", Unit.COUNT, IndicatorFamily.PROCEDURES, IntervalMethod.NONE,
            count(Count.PROC_IUD_INSERTION),
            "procedures of type iud_insertion with date in P"),
    /** 取环例数 — IUD removals: procedures of type iud_removal with date in P. */
    PROC_IUD_REMOVAL("取环例数", "IUD removals", Unit.COUNT, IndicatorFamily.PROCEDURES, IntervalMethod.NONE,
            count(Count.PROC_IUD_REMOVAL),
            "procedures of type iud_removal with date in P"),
    /** 女扎例数 — Female sterilisations: procedures of type female_sterilization with date in P. */
    PROC_FEMALE_STERILIZATION("女扎例数", "Female sterilisations", Unit.COUNT, IndicatorFamily.PROCEDURES, IntervalMethod.NONE,
            count(Count.PROC_FEMALE_STERILIZATION),
            "procedures of type female_sterilization with date in P"),
    /** 男扎例数 — Male sterilisations: procedures of type male_sterilization with date in P. */
    PROC_MALE_STERILIZATION("男扎例数", "Male sterilisations", Unit.COUNT, IndicatorFamily.PROCEDURES, IntervalMethod.NONE,
            count(Count.PROC_MALE_STERILIZATION),
            "procedures of type male_sterilization with date in P"),
    /** 人流例数 — Induced abortions: procedures of type induced_abortion with date in P. */
    PROC_INDUCED_ABORTION("人流例数", "Induced abortions", Unit.COUNT, IndicatorFamily.PROCEDURES, IntervalMethod.NONE,
            count(Count.PROC_INDUCED_ABORTION),
            "procedures of type induced_abortion with date in P"),
    /** 中引例数 — Mid-term inductions: procedures of type mid_term_induction with date in P. */
    PROC_MID_TERM_INDUCTION("中引例数", "Mid-term inductions", Unit.COUNT, IndicatorFamily.PROCEDURES, IntervalMethod.NONE,
            count(Count.PROC_MID_TERM_INDUCTION),
            "procedures of type mid_term_induction with date in P"),
    /** 皮埋例数 — Implant insertions: procedures of type implant_insertion with date in P. */
    PROC_IMPLANT_INSERTION("皮埋例数", "Implant insertions", Unit.COUNT, IndicatorFamily.PROCEDURES, IntervalMethod.NONE,
            count(Count.PROC_IMPLANT_INSERTION),
            "procedures of type implant_insertion with date in P"),
    /** 取皮埋例数 — Implant removals: procedures of type implant_removal with date in P. */
    PROC_IMPLANT_REMOVAL("取皮埋例数", "Implant removals", Unit.COUNT, IndicatorFamily.PROCEDURES, IntervalMethod.NONE,
            count(Count.PROC_IMPLANT_REMOVAL),
            "procedures of type implant_removal with date in P"),
    /** 现孕人数 — Current pregnancies: pregnancies started on or before the reference date that are ongoing or end after it. */
    CURRENT_PREGNANCIES("现孕人数", "Current pregnancies", Unit.COUNT, IndicatorFamily.PREGNANCIES, IntervalMethod.NONE,
            count(Count.CURRENT_PREGNANCIES),
            "pregnancies started on or before the reference date that are ongoing or end after it"),
    /** 计划外怀孕比例 — Unplanned pregnancy share: pregnancies started in P with planned = false / those with planned known × 100. */
    UNPLANNED_PREGNANCY_SHARE("计划外怀孕比例", "Unplanned pregnancy share", Unit.PERCENT, IndicatorFamily.PREGNANCIES, IntervalMethod.WILSON_SCORE,
            ratio(of(Count.PREGNANCIES_UNPLANNED), of(Count.PREGNANCIES_PLANNED_KNOWN)),
            "pregnancies started in P with planned = false / those with planned known × 100"),
    /** 妊娠结局：活产 — Pregnancies ending in live birth: pregnancies with outcome_date in P and outcome live_birth. */
    OUTCOME_LIVE_BIRTH("妊娠结局：活产", "Pregnancies ending in live birth", Unit.COUNT, IndicatorFamily.PREGNANCIES, IntervalMethod.NONE,
            count(Count.OUTCOME_LIVE_BIRTH),
            "pregnancies with outcome_date in P and outcome live_birth"),
    /** 妊娠结局：死产 — Pregnancies ending in stillbirth: pregnancies with outcome_date in P and outcome stillbirth. */
    OUTCOME_STILLBIRTH("妊娠结局：死产", "Pregnancies ending in stillbirth", Unit.COUNT, IndicatorFamily.PREGNANCIES, IntervalMethod.NONE,
            count(Count.OUTCOME_STILLBIRTH),
            "pregnancies with outcome_date in P and outcome stillbirth"),
    /** 妊娠结局：人流 — Pregnancies ending in induced abortion: pregnancies with outcome_date in P and outcome induced_abortion. */
    OUTCOME_INDUCED_ABORTION("妊娠结局：人流", "Pregnancies ending in induced abortion", Unit.COUNT, IndicatorFamily.PREGNANCIES, IntervalMethod.NONE,
            count(Count.OUTCOME_INDUCED_ABORTION),
            "pregnancies with outcome_date in P and outcome induced_abortion"),
    /** 妊娠结局：中引 — Pregnancies ending in mid-term induction: pregnancies with outcome_date in P and outcome mid_term_induction. */
    OUTCOME_MID_TERM_INDUCTION("妊娠结局：中引", "Pregnancies ending in mid-term induction", Unit.COUNT, IndicatorFamily.PREGNANCIES, IntervalMethod.NONE,
            count(Count.OUTCOME_MID_TERM_INDUCTION),
            "pregnancies with outcome_date in P and outcome mid_term_induction"),
    /** 妊娠结局：自然流产 — Pregnancies ending in miscarriage: pregnancies with outcome_date in P and outcome miscarriage. */
    OUTCOME_MISCARRIAGE("妊娠结局：自然流产", "Pregnancies ending in miscarriage", Unit.COUNT, IndicatorFamily.PREGNANCIES, IntervalMethod.NONE,
            count(Count.OUTCOME_MISCARRIAGE),
            "pregnancies with outcome_date in P and outcome miscarriage"),
    /** 查环查孕受检率 — Health-check coverage: married WRA with an IUD, pregnancy or disease check in P / MARRIED_WRA × 100. */
    HEALTH_CHECK_COVERAGE("查环查孕受检率", "Health-check coverage", Unit.PERCENT, IndicatorFamily.HEALTH_CHECKS, IntervalMethod.WILSON_SCORE,
            ratio(of(Count.CHECKED_MARRIED_WRA), of(Count.MARRIED_WRA)),
            "married WRA with an IUD, pregnancy or disease check in P / MARRIED_WRA × 100"),
    /**
     * 受检率 — Health-check coverage of the women due: women due for a check on the
     * reference date who had a check of a kind they are due in P / women due × 100.
     */
    HEALTH_CHECK_COVERAGE_DUE("受检率", "Health-check coverage of the women due", Unit.PERCENT, IndicatorFamily.HEALTH_CHECKS,
            IntervalMethod.WILSON_SCORE,
            ratio(of(Count.DUE_WOMEN_CHECKED), of(Count.DUE_WOMEN)),
            "women due for a check on the reference date who had a check of a kind they are due in P / women due × 100"),
    /** 独生子女户 — One-child households: households with exactly one live-born child by the reference date. */
    ONE_CHILD_HOUSEHOLDS("独生子女户", "One-child households", Unit.COUNT, IndicatorFamily.HOUSEHOLDS, IntervalMethod.NONE,
            count(Count.ONE_CHILD_HOUSEHOLDS),
            "households with exactly one live-born child by the reference date"),
    /** 独男户 — Only-son households: one-child households whose child is male. */
    ONLY_SON_HOUSEHOLDS("独男户", "Only-son households", Unit.COUNT, IndicatorFamily.HOUSEHOLDS, IntervalMethod.NONE,
            count(Count.ONLY_SON_HOUSEHOLDS),
            "one-child households whose child is male"),
    /** 双女户 — Two-daughter households: households with exactly two live-born children, both female. */
    TWO_DAUGHTER_HOUSEHOLDS("双女户", "Two-daughter households", Unit.COUNT, IndicatorFamily.HOUSEHOLDS, IntervalMethod.NONE,
            count(Count.TWO_DAUGHTER_HOUSEHOLDS),
            "households with exactly two live-born children, both female");

    private final String chineseName;
    private final String englishName;
    private final Unit unit;
    private final IndicatorFamily family;
    private final IntervalMethod intervalMethod;
    private final Formula formula;
    private final String definition;

    Indicator(String chineseName, String englishName, Unit unit, IndicatorFamily family, IntervalMethod intervalMethod,
            Formula formula, String definition) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.unit = unit;
        this.family = family;
        this.intervalMethod = intervalMethod;
        this.formula = formula;
        this.definition = definition;
    }

    /** @return the stable code, for example {@code "CPR"} */
    public String code() {
        return name();
    }

    /** @return the Chinese name, for example {@code "综合避孕率"} */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, for example {@code "Contraceptive prevalence rate"} */
    public String englishName() {
        return englishName;
    }

    /** @return the unit of the value */
    public Unit unit() {
        return unit;
    }

    /** @return the one-line definition */
    public String definition() {
        return definition;
    }

    /**
     * @return true if the value is couple-years of protection ({@link Formula.Kind#COUPLE_YEARS}),
     *         which depends on the {@link CypFactors} the results are computed with
     */
    public boolean isCoupleYears() {
        return formula.kind() == Formula.Kind.COUPLE_YEARS;
    }

    /** @return true if the indicator is a count (no denominator, no interval) */
    public boolean isCount() {
        return formula.kind() == Formula.Kind.COUNT;
    }

    /** @return the family this indicator belongs to */
    public IndicatorFamily family() {
        return family;
    }

    /** @return how the value follows from the counts of a tally */
    public Formula formula() {
        return formula;
    }

    /**
     * The register tables this indicator is computed from: those of the counts of its
     * formula (and {@code population.csv} for the crude rates). When a source lacks one of
     * them, the indicator is <em>not available</em> (never reported as zero).
     *
     * @return the tables, always including {@link RegisterTable#WOMEN}; unmodifiable
     */
    public Set<RegisterTable> inputTables() {
        return formula.tables();
    }

    /** @return how the confidence interval of this indicator is computed ({@link IntervalMethod#NONE} for counts and NIR) */
    public IntervalMethod intervalMethod() {
        return intervalMethod;
    }

    /**
     * @param count a count, not null
     * @return the count indicator whose formula is that count, if there is one; for example
     *         {@code LIVE_BIRTHS} for {@link Count#LIVE_BIRTHS}, empty for {@link Count#MALE_BIRTHS}
     */
    public static Optional<Indicator> ofCount(Count count) {
        return Optional.ofNullable(Counts.BY_COUNT.get(Objects.requireNonNull(count, "count")));
    }

    /**
     * @param method a method, not null
     * @return the {@code USERS_<METHOD>} count of that method, for example {@code USERS_IUD}
     */
    public static Indicator users(ContraceptiveMethod method) {
        return Counts.BY_COUNT.get(Count.users(method));
    }

    /**
     * @param type a procedure type, not null
     * @return the {@code PROC_<TYPE>} count of that type, for example {@code PROC_IUD_INSERTION}
     */
    public static Indicator procedures(ProcedureType type) {
        return Counts.BY_COUNT.get(Count.procedures(type));
    }

    /**
     * @param outcome an outcome other than {@code ongoing}, not null
     * @return the {@code OUTCOME_<OUTCOME>} count of that outcome, for example {@code OUTCOME_MISCARRIAGE}
     * @throws IllegalArgumentException if the outcome is {@code ongoing} (counted by CURRENT_PREGNANCIES instead)
     */
    public static Indicator outcome(PregnancyOutcome outcome) {
        return Counts.BY_COUNT.get(Count.outcome(outcome));
    }

    /**
     * @param group an age group, not null
     * @return the age-specific fertility rate of that group, for example {@code ASFR_20_24}: the
     *         rate over woman-years whose births are those of the group
     */
    public static Indicator asfr(AgeGroup group) {
        return Counts.ASFR_BY_BIRTHS.get(Count.births(group));
    }

    /**
     * @param birthOrder a live birth's order, 1 or more (3 and more are one group)
     * @param group an age group, not null
     * @return the age-specific fertility rate of that order and group, for example
     *         {@code ASFR_2_25_29} for order 2 and group 25–29
     * @throws IllegalArgumentException if the order is below 1
     */
    public static Indicator asfr(int birthOrder, AgeGroup group) {
        return Counts.ASFR_BY_BIRTHS.get(Count.births(birthOrder, group));
    }

    /**
     * The seven age-specific rates a total fertility rate or the mean age at childbearing is
     * computed from (its formula's {@link Formula#ageSpecificRates()}).
     *
     * @return ASFR_15_19 … ASFR_45_49 for TFR and MAC, ASFR_1_15_19 … ASFR_1_45_49 for TFR_1
     *         (and so on for TFR_2, TFR_3P), in age order; empty for every other indicator;
     *         unmodifiable
     */
    public List<Indicator> ageSpecificRates() {
        return formula.ageSpecificRates().stream().map(Counts.BY_FORMULA::get).toList();
    }

    /** @return the total fertility rate whose first age-specific rate (15–19) is {@code asfr}, if any */
    static Optional<Indicator> totalFertilityOf(Indicator asfr) {
        return Optional.ofNullable(Counts.TOTAL_BY_FIRST_RATE.get(asfr));
    }

    /**
     * Parses a code, case-insensitively.
     *
     * @param code the code, surrounding whitespace ignored, not null
     * @return the indicator
     * @throws IllegalArgumentException if no indicator has that code
     */
    public static Indicator parse(CharSequence code) {
        Objects.requireNonNull(code, "code");
        try {
            return valueOf(code.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown indicator code '" + code + "'", e);
        }
    }

    /** The indicators of single counts, read from the declarations: the lookups by method, type, outcome and age group. */
    private static final class Counts {
        /** Each count indicator by its count. */
        static final Map<Count, Indicator> BY_COUNT = new EnumMap<>(Count.class);
        /** Each age-specific rate by the births of its numerator. */
        static final Map<Count, Indicator> ASFR_BY_BIRTHS = new EnumMap<>(Count.class);
        /** Each rate per woman-year by its formula, to name the rates of a fertility schedule. */
        static final Map<Formula, Indicator> BY_FORMULA = new HashMap<>();
        /** Each total fertility rate by the first of its age-specific rates. */
        static final Map<Indicator, Indicator> TOTAL_BY_FIRST_RATE = new EnumMap<>(Indicator.class);

        static {
            for (Indicator i : values()) {
                if (i.formula.kind() == Formula.Kind.PER_WOMAN_YEAR) {
                    BY_FORMULA.put(i.formula, i);
                }
            }
            for (Indicator i : values()) {
                if (i.formula.kind() == Formula.Kind.TOTAL_FERTILITY) {
                    TOTAL_BY_FIRST_RATE.put(BY_FORMULA.get(i.formula.ageSpecificRates().get(0)), i);
                }
                Set<Count> numerator = i.formula.numerator().map(CountSum::counts).orElse(Set.of());
                if (i.formula.kind() == Formula.Kind.COUNT) {
                    BY_COUNT.put(numerator.iterator().next(), i);
                } else if (i.formula.kind() == Formula.Kind.PER_WOMAN_YEAR && numerator.size() == 1) {
                    ASFR_BY_BIRTHS.put(numerator.iterator().next(), i);
                }
            }
        }

        private Counts() {
        }
    }

    /** The fertility schedules: the seven age-specific rates of all live births and of each birth order. */
    private static final class Schedules {
        /** ASFR_15_19 … ASFR_45_49. */
        static final List<Formula> ALL = of(g -> Count.births(g));
        /** ASFR_1_15_19 … ASFR_1_45_49. */
        static final List<Formula> ORDER_1 = of(g -> Count.births(1, g));
        /** ASFR_2_15_19 … ASFR_2_45_49. */
        static final List<Formula> ORDER_2 = of(g -> Count.births(2, g));
        /** ASFR_3P_15_19 … ASFR_3P_45_49. */
        static final List<Formula> ORDER_3P = of(g -> Count.births(3, g));

        private Schedules() {
        }

        private static List<Formula> of(Function<AgeGroup, Count> births) {
            return Arrays.stream(AgeGroup.values()).map(g -> perWomanYear(CountSum.of(births.apply(g)), CountSum.of(Count.days(g)))).toList();
        }
    }

    /** The life tables and sums of contraceptive dynamics, by reversible method or (null) over all of them. */
    private static final class Dynamics {
        private Dynamics() {
        }

        private static List<ContraceptiveMethod> methods(ContraceptiveMethod method) {
            return method == null ? Count.reversibleMethods() : List.of(method);
        }

        private static CountSum sum(ContraceptiveMethod method, String name, Function<ContraceptiveMethod, Count> count) {
            Count[] counts = methods(method).stream().map(count).toArray(Count[]::new);
            return method == null ? CountSum.named(name, counts) : CountSum.of(counts);
        }

        /** The months' exits of every cause: failure and other stops. */
        private static List<CountSum> exits(ContraceptiveMethod method) {
            return months(k -> {
                List<Count> counts = new java.util.ArrayList<>();
                for (ContraceptiveMethod m : methods(method)) {
                    counts.add(Count.failed(m, k));
                    counts.add(Count.discontinued(m, k));
                }
                return CountSum.of(counts.toArray(Count[]::new));
            });
        }

        private static List<CountSum> months(java.util.function.IntFunction<CountSum> month) {
            return java.util.stream.IntStream.rangeClosed(1, LifeTable.MONTHS).mapToObj(month).toList();
        }

        private static List<CountSum> failures(ContraceptiveMethod method) {
            return months(k -> CountSum.of(methods(method).stream().map(m -> Count.failed(m, k)).toArray(Count[]::new)));
        }

        private static List<CountSum> censored(ContraceptiveMethod method) {
            return months(k -> CountSum.of(methods(method).stream().map(m -> Count.censored(m, k)).toArray(Count[]::new)));
        }

        private static CountSum cohort(ContraceptiveMethod method) {
            return sum(method, "COHORT_EPISODES", Count::cohortEpisodes);
        }

        /** The life table of stopping for any reason. */
        static LifeTable discontinuation(ContraceptiveMethod method) {
            List<CountSum> exits = exits(method);
            return LifeTable.of(cohort(method), exits, exits, censored(method));
        }

        /** The life table of failure, other stops competing. */
        static LifeTable failure(ContraceptiveMethod method) {
            return LifeTable.of(cohort(method), failures(method), exits(method), censored(method));
        }

        static CountSum switched(ContraceptiveMethod method) {
            return sum(method, "SWITCHED", Count::switched);
        }

        static CountSum switchObserved(ContraceptiveMethod method) {
            return sum(method, "SWITCH_OBSERVED", Count::switchObserved);
        }
    }

    /** The sums of counts that several declarations share. */
    private static final class Sums {
        /** Users (as in CPR) of any method. */
        static final CountSum USERS = over("USERS", Arrays.stream(ContraceptiveMethod.values()).map(Count::users));
        /** Users of sterilisation, the IUD or an implant. */
        static final CountSum LONG_ACTING_USERS = over("LONG_ACTING_USERS", Arrays.stream(ContraceptiveMethod.values())
                .filter(ContraceptiveMethod::isLongActing).map(Count::users));
        /** Live births to mothers aged 15–49 at the birth. */
        static final CountSum BIRTHS_15_49 = over("BIRTHS_15_49", Arrays.stream(AgeGroup.values()).map(Count::births));
        /** Woman-days lived at ages 15–49. */
        static final CountSum DAYS_15_49 = over("DAYS_15_49", Arrays.stream(AgeGroup.values()).map(Count::days));
        /** The procedures that give protection: IUD insertions, sterilisations and implant insertions. */
        static final CountSum PROTECTING_PROCEDURES = CountSum.of(Count.PROC_IUD_INSERTION, Count.PROC_FEMALE_STERILIZATION,
                Count.PROC_MALE_STERILIZATION, Count.PROC_IMPLANT_INSERTION);

        private Sums() {
        }

        private static CountSum over(String name, Stream<Count> counts) {
            return CountSum.named(name, counts.toArray(Count[]::new));
        }
    }
}
