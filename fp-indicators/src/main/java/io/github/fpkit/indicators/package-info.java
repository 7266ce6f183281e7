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
/**
 * The indicator catalogue and its API. Each {@link io.github.fpkit.indicators.Indicator}
 * declares everything about itself — names, unit, family, interval method and its
 * {@link io.github.fpkit.indicators.Formula} over the {@link io.github.fpkit.indicators.Count}s
 * of a tally. Rates are kept as numerator and denominator with confidence intervals
 * ({@link io.github.fpkit.indicators.Rate}); the mergeable, serialisable tallies
 * ({@link io.github.fpkit.indicators.AreaTally} per area,
 * {@link io.github.fpkit.indicators.RegisterTally} per register) are made by the
 * single-machine engine or by the per-woman decomposition
 * ({@link io.github.fpkit.indicators.Contributions} of a
 * {@link io.github.fpkit.indicators.WomanHistory}) and rolled up village → township →
 * county; the entry points ({@link io.github.fpkit.indicators.Indicators},
 * {@link io.github.fpkit.indicators.IndicatorCalculator}) give
 * {@link io.github.fpkit.indicators.IndicatorResult} records. The engine itself lives in
 * the unexported package {@code io.github.fpkit.indicators.engine}.
 *
 * <pre>{@code
 * ComputedIndicators computed = Indicators.compute(register, ReportingPeriod.parse("2009SY"), AreaLevel.VILLAGE);
 * }</pre>
 */
@ValueStyle
package io.github.fpkit.indicators;

import io.github.fpkit.model.internal.ValueStyle;
