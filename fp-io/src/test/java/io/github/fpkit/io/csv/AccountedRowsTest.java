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

import io.github.fpkit.model.register.RowCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every physical row of a damaged file is accounted for, as an accepted record or a row
 * error naming its line: a row of a million empty cells, a row of NUL bytes, a file whose
 * end a crash overwrote with NUL bytes; and a control character in a cell is a row error
 * naming its line, its column and the character, shown escaped, never trimmed away.
 */
class AccountedRowsTest {
    private static final String HEADER = "id,area_code,birth_date,marital_status\n";
    private static final String W1 = "W1,990101001001,1980-01-01,married\n";
    private static final String W2 = "W2,990101001001,1981-02-03,married\n";

    @TempDir
    Path folder;

    private CsvRegisterSource open(byte[] women) throws IOException {
        Files.write(folder.resolve("women.csv"), women);
        return CsvRegister.builder().open(folder);
    }

    private CsvRegisterSource open(String women) throws IOException {
        return open(women.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ids(CsvRegisterSource source, boolean parallel) {
        try (Stream<Woman> women = source.women()) {
            return (parallel ? women.parallel() : women).map(Woman::id).collect(Collectors.toList());
        }
    }

    private static List<String> ids(CsvRegisterSource source) {
        return ids(source, false);
    }

    private static RowError onlyError(CsvRegisterSource source) {
        assertEquals(1, source.rowErrors().size(), source.rowErrors().toString());
        return source.rowErrors().get(0);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] ? (byte[]) part : part.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void test_rowOfAMillionEmptyCells_isARowErrorAtItsLine() throws IOException {
        CsvRegisterSource source = open(HEADER + W1 + ",".repeat(999_999) + "\n" + W2);
        assertEquals(List.of("W1", "W2"), ids(source));
        RowError error = onlyError(source);
        assertEquals(3, error.line());
        assertEquals(Optional.empty(), error.column());
        assertEquals("the row has 1000000 cells, more than twice the header's 4", error.reason());
        assertEquals(RowCounts.of(2, 1), source.counts().get(RegisterTable.WOMEN));
    }

    @Test
    void test_emptyCellsUpToTwiceTheHeader_blankOrTrailing_beyondThatARowError() throws IOException {
        CsvRegisterSource source = open(HEADER + ",,,\n" + ",,,,,,,\n" + "W1,990101001001,1980-01-01,married,,,,\n"
                + ",,,,,,,,\n" + "W2,990101001001,1981-02-03,married,,,,,\n");
        assertEquals(List.of("W1"), ids(source));
        assertEquals(List.of(5L, 6L), source.rowErrors().stream().map(RowError::line).collect(Collectors.toList()));
        assertEquals("the row has 9 cells, more than twice the header's 4", source.rowErrors().get(0).reason());
        assertEquals(RowCounts.of(1, 2), source.counts().get(RegisterTable.WOMEN));
    }

    @Test
    void test_rowOfNulBytes_isARowErrorAtItsLine() throws IOException {
        byte[] nuls = new byte[100];
        CsvRegisterSource source = open(bytes(HEADER, W1, nuls, "\n", W2));
        assertEquals(List.of("W1", "W2"), ids(source));
        RowError error = onlyError(source);
        assertEquals(3, error.line());
        assertEquals(Optional.empty(), error.column());
        assertEquals("", error.value());
        assertEquals("cell 1 holds the control character \\x00, which no cell may hold (is the file damaged?)",
                error.reason());
        assertEquals(RowCounts.of(2, 1), source.counts().get(RegisterTable.WOMEN));
    }

    @Test
    void test_lastRowsOverwrittenWithNulBytes_oneRowError_sequentialAndCut() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= 100; i++) {
            text.append("W").append(i).append(",990101001001,1980-01-01,married\n");
        }
        byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
        int tail = 0;
        for (int i = 0; i < 30; i++) {
            tail += ("W" + (100 - i) + ",990101001001,1980-01-01,married\n").length();
        }
        Arrays.fill(file, file.length - tail, file.length, (byte) 0);
        Files.write(folder.resolve("women.csv"), file);
        for (boolean parallel : new boolean[] {false, true}) {
            CsvRegisterSource source = CsvRegister.builder().minSplitBytes(parallel ? 1 : Long.MAX_VALUE).open(folder);
            List<String> ids = ids(source, parallel);
            assertEquals(70, ids.size());
            assertEquals("W70", ids.get(69));
            RowError error = onlyError(source);
            assertEquals(72, error.line());
            assertTrue(error.reason().contains("\\x00"), error.reason());
            assertEquals(RowCounts.of(70, 1), source.counts().get(RegisterTable.WOMEN));
        }
    }

    @Test
    void test_controlCharacterInACell_rowErrorNamingLineColumnAndTheByteEscaped() throws IOException {
        CsvRegisterSource source = open(HEADER
                + "\u0008W0000027,990101001001,1980-01-01,married\n"
                + "W2,990101001001,1944-03-21\u0000,married\n"
                + "W3,990102001002\u0011,1980-01-01,married\n"
                + "W4,990101001001,1980-01-01,\u007Fmarried\n"
                + "\"W5\u0001\",990101001001,1980-01-01,married\n"
                + "\"W6\"\u001F,990101001001,1980-01-01,married\n"
                + "W7,990101001001,1980-01-01,married\n");
        assertEquals(List.of("W7"), ids(source));
        List<RowError> errors = source.rowErrors();
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), errors.stream().map(RowError::line).collect(Collectors.toList()));
        assertEquals(List.of("id", "birth_date", "area_code", "marital_status", "id", "id"),
                errors.stream().map(e -> e.column().orElseThrow()).collect(Collectors.toList()));
        assertEquals(List.of("\\x08W0000027", "1944-03-21\\x00", "990102001002\\x11", "\\x7Fmarried", "W5\\x01", "W6"),
                errors.stream().map(RowError::value).collect(Collectors.toList()));
        assertEquals("holds the control character \\x08, which no cell may hold (is the file damaged?)", errors.get(0).reason());
        assertTrue(errors.get(2).reason().contains("\\x11"), errors.get(2).reason());
        assertTrue(errors.get(5).reason().contains("\\x1F"), errors.get(5).reason());
        for (RowError e : errors) {
            assertTrue(e.toString().chars().noneMatch(c -> c < ' ' || c == 0x7F), e.toString());
        }
        assertEquals(Optional.of("W3"), errors.get(2).recordId());
        assertEquals(RowCounts.of(1, 6), source.counts().get(RegisterTable.WOMEN));
    }

    @Test
    void test_controlCharacterInAResidentId_staysMasked() throws IOException {
        CsvRegisterSource source = open("id,resident_id,area_code,birth_date,marital_status\n"
                + "W1,\u000B11010519491231002X,990101001001,1949-12-31,married\n"
                + "W2,11010519491231002X\u0000,990101001001,1949-12-31,married\n");
        assertEquals(List.of(), ids(source));
        List<RowError> errors = source.rowErrors();
        assertEquals(List.of("\\x0B11010*********002X", "110105*********02X\\x00"),
                errors.stream().map(RowError::value).collect(Collectors.toList()));
        for (RowError e : errors) {
            assertEquals(Optional.of("resident_id"), e.column());
            assertFalse(e.toString().contains("19491231"), e.toString());
        }
    }

    @Test
    void test_rowThatDoesNotLineUp_controlCharacterNamedByItsCellOnly() throws IOException {
        CsvRegisterSource source = open(HEADER + "W1,990101001001\u0002\n" + "W2,990101001001,1980-01-01,married,\u0003\n");
        assertEquals(List.of(), ids(source));
        List<RowError> errors = source.rowErrors();
        assertEquals(List.of(Optional.empty(), Optional.empty()), errors.stream().map(RowError::column).collect(Collectors.toList()));
        assertEquals(List.of("", ""), errors.stream().map(RowError::value).collect(Collectors.toList()));
        assertTrue(errors.get(0).reason().startsWith("cell 2 holds the control character \\x02"), errors.get(0).reason());
        assertTrue(errors.get(1).reason().startsWith("cell 5 holds the control character \\x03"), errors.get(1).reason());
    }

    @Test
    void test_longDamagedCell_shownCut() throws IOException {
        CsvRegisterSource source = open(HEADER + "W1,990101001001,1980-01-01,married" + "\u0000".repeat(5000) + "\n");
        assertEquals(List.of(), ids(source));
        RowError error = onlyError(source);
        assertEquals(Optional.of("marital_status"), error.column());
        assertEquals("married" + "\\x00".repeat(53) + "…", error.value());
    }

    @Test
    void test_onlySpacesTabsAndIdeographicSpacesTrimmed() throws IOException {
        CsvRegisterSource source = open(HEADER
                + " \tW1\t , 990101001001\t,\"\u30001980-01-01 \u3000\", married \n"
                + "W2,990101001001,1980-01-01\u2003,married\n"
                + "W3,990101001001,\" 1980-01-01\n\",married\n");
        List<Woman> women;
        try (Stream<Woman> s = source.women()) {
            women = s.collect(Collectors.toList());
        }
        assertEquals(1, women.size());
        Woman w = women.get(0);
        assertEquals("W1", w.id());
        assertEquals(AreaCode.of("990101001001"), w.areaCode());
        assertEquals(LocalDate.of(1980, 1, 1), w.birthDate());
        assertEquals(MaritalStatus.MARRIED, w.maritalStatus());
        List<RowError> errors = source.rowErrors();
        assertEquals(List.of(3L, 4L), errors.stream().map(RowError::line).collect(Collectors.toList()));
        assertEquals(List.of("1980-01-01\u2003", " 1980-01-01\\x0A"), errors.stream().map(RowError::value).collect(Collectors.toList()));
    }

    @Test
    void test_controlCharacterInTheHeader_isAFileErrorNamingItsCell() throws IOException {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> open("id,area_code\u0000,birth_date,marital_status\n" + W1));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("cell 2 of the header holds the control character \\x00"), e.getMessage());
        // The first cell too: it names no column, and the header is refused for the byte, not for a missing id.
        CsvFormatException first = assertThrows(CsvFormatException.class,
                () -> open("id\u0000,area_code,birth_date,marital_status\n" + W1));
        assertEquals(1, first.line());
        assertTrue(first.getMessage().contains("cell 1 of the header holds the control character \\x00"), first.getMessage());
    }

    @Test
    void test_strict_rowOfNulBytesStopsThePassAtItsLine() throws IOException {
        Files.write(folder.resolve("women.csv"), bytes(HEADER, W1, new byte[] {0, 0, 0}, "\n", W2));
        CsvRegisterSource source = CsvRegister.builder().strict(true).open(folder);
        RowErrorException e = assertThrows(RowErrorException.class, () -> ids(source));
        assertEquals(3, e.rowError().line());
        assertEquals(RowCounts.of(1, 1), source.counts().get(RegisterTable.WOMEN));
    }
}
