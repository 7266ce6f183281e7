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
import io.github.fpkit.model.ContraceptiveMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How each rate of the catalogue follows from a report's counts: numerator = the sum of
 * the added figures minus the subtracted ones, over a denominator figure. The audit and
 * {@link AggregateIndicators} both recompute rates from here, so they cannot disagree —
 * except where a report's own convention differs from the catalogue (health-check coverage
 * over the women due for a check, not over married WRA; see {@link #catalogueRatio}).
 * Rates of the catalogue missing here (GFR, ASFR, TFR, unplanned pregnancies) need
 * woman-years or pregnancy records that no aggregate report states.
 */
enum RateFormula {
    CBR(Indicator.CBR, List.of(Figure.BIRTHS), List.of(), Figure.AVERAGE_OR_DERIVED),
    CDR(Indicator.CDR, List.of(Figure.DEATHS), List.of(), Figure.AVERAGE_OR_DERIVED),
    NIR(Indicator.NIR, List.of(Figure.BIRTHS), List.of(Figure.DEATHS), Figure.AVERAGE_OR_DERIVED),
    SRB(Indicator.SRB, List.of(Figure.BIRTHS_MALE), List.of(), Figure.BIRTHS_FEMALE),
    POLICY_BIRTH_RATE(Indicator.POLICY_BIRTH_RATE, List.of(Figure.BIRTHS_IN_POLICY), List.of(), Figure.BIRTHS),
    HIGHER_ORDER_BIRTH_SHARE(Indicator.HIGHER_ORDER_BIRTH_SHARE, List.of(Figure.BIRTHS_ORDER_3P), List.of(), Figure.BIRTHS),
    CPR(Indicator.CPR, List.of(Figure.USERS), List.of(), Figure.MARRIED),
    MCPR(Indicator.MCPR, List.of(Figure.USERS), List.of(Figure.users(ContraceptiveMethod.TRADITIONAL)), Figure.MARRIED),
    LONG_ACTING_SHARE(Indicator.LONG_ACTING_SHARE, Arrays.stream(ContraceptiveMethod.values())
            .filter(ContraceptiveMethod::isLongActing).map(Figure::users).collect(Collectors.toList()), List.of(), Figure.USERS),
    /**
     * Reports state coverage as checked / due (应检), so the audit recomputes it so; the
     * catalogue defines it over married WRA, so {@link #catalogueRatio} divides by those.
     */
    HEALTH_CHECK_COVERAGE(Indicator.HEALTH_CHECK_COVERAGE, List.of(Figure.CHECKS_DONE), List.of(), Figure.CHECK_BASE, Figure.MARRIED);

    private final Indicator indicator;
    private final List<Figure> added;
    private final List<Figure> subtracted;
    private final Figure denominator;
    private final Figure catalogueDenominator;

    RateFormula(Indicator indicator, List<Figure> added, List<Figure> subtracted, Figure denominator) {
        this(indicator, added, subtracted, denominator, denominator);
    }

    RateFormula(Indicator indicator, List<Figure> added, List<Figure> subtracted, Figure denominator, Figure catalogueDenominator) {
        this.indicator = indicator;
        this.added = added;
        this.subtracted = subtracted;
        this.denominator = denominator;
        this.catalogueDenominator = catalogueDenominator;
    }

    static Optional<RateFormula> of(Indicator indicator) {
        return Arrays.stream(values()).filter(f -> f.indicator == indicator).findFirst();
    }

    Indicator indicator() {
        return indicator;
    }

    /** The fields the rate is computed from in this report: numerator first, then denominator. */
    List<String> fields(AggregateReport report) {
        return figures().flatMap(f -> f.paths(report).stream()).collect(Collectors.toList());
    }

    /** The fields the report would have to state for the rate to be recomputed; empty if it can be. */
    List<String> missingFields(AggregateReport report) {
        List<String> missing = new ArrayList<>();
        figures().filter(f -> f.read(report).isEmpty()).forEach(f -> missing.addAll(f.paths(report)));
        return missing;
    }

    /** The rate's numerator and denominator as the report's stated rate is checked, if the report states every figure it needs. */
    Optional<Ratio> ratio(AggregateReport report) {
        if (!missingFields(report).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ratio(numerator(report), denominator.read(report).orElseThrow()));
    }

    /**
     * The rate as the indicator catalogue (docs/INDICATORS.md) defines it, if the report states
     * every figure it needs: the same as {@link #ratio} except for health-check coverage, whose
     * denominator is the married WRA, not the women due for a check.
     */
    Optional<Ratio> catalogueRatio(AggregateReport report) {
        if (added.stream().anyMatch(f -> f.read(report).isEmpty()) || subtracted.stream().anyMatch(f -> f.read(report).isEmpty())) {
            return Optional.empty();
        }
        return catalogueDenominator.read(report).map(d -> new Ratio(numerator(report), d));
    }

    private BigDecimal numerator(AggregateReport report) {
        BigDecimal numerator = BigDecimal.ZERO;
        for (Figure f : added) {
            numerator = numerator.add(f.read(report).orElseThrow());
        }
        for (Figure f : subtracted) {
            numerator = numerator.subtract(f.read(report).orElseThrow());
        }
        return numerator;
    }

    private Stream<Figure> figures() {
        return Stream.of(added.stream(), subtracted.stream(), Stream.of(denominator)).flatMap(s -> s);
    }
}
