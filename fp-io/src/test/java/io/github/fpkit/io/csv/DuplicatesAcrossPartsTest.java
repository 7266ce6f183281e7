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

import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.RowCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read in parallel parts counts its rows, rejected rows and repeated keys as a sequential read does. */
class DuplicatesAcrossPartsTest {
    @TempDir
    Path temp;

    @Test
    void test_countsOfAParallelRead_areThoseOfASequentialRead() throws IOException {
        StringBuilder csv = new StringBuilder("id,area_code,birth_date,marital_status\n");
        for (int i = 0; i < 3000; i++) {
            csv.append('W').append(i % 1000).append(",990101001001,").append(i % 7 == 0 ? "1980-02-30" : "1980-01-01").append(",married\n");
        }
        Path folder = Files.createTempDirectory(temp, "register");
        Files.writeString(folder.resolve("women.csv"), csv);
        RowCounts expected = null;
        for (long minSplit : new long[] {Long.MAX_VALUE, 1}) {
            CsvRegisterSource source = CsvRegister.builder().minSplitBytes(minSplit).open(folder);
            try (Stream<?> women = source.women()) {
                (minSplit == 1 ? women.parallel() : women).forEach(w -> { });
            }
            RowCounts counts = source.counts().get(RegisterTable.WOMEN);
            expected = expected == null ? counts : expected;
            assertEquals(expected, counts);
        }
        assertEquals(3000, expected.read());
        assertEquals(1000, expected.accepted());
        assertEquals(2000, expected.rejected());
        // 429 rows have an impossible date; of the 2571 others, all but the first of each of the 1000 ids repeat a key.
        assertEquals(1571, expected.duplicates());
    }
}
