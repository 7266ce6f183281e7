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
package io.github.fpkit.examples.cli;

import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.CsvTable;
import io.github.fpkit.io.csv.LinedRecord;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A CSV register source that notes in {@link RecordLines} the line of each record it
 * yields, keyed as findings name records. Its streams must be read sequentially (as
 * {@link io.github.fpkit.model.register.Register#copyOf(RegisterSource)} does), so that
 * the lines of one key are noted in file order.
 */
final class LineNotingSource implements RegisterSource {
    private final CsvRegisterSource source;
    private final RecordLines lines;

    LineNotingSource(CsvRegisterSource source, RecordLines lines) {
        this.source = source;
        this.lines = lines;
    }

    private <T> Stream<T> noted(CsvTable<T> table, Function<T, String> key) {
        RegisterTable t = table.table();
        return source.streamWithLines(table).map(r -> note(t, key, r));
    }

    private <T> T note(RegisterTable table, Function<T, String> key, LinedRecord<T> lined) {
        lines.add(table, key.apply(lined.record()), lined.line());
        return lined.record();
    }

    @Override
    public Set<RegisterTable> tables() {
        return source.tables();
    }

    @Override
    public boolean rejectsDuplicates() {
        return source.rejectsDuplicates();
    }

    @Override
    public Optional<RowCounts> rowCounts(RegisterTable table) {
        return source.rowCounts(table);
    }

    @Override
    public Stream<Area> areas() {
        return noted(CsvTable.AREAS, a -> a.code().toString());
    }

    /** Keyed as the duplicate-population rule names a row: area code and period. */
    @Override
    public Stream<PopulationCount> populationCounts() {
        return noted(CsvTable.POPULATION, p -> p.areaCode() + " " + p.period());
    }

    @Override
    public Stream<Woman> women() {
        return noted(CsvTable.WOMEN, Woman::id);
    }

    @Override
    public Stream<Birth> births() {
        return noted(CsvTable.BIRTHS, Birth::id);
    }

    @Override
    public Stream<Death> deaths() {
        return noted(CsvTable.DEATHS, Death::id);
    }

    @Override
    public Stream<ContraceptiveEpisode> contraceptiveEpisodes() {
        return noted(CsvTable.CONTRACEPTION, ContraceptiveEpisode::womanId);
    }

    @Override
    public Stream<Pregnancy> pregnancies() {
        return noted(CsvTable.PREGNANCIES, Pregnancy::id);
    }

    @Override
    public Stream<Procedure> procedures() {
        return noted(CsvTable.PROCEDURES, Procedure::womanId);
    }

    @Override
    public Stream<HealthCheck> healthChecks() {
        return noted(CsvTable.HEALTH_CHECKS, HealthCheck::womanId);
    }

    @Override
    public Stream<Household> households() {
        return noted(CsvTable.HOUSEHOLDS, Household::id);
    }
}
