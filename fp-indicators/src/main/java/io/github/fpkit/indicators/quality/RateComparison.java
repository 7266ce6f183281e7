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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.report.StatedRate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One rate as a report states it and as the register gives it, compared by the audit's exact
 * rule: the register's exact rate x is consistent with a value v stated to d decimals when
 * |x − v| ≤ 0.5 × 10^−d ({@link StatedRate#admits(java.math.BigDecimal, java.math.BigDecimal)}).
 * A rate the register leaves undefined (its denominator is 0) is inconsistent with any stated
 * value. An inconsistent rate is a finding.
 *
 * <p>Immutable and thread-safe.
 */
public final class RateComparison {
    private final StatedRate stated;
    private final ExactRate register;
    private final boolean consistent;

    RateComparison(StatedRate stated, ExactRate register) {
        this.stated = stated;
        this.register = register;
        this.consistent = register.isDefined() && stated.admits(register.numerator(), register.denominator());
    }

    /** @return the indicator */
    public Indicator indicator() {
        return stated.indicator();
    }

    /** @return the rate as the report states it, with its precision */
    public StatedRate stated() {
        return stated;
    }

    /** @return the register's rate in the indicator's unit, to 16 significant digits; empty when undefined */
    public OptionalDouble register() {
        return register.isDefined() ? OptionalDouble.of(register.value(stated.unit())) : OptionalDouble.empty();
    }

    /** @return the register's rate rounded half-up to the stated decimals, as text; {@code "undefined"} when undefined */
    public String expected() {
        return register.isDefined() ? register.value(stated.unit(), stated.decimals()).toPlainString() : "undefined";
    }

    /** @return true if the stated value admits the register's exact rate at its stated precision */
    public boolean isConsistent() {
        return consistent;
    }

    /** @return true if the rate is a finding: inconsistent with the register's */
    public boolean isFinding() {
        return !consistent;
    }

    /** @return the explanation in Chinese */
    public String chineseMessage() {
        Indicator i = indicator();
        String symbol = i.unit().chineseSymbol();
        if (!register.isDefined()) {
            return "报表" + i.chineseName() + stated.value().toPlainString() + symbol + "，登记中该率分母为0，无定义";
        }
        return "报表" + i.chineseName() + stated.value().toPlainString() + symbol + "，登记计算为" + expected() + symbol + "（"
                + register + "），" + (consistent ? "在报告精度内一致" : "超出报告精度允许的误差±" + stated.tolerance().toPlainString());
    }

    /** @return the explanation in English */
    public String englishMessage() {
        Indicator i = indicator();
        String symbol = " " + i.unit().symbol();
        if (!register.isDefined()) {
            return "the report states " + i.code() + " " + stated.value().toPlainString() + symbol
                    + "; the register's is undefined (its denominator is 0)";
        }
        return "the report states " + i.code() + " " + stated.value().toPlainString() + symbol + ", the register gives " + expected()
                + symbol + (consistent ? ", consistent at the stated precision"
                        : ", beyond the stated precision (±" + stated.tolerance().toPlainString() + ")");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RateComparison)) {
            return false;
        }
        RateComparison r = (RateComparison) o;
        return r.stated.equals(stated) && r.register.toString().equals(register.toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(stated, register.toString());
    }

    /** @return for example {@code "CPR: stated 91.2 %, register 1549 / 1880, consistent"} */
    @Override
    public String toString() {
        return indicator().code() + ": stated " + stated.value().toPlainString() + " " + stated.unit().symbol() + ", register " + register
                + (consistent ? ", consistent" : ", inconsistent");
    }
}
