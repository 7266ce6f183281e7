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
 * Data quality beyond one report's arithmetic, as users of DHIS2 and of the WHO Data Quality
 * Review expect it (docs/QUALITY.md):
 * <ul>
 *   <li>reconciliation of a register with an aggregate report — the verification factor of
 *     every count both give, and every stated rate checked against the register's at its
 *     stated precision ({@link io.github.fpkit.indicators.quality.ReportReconciliation});</li>
 *   <li>outlier screening across the sub-areas of an area, for any indicator: z-score and
 *     modified z-score ({@link io.github.fpkit.indicators.quality.OutlierScreen}), min–max
 *     bounds ({@link io.github.fpkit.indicators.quality.IndicatorBounds}), and the sex ratio
 *     at birth against its normal range
 *     ({@link io.github.fpkit.indicators.quality.SexRatioPlausibility});</li>
 *   <li>consistency over time ({@link io.github.fpkit.indicators.quality.ConsistencyOverTime});</li>
 *   <li>small-area smoothing, published apart from the raw figures: empirical-Bayes rates
 *     ({@link io.github.fpkit.indicators.quality.EmpiricalBayes},
 *     {@link io.github.fpkit.indicators.quality.SmoothedRate}) and funnel plots
 *     ({@link io.github.fpkit.indicators.quality.FunnelLimits},
 *     {@link io.github.fpkit.indicators.quality.FunnelPlot}).</li>
 * </ul>
 * {@link io.github.fpkit.indicators.quality.QualityCheck} runs the screens, the smoothing and
 * the funnel plots over a register's results at once and gives a
 * {@link io.github.fpkit.indicators.quality.QualityReport}.
 *
 * <pre>{@code
 * ComputedIndicators results = Indicators.compute(register, ReportingPeriod.parse("2009SY"));
 * QualityReport quality = QualityCheck.standard().check(results.results(), Optional.empty(), List.of());
 * quality.findings();   // outliers, implausible sex ratios, breaks over time
 * quality.smoothed();   // empirical-Bayes rates of the villages, flagged as smoothed
 * quality.funnelPlots(); // limits and positions
 * }</pre>
 */
@ValueStyle
package io.github.fpkit.indicators.quality;

import io.github.fpkit.model.internal.ValueStyle;
