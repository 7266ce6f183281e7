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
package io.github.fpkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.report.internal.Registers;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fp-report's public API: the report, the summary paragraph and rounding. */
class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void write_toAFile_replacesItWhole_andGivesTheSamePageForTheSameRegister() throws Exception {
        Path file = dir.resolve("r.html");
        Files.writeString(file, "old");
        HtmlReport report = HtmlReport.builder().language(ReportLanguage.EN).build();
        report.write(Registers.township(), Registers.PERIOD, Registers.TOWNSHIP, file);
        StringWriter again = new StringWriter();
        report.write(Registers.township(), Registers.PERIOD, Registers.TOWNSHIP, again);
        assertEquals(again.toString(), Files.readString(file, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "a partial file left behind");
        }
    }

    @Test
    void anAreaTheRegisterDoesNotHave_orAnUnwritableFile_isAnExceptionThatSaysSo() {
        HtmlReport report = HtmlReport.builder().build();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> report.write(Registers.township(),
                Registers.PERIOD, AreaCode.of("990102009000"), new StringWriter()));
        assertTrue(unknown.getMessage().contains("990102009000"), unknown.getMessage());
        assertThrows(UncheckedIOException.class, () -> report.write(Registers.township(), Registers.PERIOD, Registers.TOWNSHIP,
                dir.resolve("missing/r.html")));
    }

    @Test
    void levelsFor_anArea_areItsLevelAndThoseBelow() {
        assertEquals(Set.of(AreaLevel.COUNTY, AreaLevel.TOWNSHIP, AreaLevel.VILLAGE), HtmlReport.levelsFor(AreaCode.of("990102000000")));
        assertEquals(Set.of(AreaLevel.TOWNSHIP, AreaLevel.VILLAGE), HtmlReport.levelsFor(Registers.TOWNSHIP));
        assertEquals(Set.of(AreaLevel.VILLAGE), HtmlReport.levelsFor(AreaCode.of("990102001001")));
    }

    @Test
    void theSummaryParagraph_writesUndefinedFiguresWithoutAUnit() {
        AreaCode village = AreaCode.of("990102001001");
        IndicatorResult cbr = IndicatorResult.builder().area(village).period(Registers.PERIOD).indicator(Indicator.CBR)
                .numerator(3).build();
        String en = SummaryParagraph.of(village, "1乡1村", Registers.PERIOD, List.of(cbr), ReportLanguage.EN);
        assertTrue(en.startsWith("1乡1村 (990102001001), 2009SY (2008-10-01 to 2009-09-30): average population n/a. "), en);
        assertTrue(en.contains("Crude birth rate n/a, "), en);
        String zh = SummaryParagraph.of(village, "1乡1村", Registers.PERIOD, List.of(cbr), ReportLanguage.ZH);
        assertTrue(zh.contains("平均人口—。") && zh.contains("人口出生率—，"), zh);
        assertFalse(zh.contains("NaN") || en.contains("NaN"));
    }

    @Test
    void rounding_countsWhole_otherUnitsToTwoDecimals_halfUp() {
        assertEquals("125", Rounding.text(OptionalDouble.of(124.5), Unit.COUNT).orElseThrow());
        assertEquals("82.39", Rounding.text(OptionalDouble.of(82.3936), Unit.PERCENT).orElseThrow());
        assertEquals("0.01", Rounding.text(OptionalDouble.of(0.005), Unit.PER_MILLE).orElseThrow());
        assertEquals("1000000.00", Rounding.text(OptionalDouble.of(1e6), Unit.PER_100_FEMALES).orElseThrow());
        assertTrue(Rounding.text(OptionalDouble.empty(), Unit.PERCENT).isEmpty());
    }
}
