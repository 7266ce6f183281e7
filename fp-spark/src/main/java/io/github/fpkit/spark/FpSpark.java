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
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.io.csv.CsvRowReader;
import io.github.fpkit.io.csv.CsvTable;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The indicator catalogue on Apache Spark, for registers larger than one machine. Every
 * row is validated by fpkit's types on the executors; each woman is grouped with her
 * events (a {@code groupByKey} on her id) and turned into her contribution by the same
 * per-woman function the single-machine engine's results equal
 * ({@link io.github.fpkit.indicators.Contributions}); households gather the children their
 * women pass on; the contributions are combined by area in each partition, reduced by
 * area across the cluster, and the few area tallies are rolled up
 * village → township → county on the driver into result records.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("fpkit").getOrCreate();
 * SparkRegister register = SparkRegister.csv(spark, "hdfs:///registers/2009", Charset.forName("GBK"));
 * SparkIndicators computed = FpSpark.indicators(register, ReportingPeriod.parse("2009SY"));
 * computed.results().write().json("hdfs:///results/2009SY");    // the result-record columns
 * computed.rejects().write().json("hdfs:///results/rejects");    // every row not accepted, and why
 * computed.rowCounts();                                           // per table: read = accepted + rejected
 * }</pre>
 *
 * <p>The results equal {@link io.github.fpkit.indicators.Indicators#compute} on the same
 * rows to the last bit (property-tested), and those of an {@link IndicatorCalculator} with
 * the same settings when given one ({@link #indicators(SparkRegister, ReportingPeriod, IndicatorCalculator)}:
 * CYP factors, policy rules, the fill of unknown policy statuses). Stateless.
 */
public final class FpSpark {
    private FpSpark() {
    }

    /**
     * Computes every indicator at every level.
     *
     * @param register the register, not null
     * @param period the reporting period, not null
     * @return the results, the rejected rows and the row counts
     * @throws SparkRegisterException if a table's header lacks a required column
     */
    public static SparkIndicators indicators(SparkRegister register, ReportingPeriod period) {
        return indicators(register, period, EnumSet.allOf(AreaLevel.class));
    }

    /**
     * Computes every indicator at the levels given.
     *
     * @param register the register, not null
     * @param period the reporting period, not null
     * @param levels the levels, not empty
     * @return the results, the rejected rows and the row counts
     * @throws SparkRegisterException if a table's header lacks a required column or names one twice
     */
    public static SparkIndicators indicators(SparkRegister register, ReportingPeriod period, Set<AreaLevel> levels) {
        return indicators(register, period, IndicatorCalculator.builder().levels(levels).build());
    }

    /**
     * Computes indicators with the settings of a single-machine calculator, so that Spark
     * gives exactly the records {@link IndicatorCalculator#compute} gives with it: its
     * indicators, levels, confidence level, CYP factors ({@link IndicatorCalculator#cypFactors()}),
     * policy rules ({@link IndicatorCalculator#policyRules()}, applied on the executors to
     * every woman's births) and fill of unknown policy statuses
     * ({@link IndicatorCalculator#fillsUnknownPolicy()}). Its parallelism is not used: Spark's is.
     *
     * <pre>{@code
     * IndicatorCalculator settings = IndicatorCalculator.builder()
     *     .cypFactors(CypFactors.builder().sterilization(10).build())
     *     .policyRules(PolicyRules.china().toBuilder().province("65", xinjiang).build())
     *     .fillUnknownPolicy(true)
     *     .build();
     * SparkIndicators computed = FpSpark.indicators(register, ReportingPeriod.parse("2016SY"), settings);
     * }</pre>
     *
     * @param register the register, not null
     * @param period the reporting period, not null
     * @param calculator the settings, not null
     * @return the results, the rejected rows and the row counts
     * @throws IllegalArgumentException if a policy rule is not {@link java.io.Serializable} (Spark ships
     *     the rules to its executors); the rules of {@link io.github.fpkit.indicators.policy.BirthPolicyRule}'s
     *     factories are, and those of {@code BirthPolicyRule.of} if its function is
     * @throws SparkRegisterException if a table's header lacks a required column or names one twice
     */
    public static SparkIndicators indicators(SparkRegister register, ReportingPeriod period, IndicatorCalculator calculator) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(calculator, "calculator");
        PolicyRules policyRules = ShippedRules.check(calculator.policyRules());
        Set<AreaLevel> levels = calculator.levels();
        SparkSession spark = register.session();
        Map<RegisterTable, List<String>> headers = new EnumMap<>(RegisterTable.class);
        Dataset<Row> validated = null;
        for (RegisterTable table : register.tables()) {
            Dataset<Row> rows = register.rows(table);
            List<String> header = header(rows);
            try {
                CsvRowReader.of(CsvTable.of(table), header);
            } catch (IllegalArgumentException e) {
                throw new SparkRegisterException(register.path() + "/" + table.fileName(), e.getMessage());
            }
            headers.put(table, header);
            Dataset<Row> checked = rows.mapPartitions(new RowValidation(table, header), ExpressionEncoder.apply(RowValidation.SCHEMA));
            validated = validated == null ? checked : validated.union(checked);
        }
        RowRecords records = new RowRecords(headers);
        // Rows that repeat a key: the first counts, the later are rejected (a shuffle of the keyed tables' rows).
        Column keyed = functions.not(functions.col("rejected")).and(functions.col("recordKey").isNotNull());
        Dataset<Row> firstOfKeys = validated.filter(keyed)
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + "\u0000" + r.getString(10), Encoders.STRING())
                .flatMapGroups(new RepeatedKeys(records), ExpressionEncoder.apply(RowValidation.SCHEMA));
        validated = validated.filter(functions.not(keyed)).union(firstOfKeys).persist(StorageLevel.MEMORY_AND_DISK());
        Map<RegisterTable, RowCounts> counts = counts(validated, register.tables());
        Dataset<Row> accepted = validated.filter(functions.not(functions.col("rejected")));
        Dataset<Row> rejects = validated.filter(functions.col("rejected")).select("table", "file", "text", "column", "value", "reason");

        List<String> personal = new ArrayList<>();
        for (RegisterTable t : List.of(RegisterTable.WOMEN, RegisterTable.BIRTHS, RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES,
                RegisterTable.PROCEDURES, RegisterTable.HEALTH_CHECKS, RegisterTable.DISTRIBUTIONS)) {
            personal.add(t.code());
        }
        // A distribution with a woman is on her card; one without (no join key) contributes by itself, as a death does.
        Column alone = functions.col("table").equalTo(RegisterTable.DISTRIBUTIONS.code()).and(functions.col("key").isNull());
        Dataset<Row> perWoman = accepted.filter(functions.col("table").isin(personal.toArray()).and(functions.not(alone)))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(2), Encoders.STRING())
                .flatMapGroups(new WomanGroups(records, period, policyRules), ExpressionEncoder.apply(WomanGroups.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> womenTallies = perWoman.filter(functions.col("tally").isNotNull()).select("key", "tally");
        Dataset<Row> children = perWoman.filter(functions.col("tally").isNull());
        Dataset<Row> households = accepted.filter(functions.col("table").equalTo(RegisterTable.HOUSEHOLDS.code()))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(2), Encoders.STRING())
                .cogroup(children.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING()),
                        new HouseholdGroups(records, period), ExpressionEncoder.apply(WomanGroups.SCHEMA))
                .select("key", "tally");
        Dataset<Row> others = accepted.filter(functions.col("table").isin(RegisterTable.DEATHS.code(), RegisterTable.POPULATION.code(),
                RegisterTable.AREAS.code()).or(alone))
                .map(new RowContributions(records, period), ExpressionEncoder.apply(WomanGroups.SCHEMA)).select("key", "tally");
        List<Row> byArea = womenTallies.union(households).union(others)
                .mapPartitions(new AreaCombine(period), ExpressionEncoder.apply(AreaCombine.SCHEMA))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapValues((MapFunction<Row, byte[]>) r -> (byte[]) r.get(1), Encoders.BINARY())
                .reduceGroups(new TallyMerge())
                .toDF("key", "tally")
                .collectAsList();
        RegisterTally.Builder tally = RegisterTally.builder(period);
        for (Row r : byArea) {
            tally.add(RegisterTally.fromBytes((byte[]) r.get(1)));
        }
        perWoman.unpersist();
        RegisterTally whole = tally.build();
        List<Row> areas = new ArrayList<>();
        for (AreaLevel level : levels) {
            whole.tallies(level).forEach((area, t) -> areas.add(RowFactory.create(area.toString(), whole.areaNames().get(area), t.toBytes())));
        }
        int partitions = Math.max(1, Math.min(areas.size() / 1000 + 1, spark.sparkContext().defaultParallelism() * 4));
        Dataset<Row> results = spark.createDataFrame(areas, AreaResults.AREAS).repartition(partitions)
                .mapPartitions(new AreaResults(period, register.tables(), calculator), ExpressionEncoder.apply(AreaResults.RESULTS))
                .orderBy("area", "ordinal").drop("ordinal");
        return new SparkIndicators(results, rejects, counts, whole, () -> calculator.results(whole, register.tables()));
    }

    private static List<String> header(Dataset<Row> rows) {
        List<String> header = new ArrayList<>(Arrays.asList(rows.columns()));
        header.removeAll(List.of(SparkRegister.CORRUPT_COLUMN, SparkRegister.FILE_COLUMN, SparkRegister.ORDER_COLUMN));
        return header;
    }

    private static Map<RegisterTable, RowCounts> counts(Dataset<Row> validated, Set<RegisterTable> tables) {
        Map<RegisterTable, long[]> sums = new EnumMap<>(RegisterTable.class);
        tables.forEach(t -> sums.put(t, new long[2]));
        for (Row r : validated.groupBy("table", "rejected").count().collectAsList()) {
            RegisterTable t = RowRecords.table(r);
            sums.get(t)[r.getBoolean(1) ? 1 : 0] = r.getLong(2);
        }
        Map<RegisterTable, RowCounts> counts = new EnumMap<>(RegisterTable.class);
        sums.forEach((t, s) -> counts.put(t, RowCounts.of(s[0], s[1])));
        return counts;
    }
}
