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
package io.github.fpkit.indicators;

import io.github.fpkit.model.register.RegisterTable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an indicator's value follows from the counts of a tally: the one definition every
 * engine, the results and the aggregate-report indicators read. There are five kinds:
 *
 * <ul>
 *   <li>{@link Kind#COUNT}: the value is a count;</li>
 *   <li>{@link Kind#RATIO}: numerator / denominator, both sums of counts (shares, SRB);</li>
 *   <li>{@link Kind#PER_POPULATION}: numerator / the average population (CBR, CDR, NIR);</li>
 *   <li>{@link Kind#PER_WOMAN_YEAR}: births / (woman-days / 365.25) (GFR, ASFR);</li>
 *   <li>{@link Kind#TOTAL_FERTILITY}: 5 × Σ ASFR / 1000 (TFR).</li>
 * </ul>
 *
 * <p>The value is multiplied by the indicator's {@link Unit#multiplier()}.
 *
 * <pre>{@code
 * Formula srb = Formula.ratio(CountSum.of(Count.MALE_BIRTHS), CountSum.of(Count.FEMALE_BIRTHS));
 * srb.tables();   // [women, births]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Formula {
    /** Days in a woman-year. */
    public static final double DAYS_PER_YEAR = 365.25;

    /** The kinds of formula. */
    public enum Kind {
        /** A count. */
        COUNT,
        /** A sum of counts over another. */
        RATIO,
        /** A sum of counts over the average population. */
        PER_POPULATION,
        /** Births over woman-years, the days divided by {@link #DAYS_PER_YEAR}. */
        PER_WOMAN_YEAR,
        /** The total fertility rate from the seven age-specific rates. */
        TOTAL_FERTILITY
    }

    private final Kind kind;
    private final CountSum numerator;
    private final CountSum denominator;

    private Formula(Kind kind, CountSum numerator, CountSum denominator) {
        this.kind = kind;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * @param count the count, not null
     * @return the formula of a count indicator
     */
    public static Formula count(Count count) {
        return new Formula(Kind.COUNT, CountSum.of(count), null);
    }

    /**
     * @param numerator the numerator, not null
     * @param denominator the denominator, not null
     * @return numerator / denominator
     */
    public static Formula ratio(CountSum numerator, CountSum denominator) {
        return new Formula(Kind.RATIO, Objects.requireNonNull(numerator, "numerator"), Objects.requireNonNull(denominator, "denominator"));
    }

    /**
     * @param numerator the numerator, not null
     * @return numerator / the average population
     */
    public static Formula perPopulation(CountSum numerator) {
        return new Formula(Kind.PER_POPULATION, Objects.requireNonNull(numerator, "numerator"), null);
    }

    /**
     * @param births the births, not null
     * @param days the woman-days, not null
     * @return births / (days / 365.25)
     */
    public static Formula perWomanYear(CountSum births, CountSum days) {
        return new Formula(Kind.PER_WOMAN_YEAR, Objects.requireNonNull(births, "births"), Objects.requireNonNull(days, "days"));
    }

    /** @return 5 × Σ ASFR / 1000 over the seven age groups */
    public static Formula totalFertility() {
        return new Formula(Kind.TOTAL_FERTILITY, null, null);
    }

    /** @return the kind of formula */
    public Kind kind() {
        return kind;
    }

    /** @return the numerator (the count itself for a count); empty for TFR */
    public Optional<CountSum> numerator() {
        return Optional.ofNullable(numerator);
    }

    /** @return the denominator when it is a sum of counts (ratios and woman-years); else empty */
    public Optional<CountSum> denominator() {
        return Optional.ofNullable(denominator);
    }

    /** @return the register tables the formula is read from, always including {@code women}; unmodifiable */
    public Set<RegisterTable> tables() {
        Set<RegisterTable> tables = EnumSet.of(RegisterTable.WOMEN);
        if (kind == Kind.TOTAL_FERTILITY) {
            tables.add(RegisterTable.BIRTHS);
        }
        if (kind == Kind.PER_POPULATION) {
            tables.add(RegisterTable.POPULATION);
        }
        for (CountSum sum : new CountSum[] {numerator, denominator}) {
            if (sum != null) {
                sum.counts().forEach(c -> tables.addAll(c.tables()));
            }
        }
        return Collections.unmodifiableSet(tables);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Formula)) {
            return false;
        }
        Formula other = (Formula) o;
        return kind == other.kind && Objects.equals(numerator, other.numerator) && Objects.equals(denominator, other.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, numerator, denominator);
    }

    /** @return for example {@code "MALE_BIRTHS / FEMALE_BIRTHS"} */
    @Override
    public String toString() {
        return switch (kind) {
            case COUNT -> numerator.toString();
            case RATIO -> "(" + numerator + ") / (" + denominator + ")";
            case PER_POPULATION -> "(" + numerator + ") / average population";
            case PER_WOMAN_YEAR -> "(" + numerator + ") / ((" + denominator + ") / 365.25)";
            case TOTAL_FERTILITY -> "5 × Σ ASFR / 1000";
        };
    }
}
