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
package io.github.fpkit.indicators.quality;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Severity;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One figure a quality screen flags: the area and indicator, the value examined, the method
 * and its threshold, the statistic the method computed (a z-score, a ratio), the value it is
 * compared with (a mean, a median, the mean of earlier periods, a funnel's target), and an
 * explanation in Chinese and English. Values are in the indicator's unit (a CPR of 82.39 %
 * is 82.39).
 *
 * <pre>{@code
 * QualityFinding f = report.findings().get(0);
 * f.rule();        // "OUTLIER_MODIFIED_Z_SCORE"
 * f.area();        // 990102001003
 * f.indicator();   // CPR
 * f.value();       // 62.5
 * f.statistic();   // OptionalDouble[-4.1]
 * f.threshold();   // "3.5"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class QualityFinding {
    QualityFinding() {
    }

    /** @return the method that flagged the figure */
    public abstract QualityMethod method();

    /** @return the stable rule id, the method's ({@link QualityMethod#rule()}), for example {@code "OUTLIER_Z_SCORE"} */
    public String rule() {
        return method().rule();
    }

    /** @return {@code ERROR} for a value outside the user's bounds, {@code WARNING} for a value that deserves a look */
    public abstract Severity severity();

    /** @return the area the figure is of */
    public abstract AreaCode area();

    /** @return the area's name, if known */
    public abstract Optional<String> areaName();

    /** @return the period the figure is of */
    public abstract ReportingPeriod period();

    /** @return the indicator */
    public abstract Indicator indicator();

    /** @return the value examined, in the indicator's unit */
    public abstract double value();

    /** @return what the method computed: a z-score, a modified z-score, a ratio to earlier periods; empty for bounds */
    public abstract OptionalDouble statistic();

    /** @return what the value is compared with: a mean, a median, the mean of earlier periods, a funnel's target; empty for bounds */
    public abstract OptionalDouble reference();

    /** @return the threshold as text, for example {@code "3.0"}, {@code "[60, 95]"}, {@code "103–107"} or {@code "±33%"} */
    public abstract String threshold();

    /** @return the explanation in Chinese */
    public abstract String chineseMessage();

    /** @return the explanation in English */
    public abstract String englishMessage();

    /** @return true if the severity is {@code ERROR} */
    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link QualityFinding}. */
    public static final class Builder extends ImmutableQualityFinding.Builder {
        Builder() {
        }
    }

    /** @return severity, rule, area, indicator and the English message on one line */
    @Override
    public String toString() {
        return severity().code() + " " + rule() + " " + area() + " " + indicator().code() + ": " + englishMessage();
    }
}
