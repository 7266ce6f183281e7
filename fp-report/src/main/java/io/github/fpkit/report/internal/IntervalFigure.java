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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A rate of each sub-area as a point with its confidence interval as whiskers, sorted by
 * value, with the area's own value as a reference line. Sub-areas whose rate is undefined
 * are named under the chart instead.
 */
public final class IntervalFigure {
    private IntervalFigure() {
    }

    /** @return the figure's id for the indicator, such as {@code srb-by-area} */
    public static String id(Indicator indicator) {
        return indicator.code().toLowerCase(Locale.ROOT).replace('_', '-') + "-by-area";
    }

    /**
     * @param c the context
     * @param indicator SRB, CPR or POLICY_BIRTH_RATE (a rate whose numerator and denominator have names here)
     * @return the figure of the context's area
     */
    public static Figure of(ReportContext c, Indicator indicator) {
        Wording w = c.words();
        String id = id(indicator);
        String title = w.pick(w.subAreas(c.area().area().level()) + w.name(indicator),
                w.name(indicator) + " by " + w.subArea(c.area().area().level()));
        Optional<IndicatorResult> own = c.area().result(indicator);
        if (own.isEmpty()) {
            return Figure.empty(id, title, NumeratorNames.unavailable(w, indicator));
        }
        if (indicator != Indicator.CPR && !c.hasBirths()) {
            return Figure.empty(id, title, w.noBirths());
        }
        if (own.get().value().isEmpty()) {
            return Figure.empty(id, title, w.name(indicator) + w.pick("未定义：", " is undefined: ")
                    + NumeratorNames.zeroDenominator(w, indicator));
        }
        if (c.subAreas().isEmpty()) {
            return Figure.empty(id, title, w.pick("该区划没有下级区划", "The area has no sub-areas"));
        }
        List<AreaResults> defined = new ArrayList<>();
        List<AreaResults> undefined = new ArrayList<>();
        for (AreaResults a : c.subAreas()) {
            a.result(indicator).ifPresent(r -> (r.value().isPresent() ? defined : undefined).add(a));
        }
        defined.sort(Comparator.comparingDouble((AreaResults a) -> value(a, indicator)).thenComparing(AreaResults::area));
        List<IntervalPoint> points = new ArrayList<>();
        for (AreaResults a : defined) {
            IndicatorResult r = a.result(indicator).orElseThrow();
            points.add(new IntervalPoint(a.name(), r.value().getAsDouble(), box(r.ciLow()), box(r.ciHigh()), tip(w, a.name(), r)));
        }
        List<String> notes = new ArrayList<>();
        if (!undefined.isEmpty()) {
            List<String> names = undefined.stream().map(AreaResults::name).collect(Collectors.toList());
            notes.add(w.pick("未定义（" + NumeratorNames.zeroDenominator(w, indicator) + "）：" + String.join("、", names),
                    "Undefined (" + NumeratorNames.zeroDenominator(w, indicator) + "): " + String.join(", ", names)));
        }
        String unit = w.unit(indicator.unit());
        String reference = c.area().name() + " " + w.number(own.get().value(), indicator.unit());
        return Figure.of(new IntervalChart(id, title + w.pick("及其", " with ") + confidence(own.get()) + w.pick("置信区间", " intervals"),
                c.subtitle(), w.pick("区划", "Area"), w.withUnit(w.name(indicator), unit), points, own.get().value().getAsDouble(),
                reference), notes);
    }

    private static double value(AreaResults area, Indicator indicator) {
        return area.result(indicator).orElseThrow().value().getAsDouble();
    }

    private static String confidence(IndicatorResult r) {
        return Wording.confidence(r.confidenceLevel().orElse(0.95));
    }

    private static Double box(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** @return the point's tooltip: value, interval, numerator and denominator */
    static String tip(Wording w, String name, IndicatorResult r) {
        Indicator i = r.indicator();
        String value = w.number(r.value(), i.unit()) + (w.chinese() ? "" : " ") + w.unit(i.unit());
        String interval = r.ciLow().isPresent()
                ? "[" + w.number(r.ciLow(), i.unit()) + ", " + w.number(r.ciHigh(), i.unit()) + "]" : w.undefined();
        String numerator = r.numerator().isPresent() ? Long.toString(r.numerator().getAsLong()) : w.undefined();
        String denominator = w.number(r.denominator(), Unit.COUNT);
        return w.pick(name + "：" + w.name(i) + " " + value + "，" + confidence(r) + "置信区间 " + interval + "；"
                        + NumeratorNames.numerator(w, i) + " " + numerator + "，" + NumeratorNames.denominator(w, i) + " " + denominator,
                name + ": " + w.name(i) + " " + value + ", " + confidence(r) + " interval " + interval + "; "
                        + NumeratorNames.numerator(w, i) + " " + numerator + ", " + NumeratorNames.denominator(w, i) + " " + denominator);
    }
}
