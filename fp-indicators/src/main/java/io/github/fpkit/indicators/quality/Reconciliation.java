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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A register reconciled with an aggregate report of one of its areas
 * ({@link ReportReconciliation}): every count both give with its verification factor, every
 * rate the report states beside the register's, and the bounds the verification factors were
 * held to.
 *
 * <pre>{@code
 * Reconciliation r = ReportReconciliation.standard().reconcile(report, tally, source.tables());
 * r.counts().get(0).verificationFactor();   // OptionalDouble[1.0]
 * r.hasFindings();                          // true when a VF is outside [0.90, 1.10] or a rate disagrees
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Reconciliation {
    private final AreaCode area;
    private final Optional<String> areaName;
    private final ReportingPeriod period;
    private final double low;
    private final double high;
    private final List<CountComparison> counts;
    private final List<RateComparison> rates;

    Reconciliation(AreaCode area, Optional<String> areaName, ReportingPeriod period, double low, double high,
            List<CountComparison> counts, List<RateComparison> rates) {
        this.area = area;
        this.areaName = areaName;
        this.period = period;
        this.low = low;
        this.high = high;
        this.counts = List.copyOf(counts);
        this.rates = List.copyOf(rates);
    }

    /** @return the area reconciled */
    public AreaCode area() {
        return area;
    }

    /** @return its name: the register's, else the report's, if either has one */
    public Optional<String> areaName() {
        return areaName;
    }

    /** @return the period of the report and of the register */
    public ReportingPeriod period() {
        return period;
    }

    /** @return the lower bound of an acceptable verification factor */
    public double low() {
        return low;
    }

    /** @return the upper bound of an acceptable verification factor */
    public double high() {
        return high;
    }

    /** @return every count both give, in the report format's order; unmodifiable */
    public List<CountComparison> counts() {
        return counts;
    }

    /** @return every rate the report states and the register gives, in the report's order; unmodifiable */
    public List<RateComparison> rates() {
        return rates;
    }

    /** @return how many counts and rates are findings */
    public long findings() {
        return counts.stream().filter(CountComparison::isFinding).count() + rates.stream().filter(RateComparison::isFinding).count();
    }

    /** @return true if a count's verification factor is outside the bounds or undefined, or a rate is inconsistent */
    public boolean hasFindings() {
        return findings() > 0;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Reconciliation)) {
            return false;
        }
        Reconciliation r = (Reconciliation) o;
        return r.area.equals(area) && r.areaName.equals(areaName) && r.period.equals(period) && Double.compare(r.low, low) == 0
                && Double.compare(r.high, high) == 0 && r.counts.equals(counts) && r.rates.equals(rates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, areaName, period, low, high, counts, rates);
    }

    /** @return the area, the period and how many comparisons and findings */
    @Override
    public String toString() {
        return "reconciliation of " + area + " " + period + ": " + counts.size() + " counts, " + rates.size() + " rates, " + findings()
                + " findings";
    }
}
