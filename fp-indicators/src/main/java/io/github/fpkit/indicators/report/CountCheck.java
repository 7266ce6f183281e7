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

import io.github.fpkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Validation shared by the report's value types: counts and amounts are never negative,
 * and decimals (amounts, average population, stated rates) stay within what a report can
 * write — at most {@value #MAX_DECIMALS} decimals and {@value #MAX_INTEGER_DIGITS} digits
 * before the point. The bound keeps every exact computation of the audit small: a value
 * such as {@code 1E-999999999} would otherwise make a comparison build a number of a
 * billion digits.
 */
final class CountCheck {
    /** The most decimals a decimal of a report may have. */
    static final int MAX_DECIMALS = 20;
    /** The most digits before the point a decimal of a report may have. */
    static final int MAX_INTEGER_DIGITS = 25;

    private CountCheck() {
    }

    static void requireNonNegative(String field, OptionalLong count) {
        if (count.isPresent() && count.getAsLong() < 0) {
            throw new InvalidValueException(field, Long.toString(count.getAsLong()), "a count must be 0 or more");
        }
    }

    static void requireNonNegative(String field, Optional<BigDecimal> amount) {
        if (amount.isPresent() && amount.get().signum() < 0) {
            throw new InvalidValueException(field, amount.get().toString(), "must be 0 or more");
        }
        amount.ifPresent(a -> requireWithinBounds(field, a));
    }

    /**
     * @throws InvalidValueException naming the field if the value has more than
     *         {@link #MAX_DECIMALS} decimals or more than {@link #MAX_INTEGER_DIGITS} digits before the point
     */
    static void requireWithinBounds(String field, BigDecimal value) {
        // toString, not toPlainString: the plain form of 1E+999999999 has a billion digits
        if (value.scale() > MAX_DECIMALS) {
            throw new InvalidValueException(field, value.toString(), "at most " + MAX_DECIMALS + " decimals");
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException(field, value.toString(), "at most " + MAX_INTEGER_DIGITS + " digits before the point");
        }
    }

    static <K> void requireNonNegative(String field, Map<K, Long> counts) {
        counts.forEach((key, count) -> {
            if (count < 0) {
                throw new InvalidValueException(field + "." + key, Long.toString(count), "a count must be 0 or more");
            }
        });
    }
}
