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
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Residence;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Test-only loader of the English conformance register (canonical headers, UTF-8, ISO
 * dates, plain comma-separated cells without quoting) into a {@link Register}. The real
 * reader with aliases, quoting and row errors belongs to fp-io.
 */
public final class CsvFixture {
    private final Path folder;
    private final Register.Builder builder = Register.builder();

    private CsvFixture(Path folder) {
        this.folder = folder;
    }

    /**
     * @param folder a register folder, for example fp-testkit's
     *     {@code ConformanceCase.path("register-en")}
     * @return the register of the files present there
     */
    public static Register load(Path folder) {
        return new CsvFixture(folder).read();
    }

    private Register read() {
        table(RegisterTable.AREAS, r -> builder.add(Area.of(AreaCode.of(r.get("code")), r.get("name"))));
        table(RegisterTable.POPULATION, r -> {
            PopulationCount.Builder b = PopulationCount.builder().areaCode(AreaCode.of(r.get("area_code")))
                    .period(ReportingPeriod.parse(r.get("period")));
            if (!r.get("start_population").isEmpty()) {
                b.startPopulation(Long.parseLong(r.get("start_population")));
            }
            if (!r.get("end_population").isEmpty()) {
                b.endPopulation(Long.parseLong(r.get("end_population")));
            }
            if (!r.get("average_population").isEmpty()) {
                b.averagePopulation(Double.parseDouble(r.get("average_population")));
            }
            builder.add(b.build());
        });
        table(RegisterTable.WOMEN, r -> {
            Woman.Builder b = Woman.builder().id(r.get("id")).areaCode(AreaCode.of(r.get("area_code")))
                    .birthDate(date(r.get("birth_date"))).maritalStatus(MaritalStatus.parse(r.get("marital_status")));
            if (!r.get("resident_id").isEmpty()) {
                b.residentId(ResidentId.parse(r.get("resident_id")));
            }
            if (!r.get("household_id").isEmpty()) {
                b.householdId(r.get("household_id"));
            }
            if (!r.get("marriage_date").isEmpty()) {
                b.marriageDate(date(r.get("marriage_date")));
            }
            if (!r.get("residence").isEmpty()) {
                b.residence(Residence.parse(r.get("residence")));
            }
            builder.add(b.build());
        });
        table(RegisterTable.BIRTHS, r -> {
            Birth.Builder b = Birth.builder().id(r.get("id")).motherId(r.get("mother_id"))
                    .birthDate(date(r.get("birth_date"))).sex(Sex.parse(r.get("sex")));
            if (!r.get("birth_order").isEmpty()) {
                b.birthOrder(Integer.parseInt(r.get("birth_order")));
            }
            if (!r.get("policy").isEmpty()) {
                b.policy(PolicyStatus.parse(r.get("policy")));
            }
            if (!r.get("outcome").isEmpty()) {
                b.outcome(BirthOutcome.parse(r.get("outcome")));
            }
            if (!r.get("death_date").isEmpty()) {
                b.deathDate(date(r.get("death_date")));
            }
            builder.add(b.build());
        });
        table(RegisterTable.DEATHS, r -> {
            Death.Builder b = Death.builder().id(r.get("id")).areaCode(AreaCode.of(r.get("area_code")))
                    .deathDate(date(r.get("death_date")));
            if (!r.get("sex").isEmpty()) {
                b.sex(Sex.parse(r.get("sex")));
            }
            if (!r.get("birth_date").isEmpty()) {
                b.birthDate(date(r.get("birth_date")));
            }
            builder.add(b.build());
        });
        table(RegisterTable.CONTRACEPTION, r -> {
            ContraceptiveEpisode.Builder b = ContraceptiveEpisode.builder().womanId(r.get("woman_id"))
                    .method(ContraceptiveMethod.parse(r.get("method"))).startDate(date(r.get("start_date")));
            if (!r.get("end_date").isEmpty()) {
                b.endDate(date(r.get("end_date")));
            }
            builder.add(b.build());
        });
        table(RegisterTable.PREGNANCIES, r -> {
            Pregnancy.Builder b = Pregnancy.builder().id(r.get("id")).womanId(r.get("woman_id"))
                    .startDate(date(r.get("start_date")));
            if (!r.get("planned").isEmpty()) {
                b.planned(Boolean.parseBoolean(r.get("planned")));
            }
            if (!r.get("outcome").isEmpty()) {
                b.outcome(PregnancyOutcome.parse(r.get("outcome")));
            }
            if (!r.get("outcome_date").isEmpty()) {
                b.outcomeDate(date(r.get("outcome_date")));
            }
            builder.add(b.build());
        });
        table(RegisterTable.PROCEDURES, r -> builder.add(Procedure.of(r.get("woman_id"),
                ProcedureType.parse(r.get("type")), date(r.get("date")))));
        table(RegisterTable.HEALTH_CHECKS, r -> builder.add(HealthCheck.of(r.get("woman_id"),
                HealthCheckKind.parse(r.get("kind")), date(r.get("date")))));
        table(RegisterTable.HOUSEHOLDS, r -> {
            Household.Builder b = Household.builder().id(r.get("id")).areaCode(AreaCode.of(r.get("area_code")));
            if (!r.get("rural").isEmpty()) {
                b.rural(Boolean.parseBoolean(r.get("rural")));
            }
            if (!r.get("father_birth_date").isEmpty()) {
                b.fatherBirthDate(date(r.get("father_birth_date")));
            }
            if (!r.get("one_child_certificate_date").isEmpty()) {
                b.oneChildCertificateDate(date(r.get("one_child_certificate_date")));
            }
            builder.add(b.build());
        });
        return builder.build();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private void table(RegisterTable table, Consumer<Map<String, String>> row) {
        Path path = folder.resolve(table.fileName());
        if (!Files.exists(path)) {
            return;
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            builder.withTable(table);
            String[] header = reader.readLine().split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                Map<String, String> r = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    r.put(header[i].trim(), i < cells.length ? cells[i].trim() : "");
                }
                rows.add(r);
            }
            rows.forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException(path.toString(), e);
        }
    }
}
