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
package io.github.fpkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressLineTest {
    @Test
    void test_shortWork_showsNothing() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(err), true, now::get);
        now.set(ProgressLine.DELAY_NANOS - 1);
        line.report(() -> "reading women.csv: 1,024 rows");
        line.done();
        assertEquals("", err.toString());
    }

    @Test
    void test_longWork_showsInPlace_atMostEveryInterval_thenErasesTheLine() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(err), true, now::get);
        now.set(ProgressLine.DELAY_NANOS);
        line.report(() -> "reading women.csv: 1,024 rows");
        line.report(() -> "reading women.csv: 2,048 rows");
        assertEquals("\rreading women.csv: 1,024 rows", err.toString());
        now.addAndGet(ProgressLine.INTERVAL_NANOS);
        line.report(() -> "reading births.csv: 1,024 rows");
        assertTrue(err.toString().endsWith("\rreading births.csv: 1,024 rows"), err.toString());
        line.done();
        assertTrue(err.toString().endsWith("\r" + " ".repeat("reading births.csv: 1,024 rows".length()) + "\r"));
    }

    @Test
    void test_disabled_showsNothing() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(err), false, now::get);
        now.set(10 * ProgressLine.DELAY_NANOS);
        line.report(() -> "reading women.csv: 1,024 rows");
        line.done();
        assertEquals("", err.toString());
    }

    /** The line names the file it counts: the rows of that file alone, whatever else is read, by however many threads. */
    @Test
    void test_source_countsEachFileByItself_inParallelToo(@TempDir Path temp) {
        CsvRegisterSource register = CsvRegister.builder().open(RegisterFolders.generated(temp.resolve("r"), 3000, 3, 4));
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(err), true, now::get);
        now.set(10 * ProgressLine.DELAY_NANOS);
        ProgressSource source = new ProgressSource(register, line);
        // Filtered, so that counting cannot skip the rows of a stream that knows its size.
        long births;
        try (Stream<?> women = source.women(); Stream<?> birthStream = source.births().parallel()) {
            assertEquals(3000, women.filter(r -> true).count());
            births = birthStream.filter(r -> true).count();
        }
        assertEquals(register.counts().get(RegisterTable.BIRTHS).read(), births);
        assertEquals(3000, source.rows(RegisterTable.WOMEN));
        assertEquals(register.counts().get(RegisterTable.BIRTHS).read(), source.rows(RegisterTable.BIRTHS));
        assertEquals("\rreading women.csv: 1,024 rows", err.toString());
    }

    /** Tables read with their lines, as fp validate reads them, count the same way, and keep their lines. */
    @Test
    void test_source_countsTablesReadWithLines(@TempDir Path temp) {
        CsvRegisterSource register = CsvRegister.builder().open(RegisterFolders.generated(temp.resolve("r"), 3000, 3, 4));
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(err), true, now::get);
        now.set(10 * ProgressLine.DELAY_NANOS);
        ProgressSource source = new ProgressSource(register, line);
        List<Long> lines = new ArrayList<>();
        source.forEachWithLine(RegisterTable.WOMEN, Woman.class, (w, l) -> lines.add(l));
        assertEquals(3000, source.rows(RegisterTable.WOMEN));
        assertEquals(LongStream.rangeClosed(2, 3001).boxed().collect(Collectors.toList()), lines);
        assertEquals("\rreading women.csv: 1,024 rows", err.toString());
    }
}
