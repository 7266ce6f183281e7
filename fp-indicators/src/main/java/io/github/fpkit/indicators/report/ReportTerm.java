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
import java.util.function.Function;

/**
 * A number an indicator's formula reads from a report, exactly: a figure, a figure with a
 * stand-in for when the report does not state it (the average population, derived from the
 * populations at the start and end), a signed sum of such numbers, or a count no report
 * states, with the reason. Besides its value it knows the fields it is read from (what a
 * finding names) and the fields a report would have to state for it to have a value.
 */
final class ReportTerm {
    private final Function<AggregateReport, Optional<BigDecimal>> value;
    private final Function<AggregateReport, List<String>> paths;
    private final Function<AggregateReport, List<String>> missing;
    private final Optional<UnstatedCount> unstated;

    private ReportTerm(Function<AggregateReport, Optional<BigDecimal>> value, Function<AggregateReport, List<String>> paths,
            Function<AggregateReport, List<String>> missing, Optional<UnstatedCount> unstated) {
        this.value = value;
        this.paths = paths;
        this.missing = missing;
        this.unstated = unstated;
    }

    static ReportTerm of(ReportFigure figure) {
        return derived(figure::read, figure);
    }

    /** A value computed from figures, named by them all. */
    static ReportTerm derived(Function<AggregateReport, Optional<BigDecimal>> value, ReportFigure... from) {
        List<String> fields = new ArrayList<>();
        for (ReportFigure figure : from) {
            fields.add(figure.path());
        }
        List<String> named = List.copyOf(fields);
        return new ReportTerm(value, r -> named, r -> value.apply(r).isEmpty() ? named : List.of(), Optional.empty());
    }

    /** The figure when the report states it, else the stand-in; named by the figure when neither is stated. */
    static ReportTerm preferring(ReportFigure figure, ReportTerm standIn) {
        List<String> named = List.of(figure.path());
        return new ReportTerm(r -> figure.read(r).or(() -> standIn.value(r)),
                r -> figure.read(r).isEmpty() && standIn.value(r).isPresent() ? standIn.paths(r) : named,
                r -> figure.read(r).isEmpty() && standIn.value(r).isEmpty() ? named : List.of(), Optional.empty());
    }

    /** A count no report states: never has a value, names no field. */
    static ReportTerm unstated(UnstatedCount reason) {
        return new ReportTerm(r -> Optional.empty(), r -> List.of(), r -> List.of(), Optional.of(reason));
    }

    /** The sum of the terms, stated when each is; named by their fields in order. */
    static ReportTerm sum(List<ReportTerm> terms) {
        List<ReportTerm> all = List.copyOf(terms);
        return new ReportTerm(r -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (ReportTerm term : all) {
                Optional<BigDecimal> v = term.value(r);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                sum = sum.add(v.get());
            }
            return Optional.of(sum);
        }, r -> concat(all, t -> t.paths(r)), r -> concat(all, t -> t.missing(r)),
                all.stream().flatMap(t -> t.unstated.stream()).findFirst());
    }

    ReportTerm negated() {
        return new ReportTerm(r -> value(r).map(BigDecimal::negate), paths, missing, unstated);
    }

    /** @return the value, exact; empty unless the report states every figure it needs */
    Optional<BigDecimal> value(AggregateReport report) {
        return value.apply(report);
    }

    /** @return the fields the value is read from in this report, in order */
    List<String> paths(AggregateReport report) {
        return paths.apply(report);
    }

    /** @return the fields the report would have to state for the value to be known; empty if it is */
    List<String> missing(AggregateReport report) {
        return missing.apply(report);
    }

    /** @return why no report can give the value, if none can */
    Optional<UnstatedCount> unstated() {
        return unstated;
    }

    private static List<String> concat(List<ReportTerm> terms, Function<ReportTerm, List<String>> fields) {
        List<String> all = new ArrayList<>();
        terms.forEach(t -> all.addAll(fields.apply(t)));
        return all;
    }
}
