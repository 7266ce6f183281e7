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

import io.github.fpkit.io.internal.CellType;
import io.github.fpkit.io.internal.ColumnBinding;
import io.github.fpkit.io.internal.Schema;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a record as a JSON object whose keys are its schema's field names; absent values
 * are left out, or written as null where the record format asks for every key.
 *
 * @param <T> the record type
 */
final class RecordSerializer<T> extends ValueSerializer<T> {
    private final Schema<T, ?> schema;
    private final boolean writeNulls;

    RecordSerializer(Schema<T, ?> schema, boolean writeNulls) {
        this.schema = schema;
        this.writeNulls = writeNulls;
    }

    @Override
    public Class<?> handledType() {
        return schema.type();
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        generator.writeStartObject(value);
        write(value, generator);
        generator.writeEndObject();
    }

    void write(T value, JsonGenerator generator) {
        for (ColumnBinding<T, ?, ?> field : schema.fields()) {
            writeField(field, value, generator);
        }
    }

    private <V> void writeField(ColumnBinding<T, ?, V> field, T record, JsonGenerator generator) {
        V v = field.get(record);
        if (v == null) {
            if (writeNulls) {
                generator.writeName(field.name());
                generator.writeNull();
            }
            return;
        }
        generator.writeName(field.name());
        CellType<V> type = field.type();
        type.writeJson(generator, v);
    }
}
