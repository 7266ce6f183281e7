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

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The families of the indicator catalogue: indicators that share their input tables and
 * are read together (the per-method, per-procedure, per-outcome, per-order, per-parity
 * and per-age rows of the catalogue each belong to one family).
 *
 * <pre>{@code
 * IndicatorFamily.CONTRACEPTION.indicators(); // [CPR, MCPR, LONG_ACTING_SHARE, USERS_FEMALE_STERILIZATION, …]
 * Indicator.USERS_IUD.family();               // CONTRACEPTION
 * }</pre>
 */
public enum IndicatorFamily {
    /** 出生与死亡: live births, deaths and the crude rates over the average population. */
    VITAL_EVENTS("出生与死亡", "Births, deaths and crude rates"),
    /** 出生结构: the sex ratio (also by birth order), policy and birth-order make-up of the live births. */
    BIRTH_STRUCTURE("出生结构", "Make-up of live births"),
    /** 育龄妇女: women of reproductive age, married WRA and married WRA by parity. */
    WOMEN("育龄妇女", "Women of reproductive age"),
    /** 生育率: general and age-specific fertility rates, the total fertility rate (both also by birth order), and the mean ages at childbearing and at first birth. */
    FERTILITY("生育率", "Fertility"),
    /**
     * 避孕节育: contraceptive prevalence and users by method on the reference date; the
     * commodities distributed in P and the couple-years of protection (CYP) that procedures
     * and distributions provide.
     */
    CONTRACEPTION("避孕节育", "Contraception"),
    /**
     * 避孕动态: what happens to use over time — the 12-month discontinuation and failure of
     * the reversible methods (life tables of the episodes starting in the 12 months before P),
     * switching to another method, and the uptake of a method after a delivery or an abortion
     * (产后/流产后避孕落实).
     */
    DYNAMICS("避孕动态", "Contraceptive dynamics"),
    /** 四术: family-planning surgeries by type. */
    PROCEDURES("四术", "Family-planning surgeries"),
    /** 妊娠: current pregnancies, unplanned pregnancies and pregnancy outcomes. */
    PREGNANCIES("妊娠", "Pregnancies"),
    /** 查环查孕: health-check coverage. */
    HEALTH_CHECKS("查环查孕", "Health checks"),
    /** 独生子女户/双女户: households by their live-born children. */
    HOUSEHOLDS("独生子女户与双女户", "Households by children");

    private final String chineseName;
    private final String englishName;

    IndicatorFamily(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return the Chinese name, for example {@code "避孕节育"} */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, for example {@code "Contraception"} */
    public String englishName() {
        return englishName;
    }

    /** @return the indicators of this family, in catalogue order; unmodifiable, not empty */
    public List<Indicator> indicators() {
        return Stream.of(Indicator.values()).filter(i -> i.family() == this).collect(Collectors.toUnmodifiableList());
    }
}
