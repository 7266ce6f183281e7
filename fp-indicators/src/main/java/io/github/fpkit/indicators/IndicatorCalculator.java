package io.github.fpkit.indicators;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.Spliterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Computes indicators from a register source, configured with the confidence level, the
 * indicators and the area levels wanted. Reads each table of the source once, as a
 * stream, holding only a {@link WomenIndex} of the women in memory.
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
 * threads into accumulators that are merged. Immutable and thread-safe.
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

    private IndicatorCalculator(Builder b) {
        this.parallelism = b.parallelism;
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

    /**
     * Computes the configured indicators for every area at the configured levels.
     *
     * @param source the register, not null; each of its tables is streamed once and closed
     * @param period the reporting period, not null
     * @return the results, the unavailable indicators and the unattributed records
     * @throws java.io.UncheckedIOException if the source fails while streaming
     */
    public ComputedIndicators compute(RegisterSource source, ReportingPeriod period) {
        ExecutorService pool = pool(parallelism);
        try {
            IndicatorAccumulator acc = accumulate(source, period, parallelism, pool);
            Set<Indicator> unavailable = EnumSet.noneOf(Indicator.class);
            List<Indicator> available = new ArrayList<>();
            for (Indicator i : indicators) {
                if (source.tables().containsAll(i.inputTables())) {
                    available.add(i);
                } else {
                    unavailable.add(i);
                }
            }
            Map<AreaCode, String> names = acc.areaNames();
            Map<AreaCode, AreaTally> all = new TreeMap<>();
            acc.tallies(levels, parallelism, pool).values().forEach(all::putAll);
            // The intervals take time: the threads share the areas, in runs that keep their order.
            List<Map.Entry<AreaCode, AreaTally>> areas = new ArrayList<>(all.entrySet());
            int runs = Math.min(areas.size(), parallelism * 8);
            List<List<IndicatorResult>> byRun = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                byRun.add(new ArrayList<>());
            }
            Consumer<Integer> resulter = r -> {
                for (Map.Entry<AreaCode, AreaTally> e : areas.subList(areas.size() * r / runs, areas.size() * (r + 1) / runs)) {
                    Optional<String> name = Optional.ofNullable(names.get(e.getKey()));
                    for (Indicator i : available) {
                        byRun.get(r).add(e.getValue().result(i, e.getKey(), name, period, confidenceLevel));
                    }
                }
            };
            List<Integer> runNumbers = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                runNumbers.add(r);
            }
            ParallelParts.share(runNumbers, Collections.nCopies(parallelism, resulter), pool);
            List<IndicatorResult> results = new ArrayList<>(all.size() * available.size());
            byRun.forEach(results::addAll);
            return new ComputedIndicators(period, results, unavailable, acc.unattributedRecords());
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /** @return the threads of a computation but the calling one, null if it uses only that */
    private static ExecutorService pool(int parallelism) {
        return parallelism > 1 ? Executors.newFixedThreadPool(parallelism - 1, WORKERS) : null;
    }

    /**
     * Streams every table of a source once into an accumulator, for callers that want the
     * per-area {@link AreaTally tallies} themselves. Uses as many threads as the machine
     * has processors (see {@link Builder#parallelism(int)}).
     *
     * @param source the register, not null; each of its tables is streamed once and closed
     * @param period the reporting period, not null
     * @return the accumulator holding every record of the source
     * @throws java.io.UncheckedIOException if the source fails while streaming
     */
    public static IndicatorAccumulator accumulate(RegisterSource source, ReportingPeriod period) {
        int parallelism = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = pool(parallelism);
        try {
            return accumulate(source, period, parallelism, pool);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /**
     * Every table's stream is cut into up to {@code parallelism} parts (a file-backed
     * source cuts its files at row boundaries); once the women are indexed, the parts of
     * all other tables, largest first, are shared among the threads, each
     * feeding its own accumulator; so that no thread waits for another at the end of a
     * table, only at the end of the last part. The accumulators are merged at the end,
     * which gives the sequential result exactly because merging is associative and
     * commutative.
     */
    private static IndicatorAccumulator accumulate(RegisterSource source, ReportingPeriod period, int parallelism,
            ExecutorService pool) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        List<Stream<?>> streams = new ArrayList<>();
        Throwable failure = null;
        try {
            List<Table<?>> tables = new ArrayList<>();
            Stream<Woman> womenStream = source.women();
            streams.add(womenStream);
            Table<Woman> womenTable = new Table<>(womenStream.spliterator(), null);
            tables.add(womenTable);
            open(source, RegisterTable.AREAS, source::areas, streams, tables, (IndicatorAccumulator a, Area r) -> a.add(r));
            open(source, RegisterTable.POPULATION, source::populationCounts, streams, tables,
                    (IndicatorAccumulator a, PopulationCount r) -> a.add(r));
            open(source, RegisterTable.BIRTHS, source::births, streams, tables, (IndicatorAccumulator a, Birth r) -> a.add(r));
            open(source, RegisterTable.DEATHS, source::deaths, streams, tables, (IndicatorAccumulator a, Death r) -> a.add(r));
            open(source, RegisterTable.CONTRACEPTION, source::contraceptiveEpisodes, streams, tables,
                    (IndicatorAccumulator a, ContraceptiveEpisode r) -> a.add(r));
            open(source, RegisterTable.PREGNANCIES, source::pregnancies, streams, tables, (IndicatorAccumulator a, Pregnancy r) -> a.add(r));
            open(source, RegisterTable.PROCEDURES, source::procedures, streams, tables, (IndicatorAccumulator a, Procedure r) -> a.add(r));
            open(source, RegisterTable.HEALTH_CHECKS, source::healthChecks, streams, tables,
                    (IndicatorAccumulator a, HealthCheck r) -> a.add(r));
            open(source, RegisterTable.HOUSEHOLDS, source::households, streams, tables, (IndicatorAccumulator a, Household r) -> a.add(r));
            // A cut scans the file up to it: the threads cut different tables at once.
            Consumer<Table<?>> cutter = t -> t.cut(parallelism);
            ParallelParts.share(tables, Collections.nCopies(parallelism, cutter), pool);
            WomenIndex women = WomenIndex.of(womenTable.pieces, parallelism, pool);
            List<Part<?>> parts = new ArrayList<>();
            for (Table<?> t : tables.subList(1, tables.size())) {
                t.addParts(parts);
            }
            // Stable: parts of equal size keep the order of the tables.
            parts.sort(Comparator.comparingLong((Part<?> p) -> p.size).reversed());
            List<IndicatorAccumulator> accumulators = new ArrayList<>();
            for (int i = 0; i < parallelism; i++) {
                accumulators.add(IndicatorAccumulator.empty(women, period));
            }
            List<Consumer<Part<?>>> workers = new ArrayList<>();
            for (IndicatorAccumulator a : accumulators) {
                workers.add(part -> part.feed(a));
            }
            ParallelParts.share(parts, workers, pool);
            IndicatorAccumulator acc = accumulators.get(0);
            for (int i = 1; i < parallelism; i++) {
                acc = acc.merge(accumulators.get(i));
            }
            return acc;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            close(streams, failure);
        }
    }

    /** Opens a table's stream, if the source has the table. */
    private static <T> void open(RegisterSource source, RegisterTable table, Supplier<Stream<T>> stream, List<Stream<?>> streams,
            List<Table<?>> tables, BiConsumer<IndicatorAccumulator, T> add) {
        if (!source.has(table)) {
            return;
        }
        Stream<T> s = stream.get();
        streams.add(s);
        tables.add(new Table<>(s.spliterator(), add));
    }

    /** A table's records, cut into parts by one thread, and how an accumulator adds them. */
    private static final class Table<T> {
        private final Spliterator<T> records;
        private final BiConsumer<IndicatorAccumulator, T> add;
        private List<Spliterator<T>> pieces;

        Table(Spliterator<T> records, BiConsumer<IndicatorAccumulator, T> add) {
            this.records = records;
            this.add = add;
        }

        void cut(int parts) {
            pieces = ParallelParts.split(records, parts);
        }

        void addParts(List<Part<?>> parts) {
            for (Spliterator<T> piece : pieces) {
                parts.add(new Part<>(piece, add));
            }
        }
    }

    /**
     * Closes every stream; a failure to close is suppressed into the failure of the
     * computation if there is one, else the first is thrown.
     */
    private static void close(List<Stream<?>> streams, Throwable failure) {
        RuntimeException first = null;
        for (Stream<?> s : streams) {
            try {
                s.close();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** A part of a table's records and how an accumulator adds them. */
    private static final class Part<T> {
        private final Spliterator<T> records;
        private final BiConsumer<IndicatorAccumulator, T> add;
        /** Taken before any part is read: a file-backed part estimates its bytes left. */
        private final long size;

        Part(Spliterator<T> records, BiConsumer<IndicatorAccumulator, T> add) {
            this.records = records;
            this.add = add;
            this.size = records.estimateSize();
        }

        void feed(IndicatorAccumulator acc) {
            records.forEachRemaining(r -> add.accept(acc, r));
        }
    }

    /** Configures an {@link IndicatorCalculator}; not thread-safe. */
    public static final class Builder {
        private double confidenceLevel = ConfidenceLevel.DEFAULT;
        private Set<Indicator> indicators = EnumSet.allOf(Indicator.class);
        private Set<AreaLevel> levels = EnumSet.allOf(AreaLevel.class);
        private int parallelism = Runtime.getRuntime().availableProcessors();

        private Builder() {
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
