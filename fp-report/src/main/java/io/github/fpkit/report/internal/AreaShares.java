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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Stacked bars of how a whole splits into parts, for the area and each of its sub-areas:
 * each bar is 100 %, each part's share of its area's whole, and each tooltip gives the
 * part's count over the whole's. Parts no area has are left out; each part has the colour of
 * its place among the parts, whichever are left out.
 */
final class AreaShares {
    private AreaShares() {
    }

    /**
     * @param c the context
     * @param id the chart's id
     * @param title its title
     * @param valueAxis the axis name of the shares, with the unit
     * @param parts the indicators counting the parts, in the order stacked
     * @param partName a part's name
     * @param whole the indicator counting the whole, the parts' sum
     * @param wholeName the whole's name in a tooltip
     * @return the chart
     */
    static BarChart of(ReportContext c, String id, String title, String valueAxis, List<Indicator> parts,
            Function<Indicator, String> partName, Indicator whole, String wholeName) {
        Wording w = c.words();
        List<AreaResults> areas = new ArrayList<>();
        areas.add(c.area());
        areas.addAll(c.subAreas());
        List<String> names = new ArrayList<>();
        for (AreaResults a : areas) {
            names.add(a.name());
        }
        List<BarSeries> series = new ArrayList<>();
        for (Indicator part : parts) {
            if (areas.stream().allMatch(a -> a.numerator(part) == 0)) {
                continue;
            }
            List<Double> values = new ArrayList<>();
            List<String> tips = new ArrayList<>();
            for (AreaResults a : areas) {
                long n = a.numerator(part);
                long total = a.numerator(whole);
                values.add(total == 0 ? null : 100.0 * n / total);
                String share = total == 0 ? w.undefined() : w.percent(100.0 * n / total);
                tips.add(w.pick(a.name() + " · " + partName.apply(part) + "：" + n + "人 / " + wholeName + total + "人 = " + share,
                        a.name() + " · " + partName.apply(part) + ": " + n + " / " + total + " " + wholeName + " = " + share));
            }
            // A part keeps its colour in every report, whichever parts are left out.
            series.add(new BarSeries(partName.apply(part), Palette.series(parts.indexOf(part)), values, tips));
        }
        return new BarChart(id, title, c.subtitle(), w.pick("区划", "Area"), valueAxis, names, series,
                BarChart.Layout.STACKED_SHARES);
    }
}
