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

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.CypFactors;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The result records of rolled-up areas, on the executors: the driver holds one tally per
 * area (a few hundred bytes each), never the records (58 per area). The calculator's
 * result-time settings travel as values (the calculator is not serializable): its
 * indicators, confidence level, CYP factors and the fill of unknown policy statuses, which
 * needs no rules here (the tallies already count the births the rules judge in).
 */
final class AreaResults implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** An area to compute: its code, its name (null if unknown) and its tally's compact form. */
    static final StructType AREAS = new StructType()
            .add("area", DataTypes.StringType, false)
            .add("areaName", DataTypes.StringType, true)
            .add("tally", DataTypes.BinaryType, false);

    /** The result columns and each record's place in catalogue order, to sort by. */
    static final StructType RESULTS = ResultRows.SCHEMA.add("ordinal", DataTypes.IntegerType, false);

    private final String period;
    private final EnumSet<RegisterTable> tables;
    private final EnumSet<Indicator> indicators;
    private final double confidenceLevel;
    private final CypFactors cypFactors;
    private final boolean fillUnknownPolicy;

    AreaResults(ReportingPeriod period, Set<RegisterTable> tables, IndicatorCalculator calculator) {
        this.period = period.toString();
        this.tables = EnumSet.copyOf(tables);
        this.indicators = EnumSet.copyOf(calculator.indicators());
        this.confidenceLevel = calculator.confidenceLevel();
        this.cypFactors = calculator.cypFactors();
        this.fillUnknownPolicy = calculator.fillsUnknownPolicy();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> areas) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        IndicatorCalculator calculator = IndicatorCalculator.builder().parallelism(1).indicators(indicators)
                .confidenceLevel(confidenceLevel).cypFactors(cypFactors).fillUnknownPolicy(fillUnknownPolicy).build();
        List<Row> out = new ArrayList<>();
        while (areas.hasNext()) {
            Row a = areas.next();
            List<IndicatorResult> results = calculator.results(AreaCode.of(a.getString(0)), Optional.ofNullable(a.getString(1)),
                    AreaTally.fromBytes((byte[]) a.get(2)), p, tables);
            List<Row> rows = ResultRows.of(results);
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Object[] values = new Object[r.size() + 1];
                for (int c = 0; c < r.size(); c++) {
                    values[c] = r.get(c);
                }
                values[r.size()] = results.get(i).indicator().ordinal();
                out.add(RowFactory.create(values));
            }
        }
        return out.iterator();
    }
}
