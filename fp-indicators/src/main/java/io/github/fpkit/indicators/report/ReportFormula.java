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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An indicator's formula read over a report's figures ({@link CatalogueFigures}): the
 * numerator and, for a rate, the denominator, each a {@link ReportTerm}. The audit checks a
 * stated rate against {@link #ratio}; {@link AggregateIndicators} computes its results from it.
 */
final class ReportFormula {
    private final ReportTerm numerator;
    private final ReportTerm denominator;

    private ReportFormula(ReportTerm numerator, ReportTerm denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    static ReportFormula count(ReportTerm count) {
        return new ReportFormula(count, null);
    }

    static ReportFormula ratio(ReportTerm numerator, ReportTerm denominator) {
        return new ReportFormula(numerator, denominator);
    }

    /** The same numerator over another denominator. */
    ReportFormula over(ReportTerm other) {
        return new ReportFormula(numerator, other);
    }

    /** @return the denominator; only for a rate */
    ReportTerm denominator() {
        return denominator;
    }

    /** @return why no report can give this indicator, if none can */
    Optional<UnstatedCount> unstated() {
        return numerator.unstated().or(() -> denominator == null ? Optional.empty() : denominator.unstated());
    }

    /** @return the fields the indicator is computed from in this report: numerator first, then denominator */
    List<String> fields(AggregateReport report) {
        List<String> fields = new ArrayList<>(numerator.paths(report));
        if (denominator != null) {
            fields.addAll(denominator.paths(report));
        }
        return fields;
    }

    /** @return the fields the report would have to state for the indicator to be computed; empty if it can be */
    List<String> missingFields(AggregateReport report) {
        List<String> missing = new ArrayList<>(numerator.missing(report));
        if (denominator != null) {
            missing.addAll(denominator.missing(report));
        }
        return missing;
    }

    /** @return a count indicator's value, if the report states every figure it needs */
    Optional<BigDecimal> count(AggregateReport report) {
        return numerator.value(report);
    }

    /** @return a rate's numerator and denominator, exact, if the report states every figure they need */
    Optional<Ratio> ratio(AggregateReport report) {
        Optional<BigDecimal> n = numerator.value(report);
        Optional<BigDecimal> d = denominator.value(report);
        return n.isPresent() && d.isPresent() ? Optional.of(new Ratio(n.get(), d.get())) : Optional.empty();
    }
}
