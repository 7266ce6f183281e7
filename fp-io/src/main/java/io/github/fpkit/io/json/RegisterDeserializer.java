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

import io.github.fpkit.io.internal.CellTypes;
import io.github.fpkit.io.internal.Schemas;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Reads a {@link Register} from the object {@link RegisterSerializer} writes; a key present means the table is present. */
final class RegisterDeserializer extends ValueDeserializer<Register> {
    private final boolean strict;
    private final Map<RegisterTable, RecordDeserializer<?, ?>> records = new EnumMap<>(RegisterTable.class);

    RegisterDeserializer(boolean strict) {
        this.strict = strict;
        for (RegisterTable table : RegisterTable.values()) {
            records.put(table, new RecordDeserializer<>(Schemas.of(table), strict));
        }
    }

    @Override
    public Class<?> handledType() {
        return Register.class;
    }

    @Override
    public Register deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw DatabindException.from(parser, "expected a JSON object for a register, found " + parser.currentToken());
        }
        Register.Builder builder = Register.builder();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            RegisterTable table;
            try {
                table = CellTypes.TABLE.parse(name);
            } catch (IllegalArgumentException e) {
                if (strict) {
                    throw DatabindException.from(parser, "unknown register table '" + name + "'");
                }
                parser.skipChildren();
                continue;
            }
            if (token != JsonToken.START_ARRAY) {
                throw DatabindException.from(parser, "expected an array of records for table " + name + ", found " + token);
            }
            builder.withTable(table);
            RecordDeserializer<?, ?> reader = records.get(table);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                TableStreams.add(builder, table, reader.deserialize(parser, context));
            }
        }
        return builder.build();
    }
}
