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
package io.github.fpkit.synthetic;

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
import io.github.fpkit.model.register.RegisterTable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Passes records on to another sink and counts them per table, for the generator's summary. */
final class CountingSink implements RegisterSink {
    private final RegisterSink target;
    private final long[] counts = new long[RegisterTable.values().length];

    CountingSink(RegisterSink target) {
        this.target = target;
    }

    /** @return the number of records per table, every table present */
    Map<RegisterTable, Long> counts() {
        Map<RegisterTable, Long> map = new EnumMap<>(RegisterTable.class);
        for (RegisterTable t : RegisterTable.values()) {
            map.put(t, counts[t.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public void accept(Area area) {
        counts[RegisterTable.AREAS.ordinal()]++;
        target.accept(area);
    }

    @Override
    public void accept(PopulationCount count) {
        counts[RegisterTable.POPULATION.ordinal()]++;
        target.accept(count);
    }

    @Override
    public void accept(Woman woman) {
        counts[RegisterTable.WOMEN.ordinal()]++;
        target.accept(woman);
    }

    @Override
    public void accept(Birth birth) {
        counts[RegisterTable.BIRTHS.ordinal()]++;
        target.accept(birth);
    }

    @Override
    public void accept(Death death) {
        counts[RegisterTable.DEATHS.ordinal()]++;
        target.accept(death);
    }

    @Override
    public void accept(ContraceptiveEpisode episode) {
        counts[RegisterTable.CONTRACEPTION.ordinal()]++;
        target.accept(episode);
    }

    @Override
    public void accept(Pregnancy pregnancy) {
        counts[RegisterTable.PREGNANCIES.ordinal()]++;
        target.accept(pregnancy);
    }

    @Override
    public void accept(Procedure procedure) {
        counts[RegisterTable.PROCEDURES.ordinal()]++;
        target.accept(procedure);
    }

    @Override
    public void accept(HealthCheck check) {
        counts[RegisterTable.HEALTH_CHECKS.ordinal()]++;
        target.accept(check);
    }

    @Override
    public void accept(Household household) {
        counts[RegisterTable.HOUSEHOLDS.ordinal()]++;
        target.accept(household);
    }

    @Override
    public void accept(Distribution distribution) {
        counts[RegisterTable.DISTRIBUTIONS.ordinal()]++;
        target.accept(distribution);
    }

    /** Not used: the caller of the generator owns and closes the target sink. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("the generator never closes the caller's sink");
    }
}
