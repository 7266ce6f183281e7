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
package io.github.fpkit.report.internal;

import io.github.fpkit.report.ReportLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link ReportPage} as one self-contained HTML file: the style sheet, the data,
 * Apache ECharts and the page's script are inlined, the indicator table's CSV is a data
 * URI, and nothing is loaded from anywhere when the file is opened. Every text is escaped.
 */
public final class HtmlPage {
    /** The id of the script element holding the page's data. */
    public static final String DATA_ID = "fp-report-data";

    /** Chart heights, in CSS pixels: a fixed one, or per category of a horizontal chart. */
    private static final int HEIGHT = 420;
    private static final int HEIGHT_BASE = 140;
    private static final int HEIGHT_PER_ROW = 28;
    /** The width of an A4 page within the print style sheet's 15 mm margins, in CSS pixels: 180 mm at 96 per inch. */
    private static final int PRINT_WIDTH = 680;

    private final ReportPage page;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private HtmlPage(ReportPage page) {
        this.page = page;
    }

    /**
     * @param page the page, not null
     * @param out where to write it, not null; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ReportPage page, Writer out) {
        HtmlPage p = new HtmlPage(page);
        p.document();
        try {
            out.write(p.html.toString());
            // The chart library, a megabyte, straight to the output: never copied into the page's text.
            out.write(PageResources.echarts());
            p.html.setLength(0);
            p.end();
            out.write(p.html.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void document() {
        Wording w = Wording.of(page.language());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(page.language() == ReportLanguage.ZH ? "zh-CN" : "en").append("\">\n");
        html.append("<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.append("<meta name=\"generator\" content=\"fpkit\">\n");
        // No icon request: the page must load nothing.
        html.append("<link rel=\"icon\" href=\"data:,\">\n");
        html.append("<title>").append(e(page.title() + " · " + page.subtitle())).append("</title>\n");
        html.append("<style>\n").append(PageResources.styleSheet()).append("</style>\n</head>\n<body>\n");
        html.append("<header>\n<h1>").append(e(page.title())).append("</h1>\n<p class=\"subtitle\">").append(e(page.subtitle()))
                .append("</p>\n<nav class=\"no-print\">");
        nav("summary", w.pick("概况", "Summary"));
        for (Section s : page.sections()) {
            nav(s.id(), s.heading());
        }
        nav("quality", w.pick("数据质量", "Data quality"));
        nav("indicators", w.pick("全部指标", "All indicators"));
        html.append("</nav>\n</header>\n<main>\n");
        html.append("<section id=\"summary\">\n<h2>").append(e(w.pick("概况", "Summary"))).append("</h2>\n<p id=\"summary-text\">")
                .append(e(page.summary())).append("</p>\n</section>\n");
        for (Section s : page.sections()) {
            section(s);
        }
        quality(w);
        indicators(w);
        html.append("</main>\n<footer>\n<p>").append(e(w.pick("由 fpkit 生成。图表由 Apache ECharts " + PageResources.ECHARTS_VERSION
                + " 绘制（Apache License 2.0；本产品包含 Apache 软件基金会开发的软件）。",
                "Made by fpkit. Charts drawn by Apache ECharts " + PageResources.ECHARTS_VERSION
                        + " (Apache License 2.0; this product includes software developed at The Apache Software Foundation)."
        ))).append("</p>\n</footer>\n");
        html.append("<script type=\"application/json\" id=\"").append(DATA_ID).append("\">").append(data()).append("</script>\n");
        html.append("<script>\n");
    }

    /** What follows the chart library: the end of its element, the page's script and the end of the page. */
    private void end() {
        html.append("\n</script>\n<script>\n").append(PageResources.pageScript()).append("</script>\n</body>\n</html>\n");
    }

    private void nav(String id, String heading) {
        html.append("<a href=\"#").append(id).append("\">").append(e(heading)).append("</a>");
    }

    private void section(Section s) {
        html.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(e(s.heading())).append("</h2>\n");
        for (Figure f : s.figures()) {
            html.append("<figure id=\"figure-").append(f.id()).append("\"");
            if (f.chart().isPresent()) {
                html.append(">\n<div class=\"chart\" id=\"chart-").append(f.id()).append("\" data-chart=\"").append(f.id())
                        .append("\" role=\"img\" aria-label=\"").append(e(f.title())).append("\" style=\"height:")
                        .append(height(f.chart().get())).append("px\"></div>\n");
            } else {
                html.append(" class=\"no-chart\">\n<h3>").append(e(f.title())).append("</h3>\n<p class=\"no-chart-reason\">")
                        .append(e(f.empty().orElseThrow())).append("</p>\n");
            }
            for (String note : f.notes()) {
                html.append("<p class=\"note\">").append(e(note)).append("</p>\n");
            }
            html.append("</figure>\n");
        }
        html.append("</section>\n");
    }

    private static int height(Chart chart) {
        if (chart instanceof BarChart && ((BarChart) chart).layout() == BarChart.Layout.STACKED_SHARES) {
            return Math.max(HEIGHT_BASE + HEIGHT_PER_ROW * ((BarChart) chart).categories().size(), 260);
        }
        if (chart instanceof IntervalChart) {
            return Math.max(HEIGHT_BASE + HEIGHT_PER_ROW * ((IntervalChart) chart).points().size(), 260);
        }
        return HEIGHT;
    }

    private void quality(Wording w) {
        html.append("<section id=\"quality\">\n<h2>").append(e(w.pick("数据质量", "Data quality"))).append("</h2>\n");
        for (Block b : page.quality()) {
            html.append("<div class=\"block\" id=\"").append(b.id()).append("\">\n<h3>").append(e(b.heading())).append("</h3>\n");
            for (String p : b.paragraphs()) {
                html.append("<p>").append(e(p)).append("</p>\n");
            }
            b.table().ifPresent(this::table);
            html.append("</div>\n");
        }
        html.append("</section>\n");
    }

    private void indicators(Wording w) {
        html.append("<section id=\"indicators\">\n<h2>").append(e(w.pick("全部指标", "All indicators"))).append("</h2>\n");
        html.append("<p class=\"no-print\">").append(e(w.pick("点击表头排序。", "Click a header to sort.")))
                .append(" <a class=\"download\" download=\"").append(e(page.csvName()))
                .append("\" href=\"data:text/csv;charset=utf-8;base64,")
                .append(Base64.getEncoder().encodeToString(page.csv().getBytes(StandardCharsets.UTF_8))).append("\">")
                .append(e(w.pick("下载 CSV", "Download CSV"))).append("</a></p>\n");
        table(page.indicators());
        html.append("</section>\n");
    }

    private void table(Table t) {
        html.append("<table id=\"").append(t.id()).append("\"").append(t.sortable() ? " class=\"sortable\"" : "").append(">\n<thead><tr>");
        for (int i = 0; i < t.columns().size(); i++) {
            html.append("<th").append(t.numeric().get(i) ? " class=\"number\"" : "").append(t.sortable() ? " tabindex=\"0\"" : "")
                    .append(">").append(e(t.columns().get(i))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (TableRow r : t.rows()) {
            html.append("<tr data-key=\"").append(e(r.key())).append("\">");
            for (int i = 0; i < r.cells().size(); i++) {
                html.append("<td");
                if (t.numeric().get(i)) {
                    html.append(" class=\"number\"");
                }
                if (t.sortable()) {
                    html.append(" data-sort=\"").append(e(r.sortKeys().get(i))).append("\"");
                }
                html.append(">").append(e(r.cells().get(i))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** The page's data as JSON that cannot end its script element: every {@code <} is written {@code \u003c}. */
    private String data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", page.language().toString());
        data.put("charts", page.chartsJson());
        Map<String, String> palette = new LinkedHashMap<>();
        palette.put("blue", Palette.BLUE);
        palette.put("orange", Palette.ORANGE);
        palette.put("vermillion", Palette.VERMILLION);
        palette.put("ink", Palette.INK);
        data.put("palette", palette);
        data.put("printWidth", PRINT_WIDTH);
        return PageJson.of(data).replace("<", "\\u003c");
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}
