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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Rate;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The indicator catalogue as far as an aggregate report's counts allow: each indicator's
 * {@linkplain Indicator#formula() formula} read over the report's figures, which gives the
 * counts it states (live births, deaths, births by order, WRA, married WRA, parity groups,
 * users and surgeries by type when the split is stated, current pregnancies) and the rates
 * that follow from them (CBR, CDR, NIR, SRB, POLICY_BIRTH_RATE, HIGHER_ORDER_BIRTH_SHARE,
 * CPR, MCPR, LONG_ACTING_SHARE, HEALTH_CHECK_COVERAGE), each as a result record with
 * numerator and denominator, as docs/INDICATORS.md defines them. MCPR_ALL is not among
 * them: no report counts modern users among all WRA. Rates are computed as the audit recomputes
 * them (see {@link ReportAudit}) with one exception: HEALTH_CHECK_COVERAGE is checked
 * ({@code healthChecks.done}) / married WRA ({@code women.married}) × 100, as the catalogue
 * defines it, and is left out when married WRA are not stated — whereas the audit checks a
 * stated coverage as done / due, the report's own convention, when due is stated. A rate
 * whose denominator is 0 has an empty value. Indicators whose figures the report does not
 * state are left out.
 *
 * <p>Reports contain arithmetic errors, and inconsistent counts never make this method
 * throw; they are the audit's business. A rate always keeps the numerator and denominator
 * the stated counts give, and then:
 * <ul>
 *   <li>a numerator below 0 (possible only for MCPR, when more traditional users are stated
 *     than users) gives no value and no interval: a negative prevalence measures nothing;
 *     NIR alone may be negative, and has a value (and, as always, no interval);</li>
 *   <li>a share (unit %) whose numerator exceeds its denominator (more users than married
 *     WRA, say) keeps its value, above 100, but has no interval, since no proportion above 1
 *     exists to estimate.</li>
 *   <li>a rate whose numerator exceeds the long range of a result record (LONG_ACTING_SHARE
 *     from users by method near {@code Long.MAX_VALUE}) is left out; a confidence interval
 *     the interval methods cannot give for counts near {@code Long.MAX_VALUE} (an end beyond
 *     double's range, an exact Poisson quantile that does not converge) is left out of its
 *     result, which keeps its value.</li>
 * </ul>
 *
 * <p>ONE_CHILD_HOUSEHOLDS and TWO_DAUGHTER_HOUSEHOLDS are never computed from a report. The
 * catalogue counts every household with exactly one live-born child (or two daughters);
 * the report's {@code women.oneChild} and {@code women.twoDaughters} count married WRA
 * (one family each) among the one-child and two-child married WRA — a count of women and
 * their families, which leaves out households whose mother is unmarried, widowed or over 49.
 * Giving them the household codes would relabel another population.
 *
 * <pre>{@code
 * List<IndicatorResult> results = AggregateIndicators.compute(report);
 * // e.g. CPR: numerator 1368, denominator 1500, value 91.2
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AggregateIndicators {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private AggregateIndicators() {
    }

    /**
     * Computes the indicators a report's counts allow, in catalogue order.
     *
     * @param report the report; it must state its area code and a real period; not null
     * @return one result per indicator the report allows, in the order of {@link Indicator}; unmodifiable
     * @throws InvalidValueException if the report states no area code (field {@code areaCode}), or
     *         no period or one that names no real period (field {@code period})
     */
    public static List<IndicatorResult> compute(AggregateReport report) {
        Objects.requireNonNull(report, "report");
        AreaCode area = report.areaCode()
                .orElseThrow(() -> new InvalidValueException("areaCode", "", "results need the area's code"));
        ReportingPeriod period = StatedDates.period(report.statedPeriod()
                .orElseThrow(() -> new InvalidValueException("period", "", "results need the period")));
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            IndicatorResult.Builder result = IndicatorResult.builder().area(area).areaName(report.areaName())
                    .period(period).indicator(indicator);
            ReportFormula formula = CatalogueFigures.catalogue(indicator);
            if (indicator.isCount()) {
                formula.count(report).map(BigDecimal::longValueExact)
                        .ifPresent(n -> results.add(result.numerator(n).value(n).build()));
            } else {
                formula.ratio(report).filter(AggregateIndicators::fitsResult)
                        .ifPresent(ratio -> results.add(rate(result, indicator, ratio)));
            }
        }
        return List.copyOf(results);
    }

    private static IndicatorResult rate(IndicatorResult.Builder result, Indicator indicator, Ratio ratio) {
        result.numerator(ratio.numerator().longValueExact()).denominator(ratio.denominator().doubleValue());
        if (ratio.isDefined() && !isNegativeCount(indicator, ratio)) {
            result.value(ratio.value(indicator.unit()).doubleValue());
            return withInterval(result, indicator, ratio).build();
        }
        return result.build();
    }

    /**
     * A result record holds its numerator as a long; only LONG_ACTING_SHARE, a sum of four
     * stated counts, can exceed it, and then the sum exceeds the users stated (a part–whole
     * error the audit reports), so the rate is left out rather than clamped to a false count.
     */
    private static boolean fitsResult(Ratio ratio) {
        return ratio.numerator().compareTo(LONG_MIN) >= 0 && ratio.numerator().compareTo(LONG_MAX) <= 0;
    }

    /**
     * A numerator below 0 is possible only for NIR (births − deaths); for any other rate it
     * comes from inconsistent counts (MCPR's users − traditional users with more traditional
     * users than users) and counts nobody, so the rate has no value: a negative share or
     * prevalence would be reported as if it measured something.
     */
    private static boolean isNegativeCount(Indicator indicator, Ratio ratio) {
        return indicator != Indicator.NIR && ratio.numerator().signum() < 0;
    }

    /**
     * The one place where a defined rate's confidence interval joins its result: the
     * interval of the indicator contract, computed by {@link Rate#interval()} (Wilson for
     * shares, Wilson on the male proportion for SRB, exact Poisson for CBR and CDR, none for
     * NIR). A share whose stated part exceeds its stated whole has no interval, because no
     * binomial proportion above 1 exists to estimate; the audit reports that inconsistency.
     */
    static IndicatorResult.Builder withInterval(IndicatorResult.Builder result, Indicator indicator, Ratio ratio) {
        if (isNegativeCount(indicator, ratio)
                || indicator.unit() == Unit.PERCENT && ratio.numerator().compareTo(ratio.denominator()) > 0) {
            return result;
        }
        Rate rate = Rate.of(indicator, ratio.numerator().longValueExact(), ratio.denominator().doubleValue());
        try {
            rate.interval().ifPresent(result::interval);
        } catch (IllegalArgumentException | ArithmeticException e) {
            // Counts near 2^63 are beyond the interval methods: an end can exceed double's range
            // (SRB's 100·p/(1−p) at a p rounded to 1), or the exact Poisson quantile of such a
            // count fails to converge. Such a result has no interval rather than a false one.
            return result;
        }
        return result;
    }
}
