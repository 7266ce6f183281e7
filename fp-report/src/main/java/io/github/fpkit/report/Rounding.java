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

import io.github.fpkit.indicators.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How fpkit's reports round a value for reading: counts to whole numbers, every other unit
 * (rates, shares, ratios, children per woman) to {@value #DECIMALS} decimals, halves up.
 * The exact value stays in the result; this is presentation only. Stateless and thread-safe.
 *
 * <pre>{@code
 * Rounding.text(cpr.value(), cpr.unit());   // Optional["82.39"], empty when the rate is undefined
 * }</pre>
 */
public final class Rounding {
    /** Decimals shown for every unit but counts. */
    public static final int DECIMALS = 2;

    private Rounding() {
    }

    /**
     * @param value the value, not null; empty when undefined
     * @param unit its unit, not null
     * @return the value rounded for the unit, as plain decimal text (never an exponent), or empty if the value is
     */
    public static Optional<String> text(OptionalDouble value, Unit unit) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(value.getAsDouble()).setScale(unit == Unit.COUNT ? 0 : DECIMALS, RoundingMode.HALF_UP)
                .toPlainString());
    }
}
