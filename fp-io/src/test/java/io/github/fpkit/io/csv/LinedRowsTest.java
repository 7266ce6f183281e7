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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spliterator behind {@link CsvRegisterSource#streamWithLines} as a user's own code drives it, and the listed lines of
 * a folded follow-on error (docs/FORMAT.md, "Follow-on errors fold": up to {@value ValidationReport#LINES_LISTED} lines).
 */
class LinedRowsTest {
    private static final String AREAS = "code,name\n990101000000,县\n990101001000,乡\n990101001001,村\n";
    private static final String WOMEN = "id,area_code,birth_date,marital_status,household_id\n";

    @TempDir
    Path temp;

    private Path folder(String... namesAndTexts) throws IOException {
        Path folder = Files.createTempDirectory(temp, "register");
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1], StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** Two women on lines 2 and 4 (a blank line between): advanced one at a time, then no more; ordered, no nulls, not empty. */
    @Test
    void test_linedSpliterator_advancesRecordByRecord() throws IOException {
        CsvRegisterSource source = CsvRegister.builder().open(folder("women.csv", WOMEN + "W1,990101001001,1980-01-01,married,\n\n"
                + "W2,990101001001,1981-01-01,married,\n"));
        try (Stream<LinedRecord<Woman>> lined = source.streamWithLines(CsvTable.WOMEN)) {
            Spliterator<LinedRecord<Woman>> s = lined.spliterator();
            assertEquals(Spliterator.ORDERED | Spliterator.NONNULL, s.characteristics() & (Spliterator.ORDERED | Spliterator.NONNULL));
            assertTrue(s.estimateSize() >= 1, "a range of bytes still to read");
            List<String> seen = new ArrayList<>();
            assertTrue(s.tryAdvance(r -> seen.add(r.record().id() + "@" + r.line())));
            assertTrue(s.tryAdvance(r -> seen.add(r.record().id() + "@" + r.line())));
            assertFalse(s.tryAdvance(r -> seen.add("none")));
            assertEquals(List.of("W1@2", "W2@4"), seen);
        }
    }

    private static String births(int count) {
        StringBuilder births = new StringBuilder("id,mother_id,birth_date,sex,birth_order\n");
        for (int k = 1; k <= count; k++) {
            births.append("B").append(k).append(",W2,").append(2000 + k).append("-01-01,female,").append(k).append('\n');
        }
        return births.toString();
    }

    /** Exactly ten records of a rejected woman are all listed, with no "and 0 more"; one record is "1 record refers", "line 2". */
    @Test
    void test_foldedRecords_listedInFull_upToTen() throws IOException {
        String women = WOMEN + "W1,990101001001,1980-01-01,married,\nW2,990101001001,1980-02-30,married,\n";
        ValidationReport ten = ValidationReport.of(CsvRegister.builder().open(folder("areas.csv", AREAS, "women.csv", women,
                "births.csv", births(ValidationReport.LINES_LISTED))));
        String message = ten.problems().get(1).message();
        assertTrue(message.startsWith("10 records refer to woman W2, whose row (women.csv line 3) was rejected at birth_date '1980-02-30': "),
                message);
        assertTrue(message.endsWith("; fix that row. The records: births.csv lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11"), message);
        ValidationReport one = ValidationReport.of(CsvRegister.builder().open(folder("areas.csv", AREAS, "women.csv", women,
                "births.csv", births(1))));
        String single = one.problems().get(1).message();
        assertTrue(single.startsWith("1 record refers to woman W2,") && single.endsWith("The records: births.csv line 2"), single);
    }
}
