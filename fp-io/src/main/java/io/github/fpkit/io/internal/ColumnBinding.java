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

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One column of a record schema (a CSV column, a JSON key) bound to a record's value: its
 * canonical name, Chinese aliases, whether it is required, its cell type, and how the value
 * is taken from a record and given to a builder. A {@link Schema}'s fields are its column
 * bindings, in canonical order.
 *
 * @param <T> the record type
 * @param <B> the record's builder type
 * @param <V> the value type
 */
public final class ColumnBinding<T, B, V> {
    private final String name;
    private final List<String> aliases;
    private final boolean requiredColumn;
    private final boolean required;
    private final CellType<V> type;
    private final Function<T, V> getter;
    private final BiConsumer<B, V> setter;

    ColumnBinding(String name, List<String> aliases, boolean requiredColumn, boolean required, CellType<V> type,
            Function<T, V> getter, BiConsumer<B, V> setter) {
        this.name = name;
        this.aliases = List.copyOf(aliases);
        this.requiredColumn = requiredColumn;
        this.required = required;
        this.type = type;
        this.getter = getter;
        this.setter = setter;
    }

    /** @return the canonical column name, for example {@code "birth_date"} */
    public String name() {
        return name;
    }

    /** @return the Chinese aliases of the header */
    public List<String> aliases() {
        return aliases;
    }

    /** @return the header a Chinese export uses: the first Chinese alias, or the name if there is none */
    public String chineseName() {
        return aliases.isEmpty() ? name : aliases.get(0);
    }

    /** @return true if a file must have the column (its cells may still be empty unless {@link #required()}) */
    public boolean requiredColumn() {
        return requiredColumn;
    }

    /** @return true if every record must have the value: the column is required and its cells must not be empty */
    public boolean required() {
        return required;
    }

    /** @return the cell type */
    public CellType<V> type() {
        return type;
    }

    /** @return true if the value is derived from the record's other values and only checked when read */
    public boolean derived() {
        return setter == null;
    }

    /** @return true if the column holds resident identity numbers, which are masked in errors */
    public boolean personal() {
        return "resident_id".equals(name);
    }

    /**
     * @param record a record, not null
     * @return the value, or null when absent
     */
    public V get(T record) {
        return getter.apply(record);
    }

    /**
     * Parses a cell given as ASCII bytes into the builder, for a type that
     * {@link CellType#parsesAscii() parses them}.
     *
     * @param builder the builder, not null
     * @param bytes the buffer holding the cell, not null
     * @param start the cell's first byte
     * @param length the cell's bytes, 1 or more, ASCII, trimmed
     * @return the parsed value
     */
    public V parseAsciiInto(B builder, byte[] bytes, int start, int length) {
        V value = type.parseAscii(bytes, start, length);
        if (setter != null) {
            setter.accept(builder, value);
        }
        return value;
    }

    /**
     * @param cell a cell's text, not null
     * @return true if the cell holds no value: it is empty, or for a type other than text
     *     it holds nothing but {@linkplain #isBlank blanks}
     */
    public boolean isAbsent(String cell) {
        return cell.isEmpty() || (!type.isText() && isBlank(cell));
    }

    /**
     * The blanks of the register format, trimmed from the ends of a cell that is not text:
     * spaces, tabs and ideographic spaces (U+3000). Nothing else is trimmed, in particular
     * no control character, which would hide a damaged cell.
     *
     * @param text a text, not null
     * @return true if it holds nothing but blanks
     */
    public static boolean isBlank(String text) {
        return trimmed(text).isEmpty();
    }

    private static String trimmed(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    /**
     * Parses a cell into the builder; for a type other than text, without the
     * {@linkplain #isBlank blanks} at its ends.
     *
     * @param builder the builder, not null
     * @param text the cell text, not empty
     * @return the parsed value
     */
    public V parseInto(B builder, String text) {
        V value = type.parse(type.isText() ? text : trimmed(text));
        if (setter != null) {
            setter.accept(builder, value);
        }
        return value;
    }

    /**
     * Gives the builder a value this binding parsed before, for a cell with the same text.
     *
     * @param builder the builder, not null
     * @param value a value returned by {@link #parseInto} or {@link #parseAsciiInto} of this binding, not null
     */
    @SuppressWarnings("unchecked")
    public void setParsed(B builder, Object value) {
        if (setter != null) {
            setter.accept(builder, (V) value);
        }
    }

    /**
     * @param builder the builder, not null
     * @param value the value, not null
     */
    public void set(B builder, V value) {
        if (setter != null) {
            setter.accept(builder, value);
        }
    }

    /**
     * @param record a record, not null
     * @return the cell text, or the empty string when the value is absent
     */
    public String format(T record) {
        V value = getter.apply(record);
        return value == null ? "" : type.format(value);
    }

    /**
     * @param record a record, not null
     * @return the cell text of a Chinese export ({@link CellType#formatChinese}), or the empty string when absent
     */
    public String formatChinese(T record) {
        V value = getter.apply(record);
        return value == null ? "" : type.formatChinese(value);
    }
}
