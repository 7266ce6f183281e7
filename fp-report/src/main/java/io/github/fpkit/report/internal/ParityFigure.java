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
import java.util.List;

/** Married women of reproductive age by number of children (零孩/一孩/二孩/多孩), for the area and each sub-area. */
public final class ParityFigure {
    /** The figure's id. */
    public static final String ID = "parity";

    private ParityFigure() {
    }

    /** @return the figure of the context's area */
    public static Figure of(ReportContext c) {
        Wording w = c.words();
        String title = w.pick("已婚育龄妇女孩次结构", "Married women of reproductive age by number of children");
        if (c.area().result(Indicator.PARITY_0).isEmpty()) {
            return Figure.empty(ID, title, w.pick("登记中没有出生表（births.csv）", "The register has no births table (births.csv)"));
        }
        if (c.area().numerator(Indicator.MARRIED_WRA) == 0) {
            return Figure.empty(ID, title, w.pick("没有已婚育龄妇女", "No married woman of reproductive age"));
        }
        return Figure.of(AreaShares.of(c, ID, title, w.withUnit(w.pick("占已婚育龄妇女的比例", "Share of married WRA"), "%"),
                List.of(Indicator.PARITY_0, Indicator.PARITY_1, Indicator.PARITY_2, Indicator.PARITY_3P),
                p -> parity(w, p), Indicator.MARRIED_WRA, w.pick("已婚育龄妇女", "married WRA")), List.of());
    }

    private static String parity(Wording w, Indicator parity) {
        switch (parity) {
            case PARITY_0:
                return w.pick("零孩", "No child");
            case PARITY_1:
                return w.pick("一孩", "One child");
            case PARITY_2:
                return w.pick("二孩", "Two children");
            default:
                return w.pick("多孩", "Three or more");
        }
    }
}
