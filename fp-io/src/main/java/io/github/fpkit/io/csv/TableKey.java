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
package io.github.fpkit.io.csv;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Optional;
import java.util.function.Function;

/**
 * What identifies a row of a table, for the tables whose rows must be unique: the record
 * id, an area's code, a population row's area and period (in any notation: the days it
 * spans). The first row of a key counts; a later one is a row error naming both lines.
 * Immutable and thread-safe.
 *
 * @param <T> the record type
 */
final class TableKey<T> {
    private final String column;
    private final String rule;
    private final Function<T, String> key;
    private final boolean cuttable;

    private TableKey(String column, String rule, Function<T, String> key, boolean cuttable) {
        this.column = column;
        this.rule = rule;
        this.key = key;
        this.cuttable = cuttable;
    }

    /**
     * @param table a register table, not null
     * @return its key, or empty for the tables of events, whose rows have no identity
     */
    @SuppressWarnings("unchecked")
    static <T> Optional<TableKey<T>> of(RegisterTable table) {
        TableKey<?> key;
        switch (table) {
            case AREAS:
                key = new TableKey<Area>("code", "REF_DUPLICATE_ID", a -> a.code().toString(), false);
                break;
            case POPULATION:
                key = new TableKey<PopulationCount>("period", "REF_DUPLICATE_POPULATION",
                        p -> p.areaCode() + " " + p.period().toIsoString(), false);
                break;
            case WOMEN:
                key = new TableKey<Woman>("id", "REF_DUPLICATE_ID", Woman::id, true);
                break;
            case BIRTHS:
                key = byId(Birth::id);
                break;
            case DEATHS:
                key = byId(Death::id);
                break;
            case PREGNANCIES:
                key = byId(Pregnancy::id);
                break;
            case HOUSEHOLDS:
                key = byId(Household::id);
                break;
            default:
                return Optional.empty();
        }
        return Optional.of((TableKey<T>) key);
    }

    private static <T> TableKey<T> byId(Function<T, String> id) {
        return new TableKey<>("id", "REF_DUPLICATE_ID", id, false);
    }

    String key(T record) {
        return key.apply(record);
    }

    /**
     * @return true if a parallel stream may cut the table into parts: only {@code women.csv},
     *         the largest, whose repeats across parts are passed on (the indicator engine
     *         counts a woman id once) but still rejected in the counts when the pass ends
     */
    boolean cuttable() {
        return cuttable;
    }

    /**
     * @param value the key of a row that an earlier row has
     * @param file the file, as opened
     * @param line the line its row starts on
     * @param firstLine the line of the first row of its key
     * @return the row error that rejects it, naming its id (or code) as its record id
     */
    RowError duplicate(String value, String file, long line, long firstLine) {
        return RowError.of(file, line, column, value, reason("line " + firstLine), "period".equals(column) ? null : value);
    }

    /** @return the column a repeated key is reported in: {@code id}, {@code code} or {@code period} */
    String column() {
        return column;
    }

    /**
     * @param first where the first row of the key is, for example {@code "line 7"}
     * @return why a row whose key an earlier row has is left out
     */
    String reason(String first) {
        String what = "id".equals(column) ? "id" : "code".equals(column) ? "area code" : "area and period";
        return "repeats the " + what + " of " + first + " (" + rule + "); the first row counts, this one is left out";
    }
}
