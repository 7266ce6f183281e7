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

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.ConformanceCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/** The same tables as Parquet, dates typed as Parquet dates, give the same records as the CSV register. */
class ParquetRegisterTest {
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2009SY");

    @Test
    void test_conformanceRegisterAsParquet_givesTheSingleMachineRecords() throws Exception {
        SparkSession spark = LocalSpark.session();
        Path csv = ConformanceCase.path("register-en");
        Path folder = Files.createTempDirectory("fp-spark-parquet");
        try {
            SparkRegister fromCsv = SparkRegister.csv(spark, csv.toString(), StandardCharsets.UTF_8);
            for (RegisterTable table : fromCsv.tables()) {
                Dataset<Row> rows = fromCsv.rows(table);
                List<Column> columns = new ArrayList<>();
                for (String name : rows.columns()) {
                    if (!name.startsWith("_fpkit_")) {
                        // Typed as an exporting database would type them: dates as dates, the rest as text.
                        columns.add(name.endsWith("_date") ? functions.to_date(functions.col(name)).as(name) : functions.col(name));
                    }
                }
                rows.select(columns.toArray(new Column[0])).write().parquet(folder.resolve(table.fileName().replace(".csv", ".parquet")).toString());
            }
            SparkIndicators computed = FpSpark.indicators(SparkRegister.parquet(spark, folder.toString()), PERIOD);
            ComputedIndicators expected = Indicators.compute(CsvRegister.builder().open(csv), PERIOD);
            assertEquals(expected.results(), computed.computed().results());
            assertEquals(0, computed.rejects().count());
        } finally {
            SparkEqualsSingleMachinePropertiesTest.delete(folder);
        }
    }
}
