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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Woman;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A table writer flushes its rows on request, and an I/O failure names the destination. */
class FlushAndFailuresTest {
    private static final Woman W1 = Woman.builder().id("W1").areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1980, 1, 1))
            .maritalStatus(MaritalStatus.MARRIED).build();

    /** Holds what is written until flushed. */
    private static final class Held extends Writer {
        private final StringBuilder pending = new StringBuilder();
        private final StringWriter flushed = new StringWriter();
        private final boolean failing;

        Held(boolean failing) {
            this.failing = failing;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            pending.append(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (failing) {
                throw new IOException("disk full");
            }
            flushed.write(pending.toString());
            pending.setLength(0);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    @Test
    void test_flush_writesTheRowsThrough() {
        Held held = new Held(false);
        CsvTableWriter<Woman> out = CsvTableWriter.of(CsvTable.WOMEN, held);
        out.write(W1);
        out.flush();
        assertTrue(held.flushed.toString().contains("W1,"), held.flushed.toString());
        out.close();
    }

    @Test
    void test_aFailureToFlush_namesTheDestination() {
        CsvTableWriter<Woman> out = CsvTableWriter.of(CsvTable.WOMEN, new Held(true));
        out.write(W1);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, out::flush);
        assertTrue(e.getMessage().endsWith(": disk full"), e.getMessage());
        assertEquals("disk full", e.getCause().getMessage());
    }
}
