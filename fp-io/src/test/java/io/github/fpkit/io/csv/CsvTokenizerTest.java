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

import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTokenizerTest {
    private static final String HEADER = "id,area_code,birth_date,marital_status\n";
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path folder;

    private CsvRegisterSource open(byte[] women, Charset charset) throws IOException {
        Files.write(folder.resolve("women.csv"), women);
        return CsvRegister.builder().encoding(charset).open(folder);
    }

    private static List<Woman> women(CsvRegisterSource source) {
        try (Stream<Woman> s = source.women()) {
            return s.collect(Collectors.toList());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the bytes of the text with every '~' made 0xFF, a byte invalid in UTF-8 and GBK */
    private static byte[] withInvalidByte(String text) {
        byte[] bytes = utf8(text);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '~') {
                bytes[i] = (byte) 0xFF;
            }
        }
        return bytes;
    }

    private List<String> rows(String text, int bufferSize, int maxCellLength, int maxLineLength) throws IOException {
        Path file = folder.resolve("t.csv");
        Files.write(file, utf8(text));
        List<String> rows = new ArrayList<>();
        try (CsvTokenizer tokens = new CsvTokenizer(file, "t.csv", StandardCharsets.UTF_8, 0, -1, 1, maxCellLength,
                maxLineLength, bufferSize)) {
            while (tokens.nextRow(8)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.min(8, tokens.cellCount()); c++) {
                    cells.add(tokens.cell(c));
                }
                rows.add(tokens.line() + ":" + String.join("|", cells));
            }
        }
        return rows;
    }

    @Test
    void test_utf8ChineseHeader_readAsGbk_namesUtf8() throws IOException {
        byte[] bytes = utf8("编号,区划代码,出生日期,婚姻状况\nW1,990101001001,1980-01-01,已婚\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> open(bytes, GBK));
        assertTrue(e.getMessage().contains("missing required columns"), e.getMessage());
        assertTrue(e.getMessage().contains("the header reads correctly as UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("--encoding UTF-8"), e.getMessage());
    }

    @Test
    void test_headerMissingAColumnInEveryEncoding_hasNoHint() throws IOException {
        byte[] bytes = utf8("编号,区划代码,婚姻状况\nW1,990101001001,已婚\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> open(bytes, GBK));
        assertTrue(e.getMessage().contains("birth_date"), e.getMessage());
        assertFalse(e.getMessage().contains("reads correctly"), e.getMessage());
    }

    @Test
    void test_invalidByteInAnUnknownColumn_isAnError() throws IOException {
        String text = "id,area_code,birth_date,marital_status,note\nW1,990101001001,1980-01-01,married,ab~\n";
        CsvRegisterSource source = open(withInvalidByte(text), StandardCharsets.UTF_8);
        InvalidEncodingException e = assertThrows(InvalidEncodingException.class, () -> women(source));
        assertEquals(text.indexOf('~'), e.byteOffset());
        assertEquals(2, e.line());
    }

    @Test
    void test_invalidByteBeyondTheHeaderCells_isAnError() throws IOException {
        String text = HEADER + "W1,990101001001,1980-01-01,married,x,\"y\n~\"\n";
        CsvRegisterSource source = open(withInvalidByte(text), StandardCharsets.UTF_8);
        InvalidEncodingException e = assertThrows(InvalidEncodingException.class, () -> women(source));
        assertEquals(text.indexOf('~'), e.byteOffset());
        assertEquals(3, e.line());
    }

    @Test
    void test_invalidByteInARejectedRow_isStillAnError() throws IOException {
        String text = HEADER + "W1,,1980-01-01,~\n";
        CsvRegisterSource source = open(withInvalidByte(text), StandardCharsets.UTF_8);
        InvalidEncodingException e = assertThrows(InvalidEncodingException.class, () -> women(source));
        assertEquals(text.indexOf('~'), e.byteOffset());
    }

    @Test
    void test_invalidByteBeforeBrokenQuoting_isReportedFirst() throws IOException {
        String text = HEADER + "W1,~,\"x\"y,married\n";
        CsvRegisterSource source = open(withInvalidByte(text), StandardCharsets.UTF_8);
        InvalidEncodingException e = assertThrows(InvalidEncodingException.class, () -> women(source));
        assertEquals(text.indexOf('~'), e.byteOffset());
    }

    @Test
    void test_loneCarriageReturns_endLinesAndRows() throws IOException {
        CsvRegisterSource source = open(utf8("id,area_code,birth_date,marital_status\rW1,990101001001,1980-01-01,married\r\r"
                + "W2,990101001001,bad,married\rW3,\"9901\r01001001\",1980-01-01,married\rW4,990101001001,bad,married"),
                StandardCharsets.UTF_8);
        assertEquals(List.of("W1"), women(source).stream().map(Woman::id).collect(Collectors.toList()));
        assertEquals(List.of(4L, 5L, 7L), source.rowErrors().stream().map(RowError::line).collect(Collectors.toList()));
        assertEquals(RowCounts.of(1, 3), source.counts().get(RegisterTable.WOMEN));
    }

    @Test
    void test_blanksAroundCells_trimmed_quotedContentKept() throws IOException {
        CsvRegisterSource source = open(utf8("id,area_code,birth_date,marital_status,household_id\n"
                + " \t\"W1\" ,990101001001 ,\t1980-01-01,married,\" H 1 \"\t\n"
                + "\"W2\",990101001001,1980-01-01 , married ,  \"H, 1\"  \n"), StandardCharsets.UTF_8);
        List<Woman> women = women(source);
        assertEquals(1, women.size());
        assertEquals("W2", women.get(0).id());
        assertEquals(Optional.of("H, 1"), women.get(0).householdId());
        RowError error = source.rowErrors().get(0);
        assertEquals(Optional.of("household_id"), error.column());
        assertEquals(" H 1 ", error.value());
    }

    @Test
    void test_textAfterClosingQuote_namesItsLine() throws IOException {
        CsvRegisterSource source = open(utf8(HEADER + "W1,\"990101\n001001\" x,1980-01-01,married\n"), StandardCharsets.UTF_8);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> women(source));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("after the closing quote"), e.getMessage());
    }

    @Test
    void test_unclosedQuote_namesTheLineWhereItOpens() throws IOException {
        CsvRegisterSource source = open(utf8(HEADER + "W1,990101001001,1980-01-01,married\nW2,\"9901,1980-01-01,married\n\n\n"),
                StandardCharsets.UTF_8);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> women(source));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("no closing quote"), e.getMessage());
    }

    @Test
    void test_rowsStraddlingTinyBuffers_sameAsOneBuffer() throws IOException {
        String text = "\uFEFFa, \"b\r\nc\" ,中文\r\n\r\n,,\n\"x\"\"y\",z\rlast";
        List<String> expected = List.of("1:a|b\r\nc|中文", "5:x\"y|z", "6:last");
        for (int size = 1; size <= 9; size++) {
            assertEquals(expected, rows(text, size, 100, 100), "buffer " + size);
        }
    }

    @Test
    void test_cellLimit_countsCharactersNotBytes_andHoldsWithTinyBuffers() throws IOException {
        String chinese = "中".repeat(900);
        assertEquals(List.of("1:a|" + chinese), rows("a," + chinese + "\n", 5, 1000, 10_000));
        String text = "a\nb,\"" + "9".repeat(5000) + "\"\n";
        for (int size : new int[] {3, 64, ByteRangeBuffer.DEFAULT_SIZE}) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> rows(text, size, 1000, 10_000));
            assertEquals(2, e.line());
            assertTrue(e.getMessage().contains("a cell is longer than 1000"), e.getMessage());
        }
    }

    @Test
    void test_lineLimit_countsCharactersNotBytes_andHoldsWithTinyBuffers() throws IOException {
        String chinese = "中,".repeat(400);
        assertEquals(1, rows(chinese + "\n", 7, 1000, 1000).size());
        String text = "a\n" + "x,".repeat(3000) + "\n";
        for (int size : new int[] {3, 64, ByteRangeBuffer.DEFAULT_SIZE}) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> rows(text, size, 1000, 1000));
            assertEquals(2, e.line());
            assertTrue(e.getMessage().contains("the row is longer than 1000"), e.getMessage());
        }
    }

    @Test
    void test_aTooLongCell_afterAQuotedLineEnd_namesTheLineItStartsOn_whateverTheBuffer() throws IOException {
        // The row starts on line 2; its quoted cell "x\ny" ends on line 3, where the long cell starts.
        String text = "a\nb,\"x\ny\",\"" + "9".repeat(5000) + "\"\n";
        for (int size : new int[] {3, 64, ByteRangeBuffer.DEFAULT_SIZE}) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> rows(text, size, 1000, 10_000));
            assertEquals(3, e.line(), "buffer " + size);
            assertTrue(e.getMessage().contains("a cell is longer than 1000"), e.getMessage());
        }
    }

    @Test
    void test_brokenQuotingAtAnInvalidByte_reportsTheByte() throws IOException {
        // The byte after the closing quote breaks the quoting and is invalid UTF-8: a decoder reading
        // the row meets the invalid byte, so the encoding is reported, at its offset.
        String text = HEADER + "W1,\"990101001001\"~,1980-01-01,married\n";
        CsvRegisterSource source = open(withInvalidByte(text), StandardCharsets.UTF_8);
        InvalidEncodingException e = assertThrows(InvalidEncodingException.class, () -> women(source));
        assertEquals(text.indexOf('~'), e.byteOffset());
        assertEquals(2, e.line());
    }

    @Test
    void test_aByteOrderMarkReadAsGbk_isAnError_andTheFileIsClosed() throws IOException {
        Path file = folder.resolve("t.csv");
        Files.write(file, utf8("\uFEFFa,b\n1,2\n"));
        assertThrows(InvalidEncodingException.class, () -> new CsvTokenizer(file, "t.csv", GBK, 0, -1, 1, 100, 100, 16));
        assertEquals(0, OpenFiles.on(file));
        CsvTokenizer tokens = new CsvTokenizer(file, "t.csv", StandardCharsets.UTF_8, 0, -1, 1, 100, 100, 16);
        assertEquals(1, OpenFiles.on(file));
        tokens.close();
        assertEquals(0, OpenFiles.on(file));
    }

    @Test
    void test_datesAndCodesQuotedWithBlanksInside_areRead() throws IOException {
        // FORMAT.md: blanks inside quotes are the cell's text; a value that is not text (a code, a date)
        // has its blanks trimmed. Expected by hand from the cells.
        CsvRegisterSource source = open(utf8(HEADER + "W1,\" 990101001001\",\"1980-01-02 \",\"married\"\n"
                + "W2,\"990101001001\t\",\" 1980-01-03\",\" married \"\n"), StandardCharsets.UTF_8);
        List<Woman> women = women(source);
        assertEquals(List.of(), source.rowErrors());
        assertEquals(List.of(java.time.LocalDate.of(1980, 1, 2), java.time.LocalDate.of(1980, 1, 3)),
                women.stream().map(Woman::birthDate).collect(Collectors.toList()));
        assertEquals(List.of("990101001001", "990101001001"), women.stream().map(w -> w.areaCode().toString()).collect(Collectors.toList()));
    }

    @Test
    void test_byteOrderMarkOnly_isAnEmptyFile() throws IOException {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> open(utf8("\uFEFF"), StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("the file is empty"), e.getMessage());
    }

    @Test
    void test_memo_recallsOnlyTheValueOfTheSameBytes() throws IOException {
        Path file = folder.resolve("t.csv");
        Files.write(file, utf8("married,x\nmarried,y\nmarriee,z\n\"a\"\"b\",w\n\"a\"\"b\",w\n已婚,w\n已婚,v\nmarried,u\n"));
        List<String> cells = List.of("married", "married", "marriee", "a\"b", "a\"b", "已婚", "已婚", "married");
        for (int slots : new int[] {1, 64}) {
            CellMemo memo = new CellMemo(slots);
            List<Object> recalled = new ArrayList<>();
            try (CsvTokenizer tokens = new CsvTokenizer(file, "t.csv", StandardCharsets.UTF_8, 0, -1, 1, 100, 100, 4)) {
                int row = 0;
                while (tokens.nextRow(2)) {
                    Object known = tokens.recall(0, memo);
                    recalled.add(known);
                    if (known == null) {
                        // A distinct object per row: a recalled one shows which row's value came back.
                        tokens.remember(0, memo, new StringBuilder(tokens.cell(0)).append('#').append(row));
                    } else {
                        assertEquals(cells.get(row), known.toString().substring(0, known.toString().indexOf('#')));
                    }
                    row++;
                }
            }
            // A doubled quote's bytes are not its text: such a cell is never remembered.
            assertEquals(null, recalled.get(2));
            assertEquals(null, recalled.get(3));
            assertEquals(null, recalled.get(4));
            assertEquals("married#0", String.valueOf(recalled.get(1)));
            assertEquals("已婚#5", String.valueOf(recalled.get(6)));
            // Only a memo of several values still knows "married" after other cells.
            assertEquals(slots == 1 ? "null" : "married#0", String.valueOf(recalled.get(7)));
        }
    }

    @Test
    void test_datesReadFromTheirBytes_rejectedWithTheirRawText() throws IOException {
        CsvRegisterSource source = open(utf8("id,area_code,birth_date,marital_status,marriage_date\n"
                + "W1,990101001001,1980-01-01,married,1979-01-01\n"
                + "W2,990101001001,1980-02-30,married,\n"
                + "W3,990101001001,\" 1980-01-01 \",married,\"2001.5.1\"\n"), StandardCharsets.UTF_8);
        List<Woman> women = women(source);
        assertEquals(List.of("W3"), women.stream().map(Woman::id).collect(Collectors.toList()));
        assertEquals(Optional.of(java.time.LocalDate.of(2001, 5, 1)), women.get(0).marriageDate());
        List<RowError> errors = source.rowErrors();
        assertEquals(Optional.of("marriage_date"), errors.get(0).column());
        assertEquals("1979-01-01", errors.get(0).value());
        assertEquals(Optional.of("birth_date"), errors.get(1).column());
        assertEquals("1980-02-30", errors.get(1).value());
        assertTrue(errors.get(1).reason().contains("not a real date"), errors.get(1).reason());
    }
}
