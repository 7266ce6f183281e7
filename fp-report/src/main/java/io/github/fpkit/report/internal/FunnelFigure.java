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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The funnel plot of the sub-areas' contraceptive prevalence against their married women
 * of reproductive age, with 95 % and 99.8 % limits around the area's pooled prevalence.
 */
public final class FunnelFigure {
    /** The figure's id. */
    public static final String ID = "cpr-funnel";
    /** Points of each limit line. */
    static final int GRID_POINTS = 60;

    private FunnelFigure() {
    }

    /** @return the figure of the context's area */
    public static Figure of(ReportContext c) {
        Wording w = c.words();
        String title = w.pick("综合避孕率漏斗图（对已婚育龄妇女人数）", "Funnel plot of contraceptive prevalence against married WRA");
        Optional<IndicatorResult> own = c.area().result(Indicator.CPR);
        if (own.isEmpty()) {
            return Figure.empty(ID, title, NumeratorNames.unavailable(w, Indicator.CPR));
        }
        if (own.get().value().isEmpty()) {
            return Figure.empty(ID, title, w.name(Indicator.CPR) + w.pick("未定义：", " is undefined: ")
                    + NumeratorNames.zeroDenominator(w, Indicator.CPR));
        }
        if (c.subAreas().isEmpty()) {
            return Figure.empty(ID, title, w.pick("该区划没有下级区划", "The area has no sub-areas"));
        }
        IndicatorResult pooled = own.get();
        FunnelLimits limits = new FunnelLimits(pooled.numerator().getAsLong() / pooled.denominator().getAsDouble());
        List<FunnelPoint> points = new ArrayList<>();
        List<String> undefined = new ArrayList<>();
        double fewest = Double.MAX_VALUE;
        double most = 0;
        for (AreaResults a : c.subAreas()) {
            Optional<IndicatorResult> cpr = a.result(Indicator.CPR);
            if (cpr.isEmpty()) {
                continue;
            }
            if (cpr.get().value().isEmpty()) {
                undefined.add(a.name());
                continue;
            }
            double n = cpr.get().denominator().getAsDouble();
            double proportion = cpr.get().numerator().getAsLong() / n;
            FunnelLimits.Position position = limits.position(proportion, n);
            fewest = Math.min(fewest, n);
            most = Math.max(most, n);
            points.add(new FunnelPoint(a.name(), n, proportion * 100, position,
                    IntervalFigure.tip(w, a.name(), cpr.get()) + w.pick("；", "; ") + positionName(w, position)));
        }
        List<String> notes = new ArrayList<>();
        if (!undefined.isEmpty()) {
            notes.add(w.pick("未列出（没有已婚育龄妇女）：" + String.join("、", undefined),
                    "Not shown (no married WRA): " + String.join(", ", undefined)));
        }
        if (points.isEmpty()) {
            return Figure.empty(ID, title, w.pick("下级区划都没有已婚育龄妇女", "No sub-area has married WRA"));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("pooled", c.area().name() + " " + w.percent(limits.pooled() * 100));
        labels.put("limit95", w.pick("95%控制限", "95 % limits"));
        labels.put("limit998", w.pick("99.8%控制限", "99.8 % limits"));
        for (FunnelLimits.Position p : FunnelLimits.Position.values()) {
            labels.put(p.name().toLowerCase(Locale.ROOT), positionName(w, p));
        }
        return Figure.of(new FunnelChart(ID, title, c.subtitle(), w.withUnit(w.pick("已婚育龄妇女", "Married WRA"), w.pick("人", "persons")),
                w.withUnit(w.name(Indicator.CPR), "%"), points, limits, 100, grid(fewest, most), labels), notes);
    }

    /** @return denominators from a little below the fewest to a little above the most, evenly spaced on a log scale */
    static List<Double> grid(double fewest, double most) {
        double from = Math.max(1, fewest * 0.8);
        double to = Math.max(from + 1, most * 1.15);
        List<Double> grid = new ArrayList<>();
        for (int i = 0; i < GRID_POINTS; i++) {
            grid.add(from * Math.pow(to / from, (double) i / (GRID_POINTS - 1)));
        }
        return grid;
    }

    private static String positionName(Wording w, FunnelLimits.Position position) {
        switch (position) {
            case WITHIN:
                return w.pick("在95%控制限内", "within the 95 % limits");
            case BEYOND_95:
                return w.pick("超出95%控制限", "beyond the 95 % limits");
            default:
                return w.pick("超出99.8%控制限", "beyond the 99.8 % limits");
        }
    }
}
