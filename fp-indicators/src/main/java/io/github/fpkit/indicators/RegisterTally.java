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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a register contributes to the indicators of one period, as a plain
 * mergeable value with no reference to any index: the {@link AreaTally tallies} of the
 * areas as coded in the records (usually villages), the population rows of the period,
 * the names of {@code areas.csv}, every area code seen, and per table the records that no
 * woman of the register claims. {@link #empty(ReportingPeriod)} is the identity of
 * {@link #merge(RegisterTally)}, which is associative and commutative, so the tally of a
 * register is the merge of the tallies of any partition of its records — computed on
 * threads, processes or the nodes of a distributed engine.
 *
 * <p>A register tally is made by the single-machine engine ({@link IndicatorCalculator#tally})
 * or from the record cards of {@link Contributions}; {@link IndicatorCalculator#results}
 * turns it into result records, and {@link #tallies(AreaLevel)} rolls it up
 * village → township → county.
 *
 * <pre>{@code
 * RegisterTally part1 = IndicatorCalculator.tally(source1, period);
 * RegisterTally part2 = RegisterTally.fromBytes(bytesFromAnotherProcess);
 * ComputedIndicators results = IndicatorCalculator.standard()
 *         .results(part1.merge(part2), EnumSet.allOf(RegisterTable.class));
 * }</pre>
 *
 * <p>Compact form ({@link #toBytes()}): the version byte, the period as a text, then the
 * area tallies (a count, then per area its code as a number and its tally), the
 * populations (a count, then code and decimal), the names (a count, then code and text),
 * the areas seen (a count, then codes) and the unattributed records (a count, then the
 * table's code as a text and a number); see {@code TallyBytes} for numbers, texts,
 * decimals and tallies. Maps are written in code order, so equal tallies have equal bytes.
 * Serializable through that form. Immutable and thread-safe.
 */
public final class RegisterTally implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ReportingPeriod period;
    private final NavigableMap<AreaCode, AreaTally> areas;
    private final NavigableMap<AreaCode, BigDecimal> populations;
    private final NavigableMap<AreaCode, String> names;
    private final NavigableSet<AreaCode> knownAreas;
    private final Map<RegisterTable, Long> unattributed;

    private RegisterTally(Builder b) {
        this.period = b.period;
        this.areas = Collections.unmodifiableNavigableMap(new TreeMap<>(b.areas));
        this.populations = Collections.unmodifiableNavigableMap(new TreeMap<>(b.populations));
        this.names = Collections.unmodifiableNavigableMap(new TreeMap<>(b.names));
        this.knownAreas = Collections.unmodifiableNavigableSet(new TreeSet<>(b.knownAreas));
        this.unattributed = Collections.unmodifiableMap(new EnumMap<>(b.unattributed));
    }

    /**
     * @param period the period, not null
     * @return the tally of no record, the identity of {@link #merge(RegisterTally)}
     */
    public static RegisterTally empty(ReportingPeriod period) {
        return builder(period).build();
    }

    /**
     * @param period the period, not null
     * @return a builder of a tally of that period, empty at first
     */
    public static Builder builder(ReportingPeriod period) {
        return new Builder(Objects.requireNonNull(period, "period"));
    }

    /** @return the reporting period, not null */
    public ReportingPeriod period() {
        return period;
    }

    /** @return the tallies of the areas exactly as coded in the records, without population, by code; no tally is empty; unmodifiable */
    public NavigableMap<AreaCode, AreaTally> areaTallies() {
        return areas;
    }

    /** @return the average populations of the population rows of this period (rows of one area added), by code; unmodifiable */
    public NavigableMap<AreaCode, BigDecimal> populations() {
        return populations;
    }

    /** @return the names of {@code areas.csv} (the first in code-point order where an area has several), by code; unmodifiable */
    public NavigableMap<AreaCode, String> areaNames() {
        return names;
    }

    /** @return every area code seen in any record of any table (not their ancestors); unmodifiable */
    public NavigableSet<AreaCode> knownAreas() {
        return knownAreas;
    }

    /**
     * @return per table, the records whose woman ({@code mother_id} or {@code woman_id}) is
     *         not in {@code women.csv}, which no indicator counts; only tables with such
     *         records; unmodifiable
     */
    public Map<RegisterTable, Long> unattributedRecords() {
        return unattributed;
    }

    /**
     * @param other a tally of the same period, not null
     * @return the tally of the records of both; this and {@code other} are unchanged
     * @throws IllegalArgumentException if the periods differ
     * @throws ArithmeticException if a count overflows a long
     */
    public RegisterTally merge(RegisterTally other) {
        Objects.requireNonNull(other, "other");
        if (!other.period.equals(period)) {
            throw new IllegalArgumentException("cannot merge a tally of " + other.period + " into one of " + period);
        }
        return builder(period).add(this).add(other).build();
    }

    /**
     * The tallies of every area at a level: a village's own; a township's the merge of its
     * villages' (and of records coded at the township itself); a county's the merge of its
     * townships'. An area's own population row (for this period) gives its population;
     * otherwise it is the sum of its children's populations, and unknown unless every
     * child's is known. The areas at a level are those of every code seen, with their
     * ancestors. A village coded directly under its county skips the township level.
     *
     * @param level the level, not null
     * @return a tally per area of that level, by code; unmodifiable
     */
    public Map<AreaCode, AreaTally> tallies(AreaLevel level) {
        Objects.requireNonNull(level, "level");
        Set<AreaCode> known = new HashSet<>(knownAreas);
        known.addAll(areas.keySet());
        return AreaRollUp.toLevel(areas, populations, known, level);
    }

    /** @return the compact form described in the class documentation, readable by {@link #fromBytes(byte[])} */
    public byte[] toBytes() {
        TallyBytes.Writer w = new TallyBytes.Writer();
        w.text(period.toString());
        w.number(areas.size());
        areas.forEach((code, tally) -> {
            w.number(code.toNumber());
            w.tally(tally);
        });
        w.number(populations.size());
        populations.forEach((code, population) -> {
            w.number(code.toNumber());
            w.decimal(population);
        });
        w.number(names.size());
        names.forEach((code, name) -> {
            w.number(code.toNumber());
            w.text(name);
        });
        w.number(knownAreas.size());
        knownAreas.forEach(code -> w.number(code.toNumber()));
        w.number(unattributed.size());
        unattributed.forEach((table, n) -> {
            w.text(table.code());
            w.number(n);
        });
        return w.toByteArray();
    }

    /**
     * @param bytes a compact form of {@link #toBytes()}, not null
     * @return the tally
     * @throws IllegalArgumentException if the bytes are not a compact form of a register tally
     */
    public static RegisterTally fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            TallyBytes.Reader r = new TallyBytes.Reader(bytes);
            Builder b = builder(ReportingPeriod.parse(r.text()));
            for (int i = r.items(); i > 0; i--) {
                b.add(AreaCode.ofNumber(r.number()), r.tally());
            }
            for (int i = r.items(); i > 0; i--) {
                b.population(AreaCode.ofNumber(r.number()), r.decimal());
            }
            for (int i = r.items(); i > 0; i--) {
                b.name(AreaCode.ofNumber(r.number()), r.text());
            }
            for (int i = r.items(); i > 0; i--) {
                b.area(AreaCode.ofNumber(r.number()));
            }
            for (int i = r.items(); i > 0; i--) {
                b.unattributed(table(r.text()), r.number());
            }
            r.end();
            return b.build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a register tally: " + e.getMessage(), e);
        }
    }

    private static RegisterTable table(String code) {
        for (RegisterTable t : RegisterTable.values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown table '" + code + "'");
    }

    private Object writeReplace() {
        return new TallyBytes.SerialForm(toBytes(), true);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("a RegisterTally is serialised through its compact form");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RegisterTally)) {
            return false;
        }
        RegisterTally other = (RegisterTally) o;
        return period.equals(other.period) && areas.equals(other.areas) && populations.equals(other.populations)
                && names.equals(other.names) && knownAreas.equals(other.knownAreas) && unattributed.equals(other.unattributed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, areas, populations, names, knownAreas, unattributed);
    }

    /** @return the period and the sizes, for debugging */
    @Override
    public String toString() {
        return "RegisterTally{period=" + period + ", areas=" + areas.size() + ", populations=" + populations.size()
                + ", names=" + names.size() + ", knownAreas=" + knownAreas.size() + ", unattributed=" + unattributed + "}";
    }

    /** Builds a {@link RegisterTally} by adding contributions in any order; not thread-safe. */
    public static final class Builder {
        private final ReportingPeriod period;
        private final Map<AreaCode, AreaTally> areas = new TreeMap<>();
        private final Map<AreaCode, BigDecimal> populations = new TreeMap<>();
        private final Map<AreaCode, String> names = new TreeMap<>();
        private final Set<AreaCode> knownAreas = new TreeSet<>();
        private final Map<RegisterTable, Long> unattributed = new EnumMap<>(RegisterTable.class);

        private Builder(ReportingPeriod period) {
            this.period = period;
        }

        /**
         * Adds counts to an area's tally; the area is seen. The tally's population is
         * ignored: populations come from {@link #population}.
         *
         * @param area the area as coded in the records, not null
         * @param tally the counts to add, not null
         * @return this builder
         */
        public Builder add(AreaCode area, AreaTally tally) {
            Objects.requireNonNull(tally, "tally");
            area(area);
            AreaTally counts = tally.withoutPopulation();
            if (!counts.isEmpty()) {
                areas.merge(area, counts, AreaTally::merge);
            }
            return this;
        }

        /**
         * Adds everything of another tally of the same period, as {@link RegisterTally#merge} does.
         *
         * @param tally a tally of this builder's period, not null
         * @return this builder
         * @throws IllegalArgumentException if the periods differ
         */
        public Builder add(RegisterTally tally) {
            if (!tally.period.equals(period)) {
                throw new IllegalArgumentException("cannot merge a tally of " + tally.period + " into one of " + period);
            }
            tally.areas.forEach(this::add);
            tally.populations.forEach(this::population);
            tally.names.forEach(this::name);
            tally.knownAreas.forEach(this::area);
            tally.unattributed.forEach(this::unattributed);
            return this;
        }

        /**
         * @param area an area with a population row of this period, not null
         * @param averagePopulation the row's average population, 0 or more, not null; rows of one area are added
         * @return this builder
         */
        public Builder population(AreaCode area, BigDecimal averagePopulation) {
            Objects.requireNonNull(averagePopulation, "averagePopulation");
            if (averagePopulation.signum() < 0) {
                throw new IllegalArgumentException("average population of " + area + " must be 0 or more: " + averagePopulation);
            }
            area(area);
            populations.merge(area, averagePopulation, BigDecimal::add);
            return this;
        }

        /**
         * @param area an area of {@code areas.csv}, not null
         * @param name its name, not null; of several names the first in code-point order is kept,
         *        so that the result does not depend on the order of the records
         * @return this builder
         */
        public Builder name(AreaCode area, String name) {
            Objects.requireNonNull(name, "name");
            area(area);
            names.merge(area, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            return this;
        }

        /**
         * @param area an area code seen in a record, not null
         * @return this builder
         */
        public Builder area(AreaCode area) {
            knownAreas.add(Objects.requireNonNull(area, "area"));
            return this;
        }

        /**
         * @param table the table of the records, not null
         * @param records how many records of it no woman claims, 0 or more
         * @return this builder
         */
        public Builder unattributed(RegisterTable table, long records) {
            Objects.requireNonNull(table, "table");
            if (records < 0) {
                throw new IllegalArgumentException("unattributed records must be 0 or more: " + records);
            }
            if (records > 0) {
                unattributed.merge(table, records, Math::addExact);
            }
            return this;
        }

        /** @return the tally */
        public RegisterTally build() {
            return new RegisterTally(this);
        }
    }
}
