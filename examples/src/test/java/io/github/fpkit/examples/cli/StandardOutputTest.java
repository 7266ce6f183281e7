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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output that fails: a reader that went away ({@code fp … | head}) ends the command
 * quietly with status 0; any other failure is a one-line I/O error, status 2. The launcher's
 * test does the same through a real pipe.
 */
class StandardOutputTest {
    @TempDir
    static Path temp;

    static Path register;

    @BeforeAll
    static void generateRegister() {
        register = RegisterFolders.generated(temp.resolve("register"), 300, 3, 2);
    }

    /** Takes {@code accepted} bytes, then fails every write as the operating system would. */
    private static final class FailingStream extends OutputStream {
        private final String message;
        private long accepted;

        FailingStream(long accepted, String message) {
            this.accepted = accepted;
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            if (accepted-- <= 0) {
                throw new IOException(message);
            }
        }
    }

    @Test
    void test_readerGone_endsQuietly_withStatus0_everyCommandAndFormat() {
        String[][] commands = {
            {"summary", register.toString(), "--period", "2009SY", "--area", "990102001000"},
            {"indicators", register.toString(), "--period", "2009SY", "--level", "all", "--format", "csv"},
            {"indicators", register.toString(), "--period", "2009SY", "--level", "all", "--format", "json"},
            {"indicators", register.toString(), "--period", "2009SY", "--level", "all"},
            {"indicators", register.toString(), "--period", "2009SY", "--excel=GBK"},
            {"validate", register.toString()},
            {"demo"},
            {"indicators", "--help"},
            {"--version"},
        };
        for (String[] command : commands) {
            for (long accepted : new long[] {0, 100}) {
                FpRun run = FpRun.of(new FailingStream(accepted, "Broken pipe"), command);
                assertEquals(0, run.status, String.join(" ", command) + ": " + run);
                assertEquals("", run.err, String.join(" ", command));
            }
        }
        FpRun windows = FpRun.of(new FailingStream(10, "The pipe is being closed"), "demo");
        assertEquals(0, windows.status, windows.toString());
    }

    @Test
    void test_otherWriteFailure_isAnIoError_onOneLine() {
        FpRun run = FpRun.of(new FailingStream(100, "No space left on device"), "indicators", register.toString(),
                "--period", "2009SY", "--format", "csv");
        assertEquals(2, run.status, run.toString());
        assertEquals("fp indicators: I/O error: standard output: No space left on device", run.err.strip());
        FpRun help = FpRun.of(new FailingStream(0, "No space left on device"), "--help");
        assertEquals(2, help.status, help.toString());
        assertEquals("fp: I/O error: standard output: No space left on device", help.err.strip());
        assertTrue(!run.err.contains("\tat "), run.err);
    }
}
