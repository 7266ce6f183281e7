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
import io.github.fpkit.model.register.LinedRegisterSource;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;

/**
 * A {@link LinedRegisterSource} over the records of a register, as if each table were a
 * file with a blank line after every row: the k-th record (from 0) of a table starts on
 * line {@code 2 + 2k}, so that a line is never a record's position plus a constant
 * by accident. Counts how often each table was read with lines.
 */
public final class LinedSource extends ForwardingSource implements LinedRegisterSource {
    private static final Map<RegisterTable, Class<?>> TYPES = new EnumMap<>(Map.of(RegisterTable.AREAS, Area.class,
            RegisterTable.POPULATION, PopulationCount.class, RegisterTable.WOMEN, Woman.class, RegisterTable.BIRTHS, Birth.class,
            RegisterTable.DEATHS, Death.class, RegisterTable.CONTRACEPTION, ContraceptiveEpisode.class,
            RegisterTable.PREGNANCIES, Pregnancy.class, RegisterTable.PROCEDURES, Procedure.class,
            RegisterTable.HEALTH_CHECKS, HealthCheck.class, RegisterTable.HOUSEHOLDS, Household.class));

    static {
        TYPES.put(RegisterTable.DISTRIBUTIONS, Distribution.class);
    }

    private final Map<RegisterTable, Integer> reads = new EnumMap<>(RegisterTable.class);

    /** @param register the records */
    public LinedSource(Register register) {
        super(register);
    }

    /**
     * @param k a record's position in its table, from 0
     * @return the line its row starts on
     */
    public static long lineOf(int k) {
        return 2 + 2L * k;
    }

    /** @return how often each table was read with lines */
    public Map<RegisterTable, Integer> reads() {
        return reads;
    }

    @Override
    protected <T> Stream<T> stream(RegisterTable table, Stream<T> records) {
        return records;
    }

    @Override
    public <T> void forEachWithLine(RegisterTable table, Class<T> type, ObjLongConsumer<? super T> action) {
        if (TYPES.get(table) != type) {
            throw new IllegalArgumentException(table + " holds " + TYPES.get(table).getSimpleName() + ", not " + type.getSimpleName());
        }
        reads.merge(table, 1, Integer::sum);
        List<?> records = records(table);
        for (int k = 0; k < records.size(); k++) {
            action.accept(type.cast(records.get(k)), lineOf(k));
        }
    }
}
