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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** I/O failures name their cause, and running out of memory is one line that says how to give more. */
class FailureMessagesTest {
    @Test
    void test_ioCause_namesWhatWentWrong() {
        assertEquals("/proc/x: no such file or folder", IoCause.describe(new NoSuchFileException("/proc/x")));
        assertEquals("out/women.csv: permission denied", IoCause.describe(new AccessDeniedException("out/women.csv")));
        assertEquals("out: read-only file system", IoCause.describe(new FileSystemException("out", null, "Read-only file system")));
    }

    @Test
    void test_generateIntoProc_namesTheCause() {
        FpRun run = FpRun.of("generate", "/proc/x", "--women", "10");
        assertEquals(ExitStatus.USAGE_OR_IO_ERROR, run.status, run::toString);
        assertEquals(1, run.err.strip().lines().count(), run::toString);
        assertTrue(run.err.startsWith("fp generate: I/O error: /proc/x"), run::toString);
        assertFalse(run.err.contains("/proc/x: /proc/x"), run::toString);
        assertTrue(run.err.strip().matches(".*/proc/x[^:]*: [a-z][a-z -]+$"), run::toString);
    }

    @Command(name = "exhaust")
    static final class ExhaustingCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void test_outOfMemory_isOneLineNamingTheHeapAndHowToRaiseIt() {
        StringWriter err = new StringWriter();
        CommandLine fp = FpCommand.commandLine(StandardOutput.of(new ByteArrayOutputStream()), new PrintWriter(err));
        fp.addSubcommand("exhaust", new ExhaustingCommand());
        int status = fp.execute("exhaust");
        assertEquals(ExitStatus.DATA_ERROR, status);
        String message = err.toString();
        assertEquals(1, message.strip().lines().count(), message);
        assertFalse(message.contains("\tat ") || message.contains("Error"), message);
        long heapMib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertTrue(message.startsWith("fp exhaust: out of memory with a Java heap of at most " + heapMib + " MiB"), message);
        assertTrue(message.contains("JAVA_OPTS=-Xmx") && message.contains("java -Xmx") && message.contains("-jar fp.jar"), message);
    }
}
