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
package io.github.fpkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void test_chineseCountsTwoColumns_numbersRightAligned() {
        TextTable table = new TextTable(List.of("name", "value", "unit"), false, true, false);
        table.add(List.of("综合避孕率", "82.39", "%"));
        table.add(List.of("CPR", "1.5", "‰"));
        StringWriter out = new StringWriter();
        table.print(new PrintWriter(out, true));
        assertEquals(String.join(System.lineSeparator(),
                "name        value  unit",
                "----------  -----  ----",
                "综合避孕率  82.39  %",
                "CPR           1.5  ‰", ""), out.toString());
    }

    @Test
    void test_undefinedValuesAreDashes_ratesTwoDecimals() {
        assertEquals("—", Presentation.number(java.util.OptionalDouble.empty(), io.github.fpkit.indicators.Unit.PERCENT));
        assertEquals("82.39", Presentation.number(java.util.OptionalDouble.of(82.385), io.github.fpkit.indicators.Unit.PERCENT));
        assertEquals("12", Presentation.number(java.util.OptionalDouble.of(12), io.github.fpkit.indicators.Unit.COUNT));
        assertEquals("99.5%", Presentation.percent(0.995));
    }
}
