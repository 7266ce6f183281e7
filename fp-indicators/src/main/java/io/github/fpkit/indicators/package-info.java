/**
 * The indicator catalogue ({@link io.github.fpkit.indicators.Indicator}), rates kept as
 * numerator and denominator with confidence intervals
 * ({@link io.github.fpkit.indicators.Rate}), the mergeable per-area tallies
 * ({@link io.github.fpkit.indicators.AreaTally}) filled in one pass over a register's
 * streams ({@link io.github.fpkit.indicators.IndicatorAccumulator}) and rolled up
 * village → township → county, and the entry points
 * ({@link io.github.fpkit.indicators.Indicators},
 * {@link io.github.fpkit.indicators.IndicatorCalculator}) that give
 * {@link io.github.fpkit.indicators.IndicatorResult} records.
 *
 * <pre>{@code
 * ComputedIndicators computed = Indicators.compute(register, ReportingPeriod.parse("2009SY"), AreaLevel.VILLAGE);
 * }</pre>
 */
@ValueStyle
package io.github.fpkit.indicators;

import io.github.fpkit.model.internal.ValueStyle;
