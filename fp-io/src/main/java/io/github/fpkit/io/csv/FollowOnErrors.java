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
package io.github.fpkit.io.csv;

import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.RegisterTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Receives a validation's findings and folds those a rejected row causes into one problem
 * per rejected row, so that one bad cell does not hide among the errors it causes: the
 * records that refer to a woman whose {@code women.csv} row was rejected
 * ({@code REF_UNKNOWN_WOMAN}), and the records and areas that refer to an area whose
 * {@code areas.csv} row was rejected ({@code REF_UNKNOWN_AREA},
 * {@code REF_UNKNOWN_PARENT_AREA}) become one error of the rule {@code REF_UNKNOWN_WOMAN}
 * or {@code REF_UNKNOWN_AREA} at the rejected row's line, whose message names the cause and
 * the records' lines (the first {@value ValidationReport#LINES_LISTED} of each file). Only a count and
 * those lines are held per rejected row, never the folded findings. The rejected rows are
 * looked up in the source's row errors, which the validator's pass over {@code women.csv}
 * and {@code areas.csv} has recorded before any record refers to them. Not thread-safe.
 */
final class FollowOnErrors implements Consumer<Finding> {
    private final CsvRegisterSource source;
    private final List<RegisterProblem> kept = new ArrayList<>();
    private final Map<String, Folded> folded = new LinkedHashMap<>();
    private final Map<RegisterTable, Map<String, RowError>> rejected = new EnumMap<>(RegisterTable.class);

    FollowOnErrors(CsvRegisterSource source) {
        this.source = source;
    }

    /** The follow-ons of one rejected row. */
    private static final class Folded {
        private final RowError cause;
        private final String rule;
        private final String noun;
        private final String key;
        private final Map<RegisterTable, List<Long>> lines = new EnumMap<>(RegisterTable.class);
        private final Map<RegisterTable, Integer> counts = new EnumMap<>(RegisterTable.class);

        Folded(RowError cause, String rule, String noun, String key) {
            this.cause = cause;
            this.rule = rule;
            this.noun = noun;
            this.key = key;
        }

        void add(Finding f) {
            int n = counts.merge(f.table(), 1, Integer::sum);
            if (n <= ValidationReport.LINES_LISTED) {
                lines.computeIfAbsent(f.table(), t -> new ArrayList<>()).add(f.line().orElse(0));
            }
        }

        RegisterProblem problem() {
            int records = counts.values().stream().mapToInt(Integer::intValue).sum();
            String where = counts.entrySet().stream().map(e -> e.getKey().fileName() + " " + lineList(lines.get(e.getKey()), e.getValue()))
                    .collect(Collectors.joining("; "));
            String file = Path.of(cause.file()).getFileName().toString();
            String message = records + (records == 1 ? " record refers" : " records refer") + " to " + noun + " " + key
                    + ", whose row (" + file + " line " + cause.line() + ") was rejected"
                    + cause.column().map(c -> " at " + c + " '" + cause.value() + "'").orElse("") + ": " + cause.reason()
                    + "; fix that row. The records: " + where;
            return RegisterProblem.ofFollowOns(cause, rule, key, message);
        }

        private static String lineList(List<Long> listed, int count) {
            if (listed.contains(0L)) {
                return count + (count == 1 ? " record" : " records");
            }
            return (count == 1 ? "line " : "lines ") + listed.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (count > ValidationReport.LINES_LISTED ? " and " + (count - ValidationReport.LINES_LISTED) + " more" : "");
        }
    }

    @Override
    public void accept(Finding f) {
        Optional<String> value = f.value();
        if (value.isPresent()) {
            if (f.rule().equals("REF_UNKNOWN_WOMAN") && fold(f, RegisterTable.WOMEN, "REF_UNKNOWN_WOMAN", "woman", value.get())) {
                return;
            }
            if ((f.rule().equals("REF_UNKNOWN_AREA") || f.rule().equals("REF_UNKNOWN_PARENT_AREA"))
                    && fold(f, RegisterTable.AREAS, "REF_UNKNOWN_AREA", "area", value.get())) {
                return;
            }
        }
        kept.add(RegisterProblem.of(f, fileOf(f.table())));
    }

    /** @return true if the key's row of the table was rejected, and the finding folded into its problem */
    private boolean fold(Finding f, RegisterTable table, String rule, String noun, String key) {
        RowError cause = rejected(table).get(key);
        if (cause == null) {
            return false;
        }
        folded.computeIfAbsent(table + "\n" + key, k -> new Folded(cause, rule, noun, key)).add(f);
        return true;
    }

    /**
     * The rejected rows of a table by their record id, kept once the table's pass has recorded them.
     * Ids that could be resident numbers are masked in the row errors and the findings alike, so
     * they meet masked: two such ids alike in their first six and last four characters, one
     * rejected and one absent, fold together — the rejected row is then named as the likely cause.
     */
    private Map<String, RowError> rejected(RegisterTable table) {
        Map<String, RowError> known = rejected.get(table);
        if (known != null) {
            return known;
        }
        Map<String, RowError> byId = new HashMap<>();
        String file = fileOf(table);
        for (RowError e : source.rowErrors()) {
            if (e.file().equals(file)) {
                e.recordId().ifPresent(id -> byId.putIfAbsent(id, e));
            }
        }
        if (source.counts().containsKey(table) || !source.has(table)) {
            rejected.put(table, byId);
        }
        return byId;
    }

    private String fileOf(RegisterTable table) {
        return source.files().getOrDefault(table, source.folder().resolve(table.fileName())).toString();
    }

    /**
     * @return every rejected row and every finding received, the folded ones as one problem
     *     each, by file (in the order of the register's tables) then line; a folded problem
     *     right after its rejected row
     */
    List<RegisterProblem> problems() {
        List<RegisterProblem> all = new ArrayList<>();
        source.rowErrors().forEach(e -> all.add(RegisterProblem.of(e)));
        all.addAll(kept);
        folded.values().forEach(g -> all.add(g.problem()));
        Map<String, Integer> tableOrder = new HashMap<>();
        source.files().forEach((t, p) -> tableOrder.put(p.toString(), t.ordinal()));
        all.sort(Comparator.comparingInt((RegisterProblem p) -> tableOrder.getOrDefault(p.file(), Integer.MAX_VALUE))
                .thenComparingLong(p -> p.line().orElse(0)));
        return all;
    }
}
