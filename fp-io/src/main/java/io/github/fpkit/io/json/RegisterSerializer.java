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

import io.github.fpkit.io.internal.Schema;
import io.github.fpkit.io.internal.Schemas;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a register (any {@link RegisterSource}, streamed table by table) as one JSON
 * object with an array per table the source has, keyed by the table's code:
 * {@code {"areas": [...], "women": [...], ...}}. Resident identity numbers are written in
 * full: this is the register's own file.
 */
final class RegisterSerializer extends ValueSerializer<RegisterSource> {
    @Override
    public Class<?> handledType() {
        return RegisterSource.class;
    }

    @Override
    public void serialize(RegisterSource source, JsonGenerator generator, SerializationContext context) {
        generator.writeStartObject(source);
        for (RegisterTable table : source.tables()) {
            generator.writeName(table.code());
            generator.writeStartArray();
            writeTable(Schemas.of(table), table, source, generator);
            generator.writeEndArray();
        }
        generator.writeEndObject();
    }

    private static <T> void writeTable(Schema<T, ?> schema, RegisterTable table, RegisterSource source, JsonGenerator generator) {
        RecordSerializer<T> records = new RecordSerializer<>(schema, false);
        try (Stream<?> rows = TableStreams.open(source, table)) {
            rows.map(schema.type()::cast).forEachOrdered(r -> {
                generator.writeStartObject(r);
                records.write(r, generator);
                generator.writeEndObject();
            });
        }
    }
}
