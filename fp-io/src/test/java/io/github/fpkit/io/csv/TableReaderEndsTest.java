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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.io.internal.Schemas;
import io.github.fpkit.model.Woman;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a pass over a file ends other than at its last row: closed early by its caller, or
 * stopped by an error in the header or (strict) in a row. It reads no further row, its pass
 * reports a stop only for an error, and the file is closed (a long-running caller opening
 * registers again and again must not run out of file handles).
 */
class TableReaderEndsTest {
    private static final String HEADER = "id,area_code,birth_date,marital_status\n";

    @TempDir
    Path temp;

    private final List<PassReport> ended = new ArrayList<>();

    private Path file(String text) throws IOException {
        Path file = Files.createTempFile(temp, "women", ".csv");
        Files.writeString(file, text);
        return file;
    }

    private TableReader<Woman, Woman.Builder> reader(Path file, boolean strict) {
        ReadSettings settings = new ReadSettings(StandardCharsets.UTF_8, strict, 1000, 2000, Long.MAX_VALUE);
        return new TableReader<>(file, Schemas.WOMEN, settings, new PassReport(ended::add));
    }

    @Test
    void test_closedEarly_readsNoFurtherRow_andReportsNothing() throws IOException {
        Path file = file(HEADER + "W1,990101001001,1980-01-01,married\nW2,990101001001,1981-01-01,married\n");
        TableReader<Woman, Woman.Builder> reader = reader(file, false);
        assertEquals("W1", reader.next().id());
        assertEquals(1, OpenFiles.on(file));
        reader.close();
        assertEquals(0, OpenFiles.on(file));
        assertFalse(reader.hasNext());
        assertThrows(NoSuchElementException.class, reader::next);
        // Closing twice is harmless.
        reader.close();
        assertEquals(List.of(), ended);
    }

    @Test
    void test_readToTheEnd_closesTheFile_andEndsThePassOnce() throws IOException {
        Path file = file(HEADER + "W1,990101001001,1980-01-01,married\nW2,990101001001,1981-01-01,married\n");
        TableReader<Woman, Woman.Builder> reader = reader(file, false);
        assertEquals("W1", reader.next().id());
        assertEquals("W2", reader.next().id());
        assertEquals(1, OpenFiles.on(file));
        assertFalse(reader.hasNext());
        assertEquals(0, OpenFiles.on(file));
        assertFalse(reader.hasNext());
        assertEquals(1, ended.size());
        assertFalse(ended.get(0).stopped());
    }

    @Test
    void test_aMissingColumn_stopsThePass_closesTheFile_andNoRowIsRead() throws IOException {
        Path file = file("id,area_code,birth_date\nW1,990101001001,1980-01-01\n");
        TableReader<Woman, Woman.Builder> reader = reader(file, false);
        assertThrows(CsvFormatException.class, reader::hasNext);
        assertEquals(0, OpenFiles.on(file));
        assertEquals(1, ended.size());
        assertTrue(ended.get(0).stopped());
        assertFalse(reader.hasNext());
    }

    @Test
    void test_aRowErrorInStrictMode_stopsThePass_closesTheFile_andTheRowsAfterAreNotRead() throws IOException {
        Path file = file(HEADER + "W1,990101001001,1980-01-01,married\nW2,990101001001,1980-02-30,married\n"
                + "W3,990101001001,1982-01-01,married\n");
        TableReader<Woman, Woman.Builder> reader = reader(file, true);
        assertEquals("W1", reader.next().id());
        RowErrorException e = assertThrows(RowErrorException.class, reader::hasNext);
        assertEquals(3, e.rowError().line());
        assertEquals(0, OpenFiles.on(file));
        assertEquals(1, ended.size());
        assertTrue(ended.get(0).stopped());
        // W3 is not read: the pass stopped at the error.
        assertFalse(reader.hasNext());
    }
}
