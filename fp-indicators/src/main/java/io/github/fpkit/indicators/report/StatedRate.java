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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rate as a report states it: the indicator, the value in the indicator's unit, and the
 * precision it was stated at — the number of decimals written, so {@code "91.2"} is
 * stated to 1 decimal and {@code "8.00"} to 2. Precision is part of the value:
 * {@code 91.2} and {@code 91.20} are different statements.
 *
 * <p>A stated value <em>admits</em> an exact value x when
 * {@code |x − value| ≤ 0.5 × 10^−decimals}: x rounds to the stated value under any
 * round-half rule (half-up, half-even, half-down), and both ends are included. Truncation
 * is not admitted: 91.27 stated as 91.2 is an inconsistency.
 *
 * <pre>{@code
 * StatedRate cpr = StatedRate.parse(Indicator.CPR, "91.2%");
 * cpr.decimals();                                   // 1
 * cpr.admits(1368, BigDecimal.valueOf(1500));       // true: 91.2 exactly
 * cpr.admits(1369, BigDecimal.valueOf(1500));       // false: 91.2667
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatedRate {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Sign, 25 digits, point, 20 decimals and a unit, with room for surrounding spaces. */
    private static final int MAX_TEXT_LENGTH = 64;
    private static final int SHOWN_LENGTH = 24;

    private final Indicator indicator;
    private final BigDecimal value;

    private StatedRate(Indicator indicator, BigDecimal value) {
        this.indicator = indicator;
        this.value = value;
    }

    /**
     * Obtains a stated rate whose precision is the scale of {@code value}; a negative scale
     * (as in {@code 1E+1}) is read as 0 decimals.
     *
     * @param indicator a rate, share or ratio (not a count), not null
     * @param value the value in the indicator's unit; 0 or more except for NIR; at most 20
     *        decimals and 25 digits before the point (what a report can write); not null
     * @return the stated rate
     * @throws InvalidValueException if the indicator is a count, the value is negative for
     *         an indicator other than NIR, or it has more than 20 decimals or 25 digits before
     *         the point; the field is {@code statedRates.<code>}
     */
    public static StatedRate of(Indicator indicator, BigDecimal value) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        String field = "statedRates." + indicator.code();
        // toString, not toPlainString, until the bounds are checked: the plain form of 1E+999999999 has a billion digits
        if (indicator.isCount()) {
            throw new InvalidValueException(field, value.toString(), indicator.code() + " is a count, not a rate; state it among the counts");
        }
        CountCheck.requireWithinBounds(field, value);
        if (value.signum() < 0 && indicator != Indicator.NIR) {
            throw new InvalidValueException(field, value.toPlainString(), "must be 0 or more (only NIR can be negative)");
        }
        return new StatedRate(indicator, value.scale() < 0 ? value.setScale(0) : value);
    }

    /**
     * Parses a rate as written: an optional minus sign, digits, optionally a point and
     * digits, optionally followed by the unit's symbol ({@code %} or {@code ％} for a
     * percentage, {@code ‰} for a per-mille rate). The decimals written are the precision.
     *
     * @param indicator a rate, share or ratio (not a count), not null
     * @param text the value, surrounding whitespace ignored, for example {@code "91.2"} or
     *        {@code "8.00‰"}; not null
     * @return the stated rate
     * @throws InvalidValueException if the text is longer than 64 characters (checked first; the
     *         value it names is then cut short), is not such a number, carries another unit's
     *         symbol, or {@link #of(Indicator, BigDecimal)} rejects it
     */
    public static StatedRate parse(Indicator indicator, CharSequence text) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(text, "text");
        String field = "statedRates." + indicator.code();
        if (text.length() > MAX_TEXT_LENGTH) {
            // checked before anything else: building a BigDecimal of a million digits takes quadratic time
            throw new InvalidValueException(field, shortened(text), "longer than any rate a report can write (" + MAX_TEXT_LENGTH
                    + " characters)");
        }
        String s = text.toString().trim();
        String number = s;
        if (s.endsWith("%") || s.endsWith("％") || s.endsWith("‰")) {
            Unit written = s.endsWith("‰") ? Unit.PER_MILLE : Unit.PERCENT;
            if (written != indicator.unit()) {
                throw new InvalidValueException(field, s, indicator.code() + " is stated in " + indicator.unit().symbol()
                        + ", not " + written.symbol());
            }
            number = s.substring(0, s.length() - 1).trim();
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidValueException(field, s, "expected a decimal number such as 91.2 or 8.00");
        }
        return of(indicator, new BigDecimal(number));
    }

    private static String shortened(CharSequence text) {
        return text.subSequence(0, SHOWN_LENGTH) + "… (" + text.length() + " characters)";
    }

    /** @return the indicator */
    public Indicator indicator() {
        return indicator;
    }

    /** @return the value as stated, with its scale = {@link #decimals()} */
    public BigDecimal value() {
        return value;
    }

    /** @return the number of decimals stated, 0 or more */
    public int decimals() {
        return value.scale();
    }

    /** @return the unit, the indicator's */
    public Unit unit() {
        return indicator.unit();
    }

    /** @return half a unit in the last stated decimal, {@code 0.5 × 10^−decimals}: 0.05 for {@code 91.2} */
    public BigDecimal tolerance() {
        return HALF.movePointLeft(decimals());
    }

    /**
     * @param exact an exact value in the indicator's unit, not null
     * @return true if {@code |exact − value| ≤ tolerance()}
     */
    public boolean admits(BigDecimal exact) {
        Objects.requireNonNull(exact, "exact");
        return exact.subtract(value).abs().compareTo(tolerance()) <= 0;
    }

    /**
     * Tests the rate numerator / denominator × the unit's multiplier, exactly (no division
     * is performed, so no rounding occurs before the comparison).
     *
     * @param numerator the numerator
     * @param denominator the denominator, more than 0, not null
     * @return true if the stated value admits the rate
     * @throws IllegalArgumentException if the denominator is not more than 0
     */
    public boolean admits(long numerator, BigDecimal denominator) {
        return admits(BigDecimal.valueOf(numerator), denominator);
    }

    /**
     * Tests the rate numerator / denominator × the unit's multiplier, exactly, for a
     * numerator of any size — a sum of stated counts may exceed {@code Long.MAX_VALUE}.
     *
     * <pre>{@code
     * StatedRate.parse(Indicator.LONG_ACTING_SHARE, "87.6")
     *     .admits(new BigDecimal("9223372036854775903"), BigDecimal.valueOf(4751)); // false
     * }</pre>
     *
     * @param numerator the numerator, not null
     * @param denominator the denominator, more than 0, not null
     * @return true if the stated value admits the rate
     * @throws IllegalArgumentException if the denominator is not more than 0
     */
    public boolean admits(BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator " + denominator + " must be more than 0");
        }
        BigDecimal scaled = numerator.multiply(BigDecimal.valueOf((long) unit().multiplier()));
        return scaled.subtract(value.multiply(denominator)).abs().compareTo(tolerance().multiply(denominator)) <= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatedRate && ((StatedRate) o).indicator == indicator && ((StatedRate) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return indicator.hashCode() * 31 + value.hashCode();
    }

    /** @return the code, the value as stated and the unit, for example {@code "CPR 91.2 %"} */
    @Override
    public String toString() {
        return indicator.code() + " " + value.toPlainString() + " " + unit().symbol();
    }
}
