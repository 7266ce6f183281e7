package io.github.fpkit.bench;

import io.github.fpkit.examples.generate.RegisterSink;
import io.github.fpkit.io.csv.CsvTable;
import io.github.fpkit.io.csv.CsvTableWriter;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RegisterSink} that writes every table of the register format to its file in
 * a folder, in fp-io's canonical CSV form, as the records arrive: memory stays flat
 * however many women are generated. Not thread-safe.
 */
final class CsvFolderSink implements RegisterSink {
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

    /**
     * @param folder the folder, created if missing; existing table files are replaced
     * @throws UncheckedIOException if the folder or a file cannot be created
     */
    CsvFolderSink(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
        areas = open(CsvTable.AREAS, folder);
        population = open(CsvTable.POPULATION, folder);
        women = open(CsvTable.WOMEN, folder);
        births = open(CsvTable.BIRTHS, folder);
        deaths = open(CsvTable.DEATHS, folder);
        contraception = open(CsvTable.CONTRACEPTION, folder);
        pregnancies = open(CsvTable.PREGNANCIES, folder);
        procedures = open(CsvTable.PROCEDURES, folder);
        healthChecks = open(CsvTable.HEALTH_CHECKS, folder);
        households = open(CsvTable.HOUSEHOLDS, folder);
    }

    private <T> CsvTableWriter<T> open(CsvTable<T> table, Path folder) {
        CsvTableWriter<T> writer = CsvTableWriter.open(table, folder.resolve(table.table().fileName()));
        writers.add(writer);
        return writer;
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

    /** Closes every file, even if closing one fails; the first failure is thrown. */
    @Override
    public void close() {
        UncheckedIOException first = null;
        for (CsvTableWriter<?> writer : writers) {
            try {
                writer.close();
            } catch (UncheckedIOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
