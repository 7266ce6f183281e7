package io.github.fpkit.io.json;

import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.util.stream.Stream;

/** The link between a {@link RegisterTable} and the source's stream and register builder method of its records. */
final class TableStreams {
    private TableStreams() {
    }

    static Stream<?> open(RegisterSource source, RegisterTable table) {
        switch (table) {
            case AREAS:
                return source.areas();
            case POPULATION:
                return source.populationCounts();
            case WOMEN:
                return source.women();
            case BIRTHS:
                return source.births();
            case DEATHS:
                return source.deaths();
            case CONTRACEPTION:
                return source.contraceptiveEpisodes();
            case PREGNANCIES:
                return source.pregnancies();
            case PROCEDURES:
                return source.procedures();
            case HEALTH_CHECKS:
                return source.healthChecks();
            default:
                return source.households();
        }
    }

    static void add(Register.Builder builder, RegisterTable table, Object record) {
        switch (table) {
            case AREAS:
                builder.add((io.github.fpkit.model.Area) record);
                break;
            case POPULATION:
                builder.add((io.github.fpkit.model.PopulationCount) record);
                break;
            case WOMEN:
                builder.add((io.github.fpkit.model.Woman) record);
                break;
            case BIRTHS:
                builder.add((io.github.fpkit.model.Birth) record);
                break;
            case DEATHS:
                builder.add((io.github.fpkit.model.Death) record);
                break;
            case CONTRACEPTION:
                builder.add((io.github.fpkit.model.ContraceptiveEpisode) record);
                break;
            case PREGNANCIES:
                builder.add((io.github.fpkit.model.Pregnancy) record);
                break;
            case PROCEDURES:
                builder.add((io.github.fpkit.model.Procedure) record);
                break;
            case HEALTH_CHECKS:
                builder.add((io.github.fpkit.model.HealthCheck) record);
                break;
            default:
                builder.add((io.github.fpkit.model.Household) record);
        }
    }
}
