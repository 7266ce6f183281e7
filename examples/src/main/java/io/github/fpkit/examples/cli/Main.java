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
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@code fp} command-line tool ({@code java -jar examples/target/fp.jar …}):
 * {@code indicators}, {@code validate}, {@code summary}, {@code generate} and {@code demo};
 * {@code fp --help} and {@code fp <command> --help} describe them.
 *
 * <pre>{@code
 * java -jar examples/target/fp.jar demo
 * java -jar examples/target/fp.jar indicators register --period 2009SY --level township --format json
 * }</pre>
 *
 * <p>Output is UTF-8 whatever the platform's default encoding, so Chinese names print the
 * same everywhere. Exit statuses: see {@link ExitStatus}.
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
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = run(out, err, args);
        // PrintWriter swallows I/O errors: a full disk or a closed pipe must not look like success.
        if (out.checkError()) {
            err.println("fp: cannot write to standard output");
            status = ExitStatus.USAGE_OR_IO_ERROR;
        }
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the tool in-process, without exiting, for tests and embedding.
     *
     * <pre>{@code
     * StringWriter out = new StringWriter();
     * int status = Main.run(new PrintWriter(out), new PrintWriter(System.err), "validate", "register");
     * }</pre>
     *
     * @param out where results go, not null
     * @param err where messages go, not null
     * @param args the command line, not null
     * @return the exit status: 0 success, 1 data errors, 2 usage or I/O errors
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        return FpCommand.commandLine(out, err).execute(args);
    }
}
