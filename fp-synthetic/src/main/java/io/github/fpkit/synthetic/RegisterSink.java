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

/**
 * Receives the records of a register as they are generated, one method per table of the
 * register format. An implementation may keep them ({@link InMemoryRegisterSink}) or
 * write each table to its own file as records arrive.
 *
 * <p>{@link RegisterGenerator#generate(RegisterSink)} calls the methods in this order:
 * all areas first; then, woman by woman, her household (when she is its first woman),
 * herself, and her births, child deaths, contraceptive episodes, pregnancies, procedures
 * and health checks; finally, village by village, the remaining deaths and the population
 * count. Records of different tables therefore interleave, and records of one table arrive
 * in the order they should be written. The generator never calls {@link #close()}: the
 * caller owns the sink.
 *
 * <pre>{@code
 * try (RegisterSink sink = new InMemoryRegisterSink()) {
 *     RegisterGenerator.of(settings).generate(sink);
 * }
 * }</pre>
 *
 * <p>Implementations report I/O failures as {@link java.io.UncheckedIOException}. A sink
 * is called from one thread at a time.
 */
public interface RegisterSink extends AutoCloseable {
    /**
     * @param area an area of {@code areas.csv}, not null
     */
    void accept(Area area);

    /**
     * @param count a row of {@code population.csv}, not null
     */
    void accept(PopulationCount count);

    /**
     * @param woman a row of {@code women.csv}, not null
     */
    void accept(Woman woman);

    /**
     * @param birth a row of {@code births.csv}, not null
     */
    void accept(Birth birth);

    /**
     * @param death a row of {@code deaths.csv}, not null
     */
    void accept(Death death);

    /**
     * @param episode a row of {@code contraception.csv}, not null
     */
    void accept(ContraceptiveEpisode episode);

    /**
     * @param pregnancy a row of {@code pregnancies.csv}, not null
     */
    void accept(Pregnancy pregnancy);

    /**
     * @param procedure a row of {@code procedures.csv}, not null
     */
    void accept(Procedure procedure);

    /**
     * @param check a row of {@code health_checks.csv}, not null
     */
    void accept(HealthCheck check);

    /**
     * @param household a row of {@code households.csv}, not null
     */
    void accept(Household household);

    /**
     * @param distribution a row of {@code distributions.csv}, not null
     */
    void accept(Distribution distribution);

    /**
     * Finishes the register (flushes and closes files, for a file sink).
     *
     * @throws java.io.UncheckedIOException if an implementation fails to write
     */
    @Override
    void close();
}
