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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A {@link RegisterSource} that is not a {@link Register}: it only hands out fresh
 * streams, records how often each table was opened and whether every stream was closed,
 * can reverse the order of every table's records, and can fail while streaming a table.
 */
public final class StreamingSource implements RegisterSource {
    private final Register register;
    private final boolean reversed;
    private final RegisterTable failing;
    private final RuntimeException failure;
    private final Map<RegisterTable, Integer> opened = new EnumMap<>(RegisterTable.class);
    private int open;

    /**
     * @param register the records to stream
     * @param reversed true to stream every table backwards
     */
    public StreamingSource(Register register, boolean reversed) {
        this(register, reversed, null, null);
    }

    /**
     * @param register the records to stream
     * @param reversed true to stream every table backwards
     * @param failing the table whose stream throws {@code failure} after its last record
     * @param failure what it throws
     */
    public StreamingSource(Register register, boolean reversed, RegisterTable failing, RuntimeException failure) {
        this.register = register;
        this.reversed = reversed;
        this.failing = failing;
        this.failure = failure;
    }

    /** @return how often each table was streamed */
    public Map<RegisterTable, Integer> opened() {
        return Collections.unmodifiableMap(opened);
    }

    /** @return the number of streams opened and not yet closed */
    public int stillOpen() {
        return open;
    }

    private <T> Stream<T> stream(RegisterTable table, Stream<T> records) {
        opened.merge(table, 1, Integer::sum);
        open++;
        List<T> list = new ArrayList<>();
        records.forEach(list::add);
        if (reversed) {
            Collections.reverse(list);
        }
        if (table == failing) {
            // A range, so that the stream can still be cut into parts.
            return IntStream.rangeClosed(0, list.size()).mapToObj(i -> {
                if (i == list.size()) {
                    throw failure;
                }
                return list.get(i);
            }).onClose(() -> open--);
        }
        return list.stream().onClose(() -> open--);
    }

    @Override
    public Set<RegisterTable> tables() {
        return register.tables();
    }

    @Override
    public Stream<Area> areas() {
        return stream(RegisterTable.AREAS, register.areas());
    }

    @Override
    public Stream<PopulationCount> populationCounts() {
        return stream(RegisterTable.POPULATION, register.populationCounts());
    }

    @Override
    public Stream<Woman> women() {
        return stream(RegisterTable.WOMEN, register.women());
    }

    @Override
    public Stream<Birth> births() {
        return stream(RegisterTable.BIRTHS, register.births());
    }

    @Override
    public Stream<Death> deaths() {
        return stream(RegisterTable.DEATHS, register.deaths());
    }

    @Override
    public Stream<ContraceptiveEpisode> contraceptiveEpisodes() {
        return stream(RegisterTable.CONTRACEPTION, register.contraceptiveEpisodes());
    }

    @Override
    public Stream<Pregnancy> pregnancies() {
        return stream(RegisterTable.PREGNANCIES, register.pregnancies());
    }

    @Override
    public Stream<Procedure> procedures() {
        return stream(RegisterTable.PROCEDURES, register.procedures());
    }

    @Override
    public Stream<HealthCheck> healthChecks() {
        return stream(RegisterTable.HEALTH_CHECKS, register.healthChecks());
    }

    @Override
    public Stream<Household> households() {
        return stream(RegisterTable.HOUSEHOLDS, register.households());
    }

    @Override
    public Stream<Distribution> distributions() {
        return stream(RegisterTable.DISTRIBUTIONS, register.distributions());
    }
}
