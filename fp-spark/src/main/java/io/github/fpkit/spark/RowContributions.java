package io.github.fpkit.spark;

import io.github.fpkit.indicators.Contributions;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.ReportingPeriod;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;

/** A row of a table that contributes by itself — a death, a population row, an area — to its tally. */
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
        } else {
            throw new IllegalStateException("bug: " + record.getClass().getSimpleName() + " does not contribute by itself");
        }
        return WomanGroups.tally(tally);
    }
}
