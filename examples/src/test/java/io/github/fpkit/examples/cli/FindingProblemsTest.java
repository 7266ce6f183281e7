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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.io.csv.RowError;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which row each finding names, and the folding of a rejected woman's follow-on findings. */
class FindingProblemsTest {
    private static final Function<RegisterTable, String> FILE_OF = t -> "/r/" + t.fileName();

    private static Finding finding(String rule, RegisterTable table, String recordId, String value) {
        return Finding.builder().rule(rule).severity(Severity.ERROR).table(table).recordId(recordId).field("woman_id")
                .value(value).message("m").build();
    }

    private static List<Object> lines(List<Problem> problems) {
        return problems.stream().map(p -> p.toJson().get("line")).collect(Collectors.toList());
    }

    @Test
    void test_tableWithoutIds_kthFindingOfAWoman_namesHerKthRow() {
        RecordLines lines = new RecordLines();
        lines.add(RegisterTable.CONTRACEPTION, "W1", 3);
        lines.add(RegisterTable.CONTRACEPTION, "W2", 4);
        lines.add(RegisterTable.CONTRACEPTION, "W1", 9);
        List<Finding> findings = List.of(finding("REF_UNKNOWN_WOMAN", RegisterTable.CONTRACEPTION, "W1", "W1"),
                finding("REF_UNKNOWN_WOMAN", RegisterTable.CONTRACEPTION, "W1", "W1"));
        assertEquals(List.of(3L, 9L), lines(FindingProblems.of(findings, lines, List.of(), FILE_OF)));
    }

    @Test
    void test_duplicateId_namesTheRepeatedRows_andTheFirst() {
        RecordLines lines = new RecordLines();
        lines.add(RegisterTable.BIRTHS, "B1", 2);
        lines.add(RegisterTable.BIRTHS, "B1", 5);
        lines.add(RegisterTable.BIRTHS, "B1", 8);
        List<Finding> findings = List.of(finding("REF_DUPLICATE_ID", RegisterTable.BIRTHS, "B1", "B1"),
                finding("REF_DUPLICATE_ID", RegisterTable.BIRTHS, "B1", "B1"),
                finding("REF_MOTHER_AGE", RegisterTable.BIRTHS, "B1", "1990-01-01"),
                finding("REF_MOTHER_AGE", RegisterTable.BIRTHS, "B404", "1990-01-01"));
        List<Problem> problems = FindingProblems.of(findings, lines, List.of(), FILE_OF);
        assertEquals(Arrays.asList(5L, 8L, 2L, null), lines(problems));
        assertTrue(problems.get(1).message().endsWith("m (first on line 2)"), problems.get(1).message());
    }

    @Test
    void test_rejectedWoman_followOnsFoldIntoOne_atHerRow_othersStay() {
        RecordLines lines = new RecordLines();
        IntStream.rangeClosed(1, 12).forEach(i -> lines.add(RegisterTable.HEALTH_CHECKS, "W1", 10 + i));
        lines.add(RegisterTable.BIRTHS, "B7", 4);
        lines.add(RegisterTable.BIRTHS, "B8", 5);
        RowError cause = RowError.of("/r/women.csv", 14, "birth_date", "1980-02-30", "not a real date", "W1");
        RowError otherFile = RowError.of("/r/births.csv", 3, "sex", "x", "unknown", "W2");
        List<Finding> findings = new ArrayList<>();
        findings.add(finding("REF_UNKNOWN_WOMAN", RegisterTable.BIRTHS, "B7", "W1"));
        findings.add(finding("REF_UNKNOWN_WOMAN", RegisterTable.BIRTHS, "B8", "W2"));
        IntStream.rangeClosed(1, 12).forEach(i -> findings.add(finding("REF_UNKNOWN_WOMAN", RegisterTable.HEALTH_CHECKS,
                "W1", "W1")));

        List<Problem> problems = FindingProblems.of(findings, lines, List.of(cause, otherFile), FILE_OF);
        assertEquals(2, problems.size());
        Map<String, Object> folded = problems.get(0).toJson();
        assertEquals("/r/women.csv", folded.get("file"));
        assertEquals(14L, folded.get("line"));
        assertEquals("W1", folded.get("value"));
        assertEquals("REF_UNKNOWN_WOMAN", folded.get("rule"));
        assertEquals(Severity.ERROR, problems.get(0).severity());
        assertEquals("13 records refer to woman W1, whose row (women.csv line 14) was rejected at birth_date '1980-02-30': "
                + "not a real date; fix that row. The records: births.csv line 4; "
                + "health_checks.csv lines 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 and 2 more", folded.get("message"));
        // W2's rejected row is in births.csv, not women.csv: a finding about a mother W2 stays as it is.
        assertEquals("W2", problems.get(1).value());
        assertEquals(5L, problems.get(1).toJson().get("line"));
    }
}
