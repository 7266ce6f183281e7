package io.github.fpkit.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of a generated register folder, for tests that damage one file of it. */
final class RegisterFolders {
    private RegisterFolders() {
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
