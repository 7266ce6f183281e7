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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a register folder says about itself, and the small values its readers give. */
class FolderAndValuesTest {
    @TempDir
    Path temp;

    private static Woman woman(String id) {
        return Woman.builder().id(id).areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1980, 1, 1))
                .maritalStatus(MaritalStatus.MARRIED).build();
    }

    @Test
    void test_aFolderSaysWhereItIs_whatItHolds_andHowItIsRead() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("register"));
        CsvRegisterWriter.write(Register.builder().add(woman("W1")).add(woman("W2")).build(), folder);
        Files.writeString(folder.resolve("women.csv"), "W1,,990101001001,,1980-01-01,married,,\r\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CsvRegisterSource source = CsvRegister.builder().encoding(Charset.forName("GBK")).strict(false).open(folder);
        assertEquals(folder, source.folder());
        assertEquals(Map.of(RegisterTable.WOMEN, folder.resolve("women.csv")), source.files());
        assertEquals(Charset.forName("GBK"), source.encoding());
        assertEquals("CsvRegisterSource[" + folder + ", GBK, lenient]", source.toString());
        assertEquals("CsvRegisterSource[" + folder + ", UTF-8, strict]", CsvRegister.builder().strict(true).open(folder).toString());
        assertEquals(2, source.women().count());
        assertEquals(RowCounts.of(2, 1, 1), source.totalCounts());
        assertEquals(Optional.of(RowCounts.of(2, 1, 1)), source.rowCounts(RegisterTable.WOMEN));
    }

    @Test
    void test_tablesNameTheirRecordsAndColumns() {
        assertEquals(Woman.class, CsvTable.WOMEN.recordType());
        assertEquals(List.of("id", "resident_id", "area_code", "household_id", "birth_date", "marital_status", "marriage_date",
                "residence"), CsvTable.WOMEN.columns());
        assertEquals("women.csv", CsvTable.WOMEN.toString());
    }

    @Test
    void test_rowErrors_areValues() {
        RowError e = RowError.of("women.csv", 7, "birth_date", "1980-02-30", "not a real date", "W7");
        assertEquals(e, RowError.of("women.csv", 7, "birth_date", "1980-02-30", "not a real date", "W7"));
        assertEquals(e.hashCode(), RowError.of("women.csv", 7, "birth_date", "1980-02-30", "not a real date", "W7").hashCode());
        for (RowError other : List.of(RowError.of("births.csv", 7, "birth_date", "1980-02-30", "not a real date", "W7"),
                RowError.of("women.csv", 8, "birth_date", "1980-02-30", "not a real date", "W7"),
                RowError.of("women.csv", 7, "marriage_date", "1980-02-30", "not a real date", "W7"),
                RowError.of("women.csv", 7, "birth_date", "1980-02-31", "not a real date", "W7"),
                RowError.of("women.csv", 7, "birth_date", "1980-02-30", "another reason", "W7"),
                RowError.of("women.csv", 7, "birth_date", "1980-02-30", "not a real date"))) {
            assertNotEquals(e, other);
            assertNotEquals(e.hashCode(), other.hashCode());
        }
        assertNotEquals(e, "women.csv line 7");
        assertEquals("women.csv line 7, column birth_date, value '1980-02-30': not a real date", e.toString());
        assertEquals("women.csv line 1, value '': no header", RowError.of("women.csv", 1, null, "", "no header").toString());
        assertEquals(Optional.empty(), RowError.of("women.csv", 1, null, "", "no header").column());
        assertThrows(IllegalArgumentException.class, () -> RowError.of("women.csv", 0, null, "", "no header"));
    }

    @Test
    void test_linedRecords_areValues() {
        LinedRecord<Woman> r = new LinedRecord<>(woman("W1"), 2);
        assertEquals(r, new LinedRecord<>(woman("W1"), 2));
        assertEquals(r.hashCode(), new LinedRecord<>(woman("W1"), 2).hashCode());
        assertNotEquals(r, new LinedRecord<>(woman("W1"), 3));
        assertNotEquals(r, new LinedRecord<>(woman("W2"), 2));
        assertNotEquals(r.hashCode(), new LinedRecord<>(woman("W1"), 3).hashCode());
        assertNotEquals(r.hashCode(), new LinedRecord<>(woman("W2"), 2).hashCode());
        assertNotEquals(r, woman("W1"));
        assertThrows(IllegalArgumentException.class, () -> new LinedRecord<>(woman("W1"), 1));
    }
}
