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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader says about a table's header: ignored columns, missing ones, too many, and the encoding it seems to be in. */
class HeaderMessagesTest {
    private static final String REQUIRED = "id,area_code,birth_date,marital_status";
    private static final String ROW = "W1,990101001001,1980-01-01,married";

    @TempDir
    Path temp;

    private CsvRegisterSource folder(String women, Charset written, Charset read) throws IOException {
        Path folder = Files.createTempDirectory(temp, "register");
        Files.write(folder.resolve("women.csv"), women.getBytes(written));
        return CsvRegister.builder().encoding(read).open(folder);
    }

    private CsvRegisterSource folder(String women) throws IOException {
        return folder(women, StandardCharsets.UTF_8, StandardCharsets.UTF_8);
    }

    @Test
    void test_unknownColumns_areIgnoredWithAWarningNamingThem() throws IOException {
        CsvRegisterSource source = folder(REQUIRED + ", notes \n" + ROW + ",x\n");
        assertEquals(1, source.women().count());
        assertEquals(List.of(source.folder().resolve("women.csv") + ": unknown column 'notes' (column 5) is ignored"), source.warnings());
    }

    @Test
    void test_headersOfUpTo1024Cells() throws IOException {
        String unknown = IntStream.range(0, 1020).mapToObj(i -> "u" + i).collect(Collectors.joining(","));
        CsvRegisterSource widest = folder(REQUIRED + "," + unknown + "\n" + ROW + ",".repeat(1020) + "\n");
        assertEquals(1, widest.women().count(), widest.rowErrors().toString());
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> folder(REQUIRED + "," + unknown + ",u\n" + ROW + "\n")
                .women().count());
        assertEquals("the first line has more than 1024 cells; this is not a women.csv file", e.reason());
    }

    @Test
    void test_missingRequiredColumns_areNamed() throws IOException {
        CsvFormatException one = assertThrows(CsvFormatException.class,
                () -> folder("id,area_code,birth_date\nW1,990101001001,1980-01-01\n").women().count());
        assertEquals("missing required column marital_status (婚姻状况)", one.reason());
        assertEquals(1, one.line());
        CsvFormatException two = assertThrows(CsvFormatException.class, () -> folder("id,birth_date\nW1,1980-01-01\n").women().count());
        assertTrue(two.reason().startsWith("missing required columns area_code (区划代码/村代码), marital_status"), two.reason());
    }

    @Test
    void test_aChineseHeaderInAnotherEncoding_isNamedWithTheEncodingItReadsIn() throws IOException {
        String chinese = "编号,区划代码,出生日期,婚姻状况\nW1,990101001001,1980-01-01,已婚\n";
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> folder(chinese, StandardCharsets.UTF_8, Charset.forName("GBK")).women().count());
        assertTrue(e.reason().endsWith("; the header reads correctly as UTF-8: open it with that encoding (fp: --encoding UTF-8)"),
                e.reason());
        CsvFormatException ascii = assertThrows(CsvFormatException.class, () -> folder("id,area\nW1,1\n").women().count());
        assertEquals("missing required columns area_code (区划代码/村代码), birth_date (出生日期), marital_status (婚姻状况)", ascii.reason());
    }
}
