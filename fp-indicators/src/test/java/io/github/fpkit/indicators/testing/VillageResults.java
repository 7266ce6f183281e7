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
package io.github.fpkit.indicators.testing;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Rate;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Result records of the villages 990102001001, 990102001002, … of the township 990102001000
 * (第1乡) for 2009SY, made from their counts as the catalogue computes them, for the worked
 * examples of the quality screens.
 */
public final class VillageResults {
    /** The township. */
    public static final AreaCode TOWNSHIP = AreaCode.of("990102001000");
    /** The period. */
    public static final ReportingPeriod PERIOD = ReportingPeriod.parse("2009SY");

    private VillageResults() {
    }

    /** @return the code of the village numbered {@code number}, from 1 */
    public static AreaCode village(int number) {
        return AreaCode.of(String.format("990102001%03d", number));
    }

    /**
     * @param indicator a rate (not a count, not TFR)
     * @param counts numerator and denominator of village 1, then of village 2, …
     * @return one result per village, with the catalogue's value and 95 % interval
     */
    public static List<IndicatorResult> rates(Indicator indicator, double... counts) {
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < counts.length / 2; i++) {
            results.add(rate(village(i + 1), indicator, (long) counts[2 * i], counts[2 * i + 1]));
        }
        return results;
    }

    /**
     * @param indicator a count indicator, or any indicator given its values alone
     * @param values the value of village 1, then of village 2, …
     * @return one result per village with that value and nothing else
     */
    public static List<IndicatorResult> values(Indicator indicator, double... values) {
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            results.add(IndicatorResult.builder().area(village(i + 1)).areaName("1乡" + (i + 1) + "村").period(PERIOD)
                    .indicator(indicator).value(values[i]).build());
        }
        return results;
    }

    /** @return the result of one area's rate, as the catalogue computes it */
    public static IndicatorResult rate(AreaCode area, Indicator indicator, long numerator, double denominator) {
        Rate rate = Rate.of(indicator, numerator, denominator);
        IndicatorResult.Builder b = IndicatorResult.builder().area(area).areaName(Optional.of(area.equals(TOWNSHIP) ? "第1乡"
                : "1乡" + Integer.parseInt(area.toString().substring(9)) + "村")).period(PERIOD).indicator(indicator)
                .numerator(numerator).denominator(denominator);
        rate.value().ifPresent(b::value);
        rate.interval().ifPresent(b::interval);
        return b.build();
    }
}
