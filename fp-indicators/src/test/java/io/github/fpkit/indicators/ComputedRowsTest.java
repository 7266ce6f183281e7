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
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What became of each table's rows, as a computation over an in-memory register reports it. */
class ComputedRowsTest {
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");

    private static Woman woman(String id) {
        return Woman.builder().id(id).areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1980, 1, 1))
                .maritalStatus(MaritalStatus.MARRIED).build();
    }

    private static Birth birth(String id, String mother) {
        return Birth.builder().id(id).motherId(mother).birthDate(LocalDate.of(2009, 1, 1)).sex(Sex.FEMALE).birthOrder(1).build();
    }

    @Test
    void test_repeatedAndUnattributedRows_areCounted() {
        Register register = Register.builder().add(woman("W1")).add(woman("W2")).add(woman("W1"))
                .add(birth("B1", "W1")).add(birth("B2", "W9")).add(birth("B1", "W2")).build();
        ComputedIndicators c = Indicators.compute(register, SY);
        assertEquals(SY, c.period());
        assertEquals(TableRows.of(RowCounts.of(2, 1, 1), 0), c.tableRows().get(RegisterTable.WOMEN));
        assertEquals(TableRows.of(RowCounts.of(2, 1, 1), 1), c.tableRows().get(RegisterTable.BIRTHS));
        assertEquals(2, c.rejectedRows());
        assertEquals(1, c.result(AreaCode.of("990101001001"), Indicator.LIVE_BIRTHS).orElseThrow().numerator().getAsLong());
        assertEquals("ComputedIndicators{period=2009SY, results=" + c.results().size() + ", unavailable=" + c.unavailable()
                + ", unattributed={births=1}, rejected=2}", c.toString());
    }

    @Test
    void test_resultsOfATally_haveNoRows() {
        Register register = Register.builder().add(woman("W1")).build();
        ComputedIndicators c = IndicatorCalculator.standard().results(IndicatorCalculator.tally(register, SY), register.tables());
        assertEquals(java.util.Map.of(), c.tableRows());
        assertEquals(0, c.rejectedRows());
    }
}
