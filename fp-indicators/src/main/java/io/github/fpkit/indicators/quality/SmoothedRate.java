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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An area's empirical-Bayes rate ({@link EmpiricalBayes}) beside its raw rate: a separate,
 * flagged result that never replaces the raw figure — the raw {@link IndicatorResult} stays
 * what the register says, and this record says how far chance alone may explain its distance
 * from the parent's pooled rate. Values are in the indicator's unit.
 *
 * <p>The shares are smoothed as binomial counts, CBR, CDR, GFR and the ASFRs as Poisson
 * counts ({@link SmoothingModel#of}); SRB is smoothed through the share of boys among births
 * (x = boys, n = boys + girls) and written back as boys per 100 girls, 100 p / (1 − p). An area
 * whose denominator is 0 (for SRB: no birth) takes no part.
 *
 * <pre>{@code
 * List<SmoothedRate> cpr = SmoothedRate.of(villageCprResults);
 * cpr.get(0).raw();        // OptionalDouble[62.5]
 * cpr.get(0).smoothed();   // OptionalDouble[79.1], nearer the township's 82.39
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SmoothedRate {
    private final IndicatorResult result;
    private final SmoothingModel model;
    private final OptionalDouble smoothed;
    private final double pooled;
    private final double weight;

    private SmoothedRate(IndicatorResult result, SmoothingModel model, OptionalDouble smoothed, double pooled, double weight) {
        this.result = result;
        this.model = model;
        this.smoothed = smoothed;
        this.pooled = pooled;
        this.weight = weight;
    }

    /**
     * Smooths one indicator's rates across the sub-areas of an area.
     *
     * @param subAreas the results of one indicator for one period, one per sub-area, not null
     * @return one smoothed rate per sub-area with a denominator, in their order; empty when the
     *         indicator has no {@link SmoothingModel}, fewer than two sub-areas take part, or (for
     *         SRB) no girl was born in any of them; unmodifiable
     * @throws IllegalArgumentException if the results are of more than one indicator or period
     */
    public static List<SmoothedRate> of(List<IndicatorResult> subAreas) {
        List<IndicatorResult> all = SubAreas.checked(subAreas);
        if (all.isEmpty()) {
            return List.of();
        }
        Indicator indicator = all.get(0).indicator();
        Optional<SmoothingModel> model = SmoothingModel.of(indicator);
        List<IndicatorResult> taking = new ArrayList<>();
        for (IndicatorResult r : all) {
            if (model.isPresent() && r.numerator().isPresent() && r.denominator().isPresent() && takesPart(r, model.get())) {
                taking.add(r);
            }
        }
        if (taking.size() < 2) {
            return List.of();
        }
        long[] x = new long[taking.size()];
        double[] n = new double[taking.size()];
        for (int i = 0; i < x.length; i++) {
            IndicatorResult r = taking.get(i);
            x[i] = r.numerator().getAsLong();
            n[i] = trials(r);
        }
        EmpiricalBayes fit = model.get() == SmoothingModel.POISSON ? EmpiricalBayes.poisson(x, n) : EmpiricalBayes.binomial(x, n);
        OptionalDouble pooled = inUnit(indicator, fit.pooled());
        if (pooled.isEmpty()) {
            return List.of();
        }
        List<SmoothedRate> smoothed = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            smoothed.add(new SmoothedRate(taking.get(i), model.get(), inUnit(indicator, fit.estimate(i)), pooled.getAsDouble(),
                    fit.weight(i)));
        }
        return List.copyOf(smoothed);
    }

    private static boolean takesPart(IndicatorResult r, SmoothingModel model) {
        long x = r.numerator().getAsLong();
        double n = trials(r);
        return model == SmoothingModel.POISSON ? x >= 0 && n > 0 : x >= 0 && n >= 1 && x <= n;
    }

    /** The binomial whole, or the Poisson exposure: for SRB the births (boys + girls), else the denominator. */
    private static double trials(IndicatorResult r) {
        double d = r.denominator().getAsDouble();
        return r.indicator() == Indicator.SRB ? r.numerator().getAsLong() + d : d;
    }

    /** A fitted proportion or rate in the indicator's unit: SRB as 100 p / (1 − p), undefined at p = 1. */
    private static OptionalDouble inUnit(Indicator indicator, double p) {
        double multiplier = indicator.unit().multiplier();
        if (indicator == Indicator.SRB) {
            return p < 1 ? OptionalDouble.of(multiplier * p / (1 - p)) : OptionalDouble.empty();
        }
        return OptionalDouble.of(multiplier * p);
    }

    /** @return the area */
    public AreaCode area() {
        return result.area();
    }

    /** @return the area's name, if known */
    public Optional<String> areaName() {
        return result.areaName();
    }

    /** @return the period */
    public ReportingPeriod period() {
        return result.period();
    }

    /** @return the indicator */
    public Indicator indicator() {
        return result.indicator();
    }

    /** @return the raw result the smoothed rate stands beside, unchanged */
    public IndicatorResult result() {
        return result;
    }

    /** @return the raw rate, the result's value; empty for an SRB with no girl born */
    public OptionalDouble raw() {
        return result.value();
    }

    /** @return the model the rate was smoothed by */
    public SmoothingModel model() {
        return model;
    }

    /** @return the empirical-Bayes rate; empty only for an SRB whose smoothed share of boys is 1 */
    public OptionalDouble smoothed() {
        return smoothed;
    }

    /** @return the pooled rate of the sub-areas smoothed together, in the indicator's unit */
    public double pooled() {
        return pooled;
    }

    /** @return the weight of the raw rate in the smoothed one, from 0 (the pooled rate) to 1 (the raw rate) */
    public double weight() {
        return weight;
    }

    /** @return the method, {@link QualityMethod#EMPIRICAL_BAYES} */
    public QualityMethod method() {
        return QualityMethod.EMPIRICAL_BAYES;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SmoothedRate)) {
            return false;
        }
        SmoothedRate s = (SmoothedRate) o;
        return s.result.equals(result) && s.model == model && s.smoothed.equals(smoothed)
                && Double.compare(s.pooled, pooled) == 0 && Double.compare(s.weight, weight) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, model, smoothed, pooled, weight);
    }

    /** @return for example {@code "CPR 990102001003 2009SY: raw 62.5, smoothed 79.1 (binomial, pooled 82.39, weight 0.4)"} */
    @Override
    public String toString() {
        return indicator().code() + " " + area() + " " + period() + ": raw " + (raw().isPresent() ? raw().getAsDouble() : "undefined")
                + ", smoothed " + (smoothed.isPresent() ? smoothed.getAsDouble() : "undefined") + " (" + model + ", pooled " + pooled
                + ", weight " + weight + ")";
    }
}
