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
