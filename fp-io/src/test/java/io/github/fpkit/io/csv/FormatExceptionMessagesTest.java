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

import org.junit.jupiter.api.Test;

/** How a CSV problem is worded: the file, the line from 1 (none for a problem of no line), the column if any. */
class FormatExceptionMessagesTest {
    @Test
    void test_aLineIsNamedFrom1() {
        assertEquals("women.csv line 1: bad", new CsvFormatException("women.csv", 1, "bad").getMessage());
        assertEquals("women.csv: bad", new CsvFormatException("women.csv", 0, "bad").getMessage());
    }

    @Test
    void test_aRejectedRow_namesItsColumnIfItHasOne() {
        assertEquals("women.csv line 7: column birth_date, value '1980-02-30': not a real date",
                new RowErrorException(RowError.of("women.csv", 7, "birth_date", "1980-02-30", "not a real date")).getMessage());
        assertEquals("women.csv line 7: value '': the row has 2 cells but the header has 4",
                new RowErrorException(RowError.of("women.csv", 7, null, "", "the row has 2 cells but the header has 4")).getMessage());
    }

    @Test
    void test_limitsOfOneCharacter_areTheSmallest() {
        assertEquals("maxCellLength must be 1 or more: 0",
                assertThrows(IllegalArgumentException.class, () -> CsvRegister.builder().maxCellLength(0)).getMessage());
        assertEquals("maxLineLength must be 1 or more: 0",
                assertThrows(IllegalArgumentException.class, () -> CsvRegister.builder().maxLineLength(0)).getMessage());
        CsvRegister.builder().maxCellLength(1).maxLineLength(1);
    }
}
