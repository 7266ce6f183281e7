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
import io.github.fpkit.indicators.quality.FunnelPlot;
import io.github.fpkit.indicators.quality.FunnelPoint;
import io.github.fpkit.indicators.quality.FunnelPosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The funnel plot of the sub-areas' contraceptive prevalence against their married women
 * of reproductive age, with 95 % and 99.8 % limits around the sub-areas' pooled prevalence:
 * fp-indicators' {@link FunnelPlot}, the plot {@code fp quality} finds outliers by, drawn.
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
        if (c.subAreas().isEmpty()) {
            return Figure.empty(ID, title, w.pick("该区划没有下级区划", "The area has no sub-areas"));
        }
        List<IndicatorResult> subAreas = new ArrayList<>();
        List<String> undefined = new ArrayList<>();
        for (AreaResults a : c.subAreas()) {
            a.result(Indicator.CPR).ifPresent(subAreas::add);
            a.result(Indicator.CPR).filter(r -> r.value().isEmpty()).ifPresent(r -> undefined.add(a.name()));
        }
        Optional<FunnelPlot> plot = FunnelPlot.of(c.area().area(), Optional.of(c.area().name()), subAreas, false);
        if (plot.isEmpty()) {
            return Figure.empty(ID, title, w.pick("有已婚育龄妇女的下级区划不足两个", "Fewer than two sub-areas have married WRA"));
        }
        List<FunnelMark> points = new ArrayList<>();
        double fewest = Double.MAX_VALUE;
        double most = 0;
        for (FunnelPoint p : plot.get().points()) {
            String name = p.areaName().orElse(p.area().toString());
            fewest = Math.min(fewest, p.denominator());
            most = Math.max(most, p.denominator());
            points.add(new FunnelMark(name, p.denominator(), p.value(), p.position(),
                    IntervalFigure.tip(w, name, p.result()) + w.pick("；", "; ") + position(w, p.position())));
        }
        List<String> notes = new ArrayList<>();
        if (!undefined.isEmpty()) {
            notes.add(w.pick("未列出（没有已婚育龄妇女）：" + String.join("、", undefined),
                    "Not shown (no married WRA): " + String.join(", ", undefined)));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("pooled", w.pick("下级区划合计 ", "Sub-areas pooled ") + w.percent(plot.get().limits().target()));
        labels.put("limit95", w.pick("95%控制限", "95 % limits"));
        labels.put("limit998", w.pick("99.8%控制限", "99.8 % limits"));
        for (FunnelPosition p : FunnelPosition.values()) {
            labels.put(p.code(), position(w, p));
        }
        return Figure.of(new FunnelChart(ID, title, c.subtitle(), w.withUnit(w.pick("已婚育龄妇女", "Married WRA"), w.pick("人", "persons")),
                w.withUnit(w.name(Indicator.CPR), "%"), points, plot.get().limits(), grid(fewest, most), labels), notes);
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

    private static String position(Wording w, FunnelPosition position) {
        return w.pick(position.chineseName(), position.englishName());
    }
}
