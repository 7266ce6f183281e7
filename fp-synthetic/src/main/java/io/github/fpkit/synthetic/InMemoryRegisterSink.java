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
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Objects;

/**
 * A sink that keeps every record and builds an in-memory {@link Register}, for tests and
 * small demos (it holds the whole register, so it does not suit millions of women).
 *
 * <pre>{@code
 * InMemoryRegisterSink sink = new InMemoryRegisterSink();
 * RegisterGenerator.of(settings).generate(sink);
 * Register register = sink.toRegister();
 * }</pre>
 *
 * <p>The register has every table of the format, even one that received no record, because
 * the generator writes every table. Not thread-safe.
 */
public final class InMemoryRegisterSink implements RegisterSink {
    private final Register.Builder builder = Register.builder();

    /** Creates an empty sink. */
    public InMemoryRegisterSink() {
        for (RegisterTable table : RegisterTable.values()) {
            builder.withTable(table);
        }
    }

    @Override
    public void accept(Area area) {
        builder.add(Objects.requireNonNull(area, "area"));
    }

    @Override
    public void accept(PopulationCount count) {
        builder.add(Objects.requireNonNull(count, "count"));
    }

    @Override
    public void accept(Woman woman) {
        builder.add(Objects.requireNonNull(woman, "woman"));
    }

    @Override
    public void accept(Birth birth) {
        builder.add(Objects.requireNonNull(birth, "birth"));
    }

    @Override
    public void accept(Death death) {
        builder.add(Objects.requireNonNull(death, "death"));
    }

    @Override
    public void accept(ContraceptiveEpisode episode) {
        builder.add(Objects.requireNonNull(episode, "episode"));
    }

    @Override
    public void accept(Pregnancy pregnancy) {
        builder.add(Objects.requireNonNull(pregnancy, "pregnancy"));
    }

    @Override
    public void accept(Procedure procedure) {
        builder.add(Objects.requireNonNull(procedure, "procedure"));
    }

    @Override
    public void accept(HealthCheck check) {
        builder.add(Objects.requireNonNull(check, "check"));
    }

    @Override
    public void accept(Household household) {
        builder.add(Objects.requireNonNull(household, "household"));
    }

    @Override
    public void accept(Distribution distribution) {
        builder.add(distribution);
    }

    /** Does nothing: the records stay available to {@link #toRegister()}. */
    @Override
    public void close() {
        // Nothing to release: the records are the point of this sink.
    }

    /**
     * Builds a register of the records received so far; may be called more than once.
     *
     * @return the register, with every table of {@link RegisterTable}
     */
    public Register toRegister() {
        return builder.build();
    }
}
