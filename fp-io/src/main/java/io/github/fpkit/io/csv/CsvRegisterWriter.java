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
package io.github.fpkit.io.csv;

import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes a whole register to a folder in canonical form, one file per table the source
 * has (see {@link CsvTableWriter} for the form), streaming each table once. Reading the
 * folder back with {@link CsvRegister} gives equal records.
 *
 * <pre>{@code
 * Map<RegisterTable, Long> rows = CsvRegisterWriter.write(register, Path.of("out"));
 * }</pre>
 *
 * <p>I/O failures throw {@link UncheckedIOException}.
 */
public final class CsvRegisterWriter {
    private CsvRegisterWriter() {
    }

    /**
     * @param source the register, not null; each of its streams is opened once and closed
     * @param folder the folder, not null; created if missing; existing table files are replaced
     * @return the rows written per table
     * @throws UncheckedIOException if a file cannot be written
     */
    public static Map<RegisterTable, Long> write(RegisterSource source, Path folder) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(folder, "folder");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
        Map<RegisterTable, Long> rows = new EnumMap<>(RegisterTable.class);
        for (RegisterTable table : source.tables()) {
            rows.put(table, writeTable(CsvTable.of(table), source, folder.resolve(table.fileName())));
        }
        return Collections.unmodifiableMap(rows);
    }

    private static <T> long writeTable(CsvTable<T> table, RegisterSource source, Path file) {
        try (CsvTableWriter<T> out = CsvTableWriter.open(table, file); Stream<T> records = table.streamOf(source)) {
            out.writeAll(records);
            return out.rowsWritten();
        }
    }
}
