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
import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The control limits of a funnel plot of one indicator (Spiegelhalter 2005), around a target
 * — the parent area's pooled value — as functions of the denominator: the 95 % and 99.8 %
 * limits ({@link FunnelLevel}) within which a sub-area's value lies when it differs from the
 * target by chance alone. They narrow as the denominator grows.
 * <ul>
 *   <li><b>shares</b> (binomial), on the arcsine scale as FunnelPlotR draws proportions:
 *     sin²(asin √θ ± z √(1 / (4n) + τ²)), the angle kept within [0, π/2];</li>
 *   <li><b>rates</b> (Poisson: CBR, CDR, GFR, the ASFRs), with E = θ n expected events: without
 *     overdispersion the exact Poisson limits χ²(α/2; 2E) / (2n) and χ²(1 − α/2; 2E + 2) / (2n),
 *     as FunnelPlotR draws them; widened, θ (1 ± z √(1 / (4E) + τ²))² on the square-root
 *     scale, the lower limit at least 0.</li>
 * </ul>
 * τ² is 0 for limits that are not widened; {@link #fit} estimates it as FunnelPlotR does
 * (DerSimonian–Laird on z-scores winsorised at 10 %). Counts are whole, so a lower limit is 0
 * (a share's upper limit 100 %) wherever chance alone gives a count of 0 (of all of n) with at
 * least the tail's probability — (1 − θ)ⁿ or e^(−θn) at least 2.5 % or 0.1 % — rather than a
 * continuous limit a little above 0 that a small sub-area with no event would fall below.
 * Values and limits are in the
 * indicator's unit (a CPR target of 82.39 is 82.39 %). SRB, NIR, TFR and counts have no
 * funnel ({@link #supports}).
 *
 * <pre>{@code
 * FunnelLimits cpr = FunnelLimits.of(Indicator.CPR, 82.39, 0);
 * for (double n = 10; n <= 1000; n *= 1.2) {
 *     FunnelBand band = cpr.band(n);   // draw band.lower(FunnelLevel.P95) … band.upper(FunnelLevel.P998) at n
 * }
 * cpr.position(62.5, 120);             // BELOW_998
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FunnelLimits {
    private final Indicator indicator;
    private final SmoothingModel model;
    private final double theta;
    private final double tau2;

    private FunnelLimits(Indicator indicator, SmoothingModel model, double theta, double tau2) {
        this.indicator = indicator;
        this.model = model;
        this.theta = theta;
        this.tau2 = tau2;
    }

    /**
     * @param indicator an indicator, not null
     * @return true for the shares and the Poisson rates (CBR, CDR, GFR, ASFRs), which have funnel limits
     */
    public static boolean supports(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return indicator != Indicator.SRB && SmoothingModel.of(indicator).isPresent();
    }

    /**
     * @param indicator an indicator with funnel limits ({@link #supports}), not null
     * @param target the centre line in the indicator's unit: a share from 0 to 100, a rate 0 or more; finite
     * @param tau2 the between-area variance on the variance-stabilising scale, 0 or more and
     *        finite; more than 0 only for a target above 0 for rates
     * @return the limits
     * @throws IllegalArgumentException if the indicator has no funnel, or a value is out of range
     */
    public static FunnelLimits of(Indicator indicator, double target, double tau2) {
        if (!supports(indicator)) {
            throw new IllegalArgumentException(indicator.code() + " has no funnel limits: only shares and rates of events over an exposure");
        }
        SmoothingModel model = SmoothingModel.of(indicator).orElseThrow();
        double theta = target / indicator.unit().multiplier();
        boolean share = model == SmoothingModel.BINOMIAL;
        if (!Double.isFinite(theta) || theta < 0 || share && theta > 1) {
            throw new IllegalArgumentException("target " + target + " of " + indicator.code() + " must be "
                    + (share ? "from 0 to 100" : "0 or more") + " and finite");
        }
        if (!(tau2 >= 0 && Double.isFinite(tau2)) || tau2 > 0 && !share && theta == 0) {
            throw new IllegalArgumentException("tau2 " + tau2 + " must be 0 or more and finite, and 0 around a rate of 0");
        }
        return new FunnelLimits(indicator, model, theta, tau2);
    }

    /**
     * The limits of sub-areas' counts around their pooled value θ = Σx / Σn, widened for
     * overdispersion when asked and when the data show it.
     *
     * @param indicator an indicator with funnel limits ({@link #supports}), not null
     * @param numerators each sub-area's count, 0 or more (for shares at most its denominator); not null
     * @param denominators each sub-area's denominator, more than 0 and finite; as many as numerators, at least one
     * @param adjustForOverdispersion true to estimate τ² (FunnelPlotR's adjustment), false for τ² = 0
     * @return the limits
     * @throws IllegalArgumentException if the indicator has no funnel or a value is out of range
     */
    public static FunnelLimits fit(Indicator indicator, long[] numerators, double[] denominators, boolean adjustForOverdispersion) {
        if (!supports(indicator)) {
            throw new IllegalArgumentException(indicator.code() + " has no funnel limits: only shares and rates of events over an exposure");
        }
        SmoothingModel model = SmoothingModel.of(indicator).orElseThrow();
        // the same checks and the same pooled rate as empirical Bayes
        EmpiricalBayes pooled = model == SmoothingModel.POISSON ? EmpiricalBayes.poisson(numerators, denominators)
                : EmpiricalBayes.binomial(numerators, denominators);
        double theta = pooled.pooled();
        double tau2 = adjustForOverdispersion ? Overdispersion.tau2(model, numerators, denominators, theta) : 0;
        return new FunnelLimits(indicator, model, theta, tau2);
    }

    /** @return the indicator */
    public Indicator indicator() {
        return indicator;
    }

    /** @return the model of its counts: binomial for shares, Poisson for rates */
    public SmoothingModel model() {
        return model;
    }

    /** @return the centre line, in the indicator's unit */
    public double target() {
        return theta * indicator.unit().multiplier();
    }

    /** @return τ², the between-area variance the limits are widened by; 0 when they are not */
    public double tau2() {
        return tau2;
    }

    /** @return true if the limits are widened for overdispersion (τ² above 0) */
    public boolean isAdjusted() {
        return tau2 > 0;
    }

    /**
     * @param denominator a denominator (married WRA, population, woman-years), more than 0 and finite
     * @return the limits at that denominator, in the indicator's unit
     * @throws IllegalArgumentException if the denominator is not more than 0 or not finite
     */
    public FunnelBand band(double denominator) {
        if (!(denominator > 0 && Double.isFinite(denominator))) {
            throw new IllegalArgumentException("denominator must be more than 0 and finite: " + denominator);
        }
        double m = indicator.unit().multiplier();
        return new FunnelBand(denominator, m * limit(denominator, FunnelLevel.P95, false), m * limit(denominator, FunnelLevel.P95, true),
                m * limit(denominator, FunnelLevel.P998, false), m * limit(denominator, FunnelLevel.P998, true));
    }

    /**
     * @param value a sub-area's value in the indicator's unit
     * @param denominator its denominator, more than 0 and finite
     * @return where the value lies at its denominator
     * @throws IllegalArgumentException if the denominator is not more than 0 or not finite
     */
    public FunnelPosition position(double value, double denominator) {
        return band(denominator).position(value);
    }

    private double limit(double n, FunnelLevel level, boolean upper) {
        double tail = (1 - level.coverage()) / 2;
        if (atTheEdge(n, tail, upper)) {
            return upper ? 1 : 0;
        }
        double z = level.z();
        if (model == SmoothingModel.BINOMIAL) {
            double angle = Math.asin(Math.sqrt(theta)) + (upper ? z : -z) * Math.sqrt(1 / (4 * n) + tau2);
            double bounded = Math.min(Math.max(angle, 0), Math.PI / 2);
            return Math.sin(bounded) * Math.sin(bounded);
        }
        double expected = theta * n;
        if (tau2 > 0) {
            double s = Math.sqrt(1 / (4 * expected) + tau2);
            double root = upper ? 1 + z * s : Math.max(0, 1 - z * s);
            return theta * root * root;
        }
        if (upper) {
            return ChiSquaredDistribution.of(2 * expected + 2).inverseSurvivalProbability(tail) / (2 * n);
        }
        return ChiSquaredDistribution.of(2 * expected).inverseCumulativeProbability(tail) / (2 * n);
    }

    /**
     * Counts are whole: no sub-area can count fewer than 0 events, nor (for a share) more than
     * its whole. When chance alone gives such an edge count with at least the tail's probability
     * — (1 − θ)ⁿ or e^(−θn) for 0, θⁿ for all of n — the limit is the edge itself, so that a
     * small sub-area with no event is never outside its limits, as it would be below a
     * continuous limit a little above 0.
     */
    private boolean atTheEdge(double n, double tail, boolean upper) {
        if (model == SmoothingModel.BINOMIAL) {
            return (upper ? Math.pow(theta, n) : Math.pow(1 - theta, n)) >= tail;
        }
        return !upper && Math.exp(-theta * n) >= tail;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FunnelLimits)) {
            return false;
        }
        FunnelLimits f = (FunnelLimits) o;
        return f.indicator == indicator && Double.compare(f.theta, theta) == 0 && Double.compare(f.tau2, tau2) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, theta, tau2);
    }

    /** @return for example {@code "CPR funnel around 82.39 (binomial, tau2 0.0)"} */
    @Override
    public String toString() {
        return indicator.code() + " funnel around " + target() + " (" + model + ", tau2 " + tau2 + ")";
    }
}
