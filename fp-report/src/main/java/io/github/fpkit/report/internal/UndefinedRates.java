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
package io.github.fpkit.report.internal;

import io.github.fpkit.indicators.Formula;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.AreaCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rates of the area and its sub-areas that are undefined, and why: a population row
 * missing from {@code population.csv} (which rows: those of the lowest areas whose
 * population is unknown), a denominator of 0 (no girls born, no married WRA, …), an age
 * group without woman-years. One row per cause, naming the rates and the areas.
 */
final class UndefinedRates {
    /** The rates over the average population. */
    private static final Set<Indicator> CRUDE_RATES = EnumSet.of(Indicator.CBR, Indicator.CDR, Indicator.NIR);
    /** Missing rows named in one cell; a county may lack hundreds. */
    private static final int NAMED = 10;

    private UndefinedRates() {
    }

    /** @return the block of the context's area */
    static Block of(ReportContext c) {
        Wording w = c.words();
        Set<AreaCode> unknown = unknownPopulations(c);
        boolean anyKnown = c.computed().results().stream()
                .anyMatch(r -> CRUDE_RATES.contains(r.indicator()) && r.denominator().isPresent());
        Map<String, Cause> causes = new LinkedHashMap<>();
        List<AreaResults> scope = new ArrayList<>();
        scope.add(c.area());
        scope.addAll(c.subAreas());
        for (AreaResults a : scope) {
            for (IndicatorResult r : a.all()) {
                if (r.indicator().isCount() || r.value().isPresent()) {
                    continue;
                }
                boolean crude = CRUDE_RATES.contains(r.indicator()) && r.denominator().isEmpty();
                String why = crude ? population(c, a, unknown, anyKnown) : why(w, r, a);
                Cause cause = causes.computeIfAbsent((crude ? "population" : r.indicator().code()) + "\n" + why, k -> new Cause(why));
                cause.indicators.add(r.indicator());
                cause.areas.add(a.name());
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (Cause cause : causes.values()) {
            String indicators = cause.indicators.stream().map(Indicator::code).collect(Collectors.joining(", "));
            rows.add(TableRow.of(indicators, List.of(indicators, String.join(w.pick("、", ", "), cause.areas), cause.why)));
        }
        String heading = w.pick("未定义的比率及原因", "Undefined rates and why");
        if (rows.isEmpty()) {
            return new Block("undefined-rates", heading, List.of(w.pick("本区划及其下级区划的比率都有定义。",
                    "Every rate of the area and its sub-areas is defined.")), Optional.empty());
        }
        return new Block("undefined-rates", heading, List.of(w.pick("以下比率无法计算（不是0），图表中已略去：",
                "These rates cannot be computed (they are not 0) and are left out of the charts:")),
                Optional.of(new Table("undefined-rates-table", List.of(w.pick("指标", "Indicators"), w.pick("区划", "Areas"),
                        w.pick("原因", "Why")), List.of(false, false, false), rows, false)));
    }

    /** The areas computed whose population is unknown: their crude rates have a numerator and no denominator. */
    private static Set<AreaCode> unknownPopulations(ReportContext c) {
        Set<AreaCode> unknown = new TreeSet<>();
        for (IndicatorResult r : c.computed().results()) {
            if (CRUDE_RATES.contains(r.indicator()) && r.denominator().isEmpty() && r.numerator().isPresent()) {
                unknown.add(r.area());
            }
        }
        return unknown;
    }

    /** Why an area's population is unknown: the rows to add are those of the lowest unknown areas within it. */
    private static String population(ReportContext c, AreaResults a, Set<AreaCode> unknown, boolean anyKnown) {
        Wording w = c.words();
        if (!anyKnown) {
            return w.pick("population.csv 没有 " + c.period() + " 的行", "population.csv has no row for " + c.period());
        }
        Set<AreaCode> aboveUnknown = new HashSet<>();
        for (AreaCode b : unknown) {
            for (Optional<AreaCode> p = b.parent(); p.isPresent(); p = p.get().parent()) {
                aboveUnknown.add(p.get());
            }
        }
        List<String> missing = unknown.stream().filter(b -> !aboveUnknown.contains(b) && !b.equals(a.area()) && a.area().contains(b))
                .map(b -> w.area(b, AreaResults.of(c.computed(), b).name())).collect(Collectors.toList());
        if (missing.isEmpty()) {
            return w.pick("population.csv 没有本区划的行", "population.csv has no row for the area");
        }
        String listed = String.join(w.pick("、", ", "), missing.subList(0, Math.min(NAMED, missing.size())))
                + (missing.size() > NAMED ? w.pick("等" + missing.size() + "个", " and " + (missing.size() - NAMED) + " more") : "");
        return w.pick("population.csv 缺少 " + listed + " 的行（补上，或补上" + a.name() + "自己的行）",
                "population.csv has no row for " + listed + " (add " + (missing.size() == 1 ? "it" : "them") + ", or one for "
                        + a.name() + " itself)");
    }

    private static String why(Wording w, IndicatorResult r, AreaResults a) {
        Formula.Kind kind = r.indicator().formula().kind();
        if (kind == Formula.Kind.MEAN_AGE) {
            return w.pick("本期没有一孩出生", "no first birth in the period");
        }
        if (kind == Formula.Kind.MEAN_CHILDBEARING_AGE
                && a.result(Indicator.TFR).filter(tfr -> tfr.value().isPresent()).isPresent()) {
            return w.pick("本期没有15–49岁母亲的出生", "no birth to a mother aged 15–49 in the period");
        }
        if (kind == Formula.Kind.TOTAL_FERTILITY || kind == Formula.Kind.MEAN_CHILDBEARING_AGE) {
            return w.pick("有年龄组没有妇女生存年数", "an age group has no woman-years");
        }
        if (kind == Formula.Kind.CUMULATIVE_INCIDENCE) {
            return w.pick("P前12个月内开始的可逆措施没有随访满12个月的", "no reversible episode started in the 12 months before P is followed to month 12");
        }
        if (r.denominator().isPresent() && r.denominator().getAsDouble() == 0) {
            return NumeratorNames.zeroDenominator(w, r.indicator());
        }
        return w.pick("没有分母", "no denominator");
    }

    /** One cause: the rates and the areas it leaves undefined. */
    private static final class Cause {
        final String why;
        final Set<Indicator> indicators = EnumSet.noneOf(Indicator.class);
        final Set<String> areas = new LinkedHashSet<>();

        Cause(String why) {
            this.why = why;
        }
    }
}
