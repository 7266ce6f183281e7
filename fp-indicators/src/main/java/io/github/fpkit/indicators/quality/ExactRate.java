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

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Formula;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.AgeGroup;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A register's rate as an exact fraction, value = numerator × the unit's multiplier /
 * denominator, so that a stated rate can be checked against it by the audit's exact rule
 * ({@link io.github.fpkit.indicators.report.StatedRate#admits(BigDecimal, BigDecimal)}) and
 * a report can state it rounded exactly. Woman-years are days / 365.25, so a rate per
 * woman-year is births × 365.25 / days; a total fertility rate (TFR, TFR_k) = 5 × 365.25 ×
 * Σ b_g / d_g over a common denominator, the product of the seven groups' days; MAC is
 * Σ mid_g × b_g / d_g over Σ b_g / d_g on the same denominator; the mean age at first birth
 * is the mothers' days over first births × 365.25.
 */
final class ExactRate {
    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");
    private static final BigDecimal YEARS_PER_GROUP = BigDecimal.valueOf(5);
    private static final BigDecimal HALF_GROUP = new BigDecimal("2.5");

    private final BigDecimal numerator;
    private final BigDecimal denominator;

    private ExactRate(BigDecimal numerator, BigDecimal denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * @return the indicator's rate in the tally; empty for a count, and for a crude rate when
     *         the population is unknown; a rate whose denominator is 0 is {@linkplain #isDefined() undefined}
     */
    static Optional<ExactRate> of(Indicator indicator, AreaTally tally) {
        Formula f = indicator.formula();
        switch (f.kind()) {
            case RATIO:
                return Optional.of(new ExactRate(sum(f.numerator().orElseThrow().evaluate(tally::count)),
                        sum(f.denominator().orElseThrow().evaluate(tally::count))));
            case PER_POPULATION:
                return tally.population().map(p -> new ExactRate(sum(f.numerator().orElseThrow().evaluate(tally::count)), p));
            case PER_WOMAN_YEAR:
                return Optional.of(perWomanYear(f, tally));
            case TOTAL_FERTILITY:
                return Optional.of(totalFertility(f, tally));
            case MEAN_CHILDBEARING_AGE:
                return Optional.of(meanChildbearingAge(f, tally));
            case MEAN_AGE:
                return Optional.of(new ExactRate(sum(f.numerator().orElseThrow().evaluate(tally::count)),
                        sum(f.denominator().orElseThrow().evaluate(tally::count)).multiply(DAYS_PER_YEAR)));
            case COUNT:
            case COUPLE_YEARS:
            default:
                return Optional.empty();
        }
    }

    private static ExactRate perWomanYear(Formula f, AreaTally tally) {
        return new ExactRate(sum(f.numerator().orElseThrow().evaluate(tally::count)).multiply(DAYS_PER_YEAR),
                sum(f.denominator().orElseThrow().evaluate(tally::count)));
    }

    private static ExactRate totalFertility(Formula f, AreaTally tally) {
        BigDecimal[] terms = scheduleTerms(f, tally);
        if (terms == null) {
            return new ExactRate(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal numerator = BigDecimal.ZERO;
        for (int g = 0; g < terms.length - 1; g++) {
            numerator = numerator.add(terms[g]);
        }
        return new ExactRate(numerator.multiply(YEARS_PER_GROUP), terms[terms.length - 1]);
    }

    /** MAC = Σ mid_g × ASFR_g / Σ ASFR_g: over the common denominator both sums are exact, and it cancels. */
    private static ExactRate meanChildbearingAge(Formula f, AreaTally tally) {
        BigDecimal[] terms = scheduleTerms(f, tally);
        if (terms == null) {
            return new ExactRate(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        AgeGroup[] groups = AgeGroup.values();
        for (int g = 0; g < groups.length; g++) {
            weighted = weighted.add(terms[g].multiply(BigDecimal.valueOf(groups[g].lower()).add(HALF_GROUP)));
            sum = sum.add(terms[g]);
        }
        return new ExactRate(weighted, sum);
    }

    /**
     * @return the seven ASFRs' numerators over their common denominator, the product of the
     *         seven groups' days, followed by that product; null if a group has no days
     */
    private static BigDecimal[] scheduleTerms(Formula f, AreaTally tally) {
        List<Formula> rates = f.ageSpecificRates();
        ExactRate[] asfr = new ExactRate[rates.size()];
        BigDecimal product = BigDecimal.ONE;
        for (int g = 0; g < asfr.length; g++) {
            asfr[g] = perWomanYear(rates.get(g), tally);
            product = product.multiply(asfr[g].denominator);
        }
        if (product.signum() == 0) {
            return null;
        }
        BigDecimal[] terms = new BigDecimal[asfr.length + 1];
        for (int g = 0; g < asfr.length; g++) {
            // b_g × 365.25 / d_g = b_g × 365.25 × (product / d_g) / product, and product / d_g is exact
            terms[g] = asfr[g].numerator.multiply(product.divide(asfr[g].denominator));
        }
        terms[asfr.length] = product;
        return terms;
    }

    private static BigDecimal sum(long value) {
        return BigDecimal.valueOf(value);
    }

    /** @return the numerator, exact */
    BigDecimal numerator() {
        return numerator;
    }

    /** @return the denominator, exact, 0 or more */
    BigDecimal denominator() {
        return denominator;
    }

    /** @return true if the denominator is more than 0 */
    boolean isDefined() {
        return denominator.signum() > 0;
    }

    /** @return the value in the unit rounded half-up to the decimals; only for a defined rate */
    BigDecimal value(Unit unit, int decimals) {
        return scaled(unit).divide(denominator, decimals, RoundingMode.HALF_UP);
    }

    /** @return the value in the unit, to 16 significant digits; only for a defined rate */
    double value(Unit unit) {
        return scaled(unit).divide(denominator, MathContext.DECIMAL64).doubleValue();
    }

    private BigDecimal scaled(Unit unit) {
        return numerator.multiply(BigDecimal.valueOf((long) unit.multiplier()));
    }

    /** @return {@code numerator / denominator} */
    @Override
    public String toString() {
        return numerator.toPlainString() + " / " + denominator.toPlainString();
    }
}
