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
package io.github.fpkit.indicators.testing;

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
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A register's records as a source that every table's stream passes through one hook, {@link
 * #stream(RegisterTable, Stream)}: the test sources that count, reorder or break streams change
 * only that hook.
 */
public abstract class ForwardingSource implements RegisterSource {
    /** The records streamed. */
    protected final Register register;

    /** @param register the records to stream */
    protected ForwardingSource(Register register) {
        this.register = register;
    }

    /**
     * @param table the table streamed
     * @param records its records, as the register holds them
     * @return the stream the source gives for the table
     */
    protected abstract <T> Stream<T> stream(RegisterTable table, Stream<T> records);

    /**
     * @param table a table
     * @return its records through {@link #stream(RegisterTable, Stream)}, in order
     */
    public final List<?> records(RegisterTable table) {
        try (Stream<?> s = open(table)) {
            return s.collect(Collectors.toList());
        }
    }

    private Stream<?> open(RegisterTable table) {
        switch (table) {
            case AREAS:
                return areas();
            case POPULATION:
                return populationCounts();
            case WOMEN:
                return women();
            case BIRTHS:
                return births();
            case DEATHS:
                return deaths();
            case CONTRACEPTION:
                return contraceptiveEpisodes();
            case PREGNANCIES:
                return pregnancies();
            case PROCEDURES:
                return procedures();
            case HEALTH_CHECKS:
                return healthChecks();
            case DISTRIBUTIONS:
                return distributions();
            default:
                return households();
        }
    }

    @Override
    public Set<RegisterTable> tables() {
        return register.tables();
    }

    @Override
    public final Stream<Area> areas() {
        return stream(RegisterTable.AREAS, register.areas());
    }

    @Override
    public final Stream<PopulationCount> populationCounts() {
        return stream(RegisterTable.POPULATION, register.populationCounts());
    }

    @Override
    public final Stream<Woman> women() {
        return stream(RegisterTable.WOMEN, register.women());
    }

    @Override
    public final Stream<Birth> births() {
        return stream(RegisterTable.BIRTHS, register.births());
    }

    @Override
    public final Stream<Death> deaths() {
        return stream(RegisterTable.DEATHS, register.deaths());
    }

    @Override
    public final Stream<ContraceptiveEpisode> contraceptiveEpisodes() {
        return stream(RegisterTable.CONTRACEPTION, register.contraceptiveEpisodes());
    }

    @Override
    public final Stream<Pregnancy> pregnancies() {
        return stream(RegisterTable.PREGNANCIES, register.pregnancies());
    }

    @Override
    public final Stream<Procedure> procedures() {
        return stream(RegisterTable.PROCEDURES, register.procedures());
    }

    @Override
    public final Stream<HealthCheck> healthChecks() {
        return stream(RegisterTable.HEALTH_CHECKS, register.healthChecks());
    }

    @Override
    public final Stream<Household> households() {
        return stream(RegisterTable.HOUSEHOLDS, register.households());
    }

    @Override
    public final Stream<Distribution> distributions() {
        return stream(RegisterTable.DISTRIBUTIONS, register.distributions());
    }
}
