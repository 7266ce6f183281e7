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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a scalar model value (area code, period, enumeration…) in the same text form as a CSV cell.
 *
 * @param <V> the value type
 */
final class CellSerializer<V> extends ValueSerializer<V> {
    private final Class<V> type;
    private final CellType<V> cellType;

    CellSerializer(Class<V> type, CellType<V> cellType) {
        this.type = type;
        this.cellType = cellType;
    }

    @Override
    public Class<?> handledType() {
        return type;
    }

    @Override
    public void serialize(V value, JsonGenerator generator, SerializationContext context) {
        cellType.writeJson(generator, value);
    }
}
