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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.json.ResultJsonReader;
import io.github.fpkit.report.Rounding;
import io.github.fpkit.testkit.browser.HeadlessChromium;
import io.github.fpkit.testkit.browser.LoadedPage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo register's report, written by {@code fp report} and opened in headless
 * Chromium from a {@code file:} URL with the network off: a screenshot of the right size
 * that is not blank, every chart drawn, the summary paragraph of {@code fp summary}, the
 * figures of {@code fp indicators --format json}, no console error and no request.
 */
class ReportBrowserTest {
    private static final String TOWNSHIP = "990102001000";
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    /** Scripts are done when the page has set how many charts it drew. */
    private static final String CHARTS_DRAWN = "document.documentElement.getAttribute('data-charts')";

    private static HeadlessChromium chromium;
    private static DemoFolder demo;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start();
        demo = DemoFolder.extract();
    }

    @AfterAll
    static void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theDemoReport_inChromium_showsTheFiguresOfFpSummaryAndFpIndicators() throws Exception {
        String register = demo.folder().toString();
        FpRun json = FpRun.of("indicators", register, "--period", "2009SY", "--level", "township", "--format", "json");
        assertEquals(0, json.status, json.toString());
        List<IndicatorResult> results = ResultJsonReader.read(new StringReader(json.out), "fp indicators");
        for (String lang : List.of("zh", "en")) {
            Path file = dir.resolve("report-" + lang + ".html");
            FpRun report = FpRun.of("report", register, "--period", "2009SY", "--area", TOWNSHIP, "--lang", lang, "--out",
                    file.toString());
            assertEquals(0, report.status, report.toString());
            assertEquals(file + System.lineSeparator(), report.out);
            assertEquals("", report.err);
            FpRun summary = FpRun.of("summary", register, "--period", "2009SY", "--area", TOWNSHIP, "--lang", lang);
            String paragraph = summary.out.lines().findFirst().orElseThrow();
            try (LoadedPage page = chromium.open(file, WIDTH, HEIGHT, CHARTS_DRAWN)) {
                assertEquals(List.of(), page.consoleErrors(), lang);
                assertEquals(List.of(page.url()), page.requests(), lang + ": the page requested more than itself");
                assertScreenshot(page.screenshot(), lang);
                assertEquals("8", page.evaluate(CHARTS_DRAWN), lang);
                assertEquals("8", page.evaluate("String(document.querySelectorAll('.chart svg path').length > 0 && "
                        + "Array.from(document.querySelectorAll('.chart')).filter(c => c.querySelector('svg path')).length)"), lang);
                assertTrue(page.dom().contains("<svg"), lang + ": no SVG in the DOM after the scripts ran");
                assertEquals(paragraph, page.evaluate("document.getElementById('summary-text').textContent"), lang);
                for (Indicator indicator : List.of(Indicator.CPR, Indicator.SRB)) {
                    IndicatorResult r = results.stream().filter(x -> x.area().toString().equals(TOWNSHIP) && x.indicator() == indicator)
                            .findFirst().orElseThrow();
                    String value = Rounding.text(r.value(), r.unit()).orElseThrow();
                    String row = "document.querySelector('#indicator-table tr[data-key=\"" + indicator.code() + "\"]')";
                    assertEquals(value, page.evaluate(row + ".cells[2].textContent"), lang + " " + indicator);
                    assertEquals("[" + Rounding.text(r.ciLow(), r.unit()).orElseThrow() + ", "
                            + Rounding.text(r.ciHigh(), r.unit()).orElseThrow() + "]", page.evaluate(row + ".cells[4].textContent"),
                            lang + " " + indicator);
                    assertEquals(Long.toString(r.numerator().getAsLong()), page.evaluate(row + ".cells[5].textContent"));
                    assertTrue(paragraph.contains(value), paragraph + " lacks " + indicator + " " + value);
                }
            }
        }
        assertTrue(Files.size(dir.resolve("report-zh.html")) > 1_000_000, "ECharts is inlined");
    }

    /** A screenshot of the viewport's size that shows something: many colours, and not mostly background. */
    private static void assertScreenshot(byte[] png, String lang) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(WIDTH, image.getWidth(), lang);
        assertEquals(HEIGHT, image.getHeight(), lang);
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        assertTrue(colours.size() > 20, lang + ": " + colours.size() + " colours");
        assertTrue(inked > (long) WIDTH * HEIGHT / 50, lang + ": " + inked + " pixels not white");
    }
}
