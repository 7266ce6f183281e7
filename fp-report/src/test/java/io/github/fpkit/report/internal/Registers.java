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

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.report.HtmlReport;
import io.github.fpkit.report.ReportLanguage;
import io.github.fpkit.synthetic.GeneratorSettings;
import io.github.fpkit.synthetic.RegisterGenerator;

/** The registers and contexts of fp-report's tests. */
public final class Registers {
    /** The period of the generated register. */
    public static final ReportingPeriod PERIOD = ReportingPeriod.parse("2009SY");
    /** Its township. */
    public static final AreaCode TOWNSHIP = AreaCode.of("990102001000");

    private static final Register TOWNSHIP_REGISTER = RegisterGenerator.of(GeneratorSettings.builder().women(1200).villages(6)
            .seed(7).build()).toRegister();

    private Registers() {
    }

    /** @return a generated township of 1,200 women in 6 villages, the same at every call */
    public static Register township() {
        return TOWNSHIP_REGISTER;
    }

    /** @return the context of a report of the area, as {@link HtmlReport} makes it */
    public static ReportContext context(Register register, ReportingPeriod period, AreaCode area, ReportLanguage language) {
        ComputedIndicators computed = IndicatorCalculator.builder().levels(HtmlReport.levelsFor(area)).build().compute(register, period);
        return ReportContext.of(Wording.of(language), computed, area, AreaProfile.of(register, area, period));
    }

    /** @return the first village of the register with no live birth in the period */
    public static AreaCode villageWithoutBirths(Register register, ReportingPeriod period) {
        return Indicators.compute(register, period, AreaLevel.VILLAGE).resultsFor(Indicator.LIVE_BIRTHS).stream()
                .filter(r -> r.numerator().orElse(0) == 0).map(IndicatorResult::area).findFirst()
                .orElseThrow(() -> new AssertionError("every village has births in " + period));
    }
}
