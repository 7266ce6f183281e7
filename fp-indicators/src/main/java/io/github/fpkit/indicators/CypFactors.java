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

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The conversion factors of couple-years of protection (CYP, 对年): how much protection
 * each procedure and each distributed unit of a commodity counts for. The CYP indicators
 * ({@link Indicator#CYP} and the others of {@link Formula.Kind#COUPLE_YEARS}) multiply the
 * procedures of P by their factor and divide the quantities distributed in P by theirs,
 * so their values depend on this table; the result records do not say which table they
 * used (docs/INDICATORS.md, section 6.5).
 *
 * <p>{@link #standard()} holds USAID's published factors (updated August 2021) as they
 * apply to China's register, which tells neither IUD kinds nor implant durations apart:
 * <ul>
 *   <li>IUD insertion 4.6 CYP: the Copper-T 380-A factor, China's IUDs being mostly copper
 *       (USAID gives 4.8 for the hormonal LNG-IUS);</li>
 *   <li>implant insertion 3.2 CYP: the 4-year implant (Sino-implant (II), the two-rod
 *       levonorgestrel implant made in China); USAID gives 2.5 for 3-year and 3.8 for 5-year
 *       implants;</li>
 *   <li>female and male sterilisation 10.3 CYP each: USAID's factor for the Asian countries it does
 *       not list separately, China among them (10 globally);</li>
 *   <li>15 cycles of oral pills, 4 doses of injectable (Depo-Provera, every three months)
 *       and 120 condoms per CYP.</li>
 * </ul>
 *
 * <pre>{@code
 * CypFactors global = CypFactors.builder().sterilization(10).build();
 * CypFactors.standard().value(CypFactors.Factor.IMPLANT_INSERTION);   // 3.2
 * IndicatorCalculator.builder().cypFactors(global).build();
 * }</pre>
 *
 * <p>Immutable, serializable and thread-safe.
 */
public final class CypFactors implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final CypFactors STANDARD = new Builder().build();

    /**
     * A factor of the table: a procedure with its CYP per procedure, or a distributed
     * commodity with its units per CYP. The constants' order is the order in which a CYP
     * value adds its terms.
     */
    public enum Factor {
        /** An IUD insertion ({@code iud_insertion}): CYP per insertion, default 4.6. */
        IUD_INSERTION("iud", Count.PROC_IUD_INSERTION, true, 4.6),
        /** A female sterilisation: CYP per sterilisation, default 10.3. */
        FEMALE_STERILIZATION("female_sterilization", Count.PROC_FEMALE_STERILIZATION, true, 10.3),
        /** A male sterilisation: CYP per sterilisation, default 10.3. */
        MALE_STERILIZATION("male_sterilization", Count.PROC_MALE_STERILIZATION, true, 10.3),
        /** An implant insertion: CYP per insertion, default 3.2 (a 4-year implant). */
        IMPLANT_INSERTION("implant", Count.PROC_IMPLANT_INSERTION, true, 3.2),
        /** Cycles of oral pills distributed: cycles per CYP, default 15. */
        ORAL_PILL("oral_pill", Count.DISTRIBUTED_ORAL_PILL, false, 15),
        /** Condoms distributed: condoms per CYP, default 120. */
        CONDOM("condom", Count.DISTRIBUTED_CONDOM, false, 120),
        /** Doses of injectable distributed: doses per CYP, default 4 (Depo-Provera, every three months). */
        INJECTABLE("injectable", Count.DISTRIBUTED_INJECTABLE, false, 4);

        private final String code;
        private final Count count;
        private final boolean perUnit;
        private final double standard;

        Factor(String code, Count count, boolean perUnit, double standard) {
            this.code = code;
            this.count = count;
            this.perUnit = perUnit;
            this.standard = standard;
        }

        /** @return the code, as {@code fp indicators --cyp-factor} takes it: {@code iud}, {@code implant}, {@code oral_pill}, … */
        public String code() {
            return code;
        }

        /** @return the count the factor converts: procedures or distributed units in P */
        public Count count() {
            return count;
        }

        /**
         * @return true if the factor is CYP per unit (a procedure: the count is multiplied by
         *         it), false if it is units per CYP (a commodity: the count is divided by it)
         */
        public boolean isPerUnit() {
            return perUnit;
        }

        /** @return the factor of {@link CypFactors#standard()} */
        public double standardValue() {
            return standard;
        }

        /**
         * @param code a factor's code, case-insensitive, surrounding whitespace ignored, not null
         * @return the factor
         * @throws IllegalArgumentException if no factor has that code
         */
        public static Factor parse(CharSequence code) {
            String c = code.toString().strip().toLowerCase(Locale.ROOT);
            for (Factor f : values()) {
                if (f.code.equals(c)) {
                    return f;
                }
            }
            StringJoiner known = new StringJoiner(", ");
            for (Factor f : values()) {
                known.add(f.code);
            }
            throw new IllegalArgumentException("unknown CYP factor '" + code + "': the factors are " + known);
        }
    }

    private final EnumMap<Factor, Double> values;

    private CypFactors(EnumMap<Factor, Double> values) {
        this.values = values;
    }

    /** @return the default table: USAID's factors as they apply to China (the class comment) */
    public static CypFactors standard() {
        return STANDARD;
    }

    /** @return a builder, starting from {@link #standard()} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param factor a factor, not null
     * @return its value: CYP per procedure, or units per CYP
     */
    public double value(Factor factor) {
        return values.get(Objects.requireNonNull(factor, "factor"));
    }

    /** @return true if every factor is the standard one */
    public boolean isStandard() {
        return equals(STANDARD);
    }

    /**
     * The couple-years of protection of some counts of a tally: each count of a factor
     * multiplied (procedures) or divided (commodities) by it, added in {@link Factor} order.
     *
     * @param counts the counts to convert, not null; counts without a factor are ignored
     * @param tally the tally they are read from, not null
     * @return the couple-years, 0 or more
     */
    double coupleYears(Set<Count> counts, AreaTally tally) {
        double cyp = 0;
        for (Factor f : Factor.values()) {
            if (counts.contains(f.count)) {
                long n = tally.count(f.count);
                cyp += f.perUnit ? n * values.get(f) : n / values.get(f);
            }
        }
        return cyp;
    }

    /** @return a copy whose builder starts from these factors */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CypFactors && values.equals(((CypFactors) o).values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** @return every factor by its code, for example {@code "iud=4.6, female_sterilization=10.3, …"} */
    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ");
        values.forEach((f, v) -> s.add(f.code + "=" + format(v)));
        return s.toString();
    }

    /** @return the factors that differ from {@link #standard()}, written as {@link #toString()} writes them; empty if none */
    public String differences() {
        StringJoiner s = new StringJoiner(", ");
        values.forEach((f, v) -> {
            if (v != f.standard) {
                s.add(f.code + "=" + format(v));
            }
        });
        return s.toString();
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Sets factors of a {@link CypFactors}, starting from the standard ones; not thread-safe. */
    public static final class Builder {
        private final EnumMap<Factor, Double> values = new EnumMap<>(Factor.class);

        private Builder() {
            for (Factor f : Factor.values()) {
                values.put(f, f.standard);
            }
        }

        /**
         * @param factor the factor, not null
         * @param value CYP per procedure, or units per CYP; finite and above 0
         * @return this builder
         * @throws IllegalArgumentException if the value is not finite or not above 0
         */
        public Builder set(Factor factor, double value) {
            Objects.requireNonNull(factor, "factor");
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("CYP factor " + factor.code + " must be a finite number above 0: " + value);
            }
            values.put(factor, value);
            return this;
        }

        /**
         * @param factors factors by code ({@link Factor#parse}), not null
         * @return this builder, with each of them set
         * @throws IllegalArgumentException if a code is unknown or a value not finite and above 0
         */
        public Builder set(Map<String, Double> factors) {
            Objects.requireNonNull(factors, "factors");
            factors.forEach((code, value) -> set(Factor.parse(code), Objects.requireNonNull(value, "value")));
            return this;
        }

        /** @param cyp CYP per IUD inserted, finite and above 0 (default 4.6) @return this builder */
        public Builder iudInsertion(double cyp) {
            return set(Factor.IUD_INSERTION, cyp);
        }

        /** @param cyp CYP per implant inserted, finite and above 0 (default 3.2) @return this builder */
        public Builder implantInsertion(double cyp) {
            return set(Factor.IMPLANT_INSERTION, cyp);
        }

        /** @param cyp CYP per female sterilisation, finite and above 0 (default 10.3) @return this builder */
        public Builder femaleSterilization(double cyp) {
            return set(Factor.FEMALE_STERILIZATION, cyp);
        }

        /** @param cyp CYP per male sterilisation, finite and above 0 (default 10.3) @return this builder */
        public Builder maleSterilization(double cyp) {
            return set(Factor.MALE_STERILIZATION, cyp);
        }

        /**
         * @param cyp CYP per sterilisation, female and male, finite and above 0 (default 10.3; 10 is USAID's global factor)
         * @return this builder
         */
        public Builder sterilization(double cyp) {
            return femaleSterilization(cyp).maleSterilization(cyp);
        }

        /** @param cycles cycles of oral pills per CYP, finite and above 0 (default 15) @return this builder */
        public Builder oralPillCyclesPerCyp(double cycles) {
            return set(Factor.ORAL_PILL, cycles);
        }

        /** @param doses doses of injectable per CYP, finite and above 0 (default 4) @return this builder */
        public Builder injectableDosesPerCyp(double doses) {
            return set(Factor.INJECTABLE, doses);
        }

        /** @param condoms condoms per CYP, finite and above 0 (default 120) @return this builder */
        public Builder condomsPerCyp(double condoms) {
            return set(Factor.CONDOM, condoms);
        }

        /** @return the factors */
        public CypFactors build() {
            return new CypFactors(new EnumMap<>(values));
        }
    }
}
