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

import io.github.fpkit.model.InvalidValueException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The columns of one record type and how to build a record from them: shared by the CSV
 * readers and writers and the JSON module, so that a column has one name, one set of
 * aliases and one text form everywhere.
 *
 * @param <T> the record type
 * @param <B> the builder type
 */
public final class Schema<T, B> {
    private final String name;
    private final Class<T> type;
    private final List<ColumnBinding<T, B, ?>> fields;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final Map<String, Integer> byHeader = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();

    private Schema(String name, Class<T> type, List<ColumnBinding<T, B, ?>> fields, Supplier<B> builder, Function<B, T> build) {
        this.name = name;
        this.type = type;
        this.fields = List.copyOf(fields);
        this.builder = builder;
        this.build = build;
        for (int i = 0; i < this.fields.size(); i++) {
            ColumnBinding<T, B, ?> f = this.fields.get(i);
            byName.put(f.name(), i);
            byHeader.put(normalize(f.name()), i);
            for (String alias : f.aliases()) {
                Integer previous = byHeader.put(normalize(alias), i);
                assert previous == null || previous == i : "bug: alias " + alias + " names two columns";
            }
        }
    }

    /**
     * @param <T> the record type
     * @param <B> the builder type
     * @param name the schema's name (the file name for register tables)
     * @param type the record class
     * @param builder creates an empty builder
     * @param build builds the record
     * @return a schema builder
     */
    static <T, B> Definition<T, B> define(String name, Class<T> type, Supplier<B> builder, Function<B, T> build) {
        return new Definition<>(name, type, builder, build);
    }

    /**
     * Normalizes a header cell for matching: trimmed (including ideographic spaces) and
     * lower-cased; a byte-order mark left by an editor is ignored.
     *
     * @param header a header cell, not null
     * @return the key to look up
     */
    public static String normalize(String header) {
        String s = header.strip();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1).strip();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** @return the schema's name, for example {@code "women.csv"} */
    public String name() {
        return name;
    }

    /** @return the record class */
    public Class<T> type() {
        return type;
    }

    /** @return the fields in canonical order */
    public List<ColumnBinding<T, B, ?>> fields() {
        return fields;
    }

    /**
     * @param header a header cell as written in a file, not null
     * @return the index of the field it names (by name or alias, case-insensitively), or -1
     */
    public int fieldOfHeader(String header) {
        Integer i = byHeader.get(normalize(header));
        return i == null ? -1 : i;
    }

    /**
     * @param name a canonical field name, not null
     * @return the index of the field of that exact name, or -1
     */
    public int fieldOfName(String name) {
        Integer i = byName.get(name);
        return i == null ? -1 : i;
    }

    /** @return a new, empty builder */
    public B newBuilder() {
        return builder.get();
    }

    /**
     * Builds the record and checks the derived fields that were read.
     *
     * @param b the builder with every read value set, not null
     * @param derivedValues the values read for derived fields, by field index (null where absent), or null
     * @return the record
     * @throws InvalidValueException if the record is inconsistent
     */
    public T build(B b, Object[] derivedValues) {
        T record = build.apply(b);
        if (derivedValues != null) {
            for (int i = 0; i < fields.size(); i++) {
                ColumnBinding<T, B, ?> f = fields.get(i);
                if (f.derived() && derivedValues[i] != null && !derivedValues[i].equals(f.get(record))) {
                    throw new InvalidValueException(f.name(), text(f, derivedValues[i]),
                            "does not match the record's " + f.name() + " " + f.format(record));
                }
            }
        }
        return record;
    }

    /** A value as its field's cells write it: {@code defined}, not the constant's name. */
    @SuppressWarnings("unchecked")
    private static <V> String text(ColumnBinding<?, ?, V> field, Object value) {
        return field.type().format((V) value);
    }

    /**
     * Collects the fields of a schema.
     *
     * @param <T> the record type
     * @param <B> the builder type
     */
    static final class Definition<T, B> {
        private final String name;
        private final Class<T> type;
        private final Supplier<B> builder;
        private final Function<B, T> build;
        private final List<ColumnBinding<T, B, ?>> fields = new ArrayList<>();

        private Definition(String name, Class<T> type, Supplier<B> builder, Function<B, T> build) {
            this.name = name;
            this.type = type;
            this.builder = builder;
            this.build = build;
        }

        <V> Definition<T, B> required(String column, CellType<V> cellType, Function<T, V> getter, BiConsumer<B, V> setter,
                String... aliases) {
            fields.add(new ColumnBinding<>(column, List.of(aliases), true, true, cellType, getter, setter));
            return this;
        }

        <V> Definition<T, B> requiredColumn(String column, CellType<V> cellType, Function<T, V> getter, BiConsumer<B, V> setter,
                String... aliases) {
            fields.add(new ColumnBinding<>(column, List.of(aliases), true, false, cellType, getter, setter));
            return this;
        }

        <V> Definition<T, B> optional(String column, CellType<V> cellType, Function<T, V> getter, BiConsumer<B, V> setter,
                String... aliases) {
            fields.add(new ColumnBinding<>(column, List.of(aliases), false, false, cellType, getter, setter));
            return this;
        }

        Schema<T, B> build() {
            return new Schema<>(name, type, fields, builder, build);
        }
    }
}
