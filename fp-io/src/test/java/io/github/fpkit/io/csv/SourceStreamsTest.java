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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.Woman;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table's stream, however it is consumed: record by record through an iterator, in order, in parallel. */
class SourceStreamsTest {
    @TempDir
    Path temp;

    private Path folder(int women) throws IOException {
        StringBuilder csv = new StringBuilder("id,area_code,birth_date,marital_status\n");
        for (int i = 0; i < women; i++) {
            csv.append('W').append(i).append(",990101001001,1980-01-01,married\n");
        }
        Path folder = Files.createTempDirectory(temp, "register");
        Files.writeString(folder.resolve("women.csv"), csv);
        return folder;
    }

    @Test
    void test_anIterator_readsEveryRecordOneByOne() throws IOException {
        CsvRegisterSource source = CsvRegister.builder().open(folder(3));
        List<String> ids = new ArrayList<>();
        try (Stream<Woman> women = source.women()) {
            Iterator<Woman> it = women.iterator();
            while (it.hasNext()) {
                ids.add(it.next().id());
            }
        }
        assertEquals(List.of("W0", "W1", "W2"), ids);
        List<String> lined = new ArrayList<>();
        try (Stream<LinedRecord<Woman>> women = source.streamWithLines(CsvTable.WOMEN)) {
            Iterator<LinedRecord<Woman>> it = women.iterator();
            while (it.hasNext()) {
                LinedRecord<Woman> r = it.next();
                lined.add(r.record().id() + "@" + r.line());
            }
        }
        assertEquals(List.of("W0@2", "W1@3", "W2@4"), lined);
    }

    @Test
    void test_theStream_isOrderedNonNullAndSizedByItsBytes() throws IOException {
        Path folder = folder(3);
        try (Stream<Woman> women = CsvRegister.builder().open(folder).women()) {
            Spliterator<Woman> s = women.spliterator();
            assertTrue(s.hasCharacteristics(Spliterator.ORDERED | Spliterator.NONNULL));
            assertFalse(s.hasCharacteristics(Spliterator.SIZED));
            assertTrue(s.estimateSize() > 0);
        }
    }

    @Test
    void test_aParallelStream_keepsTheRowOrder() throws IOException {
        Path folder = folder(2000);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            expected.add("W" + i);
        }
        try (Stream<Woman> women = CsvRegister.builder().minSplitBytes(1).open(folder).women()) {
            assertEquals(expected, women.parallel().map(Woman::id).collect(Collectors.toList()));
        }
    }
}
