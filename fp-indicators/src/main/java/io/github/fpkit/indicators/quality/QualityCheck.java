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
package io.github.fpkit.indicators.quality;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs every quality screen over one period's results (docs/QUALITY.md): across the
 * sub-areas of each area, for every indicator, the outlier screen ({@link OutlierScreen}), the
 * empirical-Bayes rates ({@link SmoothedRate}) and the funnel plot ({@link FunnelPlot}); for
 * each area examined, the user's bounds ({@link IndicatorBounds}), the sex ratio's normal range
 * ({@link SexRatioPlausibility}) and the consistency with earlier periods
 * ({@link ConsistencyOverTime}). Each screen is configured here; the defaults are DHIS2's and
 * the WHO Data Quality Review's.
 *
 * <pre>{@code
 * QualityCheck check = QualityCheck.builder()
 *         .outliers(OutlierScreen.of(3.0, 3.5))
 *         .bounds(IndicatorBounds.of(List.of(IndicatorBound.of(Indicator.CPR, OptionalDouble.of(60), OptionalDouble.of(95)))))
 *         .consistency(ConsistencyOverTime.of(0.33))
 *         .adjustFunnelsForOverdispersion(true)
 *         .build();
 * QualityReport report = check.check(computed.results(), Optional.of(AreaCode.of("990102001000")), history);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QualityCheck {
    private static final QualityCheck STANDARD = builder().build();

    private final OutlierScreen outliers;
    private final IndicatorBounds bounds;
    private final SexRatioPlausibility sexRatio;
    private final ConsistencyOverTime consistency;
    private final boolean adjustFunnels;

    private QualityCheck(Builder b) {
        this.outliers = b.outliers;
        this.bounds = b.bounds;
        this.sexRatio = b.sexRatio;
        this.consistency = b.consistency;
        this.adjustFunnels = b.adjustFunnels;
    }

    /** @return the check with every default: thresholds 3.0 and 3.5, no bounds, 103–107, ±33 %, funnels not widened */
    public static QualityCheck standard() {
        return STANDARD;
    }

    /** @return a builder, initially the defaults of {@link #standard()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the outlier screen */
    public OutlierScreen outliers() {
        return outliers;
    }

    /** @return the user's bounds */
    public IndicatorBounds bounds() {
        return bounds;
    }

    /** @return the sex ratio's normal range */
    public SexRatioPlausibility sexRatio() {
        return sexRatio;
    }

    /** @return the comparison with earlier periods */
    public ConsistencyOverTime consistency() {
        return consistency;
    }

    /** @return true if funnel limits are widened for overdispersion */
    public boolean adjustsFunnelsForOverdispersion() {
        return adjustFunnels;
    }

    /**
     * Checks one period's results. With an area, the area and its sub-areas (the areas one
     * level below it) are examined, and the screens across sub-areas run over its sub-areas;
     * without, every area of the results is examined and they run over the sub-areas of every
     * area that has some.
     *
     * @param current the results of one period, at the levels to examine; not null, not empty
     * @param area the area to examine, if only one; not null
     * @param history results of earlier periods for the consistency over time; not null (may be empty)
     * @return the findings, smoothed rates and funnel plots
     * @throws IllegalArgumentException if the results are empty or of more than one period, or
     *         neither the area nor its sub-areas have a result among them
     */
    public QualityReport check(List<IndicatorResult> current, Optional<AreaCode> area, List<IndicatorResult> history) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(history, "history");
        if (current.isEmpty()) {
            throw new IllegalArgumentException("no results to check");
        }
        ReportingPeriod period = current.get(0).period();
        Map<AreaCode, List<IndicatorResult>> byArea = new TreeMap<>();
        Map<AreaCode, Optional<String>> names = new TreeMap<>();
        for (IndicatorResult r : current) {
            if (!r.period().equals(period)) {
                throw new IllegalArgumentException("results of one period expected, got " + period + " and " + r.period());
            }
            byArea.computeIfAbsent(r.area(), a -> new ArrayList<>()).add(r);
            names.putIfAbsent(r.area(), r.areaName());
        }
        TreeSet<AreaCode> examined = new TreeSet<>();
        TreeSet<AreaCode> parents = new TreeSet<>();
        for (AreaCode a : byArea.keySet()) {
            Optional<AreaCode> parent = a.parent();
            if (area.isEmpty() || a.equals(area.get()) || parent.equals(area)) {
                examined.add(a);
                parent.filter(p -> area.isEmpty() || p.equals(area.get())).ifPresent(parents::add);
            }
        }
        if (area.isPresent() && examined.isEmpty()) {
            throw new IllegalArgumentException("no result for the area " + area.get() + " or its sub-areas");
        }
        List<QualityFinding> findings = new ArrayList<>();
        List<SmoothedRate> smoothed = new ArrayList<>();
        List<FunnelPlot> funnels = new ArrayList<>();
        for (AreaCode parent : parents) {
            Optional<String> name = names.getOrDefault(parent, Optional.empty());
            for (List<IndicatorResult> subAreas : byIndicator(byArea, examined, parent).values()) {
                findings.addAll(outliers.screen(parent, name, subAreas));
                smoothed.addAll(SmoothedRate.of(subAreas));
                FunnelPlot.of(parent, name, subAreas, adjustFunnels).ifPresent(f -> {
                    funnels.add(f);
                    findings.addAll(f.findings());
                });
            }
        }
        List<IndicatorResult> examinedResults = new ArrayList<>();
        for (AreaCode a : examined) {
            for (IndicatorResult r : byArea.get(a)) {
                examinedResults.add(r);
                bounds.check(r).ifPresent(findings::add);
                if (r.indicator() == Indicator.SRB) {
                    sexRatio.check(r).ifPresent(findings::add);
                }
            }
        }
        findings.addAll(consistency.check(examinedResults, history));
        findings.sort(Comparator.comparing(QualityFinding::area).thenComparing(QualityFinding::indicator)
                .thenComparing(QualityFinding::method));
        return new QualityReport(period, findings, smoothed, funnels);
    }

    /** The results of the parent's examined sub-areas, by indicator in catalogue order, each in the order of the areas' codes. */
    private static Map<Indicator, List<IndicatorResult>> byIndicator(Map<AreaCode, List<IndicatorResult>> byArea, TreeSet<AreaCode> examined,
            AreaCode parent) {
        Map<Indicator, List<IndicatorResult>> byIndicator = new EnumMap<>(Indicator.class);
        for (AreaCode a : examined) {
            if (a.parent().filter(parent::equals).isPresent()) {
                for (IndicatorResult r : byArea.get(a)) {
                    byIndicator.computeIfAbsent(r.indicator(), i -> new ArrayList<>()).add(r);
                }
            }
        }
        return byIndicator;
    }

    /** @return the configuration on one line */
    @Override
    public String toString() {
        return "quality check: " + outliers + ", bounds " + bounds + ", " + sexRatio + ", " + consistency
                + (adjustFunnels ? ", funnels widened for overdispersion" : "");
    }

    /** Configures a {@link QualityCheck}; not thread-safe. */
    public static final class Builder {
        private OutlierScreen outliers = OutlierScreen.standard();
        private IndicatorBounds bounds = IndicatorBounds.none();
        private SexRatioPlausibility sexRatio = SexRatioPlausibility.standard();
        private ConsistencyOverTime consistency = ConsistencyOverTime.standard();
        private boolean adjustFunnels;

        private Builder() {
        }

        /**
         * @param screen the outlier screen, not null (default: thresholds 3.0 and 3.5)
         * @return this builder
         */
        public Builder outliers(OutlierScreen screen) {
            this.outliers = Objects.requireNonNull(screen, "screen");
            return this;
        }

        /**
         * @param bounds the user's bounds, not null (default: none)
         * @return this builder
         */
        public Builder bounds(IndicatorBounds bounds) {
            this.bounds = Objects.requireNonNull(bounds, "bounds");
            return this;
        }

        /**
         * @param sexRatio the sex ratio's normal range, not null (default: 103–107)
         * @return this builder
         */
        public Builder sexRatio(SexRatioPlausibility sexRatio) {
            this.sexRatio = Objects.requireNonNull(sexRatio, "sexRatio");
            return this;
        }

        /**
         * @param consistency the comparison with earlier periods, not null (default: ±33 %)
         * @return this builder
         */
        public Builder consistency(ConsistencyOverTime consistency) {
            this.consistency = Objects.requireNonNull(consistency, "consistency");
            return this;
        }

        /**
         * @param adjust true to widen funnel limits for overdispersion as FunnelPlotR does (default: false)
         * @return this builder
         */
        public Builder adjustFunnelsForOverdispersion(boolean adjust) {
            this.adjustFunnels = adjust;
            return this;
        }

        /** @return the check */
        public QualityCheck build() {
            return new QualityCheck(this);
        }
    }
}
