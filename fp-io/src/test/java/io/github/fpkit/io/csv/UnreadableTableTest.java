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
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.fpkit.model.register.RegisterTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table file that is there but cannot be read is an error naming the path and the cause, never an absent table. */
class UnreadableTableTest {
    @TempDir
    Path folder;

    private Path births;

    @BeforeEach
    void women() throws IOException {
        Files.writeString(folder.resolve("women.csv"), "id,area_code,birth_date,marital_status\nW1,990101001001,1980-01-01,married\n");
        births = folder.resolve("births.csv");
    }

    private CsvFormatException unreadable() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvRegister.builder().open(folder));
        assertEquals(births.toString(), e.file());
        assertTrue(e.reason().startsWith("cannot be read: "), e::getMessage);
        assertFalse(e.getMessage().contains("\n"), e::getMessage);
        return e;
    }

    @Test
    void test_open_tableThatIsAFolder_isAnError() throws IOException {
        Files.createDirectory(births);
        assertTrue(unreadable().reason().contains("it is a folder"));
    }

    @Test
    void test_open_symlinkLoop_isAnError() throws IOException {
        Files.createSymbolicLink(births, births.getFileName());
        assertTrue(unreadable().reason().toLowerCase().contains("symbolic links"));
    }

    @Test
    void test_open_danglingSymlink_isAnError() throws IOException {
        Files.createSymbolicLink(births, folder.resolve("gone.csv"));
        assertTrue(unreadable().reason().contains("a link to a file that does not exist"));
        assertTrue(unreadable().reason().contains("gone.csv"));
    }

    @Test
    void test_open_fileWithoutReadPermission_isAnError() throws IOException {
        Files.writeString(births, "id,mother_id,birth_date,sex,birth_order\n");
        Files.setPosixFilePermissions(births, PosixFilePermissions.fromString("---------"));
        // root reads any file whatever its permissions: the case can only be tried as another user
        assumeFalse(Files.isReadable(births), "running as root, who may read a file without read permission");
        assertTrue(unreadable().reason().contains("permission denied"));
    }

    @Test
    void test_open_absentOptionalTable_isFine() throws IOException {
        assertFalse(CsvRegister.builder().open(folder).tables().contains(RegisterTable.BIRTHS));
    }
}
