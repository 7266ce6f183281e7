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
package io.github.fpkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the user's catalogue, {@code docs/INDICATORS.md}, in step with {@link Indicator}: its
 * one table with the columns {@code code | 中文 | unit | interval} must list the codes of
 * {@code Indicator.values()} in the same order, with the same Chinese names, unit symbols and
 * interval methods.
 */
class CatalogueDocumentTest {
    private static final String DOCUMENT = "docs/INDICATORS.md";
    private static final List<String> COLUMNS = List.of("code", "中文", "unit", "interval");

    /** One row of the document's catalogue table; {@code line} is 1-based. */
    private record Row(int line, String code, String chineseName, String unit, String interval) {
        static Row of(int line, Indicator i) {
            return new Row(line, i.name(), i.chineseName(), i.unit().symbol(), i.intervalMethod().name());
        }
    }

    @Test
    void test_catalogueTable_agreesWithIndicatorValues() throws IOException {
        List<String> problems = disagreements(catalogue(Files.readAllLines(document(), StandardCharsets.UTF_8)),
                Arrays.asList(Indicator.values()));
        if (!problems.isEmpty()) {
            fail(problems.size() + " disagreement(s) between " + DOCUMENT + " and Indicator.values():\n  "
                    + String.join("\n  ", problems));
        }
    }

    @Test
    void test_disagreements_nameEachKind() {
        List<Indicator> code = List.of(Indicator.LIVE_BIRTHS, Indicator.CBR, Indicator.SRB, Indicator.CPR, Indicator.TFR);
        List<Row> doc = new ArrayList<>();
        doc.add(Row.of(10, Indicator.CBR));
        doc.add(Row.of(11, Indicator.LIVE_BIRTHS));
        doc.add(new Row(12, "SRB", "出生人口性别比", "%", "SEX_RATIO_WILSON"));
        doc.add(new Row(13, "CPR", "避孕率", "%", "EXACT_POISSON"));
        doc.add(new Row(14, "MCPR_ALL", "全部育龄妇女现代方法避孕率", "%", "WILSON_SCORE"));
        doc.add(Row.of(15, Indicator.CBR));

        assertEquals(List.of(
                "CBR: listed again at line 15 (first at line 10)",
                "MCPR_ALL: in " + DOCUMENT + " (line 14) but not in Indicator.values()",
                "TFR: in Indicator.values() but not in " + DOCUMENT,
                "order: " + DOCUMENT + " has CBR (line 10) where Indicator.values() has LIVE_BIRTHS"
                        + " (the codes both list, in the code's order: LIVE_BIRTHS, CBR, SRB, CPR)",
                "SRB: unit is 'per 100 females' in Indicator but '%' in " + DOCUMENT + " (line 12)",
                "CPR: 中文 is '综合避孕率' in Indicator but '避孕率' in " + DOCUMENT + " (line 13)",
                "CPR: interval is 'WILSON_SCORE' in Indicator but 'EXACT_POISSON' in " + DOCUMENT + " (line 13)"),
                disagreements(doc, code));
    }

    @Test
    void test_catalogue_readsTheOneTableWithTheFourColumns_inAnyColumnOrder() {
        List<Row> rows = catalogue(List.of(
                "# Title",
                "| code | unit |",
                "|---|---|",
                "| X | % |",
                "",
                "| interval | code | English | 中文 | unit |",
                "|:--|---|---|---|--:|",
                "| WILSON_SCORE | `CPR` | Contraceptive prevalence rate | 综合避孕率 | % |",
                "| NONE | WRA | Women of reproductive age | 育龄妇女人数 | count |",
                "",
                "text"));
        assertEquals(2, rows.size());
        assertEquals(List.of("CPR", "综合避孕率", "%", "WILSON_SCORE", "8"), fields(rows.get(0)));
        assertEquals(List.of("WRA", "育龄妇女人数", "count", "NONE", "9"), fields(rows.get(1)));
    }

    @Test
    void test_catalogue_withoutTheTable_fails() {
        AssertionError e = assertThrows(AssertionError.class, () -> catalogue(List.of("| code | unit |", "|---|---|")));
        assertTrue(e.getMessage().contains("no table"), e.getMessage());
    }

    @Test
    void test_catalogue_withTwoTables_fails() {
        List<String> table = List.of("| code | 中文 | unit | interval |", "|---|---|---|---|", "| WRA | 育龄妇女人数 | count | NONE |", "");
        List<String> twice = new ArrayList<>(table);
        twice.addAll(table);
        AssertionError e = assertThrows(AssertionError.class, () -> catalogue(twice));
        assertTrue(e.getMessage().contains("lines 1 and 5"), e.getMessage());
    }

    private static List<String> fields(Row r) {
        return List.of(r.code(), r.chineseName(), r.unit(), r.interval(), Integer.toString(r.line()));
    }

    /** @return the document, found relative to this module's directory; fails if it is absent */
    private static Path document() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path doc = module.resolve("..").resolve(DOCUMENT).normalize();
        if (!Files.isRegularFile(doc)) {
            fail(DOCUMENT + " not found: looked for " + doc + " (../" + DOCUMENT + " from the module directory "
                    + module.toAbsolutePath() + "); the catalogue document must be in the repository");
        }
        return doc;
    }

    /**
     * @param lines the document's lines
     * @return the rows of its one table whose header has the cells code, 中文, unit and interval
     * @throws AssertionError if there is no such table or more than one, or a row has another
     *     number of cells than the header
     */
    static List<Row> catalogue(List<String> lines) {
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isRow(lines.get(i)) && cells(lines.get(i)).containsAll(COLUMNS) && isSeparator(lines.get(i + 1))) {
                headers.add(i);
            }
        }
        if (headers.isEmpty()) {
            fail(DOCUMENT + " has no table with the columns " + String.join(" | ", COLUMNS));
        }
        if (headers.size() > 1) {
            fail(DOCUMENT + " must have one catalogue table, but has " + headers.size() + ", at lines "
                    + headers.stream().map(h -> Integer.toString(h + 1)).collect(Collectors.joining(" and ")));
        }
        int header = headers.get(0);
        List<String> names = cells(lines.get(header));
        int[] column = COLUMNS.stream().mapToInt(names::indexOf).toArray();
        List<Row> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && isRow(lines.get(i)); i++) {
            List<String> cells = cells(lines.get(i));
            if (cells.size() != names.size()) {
                fail(DOCUMENT + " line " + (i + 1) + ": " + cells.size() + " cells where the catalogue header has "
                        + names.size() + ": " + lines.get(i));
            }
            rows.add(new Row(i + 1, cells.get(column[0]).replace("`", ""), cells.get(column[1]), cells.get(column[2]),
                    cells.get(column[3])));
        }
        return rows;
    }

    /**
     * @return one message per disagreement: codes missing on either side or listed twice, the
     *     first place where the order of the codes both list differs, and every Chinese name,
     *     unit or interval method that differs
     */
    static List<String> disagreements(List<Row> doc, List<Indicator> code) {
        List<String> problems = new ArrayList<>();
        Map<String, Row> documented = new LinkedHashMap<>();
        for (Row r : doc) {
            Row first = documented.putIfAbsent(r.code(), r);
            if (first != null) {
                problems.add(r.code() + ": listed again at line " + r.line() + " (first at line " + first.line() + ")");
            }
        }
        Map<String, Indicator> coded = new LinkedHashMap<>();
        code.forEach(i -> coded.put(i.name(), i));
        documented.values().stream().filter(r -> !coded.containsKey(r.code())).forEach(r -> problems.add(
                r.code() + ": in " + DOCUMENT + " (line " + r.line() + ") but not in Indicator.values()"));
        coded.keySet().stream().filter(c -> !documented.containsKey(c)).forEach(c -> problems.add(
                c + ": in Indicator.values() but not in " + DOCUMENT));

        List<Row> docOrder = documented.values().stream().filter(r -> coded.containsKey(r.code())).collect(Collectors.toList());
        List<String> codeOrder = coded.keySet().stream().filter(documented::containsKey).collect(Collectors.toList());
        for (int k = 0; k < codeOrder.size(); k++) {
            if (!docOrder.get(k).code().equals(codeOrder.get(k))) {
                problems.add("order: " + DOCUMENT + " has " + docOrder.get(k).code() + " (line " + docOrder.get(k).line()
                        + ") where Indicator.values() has " + codeOrder.get(k)
                        + " (the codes both list, in the code's order: " + String.join(", ", codeOrder) + ")");
                break;
            }
        }

        for (String c : codeOrder) {
            Row d = documented.get(c);
            Row expected = Row.of(d.line(), coded.get(c));
            compare(problems, d, "中文", expected.chineseName(), d.chineseName());
            compare(problems, d, "unit", expected.unit(), d.unit());
            compare(problems, d, "interval", expected.interval(), d.interval());
        }
        return problems;
    }

    private static void compare(List<String> problems, Row row, String column, String inCode, String inDocument) {
        if (!inCode.equals(inDocument)) {
            problems.add(row.code() + ": " + column + " is '" + inCode + "' in Indicator but '" + inDocument + "' in "
                    + DOCUMENT + " (line " + row.line() + ")");
        }
    }

    private static boolean isRow(String line) {
        return line.trim().startsWith("|");
    }

    private static boolean isSeparator(String line) {
        return isRow(line) && cells(line).stream().allMatch(c -> c.matches(":?-+:?"));
    }

    /** @return the trimmed cells of a Markdown table row (no cell holds an escaped '|') */
    private static List<String> cells(String line) {
        String s = line.trim();
        s = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
        return Arrays.stream(s.split("\\|", -1)).map(String::trim).collect(Collectors.toList());
    }
}
