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
package io.github.fpkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.fpkit.io.csv.CsvStyle;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.synthetic.CsvFileSink;
import io.github.fpkit.synthetic.RegisterGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed demo register is exactly what the generator writes for {@link DemoRegister#settings()}. */
class DemoResourcesTest {
    @TempDir
    Path temp;

    @Test
    void test_committedDemoFiles_equalGeneratedOnes() throws IOException {
        try (CsvFileSink sink = CsvFileSink.create(temp, StandardCharsets.UTF_8, CsvStyle.CANONICAL)) {
            RegisterGenerator.of(DemoRegister.settings()).generate(sink);
        }
        for (RegisterTable table : RegisterTable.values()) {
            String resource = "/" + DemoRegister.RESOURCE_FOLDER + "/" + table.fileName();
            try (InputStream in = DemoResourcesTest.class.getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                assertArrayEquals(Files.readAllBytes(temp.resolve(table.fileName())), in.readAllBytes(),
                        resource + " differs from the generator's output; regenerate it with "
                                + "'fp generate examples/src/main/resources/demo --women 3300 --villages 11 --seed 20081001'");
            }
        }
    }
}
