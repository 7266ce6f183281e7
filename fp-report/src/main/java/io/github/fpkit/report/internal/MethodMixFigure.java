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

/** The method mix of contraceptive users (各措施构成), as shares of the users, for the area and each sub-area. */
public final class MethodMixFigure {
    /** The figure's id. */
    public static final String ID = "method-mix";

    private static final List<Indicator> METHODS = List.of(Indicator.USERS_FEMALE_STERILIZATION,
            Indicator.USERS_MALE_STERILIZATION, Indicator.USERS_IUD, Indicator.USERS_IMPLANT, Indicator.USERS_INJECTABLE,
            Indicator.USERS_ORAL_PILL, Indicator.USERS_CONDOM, Indicator.USERS_OTHER_MODERN, Indicator.USERS_TRADITIONAL);

    private MethodMixFigure() {
    }

    /** @return the figure of the context's area */
    public static Figure of(ReportContext c) {
        Wording w = c.words();
        String title = w.pick("避孕节育措施构成", "Method mix of contraceptive users");
        if (c.area().result(Indicator.CPR).isEmpty()) {
            return Figure.empty(ID, title, w.pick("登记中没有避孕节育措施表（contraception.csv）",
                    "The register has no contraception table (contraception.csv)"));
        }
        if (c.area().numerator(Indicator.CPR) == 0) {
            return Figure.empty(ID, title, w.pick("没有落实避孕节育措施的已婚育龄妇女", "No married woman of reproductive age uses a method"));
        }
        return Figure.of(AreaShares.of(c, ID, title, w.withUnit(w.pick("占避孕人数的比例", "Share of users"), "%"), METHODS,
                w::method, Indicator.CPR, w.pick("避孕人数", "users")), List.of());
    }
}
