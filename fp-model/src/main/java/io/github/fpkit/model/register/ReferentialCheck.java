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
package io.github.fpkit.model.register;

import io.github.fpkit.model.Age;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.internal.ReferentialFindings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The referential rules of the register format, run over a {@link Register}. */
final class ReferentialCheck {
    private final Register register;
    private final List<Finding> findings = new ArrayList<>();

    ReferentialCheck(Register register) {
        this.register = register;
    }

    List<Finding> run() {
        duplicates(RegisterTable.AREAS, "code", register.areas().map(a -> a.code().toString()));
        duplicates(RegisterTable.WOMEN, "id", register.women().map(Woman::id));
        duplicateResidentIds();
        duplicates(RegisterTable.BIRTHS, "id", register.births().map(Birth::id));
        duplicates(RegisterTable.DEATHS, "id", register.deaths().map(d -> d.id()));
        duplicates(RegisterTable.PREGNANCIES, "id", register.pregnancies().map(p -> p.id()));
        duplicates(RegisterTable.HOUSEHOLDS, "id", register.households().map(h -> h.id()));
        duplicatePopulations();

        if (register.has(RegisterTable.AREAS)) {
            Set<AreaCode> known = register.areaCodes();
            // A repeated code is REF_DUPLICATE_ID's finding: its parents are checked once, at its first row.
            Set<AreaCode> checked = new HashSet<>();
            register.areas().filter(a -> checked.add(a.code())).forEach(a -> unknownParents(a, known));
            unknownAreas(RegisterTable.POPULATION, register.populationCounts(), p -> p.areaCode().toString(), p -> p.areaCode(), known);
            unknownAreas(RegisterTable.WOMEN, register.women(), Woman::id, Woman::areaCode, known);
            unknownAreas(RegisterTable.DEATHS, register.deaths(), d -> d.id(), d -> d.areaCode(), known);
            unknownAreas(RegisterTable.HOUSEHOLDS, register.households(), h -> h.id(), h -> h.areaCode(), known);
            unknownAreas(RegisterTable.DISTRIBUTIONS, register.distributions().filter(d -> d.areaCode().isPresent()),
                    Distribution::recordId, d -> d.areaCode().get(), known);
        }
        if (register.has(RegisterTable.HOUSEHOLDS)) {
            unknownHouseholds();
        }

        unknownWomen(RegisterTable.BIRTHS, "mother_id", register.births(), Birth::id, Birth::motherId);
        unknownWomen(RegisterTable.CONTRACEPTION, "woman_id", register.contraceptiveEpisodes(), e -> e.womanId(), e -> e.womanId());
        unknownWomen(RegisterTable.PREGNANCIES, "woman_id", register.pregnancies(), p -> p.id(), p -> p.womanId());
        unknownWomen(RegisterTable.PROCEDURES, "woman_id", register.procedures(), p -> p.womanId(), p -> p.womanId());
        unknownWomen(RegisterTable.HEALTH_CHECKS, "woman_id", register.healthChecks(), c -> c.womanId(), c -> c.womanId());
        unknownWomen(RegisterTable.DISTRIBUTIONS, "woman_id", register.distributions().filter(d -> d.womanId().isPresent()),
                Distribution::recordId, d -> d.womanId().get());

        register.births().forEach(this::motherAge);
        register.women().map(Woman::id).distinct().forEach(this::birthOrders);
        return List.copyOf(findings);
    }

    private void duplicates(RegisterTable table, String field, Stream<String> ids) {
        Set<String> seen = new HashSet<>();
        ids.forEach(id -> {
            if (!seen.add(id)) {
                findings.add(ReferentialFindings.duplicateId(table, field, id).build());
            }
        });
    }

    /**
     * One person registered as two women. Legacy 15-digit numbers are converted to 18
     * characters when parsed, so a legacy number and its 18-character form compare equal
     * here; the same woman id twice is {@code REF_DUPLICATE_ID}'s finding, not this one's.
     */
    private void duplicateResidentIds() {
        Map<ResidentId, String> firstHolder = new HashMap<>();
        Set<String> reported = new HashSet<>();
        register.women().forEach(w -> w.residentId().ifPresent(number -> {
            String first = firstHolder.putIfAbsent(number, w.id());
            if (first != null && !first.equals(w.id()) && reported.add(w.id() + " " + first)) {
                findings.add(ReferentialFindings.duplicateResidentId(first, w.id(), number).build());
            }
        }));
    }

    private void duplicatePopulations() {
        Set<String> seen = new HashSet<>();
        register.populationCounts().forEach(p -> {
            if (!seen.add(p.areaCode() + " " + p.period())) {
                findings.add(ReferentialFindings.duplicatePopulation(p.areaCode(), p.period()).build());
            }
        });
    }

    /** The township and county above an area, up to the first that areas.csv has. */
    private void unknownParents(Area area, Set<AreaCode> known) {
        List<AreaCode> missing = new ArrayList<>();
        for (Optional<AreaCode> p = area.code().parent(); p.isPresent() && !known.contains(p.get()); p = p.get().parent()) {
            missing.add(p.get());
        }
        if (!missing.isEmpty()) {
            findings.add(ReferentialFindings.unknownParentArea(area.code(), missing).build());
        }
    }

    private <T> void unknownAreas(RegisterTable table, Stream<T> records, Function<T, String> id,
            Function<T, AreaCode> area, Set<AreaCode> known) {
        records.forEach(r -> {
            AreaCode code = area.apply(r);
            if (!known.contains(code)) {
                findings.add(ReferentialFindings.unknownArea(table, id.apply(r), code).build());
            }
        });
    }

    private void unknownHouseholds() {
        Set<String> known = register.households().map(Household::id).collect(Collectors.toSet());
        register.women().forEach(w -> w.householdId().filter(h -> !known.contains(h))
                .ifPresent(h -> findings.add(ReferentialFindings.unknownHousehold(w.id(), h).build())));
    }

    private <T> void unknownWomen(RegisterTable table, String field, Stream<T> records, Function<T, String> id,
            Function<T, String> womanId) {
        records.forEach(r -> {
            String w = womanId.apply(r);
            if (register.woman(w).isEmpty()) {
                findings.add(ReferentialFindings.unknownWoman(table, field, id.apply(r), w).build());
            }
        });
    }

    private void motherAge(Birth birth) {
        Optional<Woman> mother = register.woman(birth.motherId());
        if (mother.isEmpty()) {
            return;
        }
        LocalDate born = mother.get().birthDate();
        boolean tooYoung = birth.birthDate().isBefore(Age.dateOfTurning(born, ReferentialFindings.MIN_MOTHER_AGE));
        boolean tooOld = birth.birthDate().isAfter(Age.dateOfTurning(born, ReferentialFindings.MAX_MOTHER_AGE));
        if (tooYoung || tooOld) {
            findings.add(ReferentialFindings.motherAge(birth, Age.completedYears(born, birth.birthDate())).build());
        }
    }

    private void birthOrders(String motherId) {
        List<Birth> live = register.birthsOf(motherId).stream().filter(Birth::isLive).collect(Collectors.toList());
        for (int i = 0; i < live.size(); i++) {
            Birth b = live.get(i);
            if (b.birthOrder().getAsInt() != i + 1) {
                findings.add(ReferentialFindings.birthOrder(b, i + 1).build());
                return;
            }
        }
    }
}
