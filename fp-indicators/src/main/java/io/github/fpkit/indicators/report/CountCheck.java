package io.github.fpkit.indicators.report;

import io.github.fpkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Validation shared by the report's value types: counts and amounts are never negative. */
final class CountCheck {
    private CountCheck() {
    }

    static void requireNonNegative(String field, OptionalLong count) {
        if (count.isPresent() && count.getAsLong() < 0) {
            throw new InvalidValueException(field, Long.toString(count.getAsLong()), "a count must be 0 or more");
        }
    }

    static void requireNonNegative(String field, Optional<BigDecimal> amount) {
        if (amount.isPresent() && amount.get().signum() < 0) {
            throw new InvalidValueException(field, amount.get().toPlainString(), "must be 0 or more");
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
