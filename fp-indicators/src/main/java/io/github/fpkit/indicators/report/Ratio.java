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
package io.github.fpkit.indicators.report;

import io.github.fpkit.indicators.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A rate recomputed from a report: exact numerator and denominator, undefined when the denominator is 0. */
final class Ratio {
    private final BigDecimal numerator;
    private final BigDecimal denominator;

    Ratio(BigDecimal numerator, BigDecimal denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    BigDecimal numerator() {
        return numerator;
    }

    BigDecimal denominator() {
        return denominator;
    }

    boolean isDefined() {
        return denominator.signum() > 0;
    }

    /** The value in the unit, rounded half-up to {@code decimals}; only for a defined ratio. */
    BigDecimal value(Unit unit, int decimals) {
        return scaled(unit).divide(denominator, decimals, RoundingMode.HALF_UP);
    }

    /** The value in the unit to 16 significant digits, enough for a double; only for a defined ratio. */
    BigDecimal value(Unit unit) {
        return scaled(unit).divide(denominator, MathContext.DECIMAL64);
    }

    private BigDecimal scaled(Unit unit) {
        return numerator.multiply(BigDecimal.valueOf((long) unit.multiplier()));
    }

    /** @return {@code numerator / denominator}, as a message shows it */
    @Override
    public String toString() {
        return numerator.toPlainString() + " / " + denominator.toPlainString();
    }
}
