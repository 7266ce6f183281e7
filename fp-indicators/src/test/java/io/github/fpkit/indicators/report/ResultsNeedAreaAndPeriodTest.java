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
package io.github.fpkit.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Result records name their area and period: a report without either gives none, naming what it lacks. */
class ResultsNeedAreaAndPeriodTest {
    @Test
    void test_aReportWithoutAPeriod_namesThePeriod() {
        AggregateReport noPeriod = AggregateReport.builder().from(TownshipReports.consistent()).statedPeriod(Optional.empty()).build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AggregateIndicators.compute(noPeriod));
        assertEquals("period", e.field());
        assertEquals("results need the period", e.reason());
    }
}
