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
