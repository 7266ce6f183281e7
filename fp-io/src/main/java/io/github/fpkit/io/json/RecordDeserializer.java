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

import io.github.fpkit.io.internal.CellException;
import io.github.fpkit.io.internal.ColumnBinding;
import io.github.fpkit.io.internal.Schema;
import io.github.fpkit.model.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a record from a JSON object keyed by its schema's field names, validating it as
 * the record's builder does. Nulls are absent values; unknown keys are an error in strict
 * mode and skipped otherwise.
 *
 * @param <T> the record type
 * @param <B> the builder type
 */
final class RecordDeserializer<T, B> extends ValueDeserializer<T> {
    private final Schema<T, B> schema;
    private final boolean strict;
    private final String expectedKeys;

    RecordDeserializer(Schema<T, B> schema, boolean strict) {
        this.schema = schema;
        this.strict = strict;
        this.expectedKeys = schema.fields().stream().map(ColumnBinding::name).collect(Collectors.joining(", "));
    }

    @Override
    public Class<?> handledType() {
        return schema.type();
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw DatabindException.from(parser, "expected a JSON object for " + schema.type().getSimpleName()
                    + ", found " + parser.currentToken());
        }
        List<ColumnBinding<T, B, ?>> fields = schema.fields();
        B builder = schema.newBuilder();
        boolean[] present = new boolean[fields.size()];
        Object[] derived = new Object[fields.size()];
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            int f = schema.fieldOfName(name);
            if (f < 0 && strict) {
                // Before moving on to the value, so that the error points at the key.
                throw DatabindException.from(parser, "unknown property '" + name + "' of "
                        + schema.type().getSimpleName() + "; expected " + expectedKeys);
            }
            JsonToken token = parser.nextToken();
            if (f < 0) {
                parser.skipChildren();
                continue;
            }
            if (token == JsonToken.VALUE_NULL) {
                continue;
            }
            present[f] = true;
            derived[f] = read(fields.get(f), builder, parser);
        }
        for (int f = 0; f < fields.size(); f++) {
            if (fields.get(f).required() && !present[f]) {
                throw DatabindException.from(parser, schema.type().getSimpleName() + " lacks its required property '"
                        + fields.get(f).name() + "'");
            }
        }
        try {
            return schema.build(builder, derived);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw DatabindException.from(parser, schema.type().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private <V> V read(ColumnBinding<T, B, V> field, B builder, JsonParser parser) {
        try {
            V value = field.type().readJson(parser);
            field.set(builder, value);
            return value;
        } catch (CellException e) {
            String value = field.personal() || !parser.currentToken().isScalarValue() ? "" : " '" + parser.getString() + "'";
            throw DatabindException.from(parser, field.name() + value + ": " + e.reason(), e);
        } catch (InvalidValueException e) {
            throw DatabindException.from(parser, field.name() + " '" + e.value() + "': " + e.reason(), e);
        }
    }
}
