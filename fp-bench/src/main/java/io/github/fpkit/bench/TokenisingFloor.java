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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The floor: what merely tokenising the register's CSV files costs with Jackson's
 * streaming CSV parser (the parser fp-io reads with): every cell of every file becomes a
 * string token, and nothing else is made. The files are shared among the threads, largest
 * first, as a pipeline using every core would share them.
 */
final class TokenisingFloor {
    private static final CsvMapper MAPPER = new CsvMapper();

    private TokenisingFloor() {
    }

    /**
     * @param folder the register folder
     * @param threads the number of threads, 1 or more
     * @return the number of characters in all cells, so that no work can be skipped
     */
    static long tokenise(Path folder, int threads) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".csv"))
                    .sorted(Comparator.comparingLong(TokenisingFloor::size).reversed())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger nextFile = new AtomicInteger();
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    long chars = 0;
                    for (int f = nextFile.getAndIncrement(); f < files.size(); f = nextFile.getAndIncrement()) {
                        chars += tokenise(files.get(f));
                    }
                    return chars;
                }));
            }
            long chars = 0;
            for (Future<Long> part : parts) {
                chars += part.get();
            }
            return chars;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static long tokenise(Path file) {
        long chars = 0;
        try (JsonParser parser = MAPPER.reader().with(CsvSchema.emptySchema()).createParser(file.toFile())) {
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    chars += parser.getString().length();
                }
            }
        }
        return chars;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
