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
package io.github.fpkit.indicators.validation;

import static io.github.fpkit.indicators.validation.TableReading.located;

import io.github.fpkit.indicators.engine.RowIds;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.Age;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.internal.ReferentialFindings;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One validation of a register source: each table read once, in the order the joins need
 * (areas, population, households, women, then the events: contraception and procedures
 * before the births they bear on, pregnancies, deaths, health checks, distributions), each record checked
 * as it passes against what the validator holds — the areas' codes, and per household and
 * per woman her id, line, birth day and sterilisations in arrays ({@link KeyedRows},
 * {@link Sterilisations}, {@link BirthSequences}) — so that memory grows with the women and
 * households, never with the events. Findings go to the consumer as they are found; those
 * known only at a table's end (repeated ids and numbers, missing parent areas, a mother's
 * births in date order) follow that table's.
 *
 * <p>Repeated ids of the event tables (births, deaths, pregnancies) would need every event's
 * id: they are checked only when the source is an in-memory {@link Register}, which holds
 * them anyway; a CSV reader rejects such rows itself.
 */
final class ValidationPass {
    private static final MaritalStatus[] STATUSES = MaritalStatus.values();
    private static final int NO_MARRIAGE = Integer.MIN_VALUE;
    private final TableReading reading;
    private final Consumer<? super Finding> out;
    private final boolean inMemory;
    private final int recheckBatch;
    private final PolicyRules policyRules;
    /** The first line of each code of areas.csv, in file order. */
    private final Map<AreaCode, Long> areaLines = new LinkedHashMap<>();
    private boolean hasAreas;
    private KeyedRows households;
    private KeyedRows women;
    /** Per woman's row, her birth date as an epoch day. */
    private int[] birthDays = new int[64];
    /** Per woman's row, what the policy rules judge her births by: marital status, marriage day (or none), area. */
    private byte[] statuses = new byte[64];
    private int[] marriageDays = new int[64];
    private long[] areas = new long[64];
    private int womenRead;
    private Sterilisations sterilisations;
    private BirthSequences births;

    /**
     * @param source the register
     * @param out receives the findings
     * @param recheckBatch the most births of unordered mothers held at once ({@link BirthSequences#RECHECK_BATCH})
     * @param policyRules the rules the births' recorded policy is checked against
     */
    ValidationPass(RegisterSource source, Consumer<? super Finding> out, int recheckBatch, PolicyRules policyRules) {
        this.reading = new TableReading(source);
        this.out = out;
        this.inMemory = source instanceof Register;
        this.recheckBatch = recheckBatch;
        this.policyRules = policyRules;
    }

    void run() {
        areas();
        population();
        households();
        women();
        sterilisations = new Sterilisations(women.size());
        births = new BirthSequences(women.size(), recheckBatch);
        contraception();
        procedures();
        births();
        pregnancies();
        deaths();
        healthChecks();
        distributions();
    }

    private void emit(Finding.Builder finding, long line) {
        out.accept(located(finding, line));
    }

    /** A repeated key, whose message adds the first row's line when lines are known. */
    private void repeated(Finding.Builder finding, long line, long firstLine) {
        Finding f = located(finding, line);
        out.accept(reading.hasLines() ? Finding.builder().from(f).message(f.message() + " (first on line " + firstLine + ")").build() : f);
    }

    private boolean unknownArea(AreaCode code) {
        return hasAreas && !areaLines.containsKey(code);
    }

    private void areas() {
        hasAreas = reading.has(RegisterTable.AREAS);
        reading.read(RegisterTable.AREAS, Area.class, RegisterSource::areas, (area, line) -> {
            Long first = areaLines.putIfAbsent(area.code(), line);
            if (first != null) {
                repeated(ReferentialFindings.duplicateId(RegisterTable.AREAS, "code", area.code().toString()), line, first);
            }
        });
        areaLines.forEach((code, line) -> {
            List<AreaCode> missing = new ArrayList<>();
            for (Optional<AreaCode> p = code.parent(); p.isPresent() && !areaLines.containsKey(p.get()); p = p.get().parent()) {
                missing.add(p.get());
            }
            if (!missing.isEmpty()) {
                emit(ReferentialFindings.unknownParentArea(code, missing), line);
            }
        });
    }

    private void population() {
        Map<String, Long> firstLines = new HashMap<>();
        reading.read(RegisterTable.POPULATION, PopulationCount.class, RegisterSource::populationCounts, (p, line) -> {
            if (unknownArea(p.areaCode())) {
                emit(ReferentialFindings.unknownArea(RegisterTable.POPULATION, p.areaCode().toString(), p.areaCode()), line);
            }
            Long first = firstLines.putIfAbsent(p.areaCode() + " " + p.period(), line);
            if (first != null) {
                repeated(ReferentialFindings.duplicatePopulation(p.areaCode(), p.period()), line, first);
            }
        });
    }

    private void households() {
        households = new KeyedRows();
        reading.read(RegisterTable.HOUSEHOLDS, Household.class, RegisterSource::households, (h, line) -> {
            if (unknownArea(h.areaCode())) {
                emit(ReferentialFindings.unknownArea(RegisterTable.HOUSEHOLDS, h.id(), h.areaCode()), line);
            }
            households.add(h.id(), line);
        });
        households.close();
        repeats(RegisterTable.HOUSEHOLDS, households);
    }

    private void repeats(RegisterTable table, KeyedRows rows) {
        for (int r = 0; r < rows.size(); r++) {
            int first = rows.firstOf(r);
            if (first != r) {
                repeated(ReferentialFindings.duplicateId(table, "id", rows.id(r)), rows.line(r), rows.line(first));
            }
        }
    }

    private void women() {
        women = new KeyedRows();
        ResidentNumbers numbers = new ResidentNumbers();
        boolean checkHouseholds = reading.has(RegisterTable.HOUSEHOLDS);
        reading.read(RegisterTable.WOMEN, Woman.class, RegisterSource::women, (w, line) -> {
            if (unknownArea(w.areaCode())) {
                emit(ReferentialFindings.unknownArea(RegisterTable.WOMEN, w.id(), w.areaCode()), line);
            }
            if (checkHouseholds) {
                w.householdId().filter(h -> households.first(h) == RowIds.NONE)
                        .ifPresent(h -> emit(ReferentialFindings.unknownHousehold(w.id(), h), line));
            }
            residentIdMismatch(w).ifPresent(f -> emit(f, line));
            if (womenRead == birthDays.length) {
                birthDays = Arrays.copyOf(birthDays, womenRead * 2);
                statuses = Arrays.copyOf(statuses, womenRead * 2);
                marriageDays = Arrays.copyOf(marriageDays, womenRead * 2);
                areas = Arrays.copyOf(areas, womenRead * 2);
            }
            statuses[womenRead] = (byte) w.maritalStatus().ordinal();
            marriageDays[womenRead] = w.marriageDate().map(d -> (int) d.toEpochDay()).orElse(NO_MARRIAGE);
            areas[womenRead] = w.areaCode().toNumber();
            birthDays[womenRead++] = (int) w.birthDate().toEpochDay();
            women.add(w.id(), line);
            numbers.add(w.residentId());
        });
        households = null;
        women.close();
        repeats(RegisterTable.WOMEN, women);
        // One person registered as two women; the same woman id twice is REF_DUPLICATE_ID's finding.
        Set<String> reported = new HashSet<>();
        numbers.forEachRepeat((row, firstRow) -> {
            String first = women.id(firstRow);
            String woman = women.id(row);
            if (!first.equals(woman) && reported.add(woman + " " + first)) {
                repeated(ReferentialFindings.duplicateResidentId(first, woman, numbers.number(row)), women.line(row), women.line(firstRow));
            }
        });
    }

    private static Optional<Finding.Builder> residentIdMismatch(Woman woman) {
        PlausibilityRule rule = PlausibilityRule.RESIDENT_ID_MISMATCH;
        return woman.residentId().flatMap((ResidentId id) -> {
            if (!id.birthDate().equals(woman.birthDate())) {
                // The id's own date is not printed: with the masked id it would give the whole number away.
                return Optional.of(rule.finding(woman.id(), "resident_id", id.toString(),
                        "the birth date in resident_id " + id + " differs from birth_date " + woman.birthDate()));
            }
            if (id.sex() != Sex.FEMALE) {
                return Optional.of(rule.finding(woman.id(), "resident_id", id.toString(),
                        "resident_id " + id + " is a man's number (odd 17th digit)"));
            }
            return Optional.empty();
        });
    }

    /** @return her first row, or {@link RowIds#NONE} after reporting her unknown */
    private int woman(RegisterTable table, String field, String recordId, String womanId, long line) {
        int row = women.first(womanId);
        if (row == RowIds.NONE) {
            emit(ReferentialFindings.unknownWoman(table, field, recordId, womanId), line);
        }
        return row;
    }

    private void contraception() {
        reading.read(RegisterTable.CONTRACEPTION, ContraceptiveEpisode.class, RegisterSource::contraceptiveEpisodes, (e, line) -> {
            int w = woman(RegisterTable.CONTRACEPTION, "woman_id", e.womanId(), e.womanId(), line);
            if (w != RowIds.NONE && e.method() == ContraceptiveMethod.FEMALE_STERILIZATION) {
                sterilisations.episode(w, e);
            }
        });
    }

    private void procedures() {
        reading.read(RegisterTable.PROCEDURES, Procedure.class, RegisterSource::procedures, (p, line) -> {
            int w = woman(RegisterTable.PROCEDURES, "woman_id", p.womanId(), p.womanId(), line);
            if (w != RowIds.NONE && p.type() == ProcedureType.FEMALE_STERILIZATION) {
                sterilisations.procedure(w, p.date());
            }
        });
    }

    /** @return the ids seen so far of an event table, when its repeats are checked (an in-memory register); else null */
    private Set<String> eventIds() {
        return inMemory ? new HashSet<>() : null;
    }

    private void repeatedEvent(Set<String> ids, RegisterTable table, String id, long line) {
        if (ids != null && !ids.add(id)) {
            emit(ReferentialFindings.duplicateId(table, "id", id), line);
        }
    }

    private void births() {
        Set<String> ids = eventIds();
        reading.read(RegisterTable.BIRTHS, Birth.class, RegisterSource::births, (b, line) -> {
            repeatedEvent(ids, RegisterTable.BIRTHS, b.id(), line);
            int mother = woman(RegisterTable.BIRTHS, "mother_id", b.id(), b.motherId(), line);
            if (mother == RowIds.NONE) {
                return;
            }
            motherAge(b, mother, line);
            OptionalInt sterilised = sterilisations.before(mother, (int) b.birthDate().toEpochDay());
            if (sterilised.isPresent()) {
                emit(PlausibilityRule.BIRTH_AFTER_STERILIZATION.finding(b.id(), "birth_date", b.birthDate().toString(),
                        "birth on " + b.birthDate() + " after the mother " + ResidentId.maskIfNumber(b.motherId()) + " was sterilised on "
                                + LocalDate.ofEpochDay(sterilised.getAsInt())), line);
            }
            PolicyContradictions.of(policyRules, b, () -> mother(b.motherId(), mother)).ifPresent(f -> emit(f, line));
            births.add(mother, b, line);
        });
        births.emitOrdered(out);
        if (births.anyUnordered()) {
            births.recheckUnordered(action -> reading.read(RegisterTable.BIRTHS, Birth.class, RegisterSource::births, action),
                    women::first, out);
        }
        births = null;
        sterilisations = null;
    }

    /** @return the mother as far as the policy rules need her: her row's birth date, marital status, marriage date and area */
    private Woman mother(String id, int row) {
        return Woman.builder().id(id).birthDate(LocalDate.ofEpochDay(birthDays[row])).maritalStatus(STATUSES[statuses[row]])
                .marriageDate(marriageDays[row] == NO_MARRIAGE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(marriageDays[row])))
                .areaCode(AreaCode.ofNumber(areas[row])).build();
    }

    private void motherAge(Birth birth, int mother, long line) {
        LocalDate born = LocalDate.ofEpochDay(birthDays[mother]);
        boolean tooYoung = birth.birthDate().isBefore(Age.dateOfTurning(born, ReferentialFindings.MIN_MOTHER_AGE));
        boolean tooOld = birth.birthDate().isAfter(Age.dateOfTurning(born, ReferentialFindings.MAX_MOTHER_AGE));
        if (tooYoung || tooOld) {
            emit(ReferentialFindings.motherAge(birth, Age.completedYears(born, birth.birthDate())), line);
        }
    }

    private void pregnancies() {
        Set<String> ids = eventIds();
        reading.read(RegisterTable.PREGNANCIES, Pregnancy.class, RegisterSource::pregnancies, (p, line) -> {
            repeatedEvent(ids, RegisterTable.PREGNANCIES, p.id(), line);
            woman(RegisterTable.PREGNANCIES, "woman_id", p.id(), p.womanId(), line);
            p.outcomeDate().filter(d -> d.isBefore(p.startDate())).ifPresent(d -> emit(PlausibilityRule.OUTCOME_BEFORE_START
                    .finding(p.id(), "outcome_date", d.toString(), "outcome_date " + d + " is before start_date " + p.startDate()),
                    line));
        });
    }

    private void deaths() {
        Set<String> ids = eventIds();
        reading.read(RegisterTable.DEATHS, Death.class, RegisterSource::deaths, (d, line) -> {
            repeatedEvent(ids, RegisterTable.DEATHS, d.id(), line);
            if (unknownArea(d.areaCode())) {
                emit(ReferentialFindings.unknownArea(RegisterTable.DEATHS, d.id(), d.areaCode()), line);
            }
        });
    }

    private void healthChecks() {
        reading.read(RegisterTable.HEALTH_CHECKS, HealthCheck.class, RegisterSource::healthChecks,
                (c, line) -> woman(RegisterTable.HEALTH_CHECKS, "woman_id", c.womanId(), c.womanId(), line));
    }

    /** A distribution names a woman, an area or both: each that it names must be known. */
    private void distributions() {
        reading.read(RegisterTable.DISTRIBUTIONS, Distribution.class, RegisterSource::distributions, (d, line) -> {
            d.womanId().ifPresent(w -> woman(RegisterTable.DISTRIBUTIONS, "woman_id", w, w, line));
            d.areaCode().filter(this::unknownArea)
                    .ifPresent(a -> emit(ReferentialFindings.unknownArea(RegisterTable.DISTRIBUTIONS, d.recordId(), a), line));
        });
    }
}
