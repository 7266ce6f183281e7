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
package io.github.fpkit.examples.cli;

import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.report.Rounding;
import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * How computed figures are rounded for people to read: the exact numerator and
 * denominator stay in JSON and CSV; tables and reports show counts as whole numbers and
 * every other value with {@value #DECIMALS} decimals, rounded half-up ({@link Rounding}), and an undefined
 * value as {@value #UNDEFINED}, never NaN.
 */
final class Presentation {
    /** Decimals shown for rates, shares, ratios and TFR: those of {@link Rounding}. */
    static final int DECIMALS = Rounding.DECIMALS;
    /** What an undefined value (denominator 0) or a missing interval is shown as. */
    static final String UNDEFINED = "—";

    private Presentation() {
    }

    /** @return the value rounded for its unit, or {@link #UNDEFINED} */
    static String value(IndicatorResult r) {
        return number(r.value(), r.unit());
    }

    /** @return {@code [low, high]} rounded like the value, or {@link #UNDEFINED} when there is no interval */
    static String interval(IndicatorResult r) {
        if (r.ciLow().isEmpty()) {
            return UNDEFINED;
        }
        return "[" + number(r.ciLow(), r.unit()) + ", " + number(r.ciHigh(), r.unit()) + "]";
    }

    /** @return the value rounded for the unit, or {@link #UNDEFINED} if empty */
    static String number(OptionalDouble value, Unit unit) {
        return Rounding.text(value, unit).orElse(UNDEFINED);
    }

    /** @return the fraction as a percentage without trailing zeros, for example {@code "95%"} or {@code "99.5%"} */
    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
