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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private static void rows(ProgressLine line, int n) {
        for (int i = 0; i < n; i++) {
            line.row("women.csv");
        }
    }

    @Test
    void test_shortRead_showsNothing() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(err), true, now::get);
        now.set(ProgressLine.DELAY_NANOS - 1);
        rows(line, 10 * ProgressLine.ROWS_PER_LOOK);
        line.done();
        assertEquals("", err.toString());
    }

    @Test
    void test_longRead_showsRowsInPlace_thenErasesTheLine() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(err), true, now::get);
        now.set(ProgressLine.DELAY_NANOS);
        rows(line, 2 * ProgressLine.ROWS_PER_LOOK);
        assertEquals("\rreading women.csv: 1,024 rows", err.toString());
        now.addAndGet(ProgressLine.INTERVAL_NANOS);
        rows(line, ProgressLine.ROWS_PER_LOOK);
        assertTrue(err.toString().endsWith("\rreading women.csv: 3,072 rows"), err.toString());
        line.done();
        assertTrue(err.toString().endsWith("\r" + " ".repeat("reading women.csv: 3,072 rows".length()) + "\r"));
    }

    @Test
    void test_disabled_showsNothing() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(err), false, now::get);
        now.set(10 * ProgressLine.DELAY_NANOS);
        rows(line, 10 * ProgressLine.ROWS_PER_LOOK);
        line.done();
        assertEquals("", err.toString());
    }
}
