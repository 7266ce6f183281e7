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
import io.github.fpkit.indicators.HouseholdChildren;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.ReportingPeriod;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.sql.Row;

/**
 * One household: its rows of {@code households.csv} and the children its women passed on
 * ({@link WomanGroups}) to its contribution ({@link Contributions#ofHousehold}). Children
 * of a household with no row count nowhere, as in the single-machine engine.
 */
final class HouseholdGroups implements CoGroupFunction<String, Row, Row, Row> {
    private static final long serialVersionUID = 1L;

    private final RowRecords records;
    private final String period;

    HouseholdGroups(RowRecords records, ReportingPeriod period) {
        this.records = records;
        this.period = period.toString();
    }

    @Override
    public Iterator<Row> call(String householdId, Iterator<Row> households, Iterator<Row> children) {
        List<Household> rows = new ArrayList<>();
        households.forEachRemaining(r -> rows.add((Household) records.record(r)));
        HouseholdChildren sum = null;
        while (children.hasNext()) {
            Row c = children.next();
            HouseholdChildren part = HouseholdChildren.of(householdId, c.getInt(2), c.getInt(3));
            sum = sum == null ? part : sum.merge(part);
        }
        if (rows.isEmpty()) {
            return List.<Row>of().iterator();
        }
        return List.of(WomanGroups.tally(Contributions.ofHousehold(rows, Optional.ofNullable(sum), ReportingPeriod.parse(period))))
                .iterator();
    }
}
