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
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;

/** Finds an area of a register without live births in a period, for the tests of what a report says then. */
final class NoBirths {
    private NoBirths() {
    }

    /** @return the first village of the register with women but no live birth in the period */
    static AreaCode village(Register register, ReportingPeriod period) {
        return Indicators.compute(register, period, AreaLevel.VILLAGE).resultsFor(Indicator.LIVE_BIRTHS).stream()
                .filter(r -> r.numerator().orElse(0) == 0).map(IndicatorResult::area).findFirst()
                .orElseThrow(() -> new AssertionError("every village has births in " + period));
    }
}
