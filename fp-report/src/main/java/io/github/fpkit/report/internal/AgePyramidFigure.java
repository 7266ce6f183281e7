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

import io.github.fpkit.model.AgeGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The age pyramid of an area's women of reproductive age, unmarried to the left and married to the right. */
public final class AgePyramidFigure {
    /** The figure's id. */
    public static final String ID = "age-pyramid";

    private AgePyramidFigure() {
    }

    /** @return the figure of the context's area */
    public static Figure of(ReportContext c) {
        Wording w = c.words();
        String title = w.pick("育龄妇女年龄结构（按婚姻状况）", "Women of reproductive age by age group and marital status");
        AgePyramid women = c.profile().women();
        if (women.total() == 0) {
            return Figure.empty(ID, title, w.pick("本期没有育龄妇女", "No women of reproductive age in the period"));
        }
        List<String> groups = new ArrayList<>();
        List<Double> married = new ArrayList<>();
        List<Double> unmarried = new ArrayList<>();
        List<String> marriedTips = new ArrayList<>();
        List<String> unmarriedTips = new ArrayList<>();
        String marriedName = w.pick("已婚", "Married");
        String unmarriedName = w.pick("非在婚", "Not married");
        for (AgeGroup g : AgeGroup.values()) {
            String group = g.lower() + "–" + g.upper();
            groups.add(group);
            married.add((double) women.married(g));
            unmarried.add((double) women.unmarried(g));
            marriedTips.add(tip(w, group, marriedName, women.married(g), women.women(g)));
            unmarriedTips.add(tip(w, group, unmarriedName, women.unmarried(g), women.women(g)));
        }
        return Figure.of(new BarChart(ID, title, c.subtitle(), w.withUnit(w.pick("年龄", "Age"), w.pick("岁", "years")),
                w.withUnit(w.pick("育龄妇女", "Women"), w.pick("人", "persons")), groups,
                List.of(new BarSeries(unmarriedName, Palette.ORANGE, unmarried, unmarriedTips),
                        new BarSeries(marriedName, Palette.BLUE, married, marriedTips)),
                BarChart.Layout.PYRAMID), List.of());
    }

    private static String tip(Wording w, String group, String status, long count, long women) {
        String share = women == 0 ? w.undefined() : w.percent(100.0 * count / women);
        return w.pick(group + "岁 " + status + "：" + count + "人 / 该组育龄妇女" + women + "人 = " + share,
                group + " years, " + status.toLowerCase(Locale.ROOT) + ": " + count + " / " + women
                        + " women of the group = " + share);
    }
}
