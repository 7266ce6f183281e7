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
