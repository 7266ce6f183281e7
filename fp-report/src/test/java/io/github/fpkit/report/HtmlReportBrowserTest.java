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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.report.internal.Registers;
import io.github.fpkit.testkit.browser.HeadlessChromium;
import io.github.fpkit.testkit.browser.LoadedPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports opened in headless Chromium with the network off: every chart drawn, nothing
 * logged as an error, nothing requested but the page itself, and no NaN or undefined
 * anywhere on the page.
 */
class HtmlReportBrowserTest {
    private static final ReportingPeriod PERIOD = Registers.PERIOD;
    private static final AreaCode TOWNSHIP = Registers.TOWNSHIP;
    /** Scripts are done when the page has set how many charts it drew. */
    private static final String CHARTS_DRAWN = "document.documentElement.getAttribute('data-charts')";

    private static HeadlessChromium chromium;
    private static Register register;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start();
        register = Registers.township();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aTownshipReport_drawsEveryChart_logsNoError_andLoadsNothing() throws Exception {
        for (ReportLanguage language : ReportLanguage.values()) {
            Path file = dir.resolve("report-" + language + ".html");
            HtmlReport.builder().language(language).build().write(register, PERIOD, TOWNSHIP, file);
            try (LoadedPage page = chromium.open(file, 1280, 900, CHARTS_DRAWN)) {
                assertEquals(List.of(), page.consoleErrors(), language.toString());
                assertEquals(List.of(page.url()), page.requests(), language.toString());
                int charts = Integer.parseInt(page.evaluate(CHARTS_DRAWN));
                assertEquals(8, charts, language + ": every figure is a chart for a township with births");
                assertEquals("true", page.evaluate("Array.from(document.querySelectorAll('.chart'))"
                        + ".every(c => c.querySelector('svg path, svg text') !== null)"), language + ": an empty chart");
                String text = page.evaluate("document.body.innerText");
                for (String bad : List.of("NaN", "undefined", "Infinity", "null")) {
                    assertFalse(text.contains(bad), language + ": " + bad + " on the page");
                }
            }
        }
    }

    @Test
    void printed_eachSectionStartsAPage_andTheChartsFitTheA4Page() throws Exception {
        Path file = dir.resolve("print.html");
        HtmlReport.builder().build().write(register, PERIOD, TOWNSHIP, file);
        try (LoadedPage page = chromium.open(file, 1280, 900, CHARTS_DRAWN)) {
            String pdf = new String(page.pdf(), StandardCharsets.ISO_8859_1);
            assertTrue(pdf.startsWith("%PDF-"));
            // Six sections, each on a page of its own or more: the summary, three of charts, data quality, the table.
            long pages = Pattern.compile("/Type\\s*/Page\\b").matcher(pdf).results().count();
            assertTrue(pages >= 6, pages + " pages");
            assertEquals(List.of(), page.consoleErrors());
            // Once printed, the charts are at the window's width again; while printing, at the width of an A4
            // page within its margins (680 CSS pixels), as a browser's print events make them.
            String widths = "Array.from(document.querySelectorAll('.chart svg')).map(s => Number(s.getAttribute('width')))";
            assertEquals("true", page.evaluate(widths + ".every(w => w > 680)"), page.evaluate("String(" + widths + ")"));
            page.evaluate("window.dispatchEvent(new Event('beforeprint'))");
            assertEquals("true", page.evaluate(widths + ".every(w => w === 680)"), page.evaluate("String(" + widths + ")"));
            page.evaluate("window.dispatchEvent(new Event('afterprint'))");
            assertEquals("true", page.evaluate(widths + ".every(w => w > 680)"), page.evaluate("String(" + widths + ")"));
        }
    }

    @Test
    void anAreaWithoutBirths_saysSo_insteadOfEmptyCharts() throws Exception {
        // A village in a month without births: the generated register has few births a month per village.
        ReportingPeriod month = ReportingPeriod.parse("2009-01");
        AreaCode village = Registers.villageWithoutBirths(register, month);
        Path file = dir.resolve("no-births.html");
        HtmlReport.builder().language(ReportLanguage.EN).build().write(register, month, village, file);
        try (LoadedPage page = chromium.open(file, 1280, 900, CHARTS_DRAWN)) {
            assertEquals(List.of(), page.consoleErrors());
            String text = page.evaluate("document.body.innerText");
            assertTrue(text.contains("No births in the period"), text);
            assertEquals("null", String.valueOf(page.evaluate("document.getElementById('chart-births-by-month')")));
            assertEquals("true", page.evaluate("Array.from(document.querySelectorAll('.chart'))"
                    + ".every(c => c.querySelector('svg path, svg text') !== null)"));
            for (String bad : List.of("NaN", "undefined", "Infinity")) {
                assertFalse(text.contains(bad), bad + " on the page");
            }
        }
    }
}
