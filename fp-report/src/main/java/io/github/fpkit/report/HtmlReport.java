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

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.report.internal.AreaProfile;
import io.github.fpkit.report.internal.HtmlPage;
import io.github.fpkit.report.internal.ReportContext;
import io.github.fpkit.report.internal.ReportPage;
import io.github.fpkit.report.internal.Wording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An area's report as one self-contained HTML file: the summary paragraph of
 * {@code fp summary}; the age pyramid of its women of reproductive age; the method mix and
 * the parity of married women for the area and each sub-area; SRB, CPR and the
 * policy-compliant birth rate of each sub-area with 95 % intervals and a funnel plot of CPR;
 * births by month and sex; a data-quality section; and a sortable table of every
 * indicator, downloadable as CSV. Apache ECharts is inlined, so the file opens offline
 * (from a USB stick) and loads nothing; it prints with a page per section.
 *
 * <pre>{@code
 * CsvRegisterSource source = CsvRegister.builder().open(Path.of("register"));
 * HtmlReport.builder().language(ReportLanguage.EN).build()
 *         .write(source, ReportingPeriod.parse("2009SY"), AreaCode.of("990102001000"), Path.of("report.html"));
 * }</pre>
 *
 * An area without births in the period shows "no births in the period" where its charts of
 * births would be, never an empty axis or NaN; an undefined rate is left out of its chart
 * and named under it, and the data-quality section says why it is undefined.
 *
 * <p>The page holds no date or time, so the same register gives the same file. Immutable
 * and thread-safe.
 */
public final class HtmlReport {
    private final ReportLanguage language;
    private final DataQuality quality;

    private HtmlReport(Builder b) {
        this.language = b.language;
        this.quality = b.quality;
    }

    /** @return a builder: Chinese, nothing checked of the data */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the language */
    public ReportLanguage language() {
        return language;
    }

    /** @return what the data-quality section reports */
    public DataQuality dataQuality() {
        return quality;
    }

    /**
     * Computes the area's results and those of the levels below it, then writes the report.
     *
     * @param register the register, not null; its tables are streamed, the women and births twice
     * @param period the period, not null
     * @param area the area, not null: a county, township or village of the register
     * @param out where to write the HTML, not null; not closed
     * @throws IllegalArgumentException if the register has no such area
     * @throws UncheckedIOException if reading the register or writing fails
     */
    public void write(RegisterSource register, ReportingPeriod period, AreaCode area, Writer out) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(area, "area");
        write(register, calculator(area).compute(register, period), area, out);
    }

    /**
     * Writes the report with results the caller has computed.
     *
     * @param register the register the results were computed from, not null; its women and births are streamed once
     * @param computed the results of the area and of the levels below it, at 95 % (as a
     *        calculator with {@link #levelsFor(AreaCode)} gives them), not null
     * @param area the area, not null
     * @param out where to write the HTML, not null; not closed
     * @throws IllegalArgumentException if {@code computed} has no result for the area
     * @throws UncheckedIOException if reading the register or writing fails
     */
    public void write(RegisterSource register, ComputedIndicators computed, AreaCode area, Writer out) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(out, "out");
        AreaProfile profile = AreaProfile.of(register, area, computed.period());
        HtmlPage.write(ReportPage.of(ReportContext.of(Wording.of(language), computed, area, profile), quality), out);
    }

    /**
     * Writes the report to a file, replacing it only once the whole page is written: a
     * failure leaves no half-written report behind.
     *
     * @param register the register, not null
     * @param period the period, not null
     * @param area the area, not null
     * @param file the file, not null; written in UTF-8
     * @throws IllegalArgumentException if the register has no such area
     * @throws UncheckedIOException if reading the register or writing fails
     */
    public void write(RegisterSource register, ReportingPeriod period, AreaCode area, Path file) {
        Objects.requireNonNull(file, "file");
        write(register, calculator(Objects.requireNonNull(area, "area")).compute(register, period), area, file);
    }

    /**
     * Writes the report with results the caller has computed to a file, replacing it only
     * once the whole page is written.
     *
     * @param register the register the results were computed from, not null
     * @param computed the results of the area and of the levels below it, not null
     * @param area the area, not null
     * @param file the file, not null; written in UTF-8
     * @throws IllegalArgumentException if {@code computed} has no result for the area
     * @throws UncheckedIOException if reading the register or writing fails
     */
    public void write(RegisterSource register, ComputedIndicators computed, AreaCode area, Path file) {
        Objects.requireNonNull(file, "file");
        // Beside the file, so that the move is a rename; created as any new file is, so that it has the usual permissions.
        Path absolute = file.toAbsolutePath();
        Path part = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                write(register, computed, area, out);
            }
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // The report's own outcome matters more than a leftover partial file.
            }
        }
    }

    /**
     * @param area an area, not null
     * @return the levels a report of the area needs results at: the area's and every level below
     */
    public static Set<AreaLevel> levelsFor(AreaCode area) {
        Set<AreaLevel> levels = EnumSet.noneOf(AreaLevel.class);
        for (AreaLevel l : AreaLevel.values()) {
            // AreaLevel is declared county, township, village: a later constant is a lower level.
            if (l.compareTo(area.level()) >= 0) {
                levels.add(l);
            }
        }
        return levels;
    }

    private static IndicatorCalculator calculator(AreaCode area) {
        return IndicatorCalculator.builder().levels(levelsFor(area)).build();
    }

    /** Configures an {@link HtmlReport}; not thread-safe. */
    public static final class Builder {
        private ReportLanguage language = ReportLanguage.ZH;
        private DataQuality quality = DataQuality.none();

        private Builder() {
        }

        /**
         * @param language the report's language, not null; Chinese by default
         * @return this builder
         */
        public Builder language(ReportLanguage language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * @param quality what the data-quality section reports, not null; {@link DataQuality#none()} by default
         * @return this builder
         */
        public Builder dataQuality(DataQuality quality) {
            this.quality = Objects.requireNonNull(quality, "quality");
            return this;
        }

        /** @return the report */
        public HtmlReport build() {
            return new HtmlReport(this);
        }
    }
}
