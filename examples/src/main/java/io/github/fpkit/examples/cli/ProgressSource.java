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
import java.util.Set;
import java.util.stream.Stream;

/** A register source that counts the rows streamed from another on a {@link ProgressLine}. */
final class ProgressSource implements RegisterSource {
    private final RegisterSource source;
    private final ProgressLine progress;

    ProgressSource(RegisterSource source, ProgressLine progress) {
        this.source = source;
        this.progress = progress;
    }

    private <T> Stream<T> counted(RegisterTable table, Stream<T> records) {
        String file = table.fileName();
        return records.peek(r -> progress.row(file));
    }

    @Override
    public Set<RegisterTable> tables() {
        return source.tables();
    }

    @Override
    public Stream<Area> areas() {
        return counted(RegisterTable.AREAS, source.areas());
    }

    @Override
    public Stream<PopulationCount> populationCounts() {
        return counted(RegisterTable.POPULATION, source.populationCounts());
    }

    @Override
    public Stream<Woman> women() {
        return counted(RegisterTable.WOMEN, source.women());
    }

    @Override
    public Stream<Birth> births() {
        return counted(RegisterTable.BIRTHS, source.births());
    }

    @Override
    public Stream<Death> deaths() {
        return counted(RegisterTable.DEATHS, source.deaths());
    }

    @Override
    public Stream<ContraceptiveEpisode> contraceptiveEpisodes() {
        return counted(RegisterTable.CONTRACEPTION, source.contraceptiveEpisodes());
    }

    @Override
    public Stream<Pregnancy> pregnancies() {
        return counted(RegisterTable.PREGNANCIES, source.pregnancies());
    }

    @Override
    public Stream<Procedure> procedures() {
        return counted(RegisterTable.PROCEDURES, source.procedures());
    }

    @Override
    public Stream<HealthCheck> healthChecks() {
        return counted(RegisterTable.HEALTH_CHECKS, source.healthChecks());
    }

    @Override
    public Stream<Household> households() {
        return counted(RegisterTable.HOUSEHOLDS, source.households());
    }
}
