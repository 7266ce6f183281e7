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
package io.github.fpkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ReportingPeriod;
import org.junit.jupiter.api.Test;

class IndicatorResultTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");

    private static IndicatorResult.Builder result(Indicator indicator) {
        return IndicatorResult.builder().area(VILLAGE).areaName("1乡1村").period(ReportingPeriod.parse("2009SY"))
                .indicator(indicator);
    }

    @Test
    void toString_ofAShare_roundsValueAndIntervalForReading() {
        IndicatorResult cpr = result(Indicator.CPR).numerator(1549).denominator(1880).value(82.39361702127659)
                .ciLow(80.6124).ciHigh(84.0456).build();
        assertEquals("CPR 990101001001 2009SY: 82.39 % (1549/1880) [80.61, 84.05]", cpr.toString());
    }

    @Test
    void toString_ofACount_isTheCount() {
        assertEquals("LIVE_BIRTHS 990101001001 2009SY: 125", result(Indicator.LIVE_BIRTHS).numerator(125).value(125).build().toString());
    }

    @Test
    void toString_ofAnUndefinedRate_saysSoAndShowsItsCounts() {
        assertEquals("SRB 990101001001 2009SY: undefined (8/0)", result(Indicator.SRB).numerator(8).denominator(0).build().toString());
    }

    @Test
    void toString_ofARateWithoutPopulation_marksTheMissingDenominator() {
        assertEquals("CBR 990101001001 2009SY: undefined (125/?)", result(Indicator.CBR).numerator(125).build().toString());
    }

    @Test
    void toString_ofAFractionalDenominator_showsItToTwoDecimals() {
        IndicatorResult cbr = result(Indicator.CBR).numerator(125).denominator(10862.5).value(11.507479861910242)
                .ciLow(9.5798).ciHigh(13.7124).build();
        assertEquals("CBR 990101001001 2009SY: 11.51 ‰ (125/10862.5) [9.58, 13.71]", cbr.toString());
        assertEquals("GFR 990101001001 2009SY: 47.91 ‰ (25/521.83)",
                result(Indicator.GFR).numerator(25).denominator(521.8261).value(47.9087).build().toString());
    }

    @Test
    void toString_ofTfr_hasNoCounts() {
        assertEquals("TFR 990101001001 2009SY: 1.57 children per woman [1.29, 1.84]",
                result(Indicator.TFR).value(1.5712).ciLow(1.2893).ciHigh(1.8367).build().toString());
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> IndicatorResult.builder().area(VILLAGE).period(ReportingPeriod.parse("2009SY")).build());
        assertEquals("indicator", e.field());
    }
}
