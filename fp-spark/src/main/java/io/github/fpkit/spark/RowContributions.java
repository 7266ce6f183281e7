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

import io.github.fpkit.indicators.Contributions;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.ReportingPeriod;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;

/** A row of a table that contributes by itself — a death, a population row, an area, a distribution without a woman — to its tally. */
final class RowContributions implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final RowRecords records;
    private final String period;

    RowContributions(RowRecords records, ReportingPeriod period) {
        this.records = records;
        this.period = period.toString();
    }

    @Override
    public Row call(Row row) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        Object record = records.record(row);
        RegisterTally tally;
        if (record instanceof Death) {
            tally = Contributions.ofDeath((Death) record, p);
        } else if (record instanceof PopulationCount) {
            tally = Contributions.ofPopulation((PopulationCount) record, p);
        } else if (record instanceof Area) {
            tally = Contributions.ofArea((Area) record, p);
        } else if (record instanceof Distribution) {
            tally = Contributions.ofDistribution((Distribution) record, p);
        } else {
            throw new IllegalStateException("bug: " + record.getClass().getSimpleName() + " does not contribute by itself");
        }
        return WomanGroups.tally(tally);
    }
}
