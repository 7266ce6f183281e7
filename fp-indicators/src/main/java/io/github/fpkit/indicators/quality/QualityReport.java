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

import io.github.fpkit.model.ReportingPeriod;
import java.util.List;
import java.util.Objects;

/**
 * What {@link QualityCheck} found in one period's results: the findings of the screens
 * (outliers, bounds, implausible sex ratios, breaks over time, funnel alarms), the
 * empirical-Bayes rates of the sub-areas, and the funnel plots — each apart from the raw
 * results, which it never changes.
 *
 * <pre>{@code
 * QualityReport q = QualityCheck.standard().check(results, Optional.of(township), List.of());
 * q.hasErrors();        // true only for values outside the user's bounds
 * q.findings();         // warnings and errors, by area, indicator and method
 * q.smoothed();         // one SmoothedRate per sub-area and smoothable indicator
 * q.funnelPlots();      // one FunnelPlot per parent and indicator with funnel limits
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QualityReport {
    private final ReportingPeriod period;
    private final List<QualityFinding> findings;
    private final List<SmoothedRate> smoothed;
    private final List<FunnelPlot> funnelPlots;

    QualityReport(ReportingPeriod period, List<QualityFinding> findings, List<SmoothedRate> smoothed, List<FunnelPlot> funnelPlots) {
        this.period = period;
        this.findings = List.copyOf(findings);
        this.smoothed = List.copyOf(smoothed);
        this.funnelPlots = List.copyOf(funnelPlots);
    }

    /** @return the period checked */
    public ReportingPeriod period() {
        return period;
    }

    /** @return the findings, ordered by area, then indicator (catalogue order), then method; unmodifiable */
    public List<QualityFinding> findings() {
        return findings;
    }

    /** @return the smoothed rates, by parent area, then indicator, then sub-area; unmodifiable */
    public List<SmoothedRate> smoothed() {
        return smoothed;
    }

    /** @return the funnel plots, by parent area, then indicator; unmodifiable */
    public List<FunnelPlot> funnelPlots() {
        return funnelPlots;
    }

    /** @return true if a finding is an error (a value outside the user's bounds) */
    public boolean hasErrors() {
        return findings.stream().anyMatch(QualityFinding::isError);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof QualityReport)) {
            return false;
        }
        QualityReport q = (QualityReport) o;
        return q.period.equals(period) && q.findings.equals(findings) && q.smoothed.equals(smoothed)
                && q.funnelPlots.equals(funnelPlots);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, findings, smoothed, funnelPlots);
    }

    /** @return the period and how many findings, smoothed rates and funnel plots */
    @Override
    public String toString() {
        return "quality of " + period + ": " + findings.size() + " findings, " + smoothed.size() + " smoothed rates, "
                + funnelPlots.size() + " funnel plots";
    }
}
