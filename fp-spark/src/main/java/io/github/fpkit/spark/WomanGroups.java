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
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.WomanHistory;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One woman's record card (her {@code women.csv} row and every accepted event naming her)
 * to her contribution ({@link Contributions#ofWoman}, with the calculator's policy rules) and the children she passes on to
 * her household, as the single-machine engine counts them: when her id has several rows,
 * the first row read counts, with all her events, and the later rows count for nothing;
 * events whose id has no row are unattributed.
 */
final class WomanGroups implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    /** What a group gives: tallies (by area) and children (by household). */
    static final StructType SCHEMA = new StructType()
            .add("key", DataTypes.StringType, false)
            .add("tally", DataTypes.BinaryType, true)
            .add("children", DataTypes.IntegerType, true)
            .add("sons", DataTypes.IntegerType, true);

    private final RowRecords records;
    private final String period;
    private final PolicyRules policyRules;

    /**
     * @param policyRules the rules her births of unknown policy are judged by; serializable
     *     ({@link ShippedRules#check})
     */
    WomanGroups(RowRecords records, ReportingPeriod period, PolicyRules policyRules) {
        this.records = records;
        this.period = period.toString();
        this.policyRules = policyRules;
    }

    @Override
    public Iterator<Row> call(String womanId, Iterator<Row> rows) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        List<Row> women = new ArrayList<>();
        Map<RegisterTable, List<Object>> events = new EnumMap<>(RegisterTable.class);
        while (rows.hasNext()) {
            Row row = rows.next();
            RegisterTable table = RowRecords.table(row);
            if (table == RegisterTable.WOMEN) {
                women.add(row);
            } else {
                events.computeIfAbsent(table, t -> new ArrayList<>()).add(records.record(row));
            }
        }
        List<Row> out = new ArrayList<>();
        if (women.isEmpty()) {
            events.forEach((table, list) -> out.add(tally(Contributions.unattributed(table, list.size(), p))));
            return out.iterator();
        }
        Woman woman = (Woman) records.record(Collections.min(women, Comparator.comparingLong(RowRecords::order)));
        WomanHistory card = WomanHistory.of(woman, of(events, RegisterTable.BIRTHS, Birth.class),
                of(events, RegisterTable.CONTRACEPTION, ContraceptiveEpisode.class), of(events, RegisterTable.PREGNANCIES, Pregnancy.class),
                of(events, RegisterTable.PROCEDURES, Procedure.class), of(events, RegisterTable.HEALTH_CHECKS, HealthCheck.class))
                .withDistributions(of(events, RegisterTable.DISTRIBUTIONS, Distribution.class));
        out.add(tally(Contributions.ofWoman(card, p, policyRules)));
        Contributions.childrenOf(card, p).ifPresent(c -> out.add(children(c)));
        return out.iterator();
    }

    private static <T> List<T> of(Map<RegisterTable, List<Object>> events, RegisterTable table, Class<T> type) {
        List<T> list = new ArrayList<>();
        for (Object o : events.getOrDefault(table, List.of())) {
            list.add(type.cast(o));
        }
        return list;
    }

    /** @return a row of a tally, keyed by the area it concerns ("" if none) so that tallies reduce by area */
    static Row tally(RegisterTally tally) {
        String area = tally.knownAreas().isEmpty() ? "" : tally.knownAreas().first().toString();
        return RowFactory.create(area, tally.toBytes(), null, null);
    }

    private static Row children(HouseholdChildren c) {
        return RowFactory.create(c.householdId(), null, c.children(), c.sons());
    }
}
