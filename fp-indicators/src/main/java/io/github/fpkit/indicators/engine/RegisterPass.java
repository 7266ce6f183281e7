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
package io.github.fpkit.indicators.engine;

import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RecordKey;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One pass of the single-machine engine over a register source: every table is streamed
 * once; the women are indexed ({@link WomenIndex}), then the parts of the other tables are
 * shared among the threads, each feeding its own {@link IndexAccumulator}, and the
 * accumulators are merged into the {@link RegisterTally}. Of a source that does not drop
 * duplicate keys itself, the engine drops them ({@link FirstOfKey}) and counts the records.
 */
public final class RegisterPass {
    private RegisterPass() {
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
    public static Outcome tally(RegisterSource source, ReportingPeriod period, PolicyRules policyRules, int parallelism,
            ExecutorService pool) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policyRules, "policyRules");
        List<Stream<?>> streams = new ArrayList<>();
        Map<RegisterTable, FirstOfKey<?>> checked = new EnumMap<>(RegisterTable.class);
        Throwable failure = null;
        try {
            List<Table<?>> tables = new ArrayList<>();
            Stream<Woman> womenStream = source.women();
            streams.add(womenStream);
            Table<Woman> womenTable = new Table<>(records(source, RegisterTable.WOMEN, womenStream, checked), null);
            tables.add(womenTable);
            open(source, RegisterTable.AREAS, source::areas, streams, tables, checked, (IndexAccumulator a, Area r) -> a.add(r));
            open(source, RegisterTable.POPULATION, source::populationCounts, streams, tables, checked,
                    (IndexAccumulator a, PopulationCount r) -> a.add(r));
            open(source, RegisterTable.BIRTHS, source::births, streams, tables, checked, (IndexAccumulator a, Birth r) -> a.add(r));
            open(source, RegisterTable.DEATHS, source::deaths, streams, tables, checked, (IndexAccumulator a, Death r) -> a.add(r));
            open(source, RegisterTable.CONTRACEPTION, source::contraceptiveEpisodes, streams, tables, checked,
                    (IndexAccumulator a, ContraceptiveEpisode r) -> a.add(r));
            open(source, RegisterTable.PREGNANCIES, source::pregnancies, streams, tables, checked, (IndexAccumulator a, Pregnancy r) -> a.add(r));
            open(source, RegisterTable.PROCEDURES, source::procedures, streams, tables, checked, (IndexAccumulator a, Procedure r) -> a.add(r));
            open(source, RegisterTable.HEALTH_CHECKS, source::healthChecks, streams, tables, checked,
                    (IndexAccumulator a, HealthCheck r) -> a.add(r));
            open(source, RegisterTable.HOUSEHOLDS, source::households, streams, tables, checked, (IndexAccumulator a, Household r) -> a.add(r));
            open(source, RegisterTable.DISTRIBUTIONS, source::distributions, streams, tables, checked,
                    (IndexAccumulator a, Distribution r) -> a.add(r));
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
            List<IndexAccumulator> accumulators = new ArrayList<>();
            for (int i = 0; i < parallelism; i++) {
                accumulators.add(IndexAccumulator.empty(women, period, policyRules));
            }
            List<Consumer<Part<?>>> workers = new ArrayList<>();
            for (IndexAccumulator a : accumulators) {
                workers.add(part -> part.feed(a));
            }
            ParallelParts.share(parts, workers, pool);
            IndexAccumulator acc = accumulators.get(0);
            for (int i = 1; i < parallelism; i++) {
                acc = acc.merge(accumulators.get(i));
            }
            Map<RegisterTable, RowCounts> counts = new EnumMap<>(RegisterTable.class);
            checked.forEach((table, records) -> counts.put(table, records.counts()));
            return new Outcome(acc.tally(parallelism, pool), counts);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            close(streams, failure);
        }
    }

    /** Opens a table's stream, if the source has the table. */
    private static <T> void open(RegisterSource source, RegisterTable table, Supplier<Stream<T>> stream, List<Stream<?>> streams,
            List<Table<?>> tables, Map<RegisterTable, FirstOfKey<?>> checked, BiConsumer<IndexAccumulator, T> add) {
        if (!source.has(table)) {
            return;
        }
        Stream<T> s = stream.get();
        streams.add(s);
        tables.add(new Table<>(records(source, table, s, checked), add));
    }

    /** @return the stream's records; of a source that keeps duplicate keys, counted and each key's first only */
    private static <T> Spliterator<T> records(RegisterSource source, RegisterTable table, Stream<T> stream,
            Map<RegisterTable, FirstOfKey<?>> checked) {
        if (source.rejectsDuplicates()) {
            return stream.spliterator();
        }
        FirstOfKey<T> records = FirstOfKey.of(stream.spliterator(), RecordKey.of(table).orElse(null));
        checked.put(table, records);
        return records;
    }

    /**
     * What a pass gives: the register's tally and, of a source that does not drop duplicate
     * keys itself, the counts of each table's records as the engine read them (the
     * duplicates it dropped rejected); of any other source, no counts (it keeps its own).
     */
    public static final class Outcome {
        private final RegisterTally tally;
        private final Map<RegisterTable, RowCounts> counts;

        Outcome(RegisterTally tally, Map<RegisterTable, RowCounts> counts) {
            this.tally = tally;
            this.counts = Map.copyOf(counts);
        }

        /** @return the register's tally */
        public RegisterTally tally() {
            return tally;
        }

        /** @return the counts of each table the engine counted; empty for a source that drops duplicates itself */
        public Map<RegisterTable, RowCounts> counts() {
            return counts;
        }
    }

    /** A table's records, cut into parts by one thread, and how an accumulator adds them. */
    private static final class Table<T> {
        private final Spliterator<T> records;
        private final BiConsumer<IndexAccumulator, T> add;
        private List<Spliterator<T>> pieces;

        Table(Spliterator<T> records, BiConsumer<IndexAccumulator, T> add) {
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
        private final BiConsumer<IndexAccumulator, T> add;
        /** Taken before any part is read: a file-backed part estimates its bytes left. */
        private final long size;

        Part(Spliterator<T> records, BiConsumer<IndexAccumulator, T> add) {
            this.records = records;
            this.add = add;
            this.size = records.estimateSize();
        }

        void feed(IndexAccumulator acc) {
            records.forEachRemaining(r -> add.accept(acc, r));
        }
    }

}
