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
package io.github.fpkit.io.json;

import java.util.Objects;

/**
 * JSON that is not what its reader expects: malformed JSON, a key given twice, an unknown
 * key, a value of the wrong type or out of its range, a missing required key, or content
 * after the end. The message names the source (a file or a caller's label), the line and
 * column (1-based) where the offending token starts, and the reason, which names the key
 * and the value where there is one:
 * {@code results.json line 4, column 25: numerator '-1': must be 0 or more}.
 */
public class JsonFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String reason;

    /**
     * @param source the file or label of the input, not null
     * @param line the 1-based line, or -1 if unknown
     * @param column the 1-based column, or -1 if unknown
     * @param reason what is wrong, not null
     * @param cause the parser's exception, or null
     */
    public JsonFormatException(String source, long line, long column, String reason, Throwable cause) {
        this(Objects.requireNonNull(source, "source") + (line > 0 ? " line " + line + ", column " + column : "") + ": "
                + Objects.requireNonNull(reason, "reason"), source, line, column, reason, cause);
    }

    /**
     * For a subclass that words its message itself (naming, say, the field of a format).
     *
     * @param message the whole message, not null
     * @param source the file or label of the input, not null
     * @param line the 1-based line, or -1 if unknown
     * @param column the 1-based column, or -1 if unknown
     * @param reason what is wrong, not null
     * @param cause the parser's exception, or null
     */
    protected JsonFormatException(String message, String source, long line, long column, String reason, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the file or label of the input */
    public String source() {
        return source;
    }

    /** @return the 1-based line of the offending token, or -1 if unknown */
    public long line() {
        return line;
    }

    /** @return the 1-based column of the offending token, or -1 if unknown */
    public long column() {
        return column;
    }

    /** @return what is wrong */
    public String reason() {
        return reason;
    }
}
