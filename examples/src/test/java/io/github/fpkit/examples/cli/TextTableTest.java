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
    private static String printed(TextTable table, int width) {
        StringWriter out = new StringWriter();
        table.print(new PrintWriter(out, true), width);
        return out.toString();
    }

    @Test
    void test_chineseCountsTwoColumns_numbersRightAligned() {
        TextTable table = new TextTable().left("name").right("value").left("unit");
        table.add("综合避孕率", "82.39", "%");
        table.add("CPR", "1.5", "‰");
        assertEquals(String.join(System.lineSeparator(),
                "name        value  unit",
                "----------  -----  ----",
                "综合避孕率  82.39  %",
                "CPR           1.5  ‰", ""), printed(table, TextTable.DEFAULT_WIDTH));
    }

    @Test
    void test_tooWide_wrapsTheWrappedColumns_widestFirst_downToTheirNarrowest() {
        TextTable table = new TextTable().left("rule").wrapped("value", 6).wrapped("message", 12);
        table.add("RATE_CPR", "91.3", "CPR recomputed from the stated counts is 91.2 %");
        table.add("PART_WHOLE", "第1乡第2村", "sum 1490");
        assertEquals(String.join(System.lineSeparator(),
                "rule        value       message",
                "----------  ----------  -------------",
                "RATE_CPR    91.3        CPR",
                "                        recomputed",
                "                        from the",
                "                        stated counts",
                "                        is 91.2 %",
                "PART_WHOLE  第1乡第2村  sum 1490", ""), printed(table, 37));
        assertEquals(String.join(System.lineSeparator(),
                "rule        value   message",
                "----------  ------  ------------",
                "RATE_CPR    91.3    CPR",
                "                    recomputed",
                "                    from the",
                "                    stated",
                "                    counts is",
                "                    91.2 %",
                "PART_WHOLE  第1乡   sum 1490",
                "            第2村", ""), printed(table, 10));
        assertEquals(2 + 2, printed(table, TextTable.UNLIMITED).lines().count(), "one line a row when unlimited");
    }

    @Test
    void test_wrap_atSpaces_betweenChineseCharacters_afterUnderscores_insideLongWords() {
        assertEquals(List.of("PLAUSIBILITY_", "RESIDENT_ID_", "MISMATCH"), TextTable.wrap("PLAUSIBILITY_RESIDENT_ID_MISMATCH", 13));
        assertEquals(List.of("已婚育龄妇女", "按孩次分组"), TextTable.wrap("已婚育龄妇女按孩次分组", 12));
        assertEquals(List.of("abcde", "fgh"), TextTable.wrap("abcdefgh", 5));
        assertEquals(List.of("2008-10-01/", "2009-09-31"), TextTable.wrap("2008-10-01/2009-09-31", 12));
        assertEquals(List.of("rewardSubsidy.", "statedTotal"), TextTable.wrap("rewardSubsidy.statedTotal", 16));
        assertEquals(List.of("is", "224640.5"), TextTable.wrap("is 224640.5", 8));
        assertEquals(List.of(""), TextTable.wrap("", 4));
    }

    @Test
    void test_undefinedValuesAreDashes_ratesTwoDecimals() {
        assertEquals("—", Presentation.number(java.util.OptionalDouble.empty(), io.github.fpkit.indicators.Unit.PERCENT));
        assertEquals("82.39", Presentation.number(java.util.OptionalDouble.of(82.385), io.github.fpkit.indicators.Unit.PERCENT));
        assertEquals("12", Presentation.number(java.util.OptionalDouble.of(12), io.github.fpkit.indicators.Unit.COUNT));
        assertEquals("99.5%", Presentation.percent(0.995));
    }
}
