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

import io.github.fpkit.indicators.engine.ParallelParts;
import io.github.fpkit.indicators.engine.RegisterPass;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * Computes indicators from a register source, configured with the confidence level, the
 * indicators and the area levels wanted. Reads each table of the source once, as a
 * stream, holding only a compact index of the women in memory, into a
 * {@link RegisterTally}, and turns that into result records.
 *
 * <pre>{@code
 * IndicatorCalculator calculator = IndicatorCalculator.builder()
 *     .confidenceLevel(0.90)
 *     .indicators(IndicatorFamily.CONTRACEPTION.indicators())
 *     .levels(EnumSet.allOf(AreaLevel.class))
 *     .build();
 * ComputedIndicators computed = calculator.compute(source, ReportingPeriod.parse("2009SY"));
 * }</pre>
 *
 * <p>An indicator whose input tables ({@link Indicator#inputTables()}) the source lacks
 * is not computed and is listed in {@link ComputedIndicators#unavailable()}. The same
 * source and period always give the same results, to the last bit, whatever the
 * {@link #parallelism() parallelism}: the tables are cut into parts read by different
 * threads into tallies that are merged. Immutable and thread-safe.
 */
public final class IndicatorCalculator {
    private static final IndicatorCalculator STANDARD = builder().build();
    /** Worker threads never keep the JVM alive. */
    private static final ThreadFactory WORKERS = r -> {
        Thread t = new Thread(r, "fpkit-indicators");
        t.setDaemon(true);
        return t;
    };

    private final double confidenceLevel;
    private final Set<Indicator> indicators;
    private final Set<AreaLevel> levels;
    private final int parallelism;
    private final CypFactors cypFactors;
    private final PolicyRules policyRules;
    private final boolean fillUnknownPolicy;

    private IndicatorCalculator(Builder b) {
        this.parallelism = b.parallelism;
        this.cypFactors = b.cypFactors;
        this.policyRules = b.policyRules;
        this.fillUnknownPolicy = b.fillUnknownPolicy;
        this.confidenceLevel = b.confidenceLevel;
        this.indicators = Collections.unmodifiableSet(EnumSet.copyOf(b.indicators));
        this.levels = Collections.unmodifiableSet(EnumSet.copyOf(b.levels));
    }

    /** @return a calculator of every indicator, at 95 %, at every level */
    public static IndicatorCalculator standard() {
        return STANDARD;
    }

    /** @return a builder, initially every indicator, 95 % and every level */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the confidence level, strictly between 0 and 1 */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** @return the indicators computed; unmodifiable, not empty */
    public Set<Indicator> indicators() {
        return indicators;
    }

    /** @return the area levels computed; unmodifiable, not empty */
    public Set<AreaLevel> levels() {
        return levels;
    }

    /** @return the number of threads a computation uses, 1 or more */
    public int parallelism() {
        return parallelism;
    }

    /** @return the conversion factors of couple-years of protection (CYP); {@link CypFactors#standard()} unless set */
    public CypFactors cypFactors() {
        return cypFactors;
    }

    /** @return the rules that judge the births recorded of unknown policy; {@link PolicyRules#china()} unless set */
    public PolicyRules policyRules() {
        return policyRules;
    }

    /**
     * @return true if {@link Indicator#POLICY_BIRTH_RATE} counts the births recorded
     *     {@code unknown} that the {@link #policyRules() rules} judge in; false (the default,
     *     the catalogue's definition) if it counts only the births recorded {@code in}
     */
    public boolean fillsUnknownPolicy() {
        return fillUnknownPolicy;
    }

    /**
     * Computes the configured indicators for every area at the configured levels.
     *
     * @param source the register, not null; each of its tables is streamed once and closed
     * @param period the reporting period, not null
     * @return the results, the unavailable indicators and the unattributed records
     * @throws java.io.UncheckedIOException if the source fails while streaming
     */
    public ComputedIndicators compute(RegisterSource source, ReportingPeriod period) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        ExecutorService pool = pool(parallelism);
        try {
            RegisterPass.Outcome pass = RegisterPass.tally(source, period, policyRules, parallelism, pool);
            RegisterTally tally = pass.tally();
            Map<RegisterTable, TableRows> rows = new EnumMap<>(RegisterTable.class);
            for (RegisterTable table : source.tables()) {
                Optional<RowCounts> counts = Optional.ofNullable(pass.counts().get(table)).or(() -> source.rowCounts(table));
                counts.ifPresent(c -> rows.put(table, TableRows.of(c, tally.unattributedRecords().getOrDefault(table, 0L))));
            }
            return results(tally, source.tables(), rows, pool);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /**
     * Gives the result records of a register's tally, however it was made: by
     * {@link #tally(RegisterSource, ReportingPeriod)}, from {@link Contributions} in
     * another process or a distributed engine, or merged from parts.
     *
     * @param tally the register's tally, not null
     * @param tables the tables the register has, not null; an indicator needing another is
     *        listed as unavailable and has no result
     * @return the results, the unavailable indicators and the unattributed records
     */
    public ComputedIndicators results(RegisterTally tally, Set<RegisterTable> tables) {
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(tables, "tables");
        ExecutorService pool = pool(parallelism);
        try {
            return results(tally, tables, Map.of(), pool);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    private ComputedIndicators results(RegisterTally tally, Set<RegisterTable> tables, Map<RegisterTable, TableRows> rows,
            ExecutorService pool) {
        List<Indicator> available = available(tables);
        Set<Indicator> unavailable = EnumSet.copyOf(indicators);
        unavailable.removeAll(available);
        Map<AreaCode, String> names = tally.areaNames();
        Map<AreaCode, AreaTally> all = new TreeMap<>();
        for (AreaLevel level : levels) {
            all.putAll(tally.tallies(level));
        }
        ReportingPeriod period = tally.period();
        // The intervals take time: the threads share the areas, in runs that keep their order.
        List<Map.Entry<AreaCode, AreaTally>> areas = new ArrayList<>(all.entrySet());
        int runs = Math.min(areas.size(), parallelism * 8);
        List<List<IndicatorResult>> byRun = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            byRun.add(new ArrayList<>());
        }
        Consumer<Integer> resulter = r -> {
            for (Map.Entry<AreaCode, AreaTally> e : areas.subList(areas.size() * r / runs, areas.size() * (r + 1) / runs)) {
                byRun.get(r).addAll(results(e.getKey(), Optional.ofNullable(names.get(e.getKey())), e.getValue(), period, available));
            }
        };
        List<Integer> runNumbers = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            runNumbers.add(r);
        }
        ParallelParts.share(runNumbers, Collections.nCopies(parallelism, resulter), pool);
        List<IndicatorResult> results = new ArrayList<>(all.size() * available.size());
        byRun.forEach(results::addAll);
        return new ComputedIndicators(period, results, unavailable, tally.unattributedRecords(), rows);
    }

    /**
     * The result records of one area, for an engine that computes areas apart (fp-spark
     * computes them on its executors): those of {@link #results(RegisterTally, Set)} for the area.
     *
     * @param area the area, not null
     * @param name its name, not null (empty, or an empty string, if {@code areas.csv} has no row for it:
     *     the results then name the area by its code)
     * @param tally its tally, rolled up and with its population, as {@link RegisterTally#tallies} gives it; not null
     * @param period the period, not null
     * @param tables the tables the register has, not null
     * @return the area's results, in catalogue order, of the configured indicators the tables allow
     */
    public List<IndicatorResult> results(AreaCode area, Optional<String> name, AreaTally tally, ReportingPeriod period,
            Set<RegisterTable> tables) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(period, "period");
        return results(area, name, tally, period, available(Objects.requireNonNull(tables, "tables")));
    }

    private List<IndicatorResult> results(AreaCode area, Optional<String> name, AreaTally tally, ReportingPeriod period,
            List<Indicator> available) {
        // A township or county rolled up from its villages may have no areas.csv row: it is named by its code, not left blank.
        Optional<String> named = Optional.of(name.filter(n -> !n.isEmpty()).orElse(area.toString()));
        AreaTally counted = fillUnknownPolicy ? tally.withUnknownPolicyFilled() : tally;
        List<IndicatorResult> results = new ArrayList<>(available.size());
        for (Indicator i : available) {
            results.add(counted.result(i, area, named, period, confidenceLevel, cypFactors));
        }
        return results;
    }

    /** @return the configured indicators whose input tables the register has, in catalogue order */
    private List<Indicator> available(Set<RegisterTable> tables) {
        List<Indicator> available = new ArrayList<>();
        for (Indicator i : indicators) {
            if (tables.containsAll(i.inputTables())) {
                available.add(i);
            }
        }
        return available;
    }

    /** @return the threads of a computation but the calling one, null if it uses only that */
    private static ExecutorService pool(int parallelism) {
        return parallelism > 1 ? Executors.newFixedThreadPool(parallelism - 1, WORKERS) : null;
    }

    /**
     * Streams every table of a source once into the register's tally, for callers that
     * want the per-area {@link AreaTally tallies} themselves or to merge it with tallies of
     * other parts of a register. Uses as many threads as the machine has processors, and
     * China's policy rules ({@link PolicyRules#china()}) for {@link Count#POLICY_FILLED_IN_BIRTHS}.
     *
     * @param source the register, not null; each of its tables is streamed once and closed
     * @param period the reporting period, not null
     * @return the tally of every record of the source
     * @throws java.io.UncheckedIOException if the source fails while streaming
     */
    public static RegisterTally tally(RegisterSource source, ReportingPeriod period) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        int parallelism = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = pool(parallelism);
        try {
            return RegisterPass.tally(source, period, PolicyRules.china(), parallelism, pool).tally();
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /** Configures an {@link IndicatorCalculator}; not thread-safe. */
    public static final class Builder {
        private double confidenceLevel = ConfidenceLevel.DEFAULT;
        private Set<Indicator> indicators = EnumSet.allOf(Indicator.class);
        private Set<AreaLevel> levels = EnumSet.allOf(AreaLevel.class);
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private CypFactors cypFactors = CypFactors.standard();
        private PolicyRules policyRules = PolicyRules.china();
        private boolean fillUnknownPolicy;

        private Builder() {
        }

        /**
         * @param rules the rules that judge the births recorded of unknown policy, for
         *     {@link Count#POLICY_FILLED_IN_BIRTHS} and {@link #fillUnknownPolicy} (default
         *     {@link PolicyRules#china()}), not null
         * @return this builder
         */
        public Builder policyRules(PolicyRules rules) {
            this.policyRules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Whether {@link Indicator#POLICY_BIRTH_RATE} fills the births recorded {@code unknown}
         * with the status the {@link #policyRules rules} in force on their date derive:
         * its numerator is then the births recorded {@code in} and those recorded
         * {@code unknown} that the rules judge in. Default false: the catalogue's definition
         * (docs/INDICATORS.md), over the recorded {@code policy} alone, which the
         * conformance case holds fpkit to. The result records do not say which was used.
         *
         * @param fill true to fill unknown statuses
         * @return this builder
         */
        public Builder fillUnknownPolicy(boolean fill) {
            this.fillUnknownPolicy = fill;
            return this;
        }

        /**
         * @param factors the conversion factors of couple-years of protection (default
         *     {@link CypFactors#standard()}: USAID's factors as they apply to China), not null
         * @return this builder
         */
        public Builder cypFactors(CypFactors factors) {
            this.cypFactors = Objects.requireNonNull(factors, "factors");
            return this;
        }

        /**
         * @param threads the number of threads a computation may use, 1 or more (default:
         *     the machine's processors); the results do not depend on it
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be 1 or more: " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * @param level the confidence level of every interval, strictly between 0 and 1 (default 0.95)
         * @return this builder
         * @throws IllegalArgumentException if the level is not strictly between 0 and 1
         */
        public Builder confidenceLevel(double level) {
            this.confidenceLevel = ConfidenceLevel.check(level);
            return this;
        }

        /**
         * @param indicators the indicators to compute, not null, not empty (default: all)
         * @return this builder
         * @throws IllegalArgumentException if the collection is empty
         */
        public Builder indicators(Collection<Indicator> indicators) {
            Objects.requireNonNull(indicators, "indicators");
            if (indicators.isEmpty()) {
                throw new IllegalArgumentException("indicators must not be empty");
            }
            this.indicators = EnumSet.copyOf(indicators);
            return this;
        }

        /**
         * @param levels the area levels to compute, not null, not empty (default: all)
         * @return this builder
         * @throws IllegalArgumentException if the collection is empty
         */
        public Builder levels(Collection<AreaLevel> levels) {
            Objects.requireNonNull(levels, "levels");
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("levels must not be empty");
            }
            this.levels = EnumSet.copyOf(levels);
            return this;
        }

        /**
         * @param level the one area level to compute, not null
         * @return this builder
         */
        public Builder level(AreaLevel level) {
            return levels(EnumSet.of(Objects.requireNonNull(level, "level")));
        }

        /** @return the calculator */
        public IndicatorCalculator build() {
            return new IndicatorCalculator(this);
        }
    }
}
