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
package io.github.fpkit.spark;

import io.github.fpkit.model.register.RowCounts;
import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link FpSpark#indicators} gives: the result records as a Dataset with the columns
 * of the result-record contract, the rejected rows as a Dataset, the row counts of every
 * table, the register's tally and the computed indicators (unavailable indicators and
 * unattributed records included). Immutable; the Datasets are lazy.
 */
public final class SparkIndicators {
    private final Dataset<Row> results;
    private final Dataset<Row> rejects;
    private final Map<RegisterTable, RowCounts> rowCounts;
    private final RegisterTally tally;
    private final Supplier<ComputedIndicators> computed;

    SparkIndicators(Dataset<Row> results, Dataset<Row> rejects, Map<RegisterTable, RowCounts> rowCounts, RegisterTally tally,
            Supplier<ComputedIndicators> computed) {
        this.results = results;
        this.rejects = rejects;
        this.rowCounts = Collections.unmodifiableMap(new EnumMap<>(rowCounts));
        this.tally = tally;
        this.computed = computed;
    }

    /**
     * @return one row per result record: {@code area, areaName, period} (the ISO interval),
     *         {@code indicator, numerator, denominator, value, unit, ciLow, ciHigh}, null where
     *         the contract says null; by area code, then catalogue order
     */
    public Dataset<Row> results() {
        return results;
    }

    /**
     * @return one row per rejected row: {@code table} (its code, e.g. {@code births}), {@code file},
     *         {@code text} (the row's cells, resident identity numbers masked), {@code column} (null for
     *         the whole row), {@code value} and {@code reason}
     */
    public Dataset<Row> rejects() {
        return rejects;
    }

    /** @return per table present, the rows read, accepted and rejected; unmodifiable */
    public Map<RegisterTable, RowCounts> rowCounts() {
        return rowCounts;
    }

    /** @return the register's tally, as the single-machine engine would make it from the accepted rows */
    public RegisterTally tally() {
        return tally;
    }

    /**
     * The results as the single-machine API gives them, with the unavailable indicators and
     * unattributed records, computed on the driver from {@link #tally()} at each call: for
     * registers whose result records fit in the driver's memory ({@link #results()} never
     * holds them there).
     *
     * @return the computed indicators
     */
    public ComputedIndicators computed() {
        return computed.get();
    }
}
