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

import io.github.fpkit.io.json.FpkitJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

/**
 * Damaged files through the {@code fp} tool: a row of a million empty cells, a row of NUL
 * bytes, a file whose last rows a crash overwrote with NUL bytes, control characters in
 * cells, dates outside 1850–2200. {@code fp validate} lists each damaged row at its line
 * and counts every row of the register; {@code fp indicators} leaves them out and says so
 * in one line naming the file and the line, or with {@code --strict} fails in one line.
 */
class DamagedRowsCliTest {
    @TempDir
    static Path temp;

    static Path register;

    @BeforeAll
    static void generateRegister() {
        register = RegisterFolders.generated(temp.resolve("register"), 300, 2, 17);
    }

    /** A copy of the register whose table {@code file} is the given bytes. */
    private static Path damaged(String name, String file, byte[] bytes) throws IOException {
        Path copy = RegisterFolders.copy(register, temp.resolve(name));
        Files.write(copy.resolve(file), bytes);
        return copy;
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(register.resolve(file));
    }

    private static byte[] joined(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The rows of every table of a folder, counted without fpkit: the generated files hold
     * no quotes, so a row is a line after the header, unless it is nothing but spaces, tabs
     * and separators and no more than twice as wide as the header.
     */
    private static long rowsIn(Path folder) throws IOException {
        long rows = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("\""), file.toString());
                List<String> lines = Arrays.asList(text.split("\r?\n", -1));
                int width = lines.get(0).split(",", -1).length;
                for (String line : lines.subList(1, lines.size())) {
                    boolean blank = line.replace(" ", "").replace("\t", "").replace(",", "").isEmpty();
                    if (!blank || line.split(",", -1).length > 2 * width) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> rejectedRows(FpRun run) {
        List<Map<String, Object>> problems = FpkitJson.mapper(true).readValue(run.out,
                new TypeReference<List<Map<String, Object>>>() { });
        return problems.stream().filter(p -> "ROW_INVALID".equals(p.get("rule"))).collect(Collectors.toList());
    }

    private static void assertOneLine(String err) {
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(err.contains("\tat "), err);
    }

    private static void assertNoControlCharacters(String text) {
        assertTrue(text.chars().noneMatch(c -> (c < ' ' && c != '\n' && c != '\r') || c == 0x7F), text);
    }

    /**
     * Runs {@code fp validate} (JSON and table) and {@code fp indicators} (lenient and strict)
     * on a damaged register.
     *
     * @return the rejected rows {@code fp validate} lists, as JSON objects
     */
    private static List<Map<String, Object>> checkCommands(Path folder, String file, long firstLine, int rejected)
            throws IOException {
        FpRun json = FpRun.of("validate", folder.toString(), "--format", "json", "--quiet");
        assertEquals(1, json.status, json.toString());
        assertEquals("", json.err);
        assertNoControlCharacters(json.out);
        List<Map<String, Object>> rows = rejectedRows(json);
        assertEquals(rejected, rows.size(), json.out);
        assertTrue(rows.stream().allMatch(r -> r.get("file").toString().endsWith(file)), json.out);
        assertEquals(firstLine, ((Number) rows.get(0).get("line")).longValue(), json.out);

        FpRun table = FpRun.of("validate", folder.toString(), "--quiet", "--wide");
        assertEquals(1, table.status, table.toString());
        assertNoControlCharacters(table.out);
        String summary = table.out.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(summary.contains(String.format(Locale.ROOT, "; %,d rows read in", rowsIn(folder))), summary);

        FpRun lenient = FpRun.of("indicators", folder.toString(), "--period", "2009SY", "--indicators", "WRA,LIVE_BIRTHS", "--quiet");
        assertEquals(0, lenient.status, lenient.toString());
        assertNoControlCharacters(lenient.err);
        // One line for the rejected rows; a rejected woman's events, left out with her, have a line of their own.
        String start = "fp indicators: " + rejected + " rejected row(s) left out (" + file + " " + rejected + "), first: ";
        String leftOut = lenient.err.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(start + " not in " + lenient.err));
        assertTrue(leftOut.contains(file + " line " + firstLine), lenient.err);
        assertTrue(lenient.err.lines().allMatch(l -> l.startsWith("fp indicators: ")), lenient.err);

        FpRun strict = FpRun.of("indicators", folder.toString(), "--period", "2009SY", "--strict", "--quiet");
        assertEquals(1, strict.status, strict.toString());
        assertOneLine(strict.err);
        assertNoControlCharacters(strict.err);
        assertTrue(strict.err.startsWith("fp indicators: ") && strict.err.contains(file + " line " + firstLine), strict.err);
        return rows;
    }

    @Test
    void test_rowOfAMillionEmptyCells_rejectedAtItsLine_everyRowCounted() throws IOException {
        List<String> women = new ArrayList<>(lines("women.csv"));
        women.add(40, ",".repeat(999_999));
        Path folder = damaged("million-cells", "women.csv", joined(women));
        Map<String, Object> row = checkCommands(folder, "women.csv", 41, 1).get(0);
        assertEquals("the row has 1000000 cells, more than twice the header's 8", row.get("message"));
    }

    @Test
    void test_rowOfNulBytes_rejectedAtItsLine_everyRowCounted() throws IOException {
        List<String> women = new ArrayList<>(lines("women.csv"));
        women.add(12, "\u0000".repeat(100));
        Path folder = damaged("nul-row", "women.csv", joined(women));
        Map<String, Object> row = checkCommands(folder, "women.csv", 13, 1).get(0);
        assertTrue(row.get("message").toString().contains("\\x00"), row.toString());
    }

    @Test
    void test_lastRowsOverwrittenWithNulBytes_oneRejectedRow_theRowsBeforeCounted() throws IOException {
        byte[] births = Files.readAllBytes(register.resolve("births.csv"));
        List<String> lines = lines("births.csv");
        assertTrue(lines.size() > 60, "too few births: " + lines.size());
        int tail = lines.subList(lines.size() - 30, lines.size()).stream().mapToInt(l -> l.length() + 2).sum();
        assertEquals('\n', births[births.length - 1], "CRLF line ends expected");
        Arrays.fill(births, births.length - tail, births.length, (byte) 0);
        Path folder = damaged("crash", "births.csv", births);
        checkCommands(folder, "births.csv", lines.size() - 29, 1);
    }

    @Test
    void test_controlCharactersInCells_rejectedNamingColumnAndCharacterEscaped() throws IOException {
        List<String> women = new ArrayList<>(lines("women.csv"));
        List<String> header = List.of(women.get(0).split(",", -1));
        women.set(5, withCell(women.get(5), header.indexOf("id"), c -> "\u0008" + c));
        women.set(9, withCell(women.get(9), header.indexOf("birth_date"), c -> c + "\u0000"));
        women.set(14, withCell(women.get(14), header.indexOf("area_code"), c -> c + "\u0011"));
        Path folder = damaged("controls", "women.csv", joined(women));
        String id = women.get(5).split(",", -1)[header.indexOf("id")].substring(1);
        String birthDate = women.get(9).split(",", -1)[header.indexOf("birth_date")].replace("\u0000", "");
        String area = women.get(14).split(",", -1)[header.indexOf("area_code")].replace("\u0011", "");
        List<Map<String, Object>> rows = checkCommands(folder, "women.csv", 6, 3);
        assertEquals(List.of(6L, 10L, 15L), rows.stream().map(r -> ((Number) r.get("line")).longValue()).collect(Collectors.toList()));
        assertEquals(List.of("id", "birth_date", "area_code"), rows.stream().map(r -> r.get("column")).collect(Collectors.toList()));
        assertEquals(List.of("\\x08" + id, birthDate + "\\x00", area + "\\x11"),
                rows.stream().map(r -> r.get("value")).collect(Collectors.toList()));
        assertEquals("holds the control character \\x08, which no cell may hold (is the file damaged?)", rows.get(0).get("message"));
    }

    @Test
    void test_datesOutside1850To2200_rejected() throws IOException {
        List<String> women = new ArrayList<>(lines("women.csv"));
        int birthDate = List.of(women.get(0).split(",", -1)).indexOf("birth_date");
        women.set(3, withCell(women.get(3), birthDate, c -> "0000-01-01"));
        women.set(7, withCell(women.get(7), birthDate, c -> "2201-01-01"));
        Path folder = damaged("dates", "women.csv", joined(women));
        List<Map<String, Object>> rows = checkCommands(folder, "women.csv", 4, 2);
        assertEquals(List.of("0000-01-01", "2201-01-01"), rows.stream().map(r -> r.get("value")).collect(Collectors.toList()));
        assertTrue(rows.stream().allMatch(r -> "not a register date: the year must be within 1850–2200".equals(r.get("message"))),
                rows.toString());
    }

    private static String withCell(String line, int column, UnaryOperator<String> change) {
        String[] cells = line.split(",", -1);
        cells[column] = change.apply(cells[column]);
        return String.join(",", cells);
    }
}
