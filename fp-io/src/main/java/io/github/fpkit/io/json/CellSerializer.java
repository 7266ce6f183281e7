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
