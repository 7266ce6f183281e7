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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fpkit.indicators.Formula;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.io.csv.ResultCsvReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps docs/RESULTS.md true: its JSON example is what fp prints, its Python snippet prints what
 * it says, and its table of what each kind of indicator writes names every kind and every unit
 * and says which cells the writers leave empty.
 */
class ResultsDocTest {
    private static final Path DOC = Path.of("..", "docs", "RESULTS.md");

    @TempDir
    static Path temp;

    static Path demo;

    @BeforeAll
    static void writeTheDemoRegister() {
        demo = RegisterFolders.generated(temp.resolve("demo"), DemoRegister.WOMEN, DemoRegister.VILLAGES, DemoRegister.SEED);
    }

    /** The text of the fenced block of the given language that follows {@code after}. */
    private static String block(String doc, String after, String language) {
        int start = doc.indexOf("```" + language + "\n", doc.indexOf(after)) + language.length() + 4;
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void test_jsonExample_isWhatFpPrints() throws IOException {
        String doc = Files.readString(DOC);
        String example = block(doc, "## JSON", "json").lines().skip(1).findFirst().orElseThrow();
        FpRun run = FpRun.of("indicators", demo.toString(), "--period", "2009SY", "--level", "township", "--indicators", "CBR",
                "--format", "json");
        assertEquals("[\n" + example + "\n]\n", run.out);
    }

    @Test
    void test_pythonSnippet_printsWhatTheDocumentSays() throws Exception {
        assumeTrue(python() != null, "python3 is not on the PATH");
        String doc = Files.readString(DOC);
        String snippet = block(doc, "### Python", "python");
        String printed = block(doc.substring(doc.indexOf(snippet)), "prints", "");
        FpRun csv = FpRun.of("indicators", demo.toString(), "--period", "2009SY", "--level", "all", "--format", "csv");
        assertEquals(0, csv.status, csv.toString());
        Files.write(temp.resolve("results.csv"), csv.bytes);
        Files.writeString(temp.resolve("snippet.py"), snippet);
        Process python = new ProcessBuilder(python(), "snippet.py").directory(temp.toFile()).redirectErrorStream(true).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor(), out);
        assertEquals(printed, out);
        assertTrue(out.contains("CPR"), out);
    }

    /** @return the backquoted words of a table cell: {@code `%`, `per 100 females`} gives {@code %} and {@code per 100 females} */
    private static Set<String> quoted(String cell) {
        Set<String> words = new HashSet<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
        while (m.find()) {
            words.add(m.group(1));
        }
        return words;
    }

    /** @return the kinds table's rows by kind: the cells after the kind (indicators, unit, numerator, denominator, interval) */
    private static Map<String, List<String>> kindRows(String doc) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|(.*)\\|$").matcher(doc);
        while (m.find()) {
            rows.put(m.group(1), Arrays.stream(m.group(2).split("\\|")).map(String::strip).collect(Collectors.toList()));
        }
        return rows;
    }

    @Test
    void test_unitsAndKinds_everyOneDocumented() throws IOException {
        String doc = Files.readString(DOC);
        Set<String> units = Arrays.stream(Unit.values()).map(Unit::symbol).collect(Collectors.toSet());
        String unitRow = doc.lines().filter(l -> l.startsWith("| `unit` |")).findFirst().orElseThrow();
        assertEquals(units, quoted(unitRow.substring("| `unit` |".length())), unitRow);
        Map<String, List<String>> kinds = kindRows(doc);
        assertEquals(Arrays.stream(Formula.Kind.values()).map(Enum::name).collect(Collectors.toList()), List.copyOf(kinds.keySet()));
        for (Indicator indicator : Indicator.values()) {
            List<String> row = kinds.get(indicator.formula().kind().name());
            assertTrue(quoted(row.get(1)).contains(indicator.unit().symbol()), () -> indicator + " " + indicator.unit() + ": " + row);
        }
    }

    /**
     * The cells each kind's row calls "empty" are empty in every record of the demo register the
     * writer writes, at every level; the others are filled in every defined record.
     */
    @Test
    void test_kindsTable_saysWhichCellsTheWriterLeavesEmpty() throws IOException {
        Map<String, List<String>> kinds = kindRows(Files.readString(DOC));
        FpRun csv = FpRun.of("indicators", demo.toString(), "--period", "2009SY", "--level", "all", "--format", "csv");
        assertEquals(0, csv.status, csv.toString());
        Path file = temp.resolve("kinds.csv");
        Files.write(file, csv.bytes);
        Set<Formula.Kind> seen = EnumSet.noneOf(Formula.Kind.class);
        for (IndicatorResult r : ResultCsvReader.read(file)) {
            List<String> row = kinds.get(r.indicator().formula().kind().name());
            seen.add(r.indicator().formula().kind());
            boolean defined = r.value().isPresent();
            assertCell(row.get(2), r.numerator().isPresent(), defined, r);
            assertCell(row.get(3), r.denominator().isPresent(), defined && !r.indicator().name().matches("CBR|CDR|NIR"), r);
            if (row.get(4).equals("empty")) {
                assertTrue(r.ciLow().isEmpty(), r::toString);
            }
        }
        assertEquals(EnumSet.allOf(Formula.Kind.class), seen);
    }

    private static void assertCell(String documented, boolean present, boolean mustBePresent, IndicatorResult r) {
        if (documented.equals("empty")) {
            assertFalse(present, () -> "documented empty: " + r);
        } else if (mustBePresent) {
            assertTrue(present, () -> "documented filled: " + r);
        }
    }

    private static String python() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, "python3");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
