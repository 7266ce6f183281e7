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

import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an indicator's value follows from the counts of a tally: the one definition every
 * engine, the results and the aggregate-report indicators read. There are nine kinds:
 *
 * <ul>
 *   <li>{@link Kind#COUNT}: the value is a count;</li>
 *   <li>{@link Kind#RATIO}: numerator / denominator, both sums of counts (shares, SRB);</li>
 *   <li>{@link Kind#PER_POPULATION}: numerator / the average population (CBR, CDR, NIR);</li>
 *   <li>{@link Kind#PER_WOMAN_YEAR}: births / (woman-days / 365.25) (GFR, ASFR);</li>
 *   <li>{@link Kind#TOTAL_FERTILITY}: 5 × Σ ASFR / 1000 over seven age-specific rates (TFR,
 *       and TFR by birth order over the ASFRs of the order);</li>
 *   <li>{@link Kind#MEAN_CHILDBEARING_AGE}: Σ (mid-age × ASFR) / Σ ASFR over seven
 *       age-specific rates (MAC);</li>
 *   <li>{@link Kind#MEAN_AGE}: a sum of ages in days over the number of persons, in years
 *       (the mean age at first birth);</li>
 *   <li>{@link Kind#COUPLE_YEARS}: procedures and distributed quantities converted into
 *       couple-years of protection by a {@link CypFactors} table (CYP);</li>
 *   <li>{@link Kind#CUMULATIVE_INCIDENCE}: the 12-month cumulative incidence of a cause of
 *       exit from a {@link LifeTable} by month of use (discontinuation, failure).</li>
 * </ul>
 *
 * <p>The value of the first four kinds is multiplied by the indicator's
 * {@link Unit#multiplier()}; the last five give their value in their unit (children per
 * woman, years, couple-years, %) and have no numerator or denominator of their own in a result.
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
        /** A total fertility rate from seven age-specific rates: 5 × Σ ASFR / 1000. */
        TOTAL_FERTILITY,
        /** The mean age of a fertility schedule from seven age-specific rates: Σ (mid-age × ASFR) / Σ ASFR. */
        MEAN_CHILDBEARING_AGE,
        /** A mean age in years: a sum of ages in days / a number of persons / 365.25. */
        MEAN_AGE,
        /** Couple-years of protection: each count times (procedures) or over (commodities) its {@link CypFactors} factor, added. */
        COUPLE_YEARS,
        /** The 12-month cumulative incidence of a cause of exit from a {@link LifeTable}, in %. */
        CUMULATIVE_INCIDENCE
    }

    private final Kind kind;
    private final CountSum numerator;
    private final CountSum denominator;
    private final List<Formula> ageSpecificRates;
    private final LifeTable lifeTable;

    private Formula(Kind kind, CountSum numerator, CountSum denominator) {
        this(kind, numerator, denominator, List.of(), null);
    }

    private Formula(Kind kind, CountSum numerator, CountSum denominator, List<Formula> ageSpecificRates, LifeTable lifeTable) {
        this.kind = kind;
        this.numerator = numerator;
        this.denominator = denominator;
        this.ageSpecificRates = ageSpecificRates;
        this.lifeTable = lifeTable;
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

    /**
     * A total fertility rate, for example TFR over the seven ASFRs or TFR_1 over the seven
     * ASFRs of first births.
     *
     * @param ageSpecificRates the seven age-specific rates in age order 15–19 … 45–49, each a
     *        {@link #perWomanYear} formula over one age group's woman-days, not null
     * @return 5 × Σ ASFR / 1000 over them
     * @throws IllegalArgumentException if there are not seven rates per woman-year
     */
    public static Formula totalFertility(List<Formula> ageSpecificRates) {
        return new Formula(Kind.TOTAL_FERTILITY, null, null, schedule(ageSpecificRates), null);
    }

    /**
     * The mean age at childbearing of a fertility schedule, each age group weighted by its
     * rate and taken at its middle (17.5, 22.5, … 47.5 years).
     *
     * @param ageSpecificRates the seven age-specific rates in age order, as for {@link #totalFertility}, not null
     * @return Σ (mid-age × ASFR) / Σ ASFR over them, in years
     * @throws IllegalArgumentException if there are not seven rates per woman-year
     */
    public static Formula meanChildbearingAge(List<Formula> ageSpecificRates) {
        return new Formula(Kind.MEAN_CHILDBEARING_AGE, null, null, schedule(ageSpecificRates), null);
    }

    /**
     * @param days the ages summed, in days, not null
     * @param persons the number of persons whose ages are summed, not null
     * @return days / persons / 365.25, a mean age in years
     */
    public static Formula meanAge(CountSum days, CountSum persons) {
        return new Formula(Kind.MEAN_AGE, Objects.requireNonNull(days, "days"), Objects.requireNonNull(persons, "persons"));
    }

    /**
     * Couple-years of protection, for example CYP over every procedure and commodity that
     * has a factor, or CYP_IUD over the IUD insertions alone.
     *
     * @param counts the counts converted, each the {@link CypFactors.Factor#count()} of a factor, not null
     * @return Σ count × factor (procedures) + Σ count / factor (commodities), in couple-years,
     *         over the factors of the table the results are computed with
     * @throws IllegalArgumentException if a count has no factor, or a term is subtracted
     */
    public static Formula coupleYears(CountSum counts) {
        Objects.requireNonNull(counts, "counts");
        for (CountSum.Term t : counts.terms()) {
            boolean factored = t.count().isPresent()
                    && java.util.Arrays.stream(CypFactors.Factor.values()).anyMatch(f -> f.count() == t.count().get());
            if (!factored || t.sign() < 0) {
                throw new IllegalArgumentException("couple-years add counts that have a CYP factor, not " + t);
            }
        }
        return new Formula(Kind.COUPLE_YEARS, counts, null);
    }

    /**
     * The 12-month cumulative incidence of a life table's cause, for example the
     * discontinuation of the IUD (every cause) or its failure.
     *
     * @param table the life table, not null
     * @return Σ S(k−1) · c_k / n_k over the months of use 1 to 12, in %
     */
    public static Formula cumulativeIncidence(LifeTable table) {
        return new Formula(Kind.CUMULATIVE_INCIDENCE, null, null, List.of(), Objects.requireNonNull(table, "table"));
    }

    private static List<Formula> schedule(List<Formula> ageSpecificRates) {
        List<Formula> rates = List.copyOf(Objects.requireNonNull(ageSpecificRates, "ageSpecificRates"));
        if (rates.size() != AgeGroup.values().length || rates.stream().anyMatch(r -> r.kind != Kind.PER_WOMAN_YEAR)) {
            throw new IllegalArgumentException("a fertility schedule is " + AgeGroup.values().length
                    + " age-specific rates per woman-year, not " + rates);
        }
        return rates;
    }

    /** @return the kind of formula */
    public Kind kind() {
        return kind;
    }

    /**
     * @return the numerator (the count itself for a count; the days for a mean age; the
     *         counts converted for couple-years); empty for the kinds over a fertility schedule
     */
    public Optional<CountSum> numerator() {
        return Optional.ofNullable(numerator);
    }

    /**
     * @return the denominator when it is a sum of counts (ratios, woman-years, the persons
     *         of a mean age); else empty
     */
    public Optional<CountSum> denominator() {
        return Optional.ofNullable(denominator);
    }

    /**
     * @return the seven age-specific rates of a {@link Kind#TOTAL_FERTILITY} or
     *         {@link Kind#MEAN_CHILDBEARING_AGE} formula, in age order; empty for the other
     *         kinds; unmodifiable
     */
    public List<Formula> ageSpecificRates() {
        return ageSpecificRates;
    }

    /** @return the life table of a {@link Kind#CUMULATIVE_INCIDENCE} formula; empty for the other kinds */
    public Optional<LifeTable> lifeTable() {
        return Optional.ofNullable(lifeTable);
    }

    /** @return the register tables the formula is read from, always including {@code women}; unmodifiable */
    public Set<RegisterTable> tables() {
        Set<RegisterTable> tables = EnumSet.of(RegisterTable.WOMEN);
        ageSpecificRates.forEach(r -> tables.addAll(r.tables()));
        if (kind == Kind.PER_POPULATION) {
            tables.add(RegisterTable.POPULATION);
        }
        if (lifeTable != null) {
            lifeTable.counts().forEach(c -> tables.addAll(c.tables()));
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
        return kind == other.kind && Objects.equals(numerator, other.numerator) && Objects.equals(denominator, other.denominator)
                && ageSpecificRates.equals(other.ageSpecificRates) && Objects.equals(lifeTable, other.lifeTable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, numerator, denominator, ageSpecificRates, lifeTable);
    }

    /** @return for example {@code "MALE_BIRTHS / FEMALE_BIRTHS"} */
    @Override
    public String toString() {
        return switch (kind) {
            case COUNT -> numerator.toString();
            case RATIO -> "(" + numerator + ") / (" + denominator + ")";
            case PER_POPULATION -> "(" + numerator + ") / average population";
            case PER_WOMAN_YEAR -> "(" + numerator + ") / ((" + denominator + ") / 365.25)";
            case TOTAL_FERTILITY -> "5 × Σ ASFR / 1000 over " + scheduleText();
            case MEAN_CHILDBEARING_AGE -> "Σ (mid-age × ASFR) / Σ ASFR over " + scheduleText();
            case MEAN_AGE -> "(" + numerator + ") / (" + denominator + ") / 365.25";
            case COUPLE_YEARS -> "couple-years of (" + numerator + ")";
            case CUMULATIVE_INCIDENCE -> "12-month cumulative incidence of " + lifeTable;
        };
    }

    /** @return for example {@code "BIRTHS_AGE_15_19 … BIRTHS_AGE_45_49"} */
    private String scheduleText() {
        return ageSpecificRates.get(0).numerator + " … " + ageSpecificRates.get(ageSpecificRates.size() - 1).numerator;
    }
}
