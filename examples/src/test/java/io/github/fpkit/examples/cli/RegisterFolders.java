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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Register folders written by {@code fp generate}, and copies of them for tests that damage one file. */
final class RegisterFolders {
    private RegisterFolders() {
    }

    /**
     * @param folder the folder to write
     * @return {@code folder}, holding the register {@code fp generate} writes for these settings
     * @throws AssertionError if fp generate fails
     */
    static Path generated(Path folder, int women, int villages, long seed) {
        FpRun run = FpRun.of("generate", folder.toString(), "--women", String.valueOf(women), "--villages",
                String.valueOf(villages), "--seed", String.valueOf(seed), "--quiet");
        if (run.status != 0) {
            throw new AssertionError("fp generate failed: " + run);
        }
        return folder;
    }

    /**
     * @param register the register folder to copy
     * @param copy the new folder, created with the register's files
     * @return {@code copy}
     */
    static Path copy(Path register, Path copy) throws IOException {
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(register)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
