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
