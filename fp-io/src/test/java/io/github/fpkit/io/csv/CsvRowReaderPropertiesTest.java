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

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fpkit.testkit.RecordGenerators;
import io.github.fpkit.testkit.Theories;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A distributed engine splits the rows of a register's files with its own CSV reader and
 * gives each row's cells to {@link CsvRowReader}: every record must come out as
 * {@link CsvRegister} reads it from the same file. Jackson's CSV parser plays the engine's
 * reader.
 */
class CsvRowReaderPropertiesTest {
    private static final CsvMapper JACKSON = CsvMapper.builder(CsvFactory.builder().enable(CsvReadFeature.TRIM_SPACES)
            .build()).build();

    @TempDir
    Path temp;

    /** @return the file's rows that hold more than empty cells, each as its cells */
    private static List<List<String>> rows(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            try (JsonParser parser = JACKSON.reader().with(CsvSchema.emptySchema()).createParser(new StringReader(text))) {
                while (parser.nextToken() != null) {
                    List<String> cells = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        cells.add(parser.getString());
                    }
                    if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                        rows.add(cells);
                    }
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> readRows(CsvTable<T> table, List<List<String>> rows) {
        CsvRowReader<T> reader = CsvRowReader.of(table, rows.get(0));
        return rows.subList(1, rows.size()).stream().map(reader::read).collect(Collectors.toList());
    }

    @Test
    void property_rowsSplitElsewhere_readAsTheFolderReadsThem() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(RecordGenerators.registers()).checkAssert(register -> {
            try {
                Path folder = Files.createTempDirectory(temp, "register");
                CsvRegisterWriter.write(register, folder);
                CsvRegisterSource source = CsvRegister.builder().open(folder);
                for (CsvTable<?> table : CsvTable.all()) {
                    Path file = folder.resolve(table.table().fileName());
                    List<?> expected = source.stream(table).collect(Collectors.toList());
                    assertEquals(expected, readRows(table, rows(file)), table.toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
