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
package io.github.fpkit.bench;

import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.CsvTable;
import io.github.fpkit.model.register.RowCounts;
import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.model.ReportingPeriod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * fpkit's side of the comparison, through its public API only: a register folder opened
 * with {@link CsvRegister} (lenient: every row validated, rejected rows collected) and,
 * for the pipeline, the catalogue computed by {@link IndicatorCalculator#standard()} at
 * every level.
 */
final class FpkitPipeline {
    private FpkitPipeline() {
    }

    /**
     * The whole pipeline: opens the folder, reads and validates every row of every table,
     * and computes the whole catalogue for every village, township and county.
     *
     * @param folder the register folder
     * @param period the reporting period
     * @return the results
     * @throws IllegalStateException if the row counts do not add up or a row was rejected
     */
    static ComputedIndicators compute(Path folder, ReportingPeriod period) {
        CsvRegisterSource source = CsvRegister.builder().open(folder);
        ComputedIndicators computed = IndicatorCalculator.standard().compute(source, period);
        check(source);
        return computed;
    }

    /** The generated registers are valid: a rejected row means the benchmark measures the wrong thing. */
    private static RowCounts check(CsvRegisterSource source) {
        RowCounts total = source.totalCounts();
        if (total.rejected() != source.rowErrors().size()) {
            throw new IllegalStateException("rows rejected " + total.rejected() + " but " + source.rowErrors().size() + " row errors");
        }
        if (total.rejected() > 0) {
            throw new IllegalStateException(total + "; first: " + source.rowErrors().get(0));
        }
        return total;
    }

    /**
     * Reads and validates every row of every table, making every record, and computes
     * nothing: the share of the pipeline that is fp-io's. The tables are shared among
     * the threads, largest first.
     *
     * @param folder the register folder
     * @param threads the number of threads, 1 or more
     * @return the rows read, accepted plus rejected
     */
    static long read(Path folder, int threads) {
        CsvRegisterSource source = CsvRegister.builder().open(folder);
        List<CsvTable<?>> tables = new ArrayList<>();
        for (CsvTable<?> t : CsvTable.all()) {
            if (source.has(t.table())) {
                tables.add(t);
            }
        }
        tables.sort((a, b) -> Long.compare(size(source, b), size(source, a)));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < tables.size(); i = next.getAndIncrement()) {
                        try (Stream<?> s = source.stream(tables.get(i))) {
                            s.forEach(r -> { });
                        }
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        return check(source).read();
    }

    private static long size(CsvRegisterSource source, CsvTable<?> table) {
        return source.files().get(table.table()).toFile().length();
    }
}
