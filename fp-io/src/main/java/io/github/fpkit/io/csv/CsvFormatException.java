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

import java.util.Objects;

/**
 * A CSV file cannot be read as the register format: a missing required column, a header
 * that names one column twice, broken quoting, a cell or line longer than the reader's
 * limit, bytes invalid in the chosen encoding ({@link InvalidEncodingException}), or, in
 * strict mode, a rejected row ({@link RowErrorException}). The message names the file,
 * the line where known, and the reason.
 */
public class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String reason;

    /**
     * @param file the file, as opened, not null
     * @param line the physical line, 1 or more, or 0 if the problem has no line
     * @param reason what is wrong, not null
     */
    public CsvFormatException(String file, long line, String reason) {
        super(file + (line > 0 ? " line " + line : "") + ": " + reason);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the file, as opened */
    public String file() {
        return file;
    }

    /** @return the physical line of the problem, 1 or more, or 0 if it has none */
    public long line() {
        return line;
    }

    /** @return what is wrong */
    public String reason() {
        return reason;
    }
}
