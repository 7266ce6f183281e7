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

import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterSource;

/**
 * The entry point for the common case: a register, a period and an area level give
 * every indicator of the catalogue for every area of that level, with 95 % intervals.
 *
 * <pre>{@code
 * Register register = …;   // or any streaming RegisterSource, e.g. fp-io's CSV folder
 * ComputedIndicators computed = Indicators.compute(register, ReportingPeriod.parse("2009SY"), AreaLevel.TOWNSHIP);
 * computed.results().forEach(System.out::println);
 * }</pre>
 *
 * <p>For another confidence level, a subset of indicators or several levels, use
 * {@link IndicatorCalculator#builder()}; for the per-area {@link AreaTally tallies}, or to
 * merge a register computed in parts, the {@link RegisterTally} of
 * {@link IndicatorCalculator#tally} or {@link Contributions}.
 */
public final class Indicators {
    private Indicators() {
    }

    /**
     * Computes every indicator of the catalogue at one level.
     *
     * @param source the register, not null; each table is streamed once
     * @param period the reporting period, not null
     * @param level the area level, not null
     * @return the results of every area of that level, the unavailable indicators and the
     *         unattributed records
     * @throws java.io.UncheckedIOException if the source fails while streaming
     */
    public static ComputedIndicators compute(RegisterSource source, ReportingPeriod period, AreaLevel level) {
        return IndicatorCalculator.builder().level(level).build().compute(source, period);
    }

    /**
     * Computes every indicator of the catalogue at every level (counties, townships and villages).
     *
     * @param source the register, not null; each table is streamed once
     * @param period the reporting period, not null
     * @return the results of every area, the unavailable indicators and the unattributed records
     * @throws java.io.UncheckedIOException if the source fails while streaming
     */
    public static ComputedIndicators compute(RegisterSource source, ReportingPeriod period) {
        return IndicatorCalculator.standard().compute(source, period);
    }
}
