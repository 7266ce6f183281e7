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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.ConformanceCase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The conformance register, in both of its forms, gives on Spark exactly the records of the single-machine engine. */
class ConformanceOnSparkTest {
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2009SY");

    private static void check(Path folder, Charset encoding) {
        SparkIndicators spark = FpSpark.indicators(SparkRegister.csv(LocalSpark.session(), folder.toString(), encoding), PERIOD);
        CsvRegisterSource source = CsvRegister.builder().encoding(encoding).open(folder);
        ComputedIndicators expected = Indicators.compute(source, PERIOD);
        // The case has no distributions.csv (beyond the contract's format): the indicators that need it are unavailable.
        long available = Stream.of(Indicator.values()).filter(i -> !i.inputTables().contains(RegisterTable.DISTRIBUTIONS)).count();
        assertEquals(7 * available, expected.results().size());
        assertEquals(expected.results(), spark.computed().results());
        List<Row> rows = spark.results().collectAsList();
        assertEquals(ResultRows.of(expected.results()), rows);
        assertEquals(0, spark.rejects().count());
        spark.rowCounts().forEach((table, counts) -> assertEquals(0, counts.rejected(), table.toString()));
        assertTrue(spark.rowCounts().get(RegisterTable.WOMEN).accepted() > 0);
    }

    @Test
    void test_englishUtf8_givesTheSingleMachineRecords() {
        check(ConformanceCase.path("register-en"), StandardCharsets.UTF_8);
    }

    @Test
    void test_chineseGbk_givesTheSingleMachineRecords() {
        check(ConformanceCase.path("register-zh-gbk"), Charset.forName("GBK"));
    }
}
