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
