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
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Woman;
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
    static final int MIN_MOTHER_AGE = 10;
    static final int MAX_MOTHER_AGE = 60;

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
            unknownAreas(RegisterTable.POPULATION, register.populationCounts(), p -> p.areaCode().toString(), p -> p.areaCode(), known);
            unknownAreas(RegisterTable.WOMEN, register.women(), Woman::id, Woman::areaCode, known);
            unknownAreas(RegisterTable.DEATHS, register.deaths(), d -> d.id(), d -> d.areaCode(), known);
            unknownAreas(RegisterTable.HOUSEHOLDS, register.households(), h -> h.id(), h -> h.areaCode(), known);
        }

        unknownWomen(RegisterTable.BIRTHS, "mother_id", register.births(), Birth::id, Birth::motherId);
        unknownWomen(RegisterTable.CONTRACEPTION, "woman_id", register.contraceptiveEpisodes(), e -> e.womanId(), e -> e.womanId());
        unknownWomen(RegisterTable.PREGNANCIES, "woman_id", register.pregnancies(), p -> p.id(), p -> p.womanId());
        unknownWomen(RegisterTable.PROCEDURES, "woman_id", register.procedures(), p -> p.womanId(), p -> p.womanId());
        unknownWomen(RegisterTable.HEALTH_CHECKS, "woman_id", register.healthChecks(), c -> c.womanId(), c -> c.womanId());

        register.births().forEach(this::motherAge);
        register.women().map(Woman::id).distinct().forEach(this::birthOrders);
        return List.copyOf(findings);
    }

    private void duplicates(RegisterTable table, String field, Stream<String> ids) {
        Set<String> seen = new HashSet<>();
        ids.forEach(id -> {
            if (!seen.add(id)) {
                findings.add(Finding.builder().rule("REF_DUPLICATE_ID").severity(Severity.ERROR).table(table)
                        .recordId(id).field(field).value(id)
                        .message(field + " " + id + " appears more than once in " + table.fileName()).build());
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
                // toString() masks the number: the finding is printed and written to reports.
                findings.add(Finding.builder().rule("REF_DUPLICATE_RESIDENT_ID").severity(Severity.ERROR)
                        .table(RegisterTable.WOMEN).recordId(w.id()).field("resident_id").value(number.toString())
                        .message("women " + first + " and " + w.id() + " have the same resident_id " + number
                                + "; one person cannot be two women of the register").build());
            }
        }));
    }

    private void duplicatePopulations() {
        Set<String> seen = new HashSet<>();
        register.populationCounts().forEach(p -> {
            String key = p.areaCode() + " " + p.period();
            if (!seen.add(key)) {
                findings.add(Finding.builder().rule("REF_DUPLICATE_POPULATION").severity(Severity.ERROR)
                        .table(RegisterTable.POPULATION).recordId(key).field("period").value(p.period().toString())
                        .message("area " + p.areaCode() + " has more than one population row for " + p.period()
                                + " (" + p.period().toIsoString() + "); indicators would add them").build());
            }
        });
    }

    private <T> void unknownAreas(RegisterTable table, Stream<T> records, Function<T, String> id,
            Function<T, AreaCode> area, Set<AreaCode> known) {
        records.forEach(r -> {
            AreaCode code = area.apply(r);
            if (!known.contains(code)) {
                findings.add(Finding.builder().rule("REF_UNKNOWN_AREA").severity(Severity.ERROR).table(table)
                        .recordId(id.apply(r)).field("area_code").value(code.toString())
                        .message("area_code " + code + " is not in areas.csv").build());
            }
        });
    }

    private <T> void unknownWomen(RegisterTable table, String field, Stream<T> records, Function<T, String> id,
            Function<T, String> womanId) {
        records.forEach(r -> {
            String w = womanId.apply(r);
            if (register.woman(w).isEmpty()) {
                findings.add(Finding.builder().rule("REF_UNKNOWN_WOMAN").severity(Severity.ERROR).table(table)
                        .recordId(id.apply(r)).field(field).value(w)
                        .message(field + " " + w + " is not in women.csv").build());
            }
        });
    }

    private void motherAge(Birth birth) {
        Optional<Woman> mother = register.woman(birth.motherId());
        if (mother.isEmpty()) {
            return;
        }
        LocalDate born = mother.get().birthDate();
        boolean tooYoung = birth.birthDate().isBefore(Age.dateOfTurning(born, MIN_MOTHER_AGE));
        boolean tooOld = birth.birthDate().isAfter(Age.dateOfTurning(born, MAX_MOTHER_AGE));
        if (tooYoung || tooOld) {
            int age = Age.completedYears(born, birth.birthDate());
            findings.add(Finding.builder().rule("REF_MOTHER_AGE").severity(Severity.ERROR).table(RegisterTable.BIRTHS)
                    .recordId(birth.id()).field("birth_date").value(birth.birthDate().toString())
                    .message("the mother " + birth.motherId() + " is " + age + " at this birth; a birth before she is "
                            + MIN_MOTHER_AGE + " or after the day she turns " + MAX_MOTHER_AGE + " is implausible").build());
        }
    }

    private void birthOrders(String motherId) {
        List<Birth> live = register.birthsOf(motherId).stream().filter(Birth::isLive).collect(Collectors.toList());
        for (int i = 0; i < live.size(); i++) {
            Birth b = live.get(i);
            int order = b.birthOrder().getAsInt();
            if (order != i + 1) {
                findings.add(Finding.builder().rule("REF_BIRTH_ORDER").severity(Severity.ERROR).table(RegisterTable.BIRTHS)
                        .recordId(b.id()).field("birth_order").value(Integer.toString(order))
                        .message("live birth " + (i + 1) + " of mother " + motherId + " in date order has birth_order "
                                + order + "; expected " + (i + 1)).build());
                return;
            }
        }
    }
}
