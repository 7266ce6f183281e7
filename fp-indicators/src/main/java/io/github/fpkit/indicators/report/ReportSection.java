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

import io.github.fpkit.model.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One JSON object of the aggregate-report format ({@code docs/AGGREGATE_REPORTS.md}): the
 * report itself ({@link #report()}), a group of figures such as {@code women} or
 * {@code floatingOut}, or counts keyed by the codes of an enumeration, such as
 * {@code contraception.byMethod}. Its figures and the objects nested in it are found by their
 * JSON property names; together the sections are the one table of the format that the JSON
 * reader and writer follow.
 *
 * <pre>{@code
 * ReportSection women = ReportSection.report().section("women").orElseThrow();
 * women.figure("married").orElseThrow().path();          // "women.married"
 * ReportSection byMethod = ReportSection.report().section("contraception").orElseThrow()
 *         .section("byMethod").orElseThrow();
 * byMethod.figureOfCode("上环").path();                   // "contraception.byMethod.iud"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportSection {
    private final String path;
    private final FigureGroup<?, ?> group;
    private final List<ReportFigure> figures;
    private final Map<String, ReportFigure> named;
    private final Map<String, ReportSection> sections;
    private final Function<String, ReportFigure> byCode;

    ReportSection(String path, FigureGroup<?, ?> group, List<ReportFigure> figures, Map<String, ReportFigure> named,
            Map<String, ReportSection> sections, Function<String, ReportFigure> byCode) {
        this.path = path;
        this.group = group;
        this.figures = List.copyOf(figures);
        this.named = Map.copyOf(named);
        this.sections = Map.copyOf(sections);
        this.byCode = byCode;
    }

    /** Counts keyed by codes; they belong to the enclosing section's value, which builds them. */
    static ReportSection keyedByCode(String path, List<ReportFigure> figures, Function<String, ReportFigure> byCode) {
        return new ReportSection(path, null, figures, Map.of(), Map.of(), byCode);
    }

    /** @return the report itself, the root of the format, whose {@link #figures()} are every figure of the format */
    public static ReportSection report() {
        return ReportLayout.REPORT;
    }

    /** @return the JSON path, for example {@code "women"} or {@code "contraception.byMethod"}; empty for the report */
    public String path() {
        return path;
    }

    /** @return the figures of this object and of the objects nested in it, in the format's order; unmodifiable */
    public List<ReportFigure> figures() {
        return figures;
    }

    /**
     * @param name a JSON property name, not null
     * @return the figure of that name directly in this object; empty if there is none, and
     *         always empty for an object keyed by codes (see {@link #figureOfCode})
     */
    public Optional<ReportFigure> figure(String name) {
        return Optional.ofNullable(named.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * @param name a JSON property name, not null
     * @return the object of that name nested directly in this one, if there is one
     */
    public Optional<ReportSection> section(String name) {
        return Optional.ofNullable(sections.get(Objects.requireNonNull(name, "name")));
    }

    /** @return true if this object's properties are the codes of an enumeration, such as {@code contraception.byMethod} */
    public boolean isKeyedByCode() {
        return byCode != null;
    }

    /**
     * @param spelling a property name of this object: a code ({@code "iud"}) or any spelling
     *        the enumeration accepts ({@code "IUD"}, {@code "上环"}); not null
     * @return the figure it names
     * @throws InvalidValueException if the spelling names no code; its reason lists the codes
     * @throws IllegalStateException if this object is not {@linkplain #isKeyedByCode() keyed by codes}
     */
    public ReportFigure figureOfCode(String spelling) {
        Objects.requireNonNull(spelling, "spelling");
        if (byCode == null) {
            throw new IllegalStateException(path + " is not keyed by codes");
        }
        return byCode.apply(spelling);
    }

    /** The group that builds this object's value; null where the enclosing object's value holds the figures. */
    FigureGroup<?, ?> group() {
        return group;
    }

    /** @return the path */
    @Override
    public String toString() {
        return path;
    }
}
