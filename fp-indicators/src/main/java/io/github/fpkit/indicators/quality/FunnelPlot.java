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
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The funnel plot of one indicator across the sub-areas of an area: the limits around the
 * sub-areas' pooled value ({@link FunnelLimits#fit}) and each sub-area's point. A point
 * beyond the 99.8 % limits is a finding (a warning, rule {@code FUNNEL_OUTSIDE_998}); a point
 * between the 95 % and 99.8 % limits is only its position.
 *
 * <pre>{@code
 * FunnelPlot cpr = FunnelPlot.of(township, Optional.of("第1乡"), villageCprResults, false).orElseThrow();
 * cpr.limits().band(200);           // the curves, at any denominator
 * cpr.points().get(0).position();   // INSIDE
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FunnelPlot {
    private final AreaCode parent;
    private final Optional<String> parentName;
    private final ReportingPeriod period;
    private final FunnelLimits limits;
    private final List<FunnelPoint> points;

    private FunnelPlot(AreaCode parent, Optional<String> parentName, ReportingPeriod period, FunnelLimits limits, List<FunnelPoint> points) {
        this.parent = parent;
        this.parentName = parentName;
        this.period = period;
        this.limits = limits;
        this.points = points;
    }

    /**
     * @param parent the area whose sub-areas are plotted, not null
     * @param parentName its name, not null (may be empty)
     * @param subAreas the results of one indicator for one period, one per sub-area, not null
     * @param adjustForOverdispersion true to widen the limits for overdispersion as FunnelPlotR does
     * @return the plot of the sub-areas with a denominator above 0 (and, for shares, a numerator
     *         not above it); empty when the indicator has no funnel ({@link FunnelLimits#supports})
     *         or fewer than two sub-areas have such a denominator
     * @throws IllegalArgumentException if the results are of more than one indicator or period
     */
    public static Optional<FunnelPlot> of(AreaCode parent, Optional<String> parentName, List<IndicatorResult> subAreas,
            boolean adjustForOverdispersion) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(parentName, "parentName");
        List<IndicatorResult> plotted = new ArrayList<>();
        for (IndicatorResult r : SubAreas.defined(subAreas)) {
            if (FunnelLimits.supports(r.indicator()) && r.numerator().isPresent() && r.denominator().isPresent()
                    && r.denominator().getAsDouble() > 0 && r.numerator().getAsLong() >= 0
                    && (r.unit() != Unit.PERCENT || r.numerator().getAsLong() <= r.denominator().getAsDouble())) {
                plotted.add(r);
            }
        }
        if (plotted.size() < 2) {
            return Optional.empty();
        }
        long[] x = plotted.stream().mapToLong(r -> r.numerator().getAsLong()).toArray();
        double[] n = plotted.stream().mapToDouble(r -> r.denominator().getAsDouble()).toArray();
        Indicator indicator = plotted.get(0).indicator();
        FunnelLimits limits = FunnelLimits.fit(indicator, x, n, adjustForOverdispersion);
        List<FunnelPoint> points = new ArrayList<>();
        for (IndicatorResult r : plotted) {
            points.add(new FunnelPoint(r, limits.band(r.denominator().getAsDouble())));
        }
        return Optional.of(new FunnelPlot(parent, parentName, plotted.get(0).period(), limits, List.copyOf(points)));
    }

    /** @return the area whose sub-areas are plotted */
    public AreaCode parent() {
        return parent;
    }

    /** @return its name, if known */
    public Optional<String> parentName() {
        return parentName;
    }

    /** @return the period */
    public ReportingPeriod period() {
        return period;
    }

    /** @return the indicator */
    public Indicator indicator() {
        return limits.indicator();
    }

    /** @return the limits, around the sub-areas' pooled value */
    public FunnelLimits limits() {
        return limits;
    }

    /** @return the sub-areas' points, in the order given; unmodifiable */
    public List<FunnelPoint> points() {
        return points;
    }

    /** @return a warning for each point beyond the 99.8 % limits, in the order of the points; unmodifiable */
    public List<QualityFinding> findings() {
        List<QualityFinding> findings = new ArrayList<>();
        Indicator indicator = indicator();
        for (FunnelPoint p : points) {
            FunnelPosition position = p.position();
            if (!position.isBeyond998()) {
                continue;
            }
            boolean above = position == FunnelPosition.ABOVE_998;
            double limit = above ? p.band().upper(FunnelLevel.P998) : p.band().lower(FunnelLevel.P998);
            findings.add(QualityFinding.builder().method(QualityMethod.FUNNEL_PLOT).severity(Severity.WARNING).area(p.area())
                    .areaName(p.areaName()).period(period).indicator(indicator).value(p.value()).reference(limits.target())
                    .threshold(FunnelLevel.P998.toString())
                    .chineseMessage(QualityText.area(p.area(), p.areaName()) + indicator.chineseName() + "为"
                            + QualityText.chinese(p.value(), indicator.unit()) + "（" + p.result().numerator().getAsLong() + "/"
                            + QualityText.value(p.denominator(), Unit.COUNT) + "），" + position.chineseName()
                            + QualityText.chinese(limit, indicator.unit()) + "（" + QualityText.area(parent, parentName) + "合计"
                            + QualityText.chinese(limits.target(), indicator.unit()) + "）")
                    .englishMessage(indicator.code() + " of " + QualityText.englishArea(p.area(), p.areaName()) + " is "
                            + QualityText.english(p.value(), indicator.unit()) + " (" + p.result().numerator().getAsLong() + "/"
                            + QualityText.value(p.denominator(), Unit.COUNT) + "), " + position.englishName()
                            + " " + QualityText.english(limit, indicator.unit()) + " around " + QualityText.englishArea(parent, parentName)
                            + "'s " + QualityText.english(limits.target(), indicator.unit()))
                    .build());
        }
        return List.copyOf(findings);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FunnelPlot)) {
            return false;
        }
        FunnelPlot f = (FunnelPlot) o;
        return f.parent.equals(parent) && f.parentName.equals(parentName) && f.period.equals(period) && f.limits.equals(limits)
                && f.points.equals(points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parent, parentName, period, limits, points);
    }

    /** @return the indicator, the parent and the limits */
    @Override
    public String toString() {
        return "funnel plot of " + parent + ": " + limits + ", " + points.size() + " points";
    }
}
