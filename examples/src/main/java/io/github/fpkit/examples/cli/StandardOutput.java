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

import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The tool's standard output: UTF-8 text whatever the platform's default encoding, and the
 * bytes under it for files in another encoding ({@code --excel=GBK}). Unlike a plain
 * {@link PrintWriter}, which swallows write errors, it ends the command at the first one:
 * with {@link ClosedPipeException} when the reader has gone (a closed pipe, which is no
 * error), with {@link UncheckedIOException} otherwise (a full disk). Autoflushing, so that
 * a pipe's reader sees each line as it is printed.
 */
final class StandardOutput extends PrintWriter {
    private final OutputStream bytes;

    private StandardOutput(OutputStream bytes) {
        super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        this.bytes = bytes;
    }

    /**
     * @param stream standard output's bytes, not null
     * @return standard output over them
     */
    static StandardOutput of(OutputStream stream) {
        return new StandardOutput(new Guarded(stream));
    }

    /**
     * @param command a command line of {@link FpCommand#commandLine}
     * @return its standard output
     */
    static StandardOutput of(CommandLine command) {
        return (StandardOutput) command.getOut();
    }

    /**
     * Standard output outlives one command: a writer over it that a library closes when it
     * is done is flushed instead.
     *
     * @return this text output, unclosable
     */
    Writer text() {
        return new FilterWriter(this) {
            @Override
            public void close() {
                StandardOutput.this.flush();
            }
        };
    }

    /**
     * The bytes under the text, for output in another encoding than UTF-8; the text printed
     * so far is flushed first. Closing the stream closes nothing.
     *
     * @return the bytes of standard output
     */
    OutputStream bytes() {
        flush();
        return new FilterOutputStream(bytes) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Turns write errors into exceptions that end the command, which {@link PrintWriter} would swallow. */
    private static final class Guarded extends FilterOutputStream {
        Guarded(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /**
         * Java has no error code for a closed pipe, only the operating system's message:
         * EPIPE's "Broken pipe" on Linux and macOS, "The pipe is being closed" or "The pipe
         * has been ended" on Windows.
         */
        private static RuntimeException failed(IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("broken pipe") || message.contains("pipe is being closed")
                    || message.contains("pipe has been ended")) {
                return new ClosedPipeException(e);
            }
            return new UncheckedIOException("standard output: " + e.getMessage(), e);
        }
    }
}
