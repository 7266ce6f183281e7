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
package io.github.fpkit.examples.cli;

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
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.LinedRegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A register source that counts the rows streamed from another, file by file, on a
 * {@link ProgressLine}: {@code reading births.csv: 12,288 rows} counts the rows of
 * {@code births.csv} only. The engine cuts a file into parts read by several threads at
 * once; each part counts its own rows and adds them to its file's count every
 * {@link ProgressLine#ROWS_PER_REPORT}, so that counting costs no shared write per row.
 * Tables read with their lines ({@link #forEachWithLine}, as the validator reads them) are
 * counted the same way.
 */
final class ProgressSource implements LinedRegisterSource {
    private final LinedRegisterSource source;
    private final ProgressLine progress;
    private final Map<RegisterTable, AtomicLong> rows = new EnumMap<>(RegisterTable.class);

    ProgressSource(LinedRegisterSource source, ProgressLine progress) {
        this.source = source;
        this.progress = progress;
        for (RegisterTable t : RegisterTable.values()) {
            rows.put(t, new AtomicLong());
        }
    }

    /** Adds rows read to the table's count and reports it. */
    private void add(RegisterTable table, int read) {
        if (read > 0) {
            long total = rows.get(table).addAndGet(read);
            progress.report(() -> String.format(Locale.ROOT, "reading %s: %,d rows", table.fileName(), total));
        }
    }

    @Override
    public <T> void forEachWithLine(RegisterTable table, Class<T> type, ObjLongConsumer<? super T> action) {
        int[] unreported = {0};
        source.forEachWithLine(table, type, (record, line) -> {
            action.accept(record, line);
            if (++unreported[0] >= ProgressLine.ROWS_PER_REPORT) {
                add(table, unreported[0]);
                unreported[0] = 0;
            }
        });
        add(table, unreported[0]);
    }

    /** @return the rows of the table's file streamed so far, up to the last report of each part */
    long rows(RegisterTable table) {
        return rows.get(table).get();
    }

    private <T> Stream<T> counted(RegisterTable table, Stream<T> records) {
        return StreamSupport.stream(new Counting<>(records.spliterator(), table), records.isParallel()).onClose(records::close);
    }

    /** The records of one part of a file, counted locally and reported in batches. */
    private final class Counting<T> implements Spliterator<T> {
        private final Spliterator<T> part;
        private final RegisterTable table;
        private int unreported;

        Counting(Spliterator<T> part, RegisterTable table) {
            this.part = part;
            this.table = table;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (part.tryAdvance(action)) {
                tally();
                return true;
            }
            flush();
            return false;
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            part.forEachRemaining(r -> {
                action.accept(r);
                tally();
            });
            flush();
        }

        private void tally() {
            unreported++;
            if (unreported >= ProgressLine.ROWS_PER_REPORT) {
                flush();
            }
        }

        private void flush() {
            add(table, unreported);
            unreported = 0;
        }

        @Override
        public Spliterator<T> trySplit() {
            Spliterator<T> prefix = part.trySplit();
            return prefix == null ? null : new Counting<>(prefix, table);
        }

        @Override
        public long estimateSize() {
            return part.estimateSize();
        }

        @Override
        public long getExactSizeIfKnown() {
            return part.getExactSizeIfKnown();
        }

        @Override
        public int characteristics() {
            return part.characteristics();
        }
    }

    @Override
    public Set<RegisterTable> tables() {
        return source.tables();
    }

    @Override
    public boolean rejectsDuplicates() {
        return source.rejectsDuplicates();
    }

    @Override
    public Optional<RowCounts> rowCounts(RegisterTable table) {
        return source.rowCounts(table);
    }

    @Override
    public Stream<Area> areas() {
        return counted(RegisterTable.AREAS, source.areas());
    }

    @Override
    public Stream<PopulationCount> populationCounts() {
        return counted(RegisterTable.POPULATION, source.populationCounts());
    }

    @Override
    public Stream<Woman> women() {
        return counted(RegisterTable.WOMEN, source.women());
    }

    @Override
    public Stream<Birth> births() {
        return counted(RegisterTable.BIRTHS, source.births());
    }

    @Override
    public Stream<Death> deaths() {
        return counted(RegisterTable.DEATHS, source.deaths());
    }

    @Override
    public Stream<ContraceptiveEpisode> contraceptiveEpisodes() {
        return counted(RegisterTable.CONTRACEPTION, source.contraceptiveEpisodes());
    }

    @Override
    public Stream<Pregnancy> pregnancies() {
        return counted(RegisterTable.PREGNANCIES, source.pregnancies());
    }

    @Override
    public Stream<Procedure> procedures() {
        return counted(RegisterTable.PROCEDURES, source.procedures());
    }

    @Override
    public Stream<HealthCheck> healthChecks() {
        return counted(RegisterTable.HEALTH_CHECKS, source.healthChecks());
    }

    @Override
    public Stream<Household> households() {
        return counted(RegisterTable.HOUSEHOLDS, source.households());
    }

    @Override
    public Stream<Distribution> distributions() {
        return counted(RegisterTable.DISTRIBUTIONS, source.distributions());
    }
}
