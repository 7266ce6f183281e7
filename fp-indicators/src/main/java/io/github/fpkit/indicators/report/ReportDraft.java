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
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link AggregateReport} being assembled figure by figure, as a reader meets the
 * figures of the format: each {@link ReportFigure} is set here, and each
 * {@link ReportSection}'s value (the {@link WomenCounts} of {@code women}, say) is built when
 * its section is closed — so that a reader can report a rule the value breaks at the place
 * the section starts — or else by {@link #build()}.
 *
 * <pre>{@code
 * ReportDraft draft = ReportDraft.empty();
 * draft.report().areaName("示范镇");
 * draft.set(ReportSection.report().section("women").orElseThrow().figure("married").orElseThrow(), BigDecimal.valueOf(5210));
 * AggregateReport report = draft.build();   // women.married = 5210
 * }</pre>
 *
 * <p>Mutable and not thread-safe.
 */
public final class ReportDraft {
    private final Map<FigureGroup<?, ?>, Object> builders = new IdentityHashMap<>();
    private final AggregateReport.Builder report = AggregateReport.builder();

    private ReportDraft() {
        builders.put(ReportLayout.REPORT_GROUP, report);
    }

    /** @return a draft stating nothing yet */
    public static ReportDraft empty() {
        return new ReportDraft();
    }

    /**
     * @return the builder of the report's own properties that are not figures — area, period,
     *         report date, stated rates; a group of figures set on it directly is replaced by the
     *         group this draft builds, if any of its figures is set here
     */
    public AggregateReport.Builder report() {
        return report;
    }

    /**
     * @param figure the figure, not null
     * @param value its value: for a count, a whole number within {@code long}'s range; not null
     * @return this draft
     * @throws ArithmeticException if the figure is a count and the value is not a whole number within {@code long}'s range
     */
    public ReportDraft set(ReportFigure figure, BigDecimal value) {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(value, "value");
        figure.set(this, value);
        return this;
    }

    /**
     * Builds the value of a section now, with the figures set so far, and sets it on the
     * report; nothing for the report itself and for counts keyed by codes, which belong to
     * their enclosing section.
     *
     * @param section the section, not null
     * @return this draft
     * @throws InvalidValueException if the value breaks a rule (a negative count, a decimal
     *         beyond what a report states); the field is the figure's full JSON path
     */
    public ReportDraft close(ReportSection section) {
        FigureGroup<?, ?> group = Objects.requireNonNull(section, "section").group();
        if (group != null) {
            group.attach(this);
        }
        return this;
    }

    /**
     * @return the report, with every section's value built from the figures set
     * @throws InvalidValueException if a value or the report breaks a rule; the field is the full JSON path
     */
    public AggregateReport build() {
        for (FigureGroup<?, ?> group : List.copyOf(builders.keySet())) {
            group.attach(this);
        }
        return report.build();
    }

    /** The builder of a group's value, made when the group's first figure is set. */
    @SuppressWarnings("unchecked") // each builder is put by its own group's newBuilder()
    <B> B builder(FigureGroup<?, B> group) {
        return (B) builders.computeIfAbsent(group, FigureGroup::newBuilder);
    }
}
