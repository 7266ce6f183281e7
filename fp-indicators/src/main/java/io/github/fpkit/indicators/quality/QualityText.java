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
package io.github.fpkit.indicators.quality;

import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.AreaCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** How the findings' messages write numbers and areas: counts whole, other values to two decimals, half-up. */
final class QualityText {
    private static final int DECIMALS = 2;

    private QualityText() {
    }

    /** @return the value rounded for its unit: whole for a count, else two decimals */
    static String value(double value, Unit unit) {
        return BigDecimal.valueOf(value).setScale(unit == Unit.COUNT ? 0 : DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    /** @return the value rounded for its unit, followed by the unit as English text writes it: "82.39 %", "11.51 ‰", "125" */
    static String english(double value, Unit unit) {
        return value(value, unit) + (unit == Unit.COUNT ? "" : " " + unit.symbol());
    }

    /** @return the value rounded for its unit, followed by its symbol where Chinese text writes one: "82.39%", "11.51‰", "108.33" */
    static String chinese(double value, Unit unit) {
        return value(value, unit) + (unit == Unit.PERCENT || unit == Unit.PER_MILLE ? unit.chineseSymbol() : "");
    }

    /** @return a statistic (a z-score, a ratio) to two decimals */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    /** @return a verification factor to four decimals, so that 0.8952 never reads as the bound 0.90 */
    static String factor(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** @return a threshold or bound as a parameter is written: 3.0, 3.5, 0.33, 103.0 */
    static String threshold(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    /** @return the area's name followed by its code, or the code alone */
    static String area(AreaCode area, Optional<String> name) {
        return name.map(n -> n + "（" + area + "）").orElse(area.toString());
    }

    /** @return the area's name and code as English text writes them */
    static String englishArea(AreaCode area, Optional<String> name) {
        return name.map(n -> n + " (" + area + ")").orElse(area.toString());
    }
}
