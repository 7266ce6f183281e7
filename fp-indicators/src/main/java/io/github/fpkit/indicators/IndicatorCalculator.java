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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * source and period always give the same results, to the last bit. Immutable and thread-safe.
 */
public final class IndicatorCalculator {
    private static final IndicatorCalculator STANDARD = builder().build();

    private final double confidenceLevel;
    private final Set<Indicator> indicators;
    private final Set<AreaLevel> levels;

    private IndicatorCalculator(Builder b) {
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

    /**
     * Computes the configured indicators for every area at the configured levels.
     *
     * @param source the register, not null; each of its tables is streamed once and closed
     * @param period the reporting period, not null
     * @return the results, the unavailable indicators and the unattributed records
     * @throws java.io.UncheckedIOException if the source fails while streaming
     */
    public ComputedIndicators compute(RegisterSource source, ReportingPeriod period) {
        IndicatorAccumulator acc = accumulate(source, period);
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
        for (AreaLevel level : levels) {
            all.putAll(acc.tallies(level));
        }
        List<IndicatorResult> results = new ArrayList<>(all.size() * available.size());
        all.forEach((area, tally) -> {
            Optional<String> name = Optional.ofNullable(names.get(area));
            for (Indicator i : available) {
                results.add(tally.result(i, area, name, period, confidenceLevel));
            }
        });
        return new ComputedIndicators(period, results, unavailable, acc.unattributedRecords());
    }

    /**
     * Streams every table of a source once into an accumulator, for callers that want the
     * per-area {@link AreaTally tallies} themselves.
     *
     * @param source the register, not null; each of its tables is streamed once and closed
     * @param period the reporting period, not null
     * @return the accumulator holding every record of the source
     * @throws java.io.UncheckedIOException if the source fails while streaming
     */
    public static IndicatorAccumulator accumulate(RegisterSource source, ReportingPeriod period) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        WomenIndex women;
        try (Stream<Woman> s = source.women()) {
            women = WomenIndex.of(s);
        }
        IndicatorAccumulator acc = IndicatorAccumulator.empty(women, period);
        feed(source, RegisterTable.AREAS, source::areas, (Area a) -> acc.add(a));
        feed(source, RegisterTable.POPULATION, source::populationCounts, (PopulationCount p) -> acc.add(p));
        feed(source, RegisterTable.BIRTHS, source::births, (Birth b) -> acc.add(b));
        feed(source, RegisterTable.DEATHS, source::deaths, (Death d) -> acc.add(d));
        feed(source, RegisterTable.CONTRACEPTION, source::contraceptiveEpisodes, (ContraceptiveEpisode e) -> acc.add(e));
        feed(source, RegisterTable.PREGNANCIES, source::pregnancies, (Pregnancy p) -> acc.add(p));
        feed(source, RegisterTable.PROCEDURES, source::procedures, (Procedure p) -> acc.add(p));
        feed(source, RegisterTable.HEALTH_CHECKS, source::healthChecks, (HealthCheck c) -> acc.add(c));
        feed(source, RegisterTable.HOUSEHOLDS, source::households, (Household h) -> acc.add(h));
        return acc;
    }

    private static <T> void feed(RegisterSource source, RegisterTable table,
            Supplier<Stream<T>> stream, Consumer<T> add) {
        if (!source.has(table)) {
            return;
        }
        try (Stream<T> s = stream.get()) {
            s.forEachOrdered(add);
        }
    }

    /** Configures an {@link IndicatorCalculator}; not thread-safe. */
    public static final class Builder {
        private double confidenceLevel = ConfidenceLevel.DEFAULT;
        private Set<Indicator> indicators = EnumSet.allOf(Indicator.class);
        private Set<AreaLevel> levels = EnumSet.allOf(AreaLevel.class);

        private Builder() {
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
