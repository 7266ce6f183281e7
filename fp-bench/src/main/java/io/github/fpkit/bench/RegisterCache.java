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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The generated registers the benchmarks read, one folder per size and row order under a
 * data root ({@code women-1000000/}, {@code women-1000000-shuffled/}), generated once with
 * the default seed and reused: generating a million women takes longer than reading them.
 * The generator writes every table in woman order; the shuffled register has the same rows
 * with those of every table but {@code areas.csv} and {@code women.csv} in a random order
 * (seeded), as an export sorted by date or by record id leaves them. A folder counts only
 * once it is complete (it is written under a temporary name and renamed at the end), so an
 * interrupted run never leaves a half register behind.
 */
final class RegisterCache {
    /** The system property naming the data root; default {@code fp-bench/target/data}. */
    static final String DATA_PROPERTY = "fpbench.data";
    /** The row order of the generator's register. */
    static final String SORTED = "sorted";
    /** The row order of the shuffled register. */
    static final String SHUFFLED = "shuffled";

    private RegisterCache() {
    }

    /** @return the data root: the {@value #DATA_PROPERTY} property, else {@code fp-bench/target/data}, absolute */
    static Path dataRoot() {
        return Path.of(System.getProperty(DATA_PROPERTY, "fp-bench/target/data")).toAbsolutePath().normalize();
    }

    /**
     * Returns the folder of a register of {@code women} women in the generator's order, generating it first if absent.
     *
     * @param root the data root
     * @param women the number of women, 1 or more
     * @return the complete register folder
     * @throws UncheckedIOException if it cannot be written
     */
    static Path folder(Path root, int women) {
        return folder(root, women, SORTED);
    }

    /**
     * Returns the folder of a register of {@code women} women in a row order, making it first if absent.
     *
     * @param root the data root
     * @param women the number of women, 1 or more
     * @param order {@value #SORTED} or {@value #SHUFFLED}
     * @return the complete register folder
     * @throws UncheckedIOException if it cannot be written
     * @throws IllegalArgumentException if the order is neither
     */
    static Path folder(Path root, int women, String order) {
        if (!order.equals(SORTED) && !order.equals(SHUFFLED)) {
            throw new IllegalArgumentException("order must be " + SORTED + " or " + SHUFFLED + ": " + order);
        }
        String name = "women-" + women + (order.equals(SHUFFLED) ? "-" + SHUFFLED : "");
        Path folder = root.resolve(name);
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path partial = root.resolve(name + ".partial");
        try {
            delete(partial);
            long t0 = System.nanoTime();
            if (order.equals(SHUFFLED)) {
                shuffle(folder(root, women, SORTED), partial);
            } else {
                GeneratorSettings settings = GeneratorSettings.builder().women(women).build();
                try (CsvFileSink sink = CsvFileSink.create(partial, StandardCharsets.UTF_8, CsvStyle.CANONICAL)) {
                    RegisterGenerator.of(settings).generate(sink);
                }
            }
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("made %s in %.1f s%n", folder, (System.nanoTime() - t0) / 1e9);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
    }

    /** Writes the sorted register's files into {@code to}, the rows of each table but areas and women shuffled. */
    private static void shuffle(Path sorted, Path to) throws IOException {
        Files.createDirectories(to);
        Random random = new Random(20081001);
        try (Stream<Path> files = Files.list(sorted)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!name.equals(RegisterTable.AREAS.fileName()) && !name.equals(RegisterTable.WOMEN.fileName())) {
                    // The generator writes no line breaks inside cells: a line is a row.
                    Collections.shuffle(lines.subList(1, lines.size()), random);
                }
                Files.write(to.resolve(name), lines, StandardCharsets.UTF_8);
            }
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
