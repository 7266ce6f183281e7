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

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Entry point for reading a register folder (FORMAT.md): configure a builder, then
 * {@link Builder#open(Path) open} a folder as a streaming {@link CsvRegisterSource}.
 *
 * <pre>{@code
 * CsvRegisterSource source = CsvRegister.builder()
 *     .encoding(Charset.forName("GBK"))   // UTF-8 (with or without BOM) by default
 *     .strict(false)                      // lenient (default): skip and collect bad rows
 *     .open(Path.of("register"));
 * Register register = Register.copyOf(source);
 * source.rowErrors().forEach(System.err::println);
 * }</pre>
 *
 * <h2>Exception handling</h2>
 * <ul>
 *   <li>{@link Builder#open(Path)} reads every file's header: a missing folder or
 *       {@code women.csv}, a table file that exists but cannot be read (a folder, a link to
 *       nothing or to itself, no read permission; the message names the cause), a missing required column, a header naming a column twice, or
 *       invalid bytes in a header throw {@link CsvFormatException} before any row is read;
 *       I/O failures throw {@link java.io.UncheckedIOException}.</li>
 *   <li>While a table's stream is consumed: I/O failures throw
 *       {@link java.io.UncheckedIOException}; bytes invalid in the encoding throw
 *       {@link InvalidEncodingException}; broken quoting and cells or rows over the limits
 *       throw {@link CsvFormatException} — in both modes, because the rest of the file
 *       cannot be trusted.</li>
 *   <li>A row that is not a valid record is a {@link RowError}: in lenient mode it is
 *       skipped and collected; in strict mode {@link RowErrorException} is thrown.</li>
 * </ul>
 */
public final class CsvRegister {
    /** Default longest cell, in characters: ids, codes and names are far shorter. */
    public static final int DEFAULT_MAX_CELL_LENGTH = 64 * 1024;
    /** Default longest row, in characters. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;

    private CsvRegister() {
    }

    /** @return a builder with the defaults: UTF-8, lenient, the default limits */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures and opens register folders. Not thread-safe; the sources it opens are. */
    public static final class Builder {
        private Charset encoding = StandardCharsets.UTF_8;
        private boolean strict;
        private int maxCellLength = DEFAULT_MAX_CELL_LENGTH;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private long minSplitBytes = TableSpliterator.MIN_SPLIT_BYTES;

        private Builder() {
        }

        /**
         * @param encoding the files' encoding, not null: UTF-8 (default; a BOM is skipped), GBK or GB18030
         * @return this builder
         */
        public Builder encoding(Charset encoding) {
            this.encoding = Objects.requireNonNull(encoding, "encoding");
            return this;
        }

        /**
         * @param strict true to throw {@link RowErrorException} at the first rejected row;
         *     false (default) to skip rejected rows and collect them
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * @param maxCellLength the longest cell accepted, in characters, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxCellLength(int maxCellLength) {
            if (maxCellLength < 1) {
                throw new IllegalArgumentException("maxCellLength must be 1 or more: " + maxCellLength);
            }
            this.maxCellLength = maxCellLength;
            return this;
        }

        /**
         * @param maxLineLength the longest row accepted, in characters, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxLineLength(int maxLineLength) {
            if (maxLineLength < 1) {
                throw new IllegalArgumentException("maxLineLength must be 1 or more: " + maxLineLength);
            }
            this.maxLineLength = maxLineLength;
            return this;
        }

        /** Lets tests cut small files into parts, as parallel streams cut large ones. */
        Builder minSplitBytes(long minSplitBytes) {
            this.minSplitBytes = minSplitBytes;
            return this;
        }

        /**
         * Opens a register folder: finds its tables (by file name, case-insensitively) and
         * checks every header. No row is read until a table's stream is consumed.
         *
         * @param folder the register folder, not null
         * @return the streaming source
         * @throws CsvFormatException if the folder or {@code women.csv} is missing, a table file exists but cannot be
         *         read (a folder, a dangling or looping link, no permission), or a header is invalid
         * @throws java.io.UncheckedIOException if a file cannot be read
         */
        public CsvRegisterSource open(Path folder) {
            Objects.requireNonNull(folder, "folder");
            return new CsvRegisterSource(folder, new ReadSettings(encoding, strict, maxCellLength, maxLineLength, minSplitBytes));
        }
    }
}
