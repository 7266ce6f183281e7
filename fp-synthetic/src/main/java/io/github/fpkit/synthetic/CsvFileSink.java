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

import io.github.fpkit.io.csv.CsvStyle;
import io.github.fpkit.io.csv.CsvTable;
import io.github.fpkit.io.csv.CsvTableWriter;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sink that writes a register folder as records arrive: one CSV file per table of the
 * register format, each through an fp-io {@link CsvTableWriter}, so that memory stays
 * bounded however many women are generated. The folder reads back with
 * {@link io.github.fpkit.io.csv.CsvRegister} (in the same encoding) to the generated records.
 *
 * <pre>{@code
 * try (CsvFileSink sink = CsvFileSink.create(Path.of("register"), StandardCharsets.UTF_8, CsvStyle.CANONICAL)) {
 *     RegisterGenerator.of(settings).generate(sink);
 * }
 * }</pre>
 *
 * <p>I/O failures, and characters the encoding cannot hold, throw
 * {@link UncheckedIOException}. Not thread-safe.
 */
public final class CsvFileSink implements RegisterSink {
    private final List<CsvTableWriter<?>> writers = new ArrayList<>();
    private final CsvTableWriter<Area> areas;
    private final CsvTableWriter<PopulationCount> population;
    private final CsvTableWriter<Woman> women;
    private final CsvTableWriter<Birth> births;
    private final CsvTableWriter<Death> deaths;
    private final CsvTableWriter<ContraceptiveEpisode> contraception;
    private final CsvTableWriter<Pregnancy> pregnancies;
    private final CsvTableWriter<Procedure> procedures;
    private final CsvTableWriter<HealthCheck> healthChecks;
    private final CsvTableWriter<Household> households;
    private final CsvTableWriter<Distribution> distributions;
    private boolean closed;

    private CsvFileSink(Path folder, Charset encoding, CsvStyle style) {
        try {
            areas = open(CsvTable.AREAS, folder, encoding, style);
            population = open(CsvTable.POPULATION, folder, encoding, style);
            women = open(CsvTable.WOMEN, folder, encoding, style);
            births = open(CsvTable.BIRTHS, folder, encoding, style);
            deaths = open(CsvTable.DEATHS, folder, encoding, style);
            contraception = open(CsvTable.CONTRACEPTION, folder, encoding, style);
            pregnancies = open(CsvTable.PREGNANCIES, folder, encoding, style);
            procedures = open(CsvTable.PROCEDURES, folder, encoding, style);
            healthChecks = open(CsvTable.HEALTH_CHECKS, folder, encoding, style);
            households = open(CsvTable.HOUSEHOLDS, folder, encoding, style);
            distributions = open(CsvTable.DISTRIBUTIONS, folder, encoding, style);
        } catch (RuntimeException e) {
            closeAll(e);
            throw e;
        }
    }

    /**
     * Creates the folder if needed and opens one file per table, replacing existing ones.
     *
     * @param folder the register folder, not null
     * @param encoding the files' encoding, not null (UTF-8, GBK, GB18030)
     * @param style canonical English or Chinese headers and labels, not null
     * @return the sink; close it to finish the files
     * @throws UncheckedIOException if the folder or a file cannot be created
     */
    public static CsvFileSink create(Path folder, Charset encoding, CsvStyle style) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(style, "style");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
        return new CsvFileSink(folder, encoding, style);
    }

    private <T> CsvTableWriter<T> open(CsvTable<T> table, Path folder, Charset encoding, CsvStyle style) {
        CsvTableWriter<T> writer = CsvTableWriter.open(table, folder.resolve(table.table().fileName()), encoding, style);
        writers.add(writer);
        return writer;
    }

    /**
     * @param table a table, not null
     * @return the rows written to its file so far, the header not counted
     */
    public long rowsWritten(RegisterTable table) {
        return writers.get(table.ordinal()).rowsWritten();
    }

    @Override
    public void accept(Area area) {
        areas.write(area);
    }

    @Override
    public void accept(PopulationCount count) {
        population.write(count);
    }

    @Override
    public void accept(Woman woman) {
        women.write(woman);
    }

    @Override
    public void accept(Birth birth) {
        births.write(birth);
    }

    @Override
    public void accept(Death death) {
        deaths.write(death);
    }

    @Override
    public void accept(ContraceptiveEpisode episode) {
        contraception.write(episode);
    }

    @Override
    public void accept(Pregnancy pregnancy) {
        pregnancies.write(pregnancy);
    }

    @Override
    public void accept(Procedure procedure) {
        procedures.write(procedure);
    }

    @Override
    public void accept(HealthCheck check) {
        healthChecks.write(check);
    }

    @Override
    public void accept(Household household) {
        households.write(household);
    }

    @Override
    public void accept(Distribution distribution) {
        distributions.write(distribution);
    }

    /**
     * Flushes and closes every file, even if one fails; closing again does nothing.
     *
     * @throws UncheckedIOException the first failure, with any later ones suppressed
     */
    @Override
    public void close() {
        RuntimeException first = closeAll(null);
        if (first != null) {
            throw first;
        }
    }

    private RuntimeException closeAll(RuntimeException pending) {
        if (closed) {
            return pending;
        }
        closed = true;
        RuntimeException first = pending;
        for (CsvTableWriter<?> w : writers) {
            try {
                w.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        return first;
    }
}
