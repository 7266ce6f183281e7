package io.github.fpkit.indicators;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
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

    /** @return the area */
    public abstract AreaCode area();

    /** @return the area's name, if known */
    public abstract Optional<String> areaName();

    /** @return the period */
    public abstract ReportingPeriod period();

    /** @return the indicator */
    public abstract Indicator indicator();

    /** @return the numerator (a count), empty for TFR */
    public abstract OptionalLong numerator();

    /** @return the denominator, empty for counts and TFR */
    public abstract OptionalDouble denominator();

    /** @return the value in the indicator's unit, empty when undefined (denominator 0) */
    public abstract OptionalDouble value();

    /** @return the lower end of the confidence interval, empty where none is defined */
    public abstract OptionalDouble ciLow();

    /** @return the upper end of the confidence interval, empty where none is defined */
    public abstract OptionalDouble ciHigh();

    /**
     * @return the confidence level of the interval, strictly between 0 and 1 (for example
     *         0.95); empty where there is no interval, and for an interval whose level was
     *         not recorded (a result read from a file that does not state it)
     */
    public abstract OptionalDouble confidenceLevel();

    /** @return the unit, the indicator's */
    public Unit unit() {
        return indicator().unit();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IndicatorResult}. */
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
