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
import io.github.fpkit.indicators.IndicatorFamily;
import io.github.fpkit.model.register.RegisterTable;
import java.util.stream.Collectors;

/**
 * What the numerator and denominator of the charted rates count, in words: a tooltip gives
 * both, and a note says which is 0 when a rate is undefined.
 */
final class NumeratorNames {
    private NumeratorNames() {
    }

    static String numerator(Wording w, Indicator rate) {
        switch (rate) {
            case SRB:
                return w.pick("男婴", "boys");
            case CPR:
                return w.pick("避孕人数", "users");
            case POLICY_BIRTH_RATE:
                return w.pick("符合政策出生", "births within policy");
            default:
                return w.pick("分子", "numerator");
        }
    }

    static String denominator(Wording w, Indicator rate) {
        switch (rate) {
            case SRB:
                return w.pick("女婴", "girls");
            case CPR:
                return w.pick("已婚育龄妇女", "married WRA");
            case POLICY_BIRTH_RATE:
                return w.pick("出生人数", "live births");
            default:
                return w.pick("分母", "denominator");
        }
    }

    /** @return why the rate is undefined when its denominator is 0: {@code 没有女婴}, {@code no girls born} */
    static String zeroDenominator(Wording w, Indicator rate) {
        switch (rate) {
            case SRB:
                return w.pick("没有女婴", "no girls born");
            case SRB_1:
            case SRB_2:
            case SRB_3P:
                return w.pick("没有该孩次的女婴", "no girls born of that order");
            case CPR:
            case MCPR:
            case HEALTH_CHECK_COVERAGE:
                return w.pick("没有已婚育龄妇女", "no married WRA");
            case HEALTH_CHECK_COVERAGE_DUE:
                return w.pick("没有应检妇女", "no women due for a check");
            case MCPR_ALL:
                return w.pick("没有育龄妇女", "no WRA");
            case POLICY_BIRTH_RATE:
            case HIGHER_ORDER_BIRTH_SHARE:
                return w.pick("没有出生", "no births");
            case LONG_ACTING_SHARE:
                return w.pick("没有避孕人数", "no contraceptive users");
            case UNPLANNED_PREGNANCY_SHARE:
                return w.pick("本期没有已知是否计划的怀孕", "no pregnancy started in the period with its planning known");
            case CBR:
            case CDR:
            case NIR:
                return w.pick("平均人口为0", "an average population of 0");
            case POSTPARTUM_UPTAKE_42D:
            case POSTPARTUM_UPTAKE_12M:
                return w.pick("没有到期的分娩", "no delivery whose window has passed");
            case POSTABORTION_UPTAKE_42D:
            case POSTABORTION_UPTAKE_12M:
                return w.pick("没有到期的流产", "no abortion whose window has passed");
            default:
                if (rate.family() == IndicatorFamily.DYNAMICS) {
                    return w.pick("没有可判断是否换用的停用", "no stop whose 30 days have passed");
                }
                return w.pick("没有妇女生存年数", "no woman-years");
        }
    }

    /** @return why the rate has no result: the input tables it needs, one of which is missing */
    static String unavailable(Wording w, Indicator rate) {
        String tables = rate.inputTables().stream().filter(t -> t != RegisterTable.WOMEN).map(RegisterTable::fileName).sorted()
                .collect(Collectors.joining(", "));
        return w.pick("无法计算：需要 " + tables, "Not available: needs " + tables);
    }
}
