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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.report.DataQuality;
import io.github.fpkit.report.ReportLanguage;
import io.github.fpkit.report.SummaryParagraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The whole content of a report, as data: what {@link HtmlPage} writes and the page's
 * script draws, and what the tests check without a browser. Every text is in the
 * report's language; every number was computed here.
 *
 * @param language the language
 * @param title the page's title
 * @param subtitle the area and the period
 * @param summary the summary paragraph of {@code fp summary}
 * @param sections the sections of figures
 * @param quality the data-quality section's blocks
 * @param indicators the table of every indicator of the area
 * @param csvName the file name the table downloads as
 * @param csv the table as CSV, the columns of {@code fp indicators --format csv}
 */
public record ReportPage(ReportLanguage language, String title, String subtitle, String summary, List<Section> sections,
        List<Block> quality, Table indicators, String csvName, String csv) {
    /** Copies the lists. */
    public ReportPage {
        Objects.requireNonNull(language, "language");
        sections = List.copyOf(sections);
        quality = List.copyOf(quality);
        Objects.requireNonNull(indicators, "indicators");
    }

    /**
     * @param c the context
     * @param quality what was checked of the register, and found
     * @return the report's page
     */
    public static ReportPage of(ReportContext c, DataQuality quality) {
        Objects.requireNonNull(quality, "quality");
        Wording w = c.words();
        List<Section> sections = List.of(
                new Section("women", w.pick("育龄妇女", "Women of reproductive age"),
                        List.of(AgePyramidFigure.of(c), ParityFigure.of(c))),
                new Section("contraception", w.pick("避孕节育", "Contraception"),
                        List.of(MethodMixFigure.of(c), IntervalFigure.of(c, Indicator.CPR), FunnelFigure.of(c))),
                new Section("births", w.pick("出生", "Births"), List.of(BirthsByMonthFigure.of(c),
                        IntervalFigure.of(c, Indicator.SRB), IntervalFigure.of(c, Indicator.POLICY_BIRTH_RATE))));
        String csvName = "fp-" + c.area().area() + "-" + c.period().toString().replaceAll("[^A-Za-z0-9-]", "_") + ".csv";
        return new ReportPage(w.language(), w.pick("计划生育统计报告", "Family-planning statistics report"), c.subtitle(),
                SummaryParagraph.of(c.area().area(), c.area().name(), c.period(), c.area().all(), w.language()), sections,
                QualitySection.of(c, quality), IndicatorTable.of(c), csvName, IndicatorTable.csv(c));
    }

    /** @return every chart of the page by id, as the page's script reads them */
    public Map<String, Object> chartsJson() {
        Map<String, Object> charts = new LinkedHashMap<>();
        for (Section s : sections) {
            for (Figure f : s.figures()) {
                f.chart().ifPresent(chart -> charts.put(chart.id(), chart.toJson()));
            }
        }
        return charts;
    }

    /** @return every figure of the page, in order */
    public List<Figure> figures() {
        return sections.stream().flatMap(s -> s.figures().stream()).collect(Collectors.toList());
    }
}
