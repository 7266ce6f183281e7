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

import io.github.fpkit.io.csv.CsvRowReader;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.register.RegisterTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The rows of one table that share a key (a record id, an area's code, a population row's
 * area and period), as the register format rules: the first row read counts, every later
 * one is rejected, as the single-machine reader rejects it. Spark gives no line numbers, so
 * the reason names "an earlier row" where the single-machine reader names its line.
 */
final class RepeatedKeys implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    private final RowRecords records;

    RepeatedKeys(RowRecords records) {
        this.records = records;
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
        List<Row> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        if (all.size() == 1) {
            return all.iterator();
        }
        all.sort(Comparator.comparingLong(RowRecords::order));
        List<Row> out = new ArrayList<>(all.size());
        out.add(all.get(0));
        for (Row r : all.subList(1, all.size())) {
            out.add(rejected(r));
        }
        return out.iterator();
    }

    private Row rejected(Row row) {
        RegisterTable table = RowRecords.table(row);
        CsvRowReader<?> reader = records.reader(table);
        InvalidValueException why = repeated(reader, records.record(row));
        List<String> cells = row.getList(4);
        return RowFactory.create(table.code(), true, null, RowRecords.order(row), new String[0], row.getString(5), why.field().isEmpty() ? null : why.field(),
                why.value(), why.reason(), String.join(",", reader.masked(cells)), null);
    }

    @SuppressWarnings("unchecked")
    private static <T> InvalidValueException repeated(CsvRowReader<T> reader, Object record) {
        return reader.repeated((T) record);
    }
}
