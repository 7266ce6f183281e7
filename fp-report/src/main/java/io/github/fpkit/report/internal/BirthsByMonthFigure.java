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
import io.github.fpkit.model.Sex;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Live births of the period by month and sex. */
public final class BirthsByMonthFigure {
    /** The figure's id. */
    public static final String ID = "births-by-month";

    private BirthsByMonthFigure() {
    }

    /** @return the figure of the context's area */
    public static Figure of(ReportContext c) {
        Wording w = c.words();
        String title = w.pick("分月出生人数（按性别）", "Live births by month and sex");
        if (c.area().result(Indicator.LIVE_BIRTHS).isEmpty()) {
            return Figure.empty(ID, title, NumeratorNames.unavailable(w, Indicator.LIVE_BIRTHS));
        }
        BirthsByMonth births = c.profile().births();
        if (births.total() == 0) {
            return Figure.empty(ID, title, w.noBirths());
        }
        List<String> months = new ArrayList<>();
        List<Double> boys = new ArrayList<>();
        List<Double> girls = new ArrayList<>();
        List<String> boyTips = new ArrayList<>();
        List<String> girlTips = new ArrayList<>();
        String boy = w.pick("男婴", "Boys");
        String girl = w.pick("女婴", "Girls");
        for (YearMonth m : births.months()) {
            months.add(m.toString());
            boys.add((double) births.births(m, Sex.MALE));
            girls.add((double) births.births(m, Sex.FEMALE));
            boyTips.add(tip(w, m, boy, births.births(m, Sex.MALE), births.births(m)));
            girlTips.add(tip(w, m, girl, births.births(m, Sex.FEMALE), births.births(m)));
        }
        return Figure.of(new BarChart(ID, title, c.subtitle(), w.pick("月份", "Month"),
                w.withUnit(w.pick("出生人数", "Live births"), w.pick("人", "persons")), months,
                List.of(new BarSeries(boy, Palette.BLUE, boys, boyTips), new BarSeries(girl, Palette.ORANGE, girls, girlTips)),
                BarChart.Layout.GROUPED), List.of());
    }

    private static String tip(Wording w, YearMonth month, String sex, long count, long births) {
        String share = births == 0 ? w.undefined() : w.percent(100.0 * count / births);
        return w.pick(month + " " + sex + "：" + count + "人 / 当月出生" + births + "人 = " + share,
                month + ", " + sex.toLowerCase(Locale.ROOT) + ": " + count + " / " + births + " live births of the month = " + share);
    }
}
