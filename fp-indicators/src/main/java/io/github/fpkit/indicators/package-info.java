/**
 * The indicator catalogue ({@link io.github.fpkit.indicators.Indicator}) and its results
 * ({@link io.github.fpkit.indicators.IndicatorResult}).
 */
@ValueStyle
package io.github.fpkit.indicators;

import io.github.fpkit.model.ValueStyle;
