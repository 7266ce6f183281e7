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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status a result file writes in {@code status}: a count, a defined rate or an undefined one. */
class ResultStatusTest {
    private static IndicatorResult result(AreaTally tally, Indicator indicator) {
        return tally.result(indicator, AreaCode.of("990101001001"), Optional.empty(), ReportingPeriod.parse("2009SY"), 0.95);
    }

    @Test
    void test_statusOfCountsAndRates() {
        AreaTally tally = AreaTally.builder().add(Count.MARRIED_WRA, 10).add(Count.USERS_IUD, 4).build();
        assertEquals(ResultStatus.COUNT, result(tally, Indicator.USERS_IUD).status());
        assertEquals(ResultStatus.COUNT, result(AreaTally.empty(), Indicator.LIVE_BIRTHS).status());
        assertEquals(ResultStatus.DEFINED, result(tally, Indicator.CPR).status());
        assertEquals(ResultStatus.UNDEFINED, result(tally, Indicator.SRB).status());
    }

    @Test
    void test_codes_asResultFilesWriteThem() {
        assertEquals("count", ResultStatus.COUNT.code());
        assertEquals("defined", ResultStatus.DEFINED.code());
        assertEquals("undefined", ResultStatus.UNDEFINED.code());
    }
}
