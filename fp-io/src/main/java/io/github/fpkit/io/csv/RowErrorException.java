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
 * Thrown in strict mode at the first rejected row; its {@link RowError} names the file,
 * line, column, value (masked if personal) and reason.
 */
public final class RowErrorException extends CsvFormatException {
    private static final long serialVersionUID = 1L;

    private final transient RowError rowError;

    /**
     * @param rowError the rejected row, not null
     */
    public RowErrorException(RowError rowError) {
        super(rowError.file(), rowError.line(), rowError.column().map(c -> "column " + c + ", ").orElse("")
                + "value '" + rowError.value() + "': " + rowError.reason());
        this.rowError = Objects.requireNonNull(rowError, "rowError");
    }

    /** @return the rejected row */
    public RowError rowError() {
        return rowError;
    }
}
