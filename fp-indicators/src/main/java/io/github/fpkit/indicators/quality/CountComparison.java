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

import io.github.fpkit.indicators.report.CountFigure;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One count as a register gives it and as a report states it: the verification factor
 * VF = register ÷ stated (the WHO Data Quality Review's, where a VF above 1 means the report
 * under-states the register's count, below 1 that it over-states it), and the difference
 * register − stated. VF is 1 when both are 0 and undefined when only the stated count is 0. A
 * VF outside the bounds, or undefined, is a finding.
 *
 * <p>Immutable and thread-safe.
 */
public final class CountComparison {
    private final CountFigure count;
    private final long register;
    private final long stated;
    private final boolean withinBounds;

    CountComparison(CountFigure count, long register, long stated, double low, double high) {
        this.count = count;
        this.register = register;
        this.stated = stated;
        OptionalDouble vf = verificationFactor();
        this.withinBounds = vf.isPresent() && vf.getAsDouble() >= low && vf.getAsDouble() <= high;
    }

    /** @return the count and the report figure that states it */
    public CountFigure count() {
        return count;
    }

    /** @return the register's count */
    public long register() {
        return register;
    }

    /** @return the report's count */
    public long stated() {
        return stated;
    }

    /** @return register − stated */
    public long difference() {
        return register - stated;
    }

    /** @return register ÷ stated; 1 when both are 0; empty when only the stated count is 0 */
    public OptionalDouble verificationFactor() {
        if (stated == 0) {
            return register == 0 ? OptionalDouble.of(1) : OptionalDouble.empty();
        }
        return OptionalDouble.of((double) register / stated);
    }

    /** @return true if the verification factor is defined and within the bounds, both ends included */
    public boolean isWithinBounds() {
        return withinBounds;
    }

    /** @return true if the count is a finding: its verification factor is outside the bounds, or undefined */
    public boolean isFinding() {
        return !withinBounds;
    }

    /** @return the explanation in Chinese */
    public String chineseMessage() {
        String name = count.figure().chineseName();
        OptionalDouble vf = verificationFactor();
        return "登记" + name + register + "，报表" + stated + "，差" + difference()
                + (vf.isPresent() ? "，核实系数" + QualityText.factor(vf.getAsDouble()) : "，报表为0而登记不为0，核实系数无定义");
    }

    /** @return the explanation in English */
    public String englishMessage() {
        String name = count.figure().englishName();
        OptionalDouble vf = verificationFactor();
        return "the register counts " + register + " " + name + ", the report states " + stated + ", a difference of " + difference()
                + (vf.isPresent() ? "; VF " + QualityText.factor(vf.getAsDouble()) : "; VF undefined: the report states 0");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CountComparison)) {
            return false;
        }
        CountComparison c = (CountComparison) o;
        return c.count.figure().equals(count.figure()) && c.register == register && c.stated == stated && c.withinBounds == withinBounds;
    }

    @Override
    public int hashCode() {
        return Objects.hash(count.figure(), register, stated, withinBounds);
    }

    /** @return for example {@code "MALE_BIRTHS births.male: register 65, stated 60, VF 1.0833"} */
    @Override
    public String toString() {
        OptionalDouble vf = verificationFactor();
        return count + ": register " + register + ", stated " + stated + ", VF " + (vf.isPresent() ? vf.getAsDouble() : "undefined");
    }
}
