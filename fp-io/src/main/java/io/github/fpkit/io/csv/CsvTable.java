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

import io.github.fpkit.io.internal.ColumnBinding;
import io.github.fpkit.io.internal.Schema;
import io.github.fpkit.io.internal.Schemas;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One table of the register format as a CSV file: its {@link RegisterTable}, its record
 * type and its columns (canonical English names in the order of the format), typed so
 * that a {@link CsvTableWriter} of {@code CsvTable.WOMEN} accepts only women.
 *
 * <pre>{@code
 * CsvTable.WOMEN.columns();  // [id, resident_id, area_code, household_id, birth_date, …]
 * CsvTable.of(RegisterTable.BIRTHS).table().fileName(); // "births.csv"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public final class CsvTable<T> {
    /** {@code areas.csv}. */
    public static final CsvTable<Area> AREAS = new CsvTable<>(RegisterTable.AREAS, Schemas.AREAS, RegisterSource::areas);
    /** {@code population.csv}. */
    public static final CsvTable<PopulationCount> POPULATION = new CsvTable<>(RegisterTable.POPULATION, Schemas.POPULATION,
            RegisterSource::populationCounts);
    /** {@code women.csv}. */
    public static final CsvTable<Woman> WOMEN = new CsvTable<>(RegisterTable.WOMEN, Schemas.WOMEN, RegisterSource::women);
    /** {@code births.csv}. */
    public static final CsvTable<Birth> BIRTHS = new CsvTable<>(RegisterTable.BIRTHS, Schemas.BIRTHS, RegisterSource::births);
    /** {@code deaths.csv}. */
    public static final CsvTable<Death> DEATHS = new CsvTable<>(RegisterTable.DEATHS, Schemas.DEATHS, RegisterSource::deaths);
    /** {@code contraception.csv}. */
    public static final CsvTable<ContraceptiveEpisode> CONTRACEPTION = new CsvTable<>(RegisterTable.CONTRACEPTION,
            Schemas.CONTRACEPTION, RegisterSource::contraceptiveEpisodes);
    /** {@code pregnancies.csv}. */
    public static final CsvTable<Pregnancy> PREGNANCIES = new CsvTable<>(RegisterTable.PREGNANCIES, Schemas.PREGNANCIES,
            RegisterSource::pregnancies);
    /** {@code procedures.csv}. */
    public static final CsvTable<Procedure> PROCEDURES = new CsvTable<>(RegisterTable.PROCEDURES, Schemas.PROCEDURES,
            RegisterSource::procedures);
    /** {@code health_checks.csv}. */
    public static final CsvTable<HealthCheck> HEALTH_CHECKS = new CsvTable<>(RegisterTable.HEALTH_CHECKS, Schemas.HEALTH_CHECKS,
            RegisterSource::healthChecks);
    /** {@code households.csv}. */
    public static final CsvTable<Household> HOUSEHOLDS = new CsvTable<>(RegisterTable.HOUSEHOLDS, Schemas.HOUSEHOLDS,
            RegisterSource::households);
    /** {@code distributions.csv}. */
    public static final CsvTable<Distribution> DISTRIBUTIONS = new CsvTable<>(RegisterTable.DISTRIBUTIONS, Schemas.DISTRIBUTIONS,
            RegisterSource::distributions);

    private static final List<CsvTable<?>> ALL = List.of(AREAS, POPULATION, WOMEN, BIRTHS, DEATHS, CONTRACEPTION,
            PREGNANCIES, PROCEDURES, HEALTH_CHECKS, HOUSEHOLDS, DISTRIBUTIONS);

    private final RegisterTable table;
    private final Schema<T, ?> schema;
    private final Function<RegisterSource, Stream<T>> stream;

    private CsvTable(RegisterTable table, Schema<T, ?> schema, Function<RegisterSource, Stream<T>> stream) {
        this.table = table;
        this.schema = schema;
        this.stream = stream;
    }

    /**
     * @param table a register table, not null
     * @return its CSV table
     */
    public static CsvTable<?> of(RegisterTable table) {
        Objects.requireNonNull(table, "table");
        return ALL.get(table.ordinal());
    }

    /** @return every table, in the order of {@link RegisterTable} */
    public static List<CsvTable<?>> all() {
        return ALL;
    }

    /** @return the register table */
    public RegisterTable table() {
        return table;
    }

    /** @return the record class */
    public Class<T> recordType() {
        return schema.type();
    }

    /** @return the canonical column names, in the order of the register format, as the writer writes them */
    public List<String> columns() {
        return schema.fields().stream().map(ColumnBinding::name).collect(Collectors.toUnmodifiableList());
    }

    /** @return the columns a file must have */
    public List<String> requiredColumns() {
        return schema.fields().stream().filter(ColumnBinding::requiredColumn).map(ColumnBinding::name).collect(Collectors.toUnmodifiableList());
    }

    Schema<T, ?> schema() {
        return schema;
    }

    /** Opens the source's stream of this table; the caller closes it. */
    Stream<T> streamOf(RegisterSource source) {
        return stream.apply(source);
    }

    /** @return the file name, for example {@code "women.csv"} */
    @Override
    public String toString() {
        return table.fileName();
    }
}
