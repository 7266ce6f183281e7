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
package io.github.fpkit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Woman;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void test_formulaCells_neutralised_numbersStayNumbers() {
        StringWriter out = new StringWriter();
        try (CsvTableWriter<Area> w = CsvTableWriter.of(CsvTable.AREAS, out)) {
            w.write(Area.of(AreaCode.of("990101001001"), "=HYPERLINK(\"x\")"));
            w.write(Area.of(AreaCode.of("990101001002"), "@SUM(A1)"));
            w.write(Area.of(AreaCode.of("990101001003"), "'-1"));
            w.write(Area.of(AreaCode.of("990101001004"), "第1村"));
        }
        assertEquals("code,name\r\n990101001001,\"'=HYPERLINK(\"\"x\"\")\"\r\n990101001002,'@SUM(A1)\r\n"
                + "990101001003,''-1\r\n990101001004,第1村\r\n", out.toString());

        StringWriter results = new StringWriter();
        try (ResultCsvWriter w = ResultCsvWriter.of(results)) {
            w.write(IndicatorResult.builder().area(AreaCode.of("990101000000")).period(ReportingPeriod.parse("2009SY"))
                    .indicator(Indicator.NIR).numerator(-3).denominator(1000.5).value(-2.998).build());
        }
        // The result CSV has LF line ends and the four columns after the contract's ten (issue 12).
        assertEquals("area,areaName,period,indicator,numerator,denominator,value,unit,ciLow,ciHigh,confidence,status,level,"
                + "periodCode\n990101000000,,2008-10-01/2009-09-30,NIR,-3,1000.5,-2.998,‰,,,,defined,county,2009SY\n",
                results.toString());
    }

    @Test
    void test_womenWrittenCanonically_withFullResidentId() {
        StringWriter out = new StringWriter();
        try (CsvTableWriter<Woman> w = CsvTableWriter.of(CsvTable.WOMEN, out)) {
            w.write(Woman.builder().id("W1").residentId(ResidentId.parse("11010519491231002X")).areaCode(AreaCode.of("990101001001"))
                    .birthDate(LocalDate.of(1949, 12, 31)).maritalStatus(MaritalStatus.WIDOWED).build());
            assertEquals(1, w.rowsWritten());
        }
        assertEquals("id,resident_id,area_code,household_id,birth_date,marital_status,marriage_date,residence\r\n"
                + "W1,11010519491231002X,990101001001,,1949-12-31,widowed,,resident\r\n", out.toString());
        assertEquals(List.of("id", "area_code", "birth_date", "marital_status"), CsvTable.WOMEN.requiredColumns());
        assertTrue(CsvTable.BIRTHS.requiredColumns().contains("birth_order"));
    }
}
