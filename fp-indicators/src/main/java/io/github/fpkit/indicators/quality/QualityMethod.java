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
package io.github.fpkit.indicators.quality;

import java.util.Locale;

/**
 * The methods of the quality screens, each with the stable rule id of the findings it gives
 * and its names in both languages. docs/QUALITY.md gives each one's formula, default and source.
 */
public enum QualityMethod {
    /** (x − mean) / SD across the sub-areas of an area, SD over the sub-areas themselves (DHIS2). */
    Z_SCORE("OUTLIER_Z_SCORE", "Z分数", "z-score"),
    /** 0.6745 · (x − median) / MAD across the sub-areas of an area (Iglewicz and Hoaglin; DHIS2). */
    MODIFIED_Z_SCORE("OUTLIER_MODIFIED_Z_SCORE", "修正Z分数", "modified z-score"),
    /** Bounds the user sets for an indicator. */
    MIN_MAX("OUTLIER_MIN_MAX", "上下限", "min–max bounds"),
    /** The sex ratio at birth's 95 % interval against the normal range 103–107. */
    SRB_NORMAL_RANGE("SRB_OUTSIDE_NORMAL_RANGE", "出生性别比正常范围", "SRB normal range"),
    /** The ratio of a period's value to the mean of up to three earlier periods (WHO Data Quality Review). */
    CONSISTENCY_OVER_TIME("INCONSISTENT_OVER_TIME", "时间一致性", "consistency over time"),
    /** Funnel-plot limits around the parent's pooled value (Spiegelhalter 2005). */
    FUNNEL_PLOT("FUNNEL_OUTSIDE_998", "漏斗图", "funnel plot"),
    /** Empirical-Bayes smoothing towards the parent's pooled value (Marshall 1991; Martuzzi and Elliott 1996). */
    EMPIRICAL_BAYES("SMOOTHED", "经验贝叶斯平滑", "empirical Bayes");

    private final String rule;
    private final String chineseName;
    private final String englishName;

    QualityMethod(String rule, String chineseName, String englishName) {
        this.rule = rule;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return the lowercase code, for example {@code "modified_z_score"} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the stable id of the rule whose findings the method gives, for example {@code "OUTLIER_Z_SCORE"} */
    public String rule() {
        return rule;
    }

    /** @return the Chinese name, for example {@code "修正Z分数"} */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, for example {@code "modified z-score"} */
    public String englishName() {
        return englishName;
    }

    /** @return the code */
    @Override
    public String toString() {
        return code();
    }
}
