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

import io.github.fpkit.model.register.RegisterTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The bundled demo register copied from the class path (inside {@code fp.jar} or the
 * build's classes) to a temporary folder, because the register reader reads folders of
 * files; closing deletes the folder.
 */
final class DemoFolder implements AutoCloseable {
    private final Path folder;

    private DemoFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * @return the demo register in a new temporary folder
     * @throws UncheckedIOException if the copy fails or the demo is not on the class path
     */
    static DemoFolder extract() {
        Path folder;
        try {
            folder = Files.createTempDirectory("fp-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the demo: " + e.getMessage(), e);
        }
        DemoFolder demo = new DemoFolder(folder);
        try {
            for (RegisterTable table : RegisterTable.values()) {
                String resource = "/" + DemoRegister.RESOURCE_FOLDER + "/" + table.fileName();
                try (InputStream in = DemoFolder.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("the demo register is not on the class path: " + resource);
                    }
                    Files.copy(in, folder.resolve(table.fileName()));
                }
            }
        } catch (IOException e) {
            demo.close();
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return demo;
    }

    /** @return the folder holding the demo's CSV files */
    Path folder() {
        return folder;
    }

    /** Deletes the folder; a file that cannot be deleted is left for the system's temporary-file cleanup. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
