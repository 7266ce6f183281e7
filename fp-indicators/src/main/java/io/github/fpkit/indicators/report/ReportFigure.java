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
package io.github.fpkit.indicators.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One figure of the aggregate-report format ({@code docs/AGGREGATE_REPORTS.md}): a count or
 * a decimal at a JSON path, with its Chinese and English names, how it is read from an
 * {@link AggregateReport} and how it is set on a {@link ReportDraft}. The format's figures
 * are {@code ReportSection.report().figures()}, in the format's order: the JSON reader and
 * writer, the audit's findings and {@link AggregateIndicators} all name and read figures
 * through that one table.
 *
 * <pre>{@code
 * for (ReportFigure figure : ReportSection.report().figures()) {
 *     figure.path();          // "women.married", …, "contraception.byMethod.iud", …
 *     figure.read(report);    // Optional[5210]
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportFigure {
    private final String path;
    private final String chineseName;
    private final String englishName;
    private final boolean decimal;
    private final Function<AggregateReport, Optional<BigDecimal>> reader;
    private final Function<AggregateReport, Optional<BigDecimal>> writer;
    private final BiConsumer<ReportDraft, BigDecimal> setter;

    ReportFigure(String path, String chineseName, String englishName, boolean decimal,
            Function<AggregateReport, Optional<BigDecimal>> reader, Function<AggregateReport, Optional<BigDecimal>> writer,
            BiConsumer<ReportDraft, BigDecimal> setter) {
        this.path = path;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.decimal = decimal;
        this.reader = reader;
        this.writer = writer;
        this.setter = setter;
    }

    /** @return the JSON path, for example {@code "women.married"} or {@code "contraception.byMethod.iud"} */
    public String path() {
        return path;
    }

    /** @return the JSON property name, the last part of the path, for example {@code "married"} or {@code "iud"} */
    public String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** @return the Chinese name, as the audit's messages say it, for example {@code "已婚育龄妇女"} */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, as the audit's messages say it, for example {@code "married WRA"} */
    public String englishName() {
        return englishName;
    }

    /** @return true for a decimal (the average population, an amount), false for a whole count of 0 or more */
    public boolean isDecimal() {
        return decimal;
    }

    /**
     * The figure as the report gives it, exactly. A method of {@code contraception.byMethod}
     * or a type of {@code surgeries.byType} that is not listed is 0 when any is listed (the
     * format's convention), and not stated when none is.
     *
     * @param report the report, not null
     * @return the value, if the report gives it
     */
    public Optional<BigDecimal> read(AggregateReport report) {
        return reader.apply(Objects.requireNonNull(report, "report"));
    }

    /**
     * The figure as the report's JSON writes it: the same as {@link #read} except that a
     * method or type not listed is not written, whatever the others.
     *
     * @param report the report, not null
     * @return the value, if the JSON writes it
     */
    public Optional<BigDecimal> written(AggregateReport report) {
        return writer.apply(Objects.requireNonNull(report, "report"));
    }

    void set(ReportDraft draft, BigDecimal value) {
        setter.accept(draft, value);
    }

    /** @return the path */
    @Override
    public String toString() {
        return path;
    }
}
