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

import io.github.fpkit.indicators.IndicatorResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Result records as Spark rows: the columns of the result-record contract
 * (docs/INDICATORS.md, "Result records"), then those that fpkit's result files add after them
 * (docs/RESULTS.md): the interval's confidence level, the status ({@code count},
 * {@code defined}, {@code undefined}), the area's level and the period's short notation.
 */
final class ResultRows {
    /** area, areaName, period (ISO interval), indicator, numerator, denominator, value, unit, ciLow, ciHigh, confidence, status, level, periodCode. */
    static final StructType SCHEMA = new StructType()
            .add("area", DataTypes.StringType, false)
            .add("areaName", DataTypes.StringType, true)
            .add("period", DataTypes.StringType, false)
            .add("indicator", DataTypes.StringType, false)
            .add("numerator", DataTypes.LongType, true)
            .add("denominator", DataTypes.DoubleType, true)
            .add("value", DataTypes.DoubleType, true)
            .add("unit", DataTypes.StringType, false)
            .add("ciLow", DataTypes.DoubleType, true)
            .add("ciHigh", DataTypes.DoubleType, true)
            .add("confidence", DataTypes.DoubleType, true)
            .add("status", DataTypes.StringType, false)
            .add("level", DataTypes.StringType, false)
            .add("periodCode", DataTypes.StringType, false);

    private ResultRows() {
    }

    static List<Row> of(List<IndicatorResult> results) {
        List<Row> rows = new ArrayList<>(results.size());
        for (IndicatorResult r : results) {
            rows.add(RowFactory.create(r.area().toString(), r.areaName().orElse(null), r.period().toIsoString(), r.indicator().code(),
                    r.numerator().isPresent() ? r.numerator().getAsLong() : null,
                    r.denominator().isPresent() ? r.denominator().getAsDouble() : null,
                    r.value().isPresent() ? r.value().getAsDouble() : null,
                    r.unit().symbol(),
                    r.ciLow().isPresent() ? r.ciLow().getAsDouble() : null,
                    r.ciHigh().isPresent() ? r.ciHigh().getAsDouble() : null,
                    r.confidenceLevel().isPresent() ? r.confidenceLevel().getAsDouble() : null,
                    r.status().code(), r.area().level().code(), r.period().toString()));
        }
        return rows;
    }
}
