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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One computed indicator for one area and period: the result record of the indicator
 * contract (docs/INDICATORS.md, "Result records"). A rate keeps its numerator and
 * denominator so results add up over areas and periods; an undefined rate (denominator 0)
 * has an empty {@link #value()}, never NaN or 0.
 *
 * <ul>
 *   <li>count: {@code numerator} and {@code value} are the count, no denominator, no interval;</li>
 *   <li>rate or share: numerator, denominator (a count, an average population or woman-years),
 *       value = numerator / denominator × the unit's multiplier, and the interval;</li>
 *   <li>TFR: a sum of rates, so no numerator or denominator, only value and interval.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorResult {
    IndicatorResult() {
    }

    /** @return the area: required */
    public abstract AreaCode area();

    /**
     * @return the area's name: optional; the calculator gives its name in {@code areas.csv},
     *     or its code when {@code areas.csv} has no row for it; empty in a result record that
     *     does not state it
     */
    public abstract Optional<String> areaName();

    /** @return the reporting period: required */
    public abstract ReportingPeriod period();

    /** @return the indicator: required */
    public abstract Indicator indicator();

    /** @return the numerator, a count: optional, empty for TFR */
    public abstract OptionalLong numerator();

    /** @return the denominator: optional, empty for counts and TFR; 0 for an undefined rate */
    public abstract OptionalDouble denominator();

    /** @return the value in the indicator's unit: optional, empty when undefined (denominator 0) */
    public abstract OptionalDouble value();

    /** @return the lower end of the confidence interval: optional, empty where none is defined; set with the upper end and not above it */
    public abstract OptionalDouble ciLow();

    /** @return the upper end of the confidence interval: optional, empty where none is defined; set with the lower end and not below it */
    public abstract OptionalDouble ciHigh();

    /**
     * @return the confidence level of the interval, strictly between 0 and 1 (for example
     *         0.95); empty where there is no interval, and for an interval whose level was
     *         not recorded (a result read from a file that does not state it)
     */
    public abstract OptionalDouble confidenceLevel();

    /** @return whether the value is a count, a defined rate or undefined, as result files write it in {@code status} */
    public ResultStatus status() {
        return ResultStatus.of(this);
    }

    /** @return the unit, the indicator's */
    public Unit unit() {
        return indicator().unit();
    }

    /**
     * The result for reading, rounded to 2 decimals; the exact figures are the accessors'.
     *
     * <pre>
     * CPR 990101001001 2009SY: 82.39 % (1549/1880) [80.61, 84.05]
     * LIVE_BIRTHS 990101001001 2009SY: 125
     * SRB 990101001001 2009SY: undefined (8/0)
     * </pre>
     *
     * @return the indicator's code, the area, the period, then the value and its unit, the
     *         numerator and denominator, and the interval, each where it has one
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(indicator().code()).append(' ').append(area()).append(' ')
                .append(period()).append(": ");
        if (unit() == Unit.COUNT) {
            return s.append(numerator().isPresent() ? Long.toString(numerator().getAsLong()) : "undefined").toString();
        }
        if (value().isPresent()) {
            s.append(String.format(Locale.ROOT, "%.2f", value().getAsDouble())).append(' ').append(unit().symbol());
        } else {
            s.append("undefined");
        }
        if (numerator().isPresent()) {
            s.append(" (").append(numerator().getAsLong()).append('/')
                    .append(denominator().isPresent() ? forReading(denominator().getAsDouble()) : "?").append(')');
        }
        if (ciLow().isPresent()) {
            s.append(String.format(Locale.ROOT, " [%.2f, %.2f]", ciLow().getAsDouble(), ciHigh().getAsDouble()));
        }
        return s.toString();
    }

    /** A denominator as it is when whole (a count, most populations), else to 2 decimals (woman-years). */
    private static String forReading(double denominator) {
        return BigDecimal.valueOf(denominator).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link IndicatorResult}. Each setter's rule is on the accessor of the same
     * name; {@code build()} throws {@link io.github.fpkit.model.MissingFieldException} for a
     * required field not set and {@link IllegalArgumentException} for an interval whose ends
     * are not both set or are in the wrong order.
     */
    public static final class Builder extends ImmutableIndicatorResult.Builder {
        Builder() {
        }

        /**
         * Sets {@code ciLow}, {@code ciHigh} and {@code confidenceLevel} from one interval,
         * so that an interval never loses its level.
         *
         * @param interval the interval, not null
         * @return this builder
         */
        public Builder interval(ConfidenceInterval interval) {
            ciLow(interval.low()).ciHigh(interval.high()).confidenceLevel(interval.level());
            return this;
        }
    }

    @Value.Check
    void check() {
        if (ciLow().isPresent() != ciHigh().isPresent()) {
            throw new IllegalArgumentException("ciLow and ciHigh must both be present or both absent");
        }
        if (ciLow().isPresent() && ciLow().getAsDouble() > ciHigh().getAsDouble()) {
            throw new IllegalArgumentException("ciLow " + ciLow().getAsDouble() + " is above ciHigh " + ciHigh().getAsDouble());
        }
        if (confidenceLevel().isPresent()) {
            if (ciLow().isEmpty()) {
                throw new IllegalArgumentException("confidenceLevel " + confidenceLevel().getAsDouble() + " is given without an interval");
            }
            ConfidenceLevel.check(confidenceLevel().getAsDouble());
        }
    }
}
