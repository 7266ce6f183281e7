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

import io.github.fpkit.model.Coded;
import io.github.fpkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The figures one value of a report holds — {@link PopulationFigures} at {@code population},
 * a {@link FloatingFlow} at {@code floatingOut}, the report itself for {@code deaths} — typed
 * by the value ({@code G}) and its builder ({@code B}), so that {@link ReportLayout} declares
 * each figure in one line: its name, names, getter and setter. The group builds its value
 * when a {@link ReportDraft} closes it and attaches it to the report.
 *
 * <p>Groups are filled while {@link ReportLayout} is initialised, in the format's order, and
 * then frozen into {@link ReportSection}s.
 */
final class FigureGroup<G, B> {
    /** Puts the count of one code into a builder, such as {@code ContraceptiveUse.Builder::putByMethod}. */
    interface CodedSetter<B, E> {
        void put(B builder, E code, long count);
    }

    private final String path;
    private final Supplier<B> newBuilder;
    private final Function<B, G> build;
    private final BiConsumer<AggregateReport.Builder, G> attach;
    private final Function<AggregateReport, G> get;
    private final boolean relativeFields;
    /** Every figure of the format, shared by all groups, in the order they are declared. */
    private final List<ReportFigure> order;
    private final Map<String, ReportFigure> figures = new LinkedHashMap<>();
    private final Map<String, FigureGroup<?, ?>> groups = new LinkedHashMap<>();
    private final Map<String, ReportSection> coded = new LinkedHashMap<>();

    private FigureGroup(String path, Supplier<B> newBuilder, Function<B, G> build, BiConsumer<AggregateReport.Builder, G> attach,
            Function<AggregateReport, G> get, boolean relativeFields, List<ReportFigure> order) {
        this.path = path;
        this.newBuilder = newBuilder;
        this.build = build;
        this.attach = attach;
        this.get = get;
        this.relativeFields = relativeFields;
        this.order = order;
    }

    /** The report's own figures, set on the report's builder; the root of every other group. */
    static FigureGroup<AggregateReport, AggregateReport.Builder> report(List<ReportFigure> order) {
        return new FigureGroup<>("", AggregateReport::builder, null, null, r -> r, false, order);
    }

    /**
     * A JSON object of the report and the value that holds its figures.
     *
     * @param relativeFields true if the value's validation names fields without the object's
     *        name (a {@link FloatingFlow} serves two objects), so that attaching adds it
     */
    <H, C> FigureGroup<H, C> group(String name, Supplier<C> newBuilder, Function<C, H> build,
            BiConsumer<AggregateReport.Builder, H> attach, Function<AggregateReport, H> get, boolean relativeFields) {
        FigureGroup<H, C> group = new FigureGroup<>(child(name), newBuilder, build, attach, get, relativeFields, order);
        groups.put(name, group);
        return group;
    }

    ReportFigure count(String name, String chineseName, String englishName, Function<G, OptionalLong> read, ObjLongConsumer<B> set) {
        Function<AggregateReport, Optional<BigDecimal>> reader = r -> decimal(read.apply(get.apply(r)));
        return add(name, new ReportFigure(child(name), chineseName, englishName, false, reader, reader,
                (draft, value) -> set.accept(draft.builder(this), value.longValueExact())));
    }

    ReportFigure decimal(String name, String chineseName, String englishName, Function<G, Optional<BigDecimal>> read,
            BiConsumer<B, BigDecimal> set) {
        Function<AggregateReport, Optional<BigDecimal>> reader = r -> read.apply(get.apply(r));
        return add(name, new ReportFigure(child(name), chineseName, englishName, true, reader, reader,
                (draft, value) -> set.accept(draft.builder(this), value)));
    }

    /**
     * The counts of an object keyed by the codes of an enumeration, such as
     * {@code contraception.byMethod}: one figure per constant, in the enumeration's order.
     * A constant not listed reads as 0 when any is listed (the format's convention) and is
     * not written.
     *
     * @param parse reads any spelling of a code, throwing {@code InvalidValueException} for an unknown one
     */
    <E extends Enum<E> & Coded> Map<E, ReportFigure> coded(String name, Class<E> type, Function<String, E> parse,
            Function<E, String> chineseName, Function<E, String> englishName, Function<G, Map<E, Long>> read, CodedSetter<B, E> put) {
        Map<E, ReportFigure> byCode = new EnumMap<>(type);
        Function<AggregateReport, Map<E, Long>> counts = r -> read.apply(get.apply(r));
        for (E code : type.getEnumConstants()) {
            ReportFigure figure = new ReportFigure(child(name) + "." + code.code(), chineseName.apply(code), englishName.apply(code), false,
                    r -> counts.apply(r).isEmpty() ? Optional.empty() : Optional.of(BigDecimal.valueOf(counts.apply(r).getOrDefault(code, 0L))),
                    r -> Optional.ofNullable(counts.apply(r).get(code)).map(BigDecimal::valueOf),
                    (draft, value) -> put.put(draft.builder(this), code, value.longValueExact()));
            order.add(figure);
            byCode.put(code, figure);
        }
        coded.put(name, ReportSection.keyedByCode(child(name), List.copyOf(byCode.values()), spelling -> byCode.get(parse.apply(spelling))));
        return Collections.unmodifiableMap(byCode);
    }

    /** @return this group, frozen, with every group and figure declared in it */
    ReportSection section() {
        Map<String, ReportSection> sections = new LinkedHashMap<>(coded);
        groups.forEach((name, group) -> sections.put(name, group.section()));
        String prefix = path.isEmpty() ? "" : path + ".";
        return new ReportSection(path, this, order.stream().filter(f -> f.path().startsWith(prefix)).collect(Collectors.toUnmodifiableList()),
                figures, sections, null);
    }

    B newBuilder() {
        return newBuilder.get();
    }

    /**
     * Builds this group's value from the draft's builder and sets it on the draft's report;
     * nothing for the report's own figures, which are set on the report directly.
     *
     * @throws InvalidValueException naming the field by its full path if the value's validation rejects a figure
     */
    void attach(ReportDraft draft) {
        if (attach == null) {
            return;
        }
        try {
            attach.accept(draft.report(), build.apply(draft.builder(this)));
        } catch (InvalidValueException e) {
            if (relativeFields) {
                throw new InvalidValueException(child(e.field()), e.value(), e.reason());
            }
            throw e;
        }
    }

    private ReportFigure add(String name, ReportFigure figure) {
        figures.put(name, figure);
        order.add(figure);
        return figure;
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Optional<BigDecimal> decimal(OptionalLong count) {
        return count.isPresent() ? Optional.of(BigDecimal.valueOf(count.getAsLong())) : Optional.empty();
    }
}
