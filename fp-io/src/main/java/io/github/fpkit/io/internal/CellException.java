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
package io.github.fpkit.io.internal;

/**
 * A cell's text is not a value of its column's type. Carries only the reason: the reader
 * that catches it knows the file, line, column and raw value.
 */
public final class CellException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param reason why the text is not a value, not null
     */
    public CellException(String reason) {
        super(reason);
    }

    /** @return why the text is not a value */
    public String reason() {
        return getMessage();
    }
}
