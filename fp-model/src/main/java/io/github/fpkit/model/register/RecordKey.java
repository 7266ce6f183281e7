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
package io.github.fpkit.model.register;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Woman;
import java.util.Optional;

/**
 * What identifies a row of a table, for the tables whose rows have an identity: the record
 * id of {@code women.csv}, {@code births.csv}, {@code deaths.csv}, {@code pregnancies.csv}
 * and {@code households.csv}, an area's code in {@code areas.csv}, and the area and the
 * period (in any notation) of a {@code population.csv} row. In each of these tables the
 * first row of a key counts and every later row with the same key is rejected as a
 * duplicate. {@code contraception.csv}, {@code procedures.csv},
 * {@code health_checks.csv} and {@code distributions.csv} have no identity: their rows are
 * events, each one counted.
 *
 * <pre>{@code
 * RecordKey.of(RegisterTable.BIRTHS).orElseThrow().of(birth);  // "B0000012", the birth's id
 * RecordKey.of(RegisterTable.PROCEDURES);                       // Optional.empty()
 * }</pre>
 */
public enum RecordKey {
    /** An area's {@code code}. */
    AREAS(RegisterTable.AREAS, "code"),
    /** A population row's {@code area_code} and {@code period}, the period in its canonical notation. */
    POPULATION(RegisterTable.POPULATION, "area_code, period"),
    /** A woman's {@code id}. */
    WOMEN(RegisterTable.WOMEN, "id"),
    /** A birth's {@code id}. */
    BIRTHS(RegisterTable.BIRTHS, "id"),
    /** A death's {@code id}. */
    DEATHS(RegisterTable.DEATHS, "id"),
    /** A pregnancy's {@code id}. */
    PREGNANCIES(RegisterTable.PREGNANCIES, "id"),
    /** A household's {@code id}. */
    HOUSEHOLDS(RegisterTable.HOUSEHOLDS, "id");

    private final RegisterTable table;
    private final String columns;

    RecordKey(RegisterTable table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    /**
     * @param table a table, not null
     * @return the key of the table's rows, or empty if its rows have no identity
     */
    public static Optional<RecordKey> of(RegisterTable table) {
        return switch (table) {
            case AREAS -> Optional.of(AREAS);
            case POPULATION -> Optional.of(POPULATION);
            case WOMEN -> Optional.of(WOMEN);
            case BIRTHS -> Optional.of(BIRTHS);
            case DEATHS -> Optional.of(DEATHS);
            case PREGNANCIES -> Optional.of(PREGNANCIES);
            case HOUSEHOLDS -> Optional.of(HOUSEHOLDS);
            case CONTRACEPTION, PROCEDURES, HEALTH_CHECKS, DISTRIBUTIONS -> Optional.empty();
        };
    }

    /** @return the table whose rows this key identifies */
    public RegisterTable table() {
        return table;
    }

    /** @return the columns that make the key, for example {@code "id"} or {@code "area_code, period"} */
    public String columns() {
        return columns;
    }

    /**
     * @param record a record of {@link #table()}, not null
     * @return its key: equal keys, and only they, identify the same row
     * @throws ClassCastException if the record is not of this key's table
     */
    public String of(Object record) {
        return switch (this) {
            case AREAS -> ((Area) record).code().toString();
            case POPULATION -> ((PopulationCount) record).areaCode() + " " + ((PopulationCount) record).period();
            case WOMEN -> ((Woman) record).id();
            case BIRTHS -> ((Birth) record).id();
            case DEATHS -> ((Death) record).id();
            case PREGNANCIES -> ((Pregnancy) record).id();
            case HOUSEHOLDS -> ((Household) record).id();
        };
    }
}
