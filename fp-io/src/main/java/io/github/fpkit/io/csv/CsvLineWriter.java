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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.UnmappableCharacterException;

/**
 * Writes RFC 4180 rows: a cell quoted when it holds a separator, quote or line end, or
 * starts or ends with whitespace (which the reader would otherwise trim); rows end with
 * the line end asked for (CRLF as RFC 4180 has it, or LF). Used by one thread at a time.
 */
final class CsvLineWriter implements AutoCloseable {
    /** RFC 4180's line end, which the register's files keep. */
    static final String CRLF = "\r\n";
    /** The line end of result files: what scripts on every platform expect. */
    static final String LF = "\n";

    private final Writer out;
    private final String name;
    private final String lineEnd;
    private boolean rowStarted;

    CsvLineWriter(Writer out, String name, String lineEnd) {
        this.out = out;
        this.name = name;
        this.lineEnd = lineEnd;
    }

    void cell(String text) {
        try {
            if (rowStarted) {
                out.write(',');
            }
            rowStarted = true;
            if (needsQuotes(text)) {
                out.write('"');
                out.write(text.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(text);
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    void endRow() {
        try {
            out.write(lineEnd);
            rowStarted = false;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private UncheckedIOException failed(IOException e) {
        if (e instanceof UnmappableCharacterException) {
            // The encoder's own message ("Input length = 1") says nothing a user can act on.
            return new UncheckedIOException(name + ": a character that the encoding cannot hold; "
                    + "UTF-8 and GB18030 hold every character", e);
        }
        return new UncheckedIOException(name + ": " + e.getMessage(), e);
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
