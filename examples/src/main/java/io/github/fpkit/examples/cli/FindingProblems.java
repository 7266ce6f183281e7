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
package io.github.fpkit.examples.cli;

import io.github.fpkit.io.csv.RowError;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.RegisterTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The findings of {@code fp validate} as problems, each with the line of the row it names,
 * and with the records that refer to a woman whose {@code women.csv} row was rejected
 * folded into one problem per woman, so that one bad cell does not hide among the
 * {@code REF_UNKNOWN_WOMAN} errors it causes.
 *
 * <p>Which row a finding names: the k-th finding of one rule on one table and record id
 * names the k-th row with that id — for the tables without ids (whose findings name the
 * woman) each record is checked once, in file order. A duplicate-id finding
 * ({@code REF_DUPLICATE_ID}, {@code REF_DUPLICATE_POPULATION}) is raised by the second,
 * third, … row with the id, so it names that row and adds the first row's line; a
 * {@code REF_DUPLICATE_RESIDENT_ID} finding names the later of the two women (its record
 * id), so it has her row.
 */
final class FindingProblems {
    /** Lines listed per file in a folded problem; more are counted, not listed. */
    static final int MAX_LINES_LISTED = 10;

    /** The line of a record that cannot be found: counted, not listed. */
    private static final long UNKNOWN = -1;

    private FindingProblems() {
    }

    /**
     * @param findings the validator's findings, in its order
     * @param lines the lines of the records validated
     * @param rowErrors the rejected rows
     * @param fileOf the file of each table, as opened
     * @return the problems, in the order of the findings (a folded problem where its woman's first follow-on was)
     */
    static List<Problem> of(List<Finding> findings, RecordLines lines, List<RowError> rowErrors,
            Function<RegisterTable, String> fileOf) {
        Map<String, RowError> rejectedWomen = new HashMap<>();
        String womenFile = fileOf.apply(RegisterTable.WOMEN);
        for (RowError e : rowErrors) {
            if (e.file().equals(womenFile)) {
                e.recordId().ifPresent(id -> rejectedWomen.putIfAbsent(id, e));
            }
        }
        Map<String, Integer> occurrences = new HashMap<>();
        // Per woman whose row was rejected: the lines of the records referring to her, by table.
        Map<String, Map<RegisterTable, List<Long>>> followOns = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Finding f : findings) {
            String key = f.rule() + "\n" + f.table() + "\n" + f.recordId();
            int k = occurrences.merge(key, 1, Integer::sum) - 1;
            boolean duplicate = f.rule().equals("REF_DUPLICATE_ID") || f.rule().equals("REF_DUPLICATE_POPULATION");
            OptionalLong line = lines.line(f.table(), f.recordId(), duplicate ? k + 1 : k);
            String woman = f.value().orElse("");
            if (f.rule().equals("REF_UNKNOWN_WOMAN") && rejectedWomen.containsKey(woman)) {
                if (!followOns.containsKey(woman)) {
                    order.add(woman);
                }
                followOns.computeIfAbsent(woman, w -> new LinkedHashMap<>())
                        .computeIfAbsent(f.table(), t -> new ArrayList<>()).add(line.orElse(UNKNOWN));
                continue;
            }
            String note = "";
            if (duplicate) {
                OptionalLong first = lines.line(f.table(), f.recordId(), 0);
                note = first.isPresent() ? " (first on line " + first.getAsLong() + ")" : "";
            }
            order.add(Problem.of(f, fileOf.apply(f.table()), line, note));
        }
        List<Problem> problems = new ArrayList<>();
        for (Object item : order) {
            if (item instanceof Problem) {
                problems.add((Problem) item);
            } else {
                String woman = (String) item;
                problems.add(folded(woman, rejectedWomen.get(woman), followOns.get(woman)));
            }
        }
        return problems;
    }

    private static Problem folded(String woman, RowError cause, Map<RegisterTable, List<Long>> byTable) {
        int records = byTable.values().stream().mapToInt(List::size).sum();
        String where = byTable.entrySet().stream().map(e -> e.getKey().fileName() + " " + lineList(e.getValue()))
                .collect(Collectors.joining("; "));
        String file = Path.of(cause.file()).getFileName().toString();
        String message = records + (records == 1 ? " record refers" : " records refer") + " to woman " + woman
                + ", whose row (" + file + " line " + cause.line() + ") was rejected"
                + cause.column().map(c -> " at " + c + " '" + cause.value() + "'").orElse("") + ": " + cause.reason()
                + "; fix that row. The records: " + where;
        return Problem.ofRejectedWoman(cause, woman, message);
    }

    private static String lineList(List<Long> all) {
        List<Long> lines = all.stream().filter(l -> l != UNKNOWN).collect(Collectors.toList());
        if (lines.size() < all.size()) {
            return all.size() + (all.size() == 1 ? " record" : " records");
        }
        String listed = lines.stream().limit(MAX_LINES_LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        return (lines.size() == 1 ? "line " : "lines ") + listed
                + (lines.size() > MAX_LINES_LISTED ? " and " + (lines.size() - MAX_LINES_LISTED) + " more" : "");
    }
}
