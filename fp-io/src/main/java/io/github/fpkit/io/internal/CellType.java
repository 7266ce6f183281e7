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

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * How one type of value is read from and written to a CSV cell and a JSON value.
 *
 * @param <V> the value type
 */
public abstract class CellType<V> {
    /**
     * @param text the cell, trimmed and not empty
     * @return the value
     * @throws CellException or {@link io.github.fpkit.model.InvalidValueException} if the text is not a value
     */
    public abstract V parse(String text);

    /**
     * @param value the value, not null
     * @return the cell text, before CSV quoting
     */
    public abstract String format(V value);

    /**
     * The cell text a Chinese export would hold: the Chinese label of an enumeration,
     * 是/否 for yes/no, {@code 2009年9月30日} for a date; the canonical text otherwise. Every
     * such text reads back to the same value.
     *
     * @param value the value, not null
     * @return the cell text, before CSV quoting
     */
    public String formatChinese(V value) {
        return format(value);
    }

    /**
     * Writes the value as JSON (a string unless overridden).
     *
     * @param generator the generator, not null
     * @param value the value, not null
     */
    public void writeJson(JsonGenerator generator, V value) {
        generator.writeString(format(value));
    }

    /**
     * Reads the value at the parser's current (non-null) token.
     *
     * @param parser the parser, not null
     * @return the value
     * @throws CellException if the token is not a value of this type
     */
    public V readJson(JsonParser parser) {
        if (!parser.currentToken().isScalarValue() || parser.currentToken().isNumeric() || parser.currentToken().isBoolean()) {
            throw new CellException("expected a JSON string, found " + parser.currentToken());
        }
        String text = parser.getString().trim();
        if (text.isEmpty()) {
            throw new CellException("must not be empty");
        }
        return parse(text);
    }

    /**
     * Parses a cell given as the ASCII bytes of a reader's buffer rather than a string, for
     * the types that {@link #parsesAscii() can}; the others make it a string first.
     *
     * @param bytes the buffer, not null
     * @param start the cell's first byte
     * @param length the cell's bytes, 1 or more, ASCII, trimmed
     * @return the value
     * @throws CellException or {@link io.github.fpkit.model.InvalidValueException} if the text is not a value
     */
    public V parseAscii(byte[] bytes, int start, int length) {
        return parse(new String(bytes, start, length, StandardCharsets.ISO_8859_1));
    }

    /**
     * @return true if {@link #parseAscii} reads the common cells from their bytes without
     *     making a string of them, so that a reader need not make one for each cell
     */
    public boolean parsesAscii() {
        return false;
    }

    /**
     * @return true if a column of this type holds a few distinct cell texts over and over
     *     (codes and labels), so that a reader may remember the values of them all
     */
    public boolean hasFewValues() {
        return false;
    }

    /** @return true for free text, which is guarded against spreadsheet formulas in CSV */
    public boolean isText() {
        return false;
    }
}
