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
package io.github.fpkit.bench;

import io.github.fpkit.io.csv.CsvStyle;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.synthetic.CsvFileSink;
import io.github.fpkit.synthetic.GeneratorSettings;
import io.github.fpkit.synthetic.RegisterGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The generated registers the benchmarks read, one folder per size under a data root
 * ({@code women-1000000/}), generated once with the default seed and reused: generating a
 * million women takes longer than reading them. A folder counts only once it is complete
 * (it is written under a temporary name and renamed at the end), so an interrupted run
 * never leaves a half register behind.
 */
final class RegisterCache {
    /** The system property naming the data root; default {@code fp-bench/target/data}. */
    static final String DATA_PROPERTY = "fpbench.data";

    private RegisterCache() {
    }

    /** @return the data root: the {@value #DATA_PROPERTY} property, else {@code fp-bench/target/data}, absolute */
    static Path dataRoot() {
        return Path.of(System.getProperty(DATA_PROPERTY, "fp-bench/target/data")).toAbsolutePath().normalize();
    }

    /**
     * Returns the folder of a register of {@code women} women, generating it first if absent.
     *
     * @param root the data root
     * @param women the number of women, 1 or more
     * @return the complete register folder
     * @throws UncheckedIOException if it cannot be written
     */
    static Path folder(Path root, int women) {
        Path folder = root.resolve("women-" + women);
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path partial = root.resolve("women-" + women + ".partial");
        try {
            delete(partial);
            GeneratorSettings settings = GeneratorSettings.builder().women(women).build();
            long t0 = System.nanoTime();
            Map<RegisterTable, Long> counts;
            try (CsvFileSink sink = CsvFileSink.create(partial, StandardCharsets.UTF_8, CsvStyle.CANONICAL)) {
                counts = RegisterGenerator.of(settings).generate(sink);
            }
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("generated %s in %.1f s: %s%n", folder, (System.nanoTime() - t0) / 1e9, counts);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
