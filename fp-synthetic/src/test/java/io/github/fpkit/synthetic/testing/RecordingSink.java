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
package io.github.fpkit.synthetic.testing;

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
import io.github.fpkit.synthetic.RegisterSink;
import java.util.ArrayList;
import java.util.List;

/** A sink that records every record in the order received, for comparing whole outputs. */
public final class RecordingSink implements RegisterSink {
    private final List<Object> records = new ArrayList<>();
    private boolean closed;

    /** @return the records in the order received */
    public List<Object> records() {
        return records;
    }

    /** @return true once {@link #close()} was called */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void accept(Area area) {
        records.add(area);
    }

    @Override
    public void accept(PopulationCount count) {
        records.add(count);
    }

    @Override
    public void accept(Woman woman) {
        records.add(woman);
    }

    @Override
    public void accept(Birth birth) {
        records.add(birth);
    }

    @Override
    public void accept(Death death) {
        records.add(death);
    }

    @Override
    public void accept(ContraceptiveEpisode episode) {
        records.add(episode);
    }

    @Override
    public void accept(Pregnancy pregnancy) {
        records.add(pregnancy);
    }

    @Override
    public void accept(Procedure procedure) {
        records.add(procedure);
    }

    @Override
    public void accept(HealthCheck check) {
        records.add(check);
    }

    @Override
    public void accept(Household household) {
        records.add(household);
    }

    @Override
    public void accept(io.github.fpkit.model.Distribution distribution) {
        records.add(distribution);
    }

    @Override
    public void close() {
        closed = true;
    }
}
