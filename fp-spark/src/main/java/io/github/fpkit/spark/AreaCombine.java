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

import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.model.ReportingPeriod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Merges the tallies of one partition by area before the shuffle (a combiner): a
 * partition's women give one tally per area they live in, not one per woman.
 */
final class AreaCombine implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** A tally in its compact form, by the area it concerns ("" for none). */
    static final StructType SCHEMA = new StructType()
            .add("key", DataTypes.StringType, false)
            .add("tally", DataTypes.BinaryType, false);

    private final String period;

    AreaCombine(ReportingPeriod period) {
        this.period = period.toString();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        Map<String, RegisterTally.Builder> byArea = new HashMap<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            byArea.computeIfAbsent(row.getString(0), a -> RegisterTally.builder(p)).add(RegisterTally.fromBytes((byte[]) row.get(1)));
        }
        List<Row> out = new ArrayList<>(byArea.size());
        byArea.forEach((area, b) -> out.add(RowFactory.create(area, b.build().toBytes())));
        return out.iterator();
    }
}
