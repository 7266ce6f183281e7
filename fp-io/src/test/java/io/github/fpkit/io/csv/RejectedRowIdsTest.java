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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The id a rejected row names, however its id cell was read: remembered from the row before, or unreadable. */
class RejectedRowIdsTest {
    @TempDir
    Path temp;

    private CsvRegisterSource folder(String women, String areas) throws IOException {
        Path folder = Files.createTempDirectory(temp, "register");
        Files.writeString(folder.resolve("women.csv"), women);
        if (areas != null) {
            Files.writeString(folder.resolve("areas.csv"), areas);
        }
        return CsvRegister.builder().open(folder);
    }

    @Test
    void test_anIdRepeatedFromTheRowBefore_isNamed() throws IOException {
        CsvRegisterSource source = folder("id,area_code,birth_date,marital_status\n"
                + "W1,990101001001,1980-01-01,married\n"
                + "W1,990101001001,2009-02-29,married\n", null);
        try (Stream<?> women = source.women()) {
            assertEquals(1, women.count());
        }
        assertEquals(List.of(Optional.of("W1")), source.rowErrors().stream().map(RowError::recordId).collect(Collectors.toList()));
    }

    @Test
    void test_anUnreadableCode_ofARowRejectedForAnotherColumn_namesNothing() throws IOException {
        CsvRegisterSource source = folder("id,area_code,birth_date,marital_status\n", "name,code\n,9901\n 村 ,990101001001\n");
        try (Stream<?> areas = source.areas()) {
            assertEquals(1, areas.count());
        }
        assertEquals(List.of(Optional.empty()), source.rowErrors().stream().map(RowError::recordId).collect(Collectors.toList()));
    }

    @Test
    void test_aBlankId_ofARowRejectedForAnEarlierColumn_namesNothing() throws IOException {
        // birth_date comes before id in this file, so the row is rejected for its date while its
        // id cell (empty, or blanks only) is not yet looked at: the error names no id at all.
        CsvRegisterSource source = folder("birth_date,id,area_code,marital_status\n"
                + "1980-02-30,,990101001001,married\n"
                + "1980-02-30, \t ,990101001001,married\n"
                + "1980-02-30,W3,990101001001,married\n", null);
        try (Stream<?> women = source.women()) {
            assertEquals(0, women.count());
        }
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of("W3")),
                source.rowErrors().stream().map(RowError::recordId).collect(Collectors.toList()));
        assertEquals(List.of("birth_date", "birth_date", "birth_date"),
                source.rowErrors().stream().map(e -> e.column().orElseThrow()).collect(Collectors.toList()));
    }
}
