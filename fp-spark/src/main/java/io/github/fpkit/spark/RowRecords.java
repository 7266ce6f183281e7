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
import io.github.fpkit.io.csv.CsvTable;
import io.github.fpkit.model.register.RegisterTable;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The records of validated rows, parsed again where a stage needs them: each table's
 * header travels with the stage (a few strings), the readers are made once per task.
 */
final class RowRecords implements Serializable {
    private static final long serialVersionUID = 1L;

    private final HashMap<String, List<String>> headers = new HashMap<>();
    private transient Map<RegisterTable, CsvRowReader<?>> readers;

    /** @param headers each table's header cells */
    RowRecords(Map<RegisterTable, List<String>> headers) {
        headers.forEach((t, h) -> this.headers.put(t.code(), List.copyOf(h)));
    }

    /**
     * @param row a row of {@link RowValidation#SCHEMA}, accepted
     * @return its table
     */
    static RegisterTable table(Row row) {
        String code = row.getString(0);
        for (RegisterTable t : RegisterTable.values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalStateException("bug: unknown table " + code);
    }

    /**
     * @param row a row of {@link RowValidation#SCHEMA}, accepted
     * @return its record
     */
    Object record(Row row) {
        return reader(table(row)).read(row.getList(4));
    }

    /**
     * @param table a table of the register
     * @return the reader of its rows, under its header
     */
    CsvRowReader<?> reader(RegisterTable table) {
        if (readers == null) {
            readers = new EnumMap<>(RegisterTable.class);
        }
        return readers.computeIfAbsent(table, t -> CsvRowReader.of(CsvTable.of(t), headers.get(t.code())));
    }

    /** @return the row's position among the rows read, which orders a woman's duplicated rows as the files do */
    static long order(Row row) {
        return row.getLong(3);
    }
}
