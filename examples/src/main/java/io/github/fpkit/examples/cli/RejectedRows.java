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

import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.RowError;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stderr note of a lenient computation: how many rows were left out, per file, and
 * where to see them ({@code fp validate}); plus the header warnings of the folder.
 */
final class RejectedRows {
    private RejectedRows() {
    }

    static void report(String command, CsvRegisterSource source, PrintWriter err) {
        for (String warning : source.warnings()) {
            err.println(command + ": warning: " + warning);
        }
        if (source.rowErrors().isEmpty()) {
            return;
        }
        Map<String, Long> byFile = source.rowErrors().stream().collect(Collectors.groupingBy(
                e -> Path.of(e.file()).getFileName().toString(), LinkedHashMap::new, Collectors.counting()));
        String files = byFile.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        RowError first = source.rowErrors().get(0);
        long duplicates = source.totalCounts().duplicates();
        err.println(command + ": " + source.rowErrors().size() + " rejected row(s) left out (" + files
                + (duplicates == 0 ? "" : "; " + duplicates + " repeating an earlier row's key") + "), first: " + first
                + "; run 'fp validate " + source.folder() + encodingOption(source) + "' to see them all");
        err.flush();
    }

    private static String encodingOption(CsvRegisterSource source) {
        return source.encoding().equals(StandardCharsets.UTF_8) ? "" : " --encoding " + source.encoding().name();
    }
}
