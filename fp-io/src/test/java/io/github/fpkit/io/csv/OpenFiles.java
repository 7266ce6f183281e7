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

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The files this process holds open, for tests that a reader closes its file however it ends. */
final class OpenFiles {
    private OpenFiles() {
    }

    /**
     * Skips the calling test where the system does not list a process's descriptors (Linux does).
     *
     * @return the file descriptors of this process open on the file
     */
    static long on(Path file) throws IOException {
        Path descriptors = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(descriptors), "no /proc/self/fd to count open files");
        Path target = file.toRealPath();
        try (Stream<Path> fds = Files.list(descriptors)) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(target);
                } catch (IOException | UnsupportedOperationException e) {
                    // A descriptor closed while listed, or not a link.
                    return false;
                }
            }).count();
        }
    }
}
