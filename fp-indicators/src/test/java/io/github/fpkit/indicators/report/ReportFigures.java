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

import io.github.fpkit.model.AreaCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A report's figures keyed by their JSON paths, plus its stated rates: the form in which
 * property tests generate, mutate and inspect reports before building one.
 */
final class ReportFigures {
    private static final Map<String, ReportFigure> BY_PATH = ReportSection.report().figures().stream()
            .collect(Collectors.toMap(ReportFigure::path, Function.identity()));

    private final Map<String, BigDecimal> figures;
    private final List<StatedRate> rates;

    ReportFigures(Map<String, BigDecimal> figures, List<StatedRate> rates) {
        this.figures = new TreeMap<>(figures);
        this.rates = List.copyOf(rates);
    }

    Map<String, BigDecimal> figures() {
        return figures;
    }

    BigDecimal get(String path) {
        return figures.get(path);
    }

    ReportFigures with(String path, BigDecimal value) {
        Map<String, BigDecimal> changed = new TreeMap<>(figures);
        changed.put(path, value);
        return new ReportFigures(changed, rates);
    }

    AggregateReport report() {
        ReportDraft draft = ReportDraft.empty();
        draft.report().areaCode(AreaCode.of("990101001000")).areaName("示范镇").statedPeriod("2009SY").statedRates(rates);
        figures.forEach((path, value) -> {
            ReportFigure figure = BY_PATH.get(path);
            if (figure == null) {
                throw new IllegalArgumentException("no figure " + path);
            }
            draft.set(figure, value);
        });
        return draft.build();
    }

    @Override
    public String toString() {
        return figures + " " + rates;
    }
}
