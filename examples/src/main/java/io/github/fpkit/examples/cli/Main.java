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

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@code fp} command-line tool ({@code examples/target/fp}, or
 * {@code java -jar examples/target/fp.jar …}): {@code indicators}, {@code validate},
 * {@code summary}, {@code audit}, {@code generate} and {@code demo}; {@code fp --help} and
 * {@code fp <command> --help} describe them.
 *
 * <pre>{@code
 * fp demo
 * fp indicators register --period 2009SY --level township --format json
 * }</pre>
 *
 * <p>Output is UTF-8 whatever the platform's default encoding, so Chinese names print the
 * same everywhere. Output into a pipe whose reader has gone ({@code fp … | head}) ends the
 * command quietly with status 0. Exit statuses: see {@link ExitStatus}.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the tool and exits the JVM with its exit status.
     *
     * @param args the command line, not null
     */
    public static void main(String[] args) {
        System.exit(run(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), args));
    }

    /**
     * Runs the tool in-process, without exiting, for tests and embedding.
     *
     * <pre>{@code
     * ByteArrayOutputStream out = new ByteArrayOutputStream();
     * int status = Main.run(out, System.err, "validate", "register");
     * String printed = out.toString(StandardCharsets.UTF_8);
     * }</pre>
     *
     * @param out where results go, as UTF-8 text (CSV in the encoding asked for by {@code --excel}), not null; flushed, not closed
     * @param err where messages go, as UTF-8 text, not null; flushed, not closed
     * @param args the command line, not null
     * @return the exit status: 0 success, 1 data errors, 2 usage or I/O errors
     */
    public static int run(OutputStream out, OutputStream err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        StandardOutput standardOutput = StandardOutput.of(out);
        PrintWriter standardError = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return FpCommand.commandLine(standardOutput, standardError).execute(args);
        } finally {
            standardError.flush();
        }
    }
}
