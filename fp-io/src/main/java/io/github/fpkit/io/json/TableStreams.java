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
            case DISTRIBUTIONS:
                return source.distributions();
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
            case DISTRIBUTIONS:
                builder.add((io.github.fpkit.model.Distribution) record);
                break;
            default:
                builder.add((io.github.fpkit.model.Household) record);
        }
    }
}
