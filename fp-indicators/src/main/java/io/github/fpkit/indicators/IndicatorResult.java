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

    /** @return the area's name: optional, empty if not known */
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

    /** @return the unit, the indicator's */
    public Unit unit() {
        return indicator().unit();
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
    }

    @Value.Check
    void check() {
        if (ciLow().isPresent() != ciHigh().isPresent()) {
            throw new IllegalArgumentException("ciLow and ciHigh must both be present or both absent");
        }
        if (ciLow().isPresent() && ciLow().getAsDouble() > ciHigh().getAsDouble()) {
            throw new IllegalArgumentException("ciLow " + ciLow().getAsDouble() + " is above ciHigh " + ciHigh().getAsDouble());
        }
    }
}
