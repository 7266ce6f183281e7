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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps docs/RESULTS.md true: its JSON example is what fp prints, and its Python snippet prints what it says. */
class ResultsDocTest {
    private static final Path DOC = Path.of("..", "docs", "RESULTS.md");

    @TempDir
    static Path temp;

    static Path demo;

    @BeforeAll
    static void writeTheDemoRegister() {
        demo = RegisterFolders.generated(temp.resolve("demo"), DemoRegister.WOMEN, DemoRegister.VILLAGES, DemoRegister.SEED);
    }

    /** The text of the fenced block of the given language that follows {@code after}. */
    private static String block(String doc, String after, String language) {
        int start = doc.indexOf("```" + language + "\n", doc.indexOf(after)) + language.length() + 4;
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void test_jsonExample_isWhatFpPrints() throws IOException {
        String doc = Files.readString(DOC);
        String example = block(doc, "## JSON", "json").lines().skip(1).findFirst().orElseThrow();
        FpRun run = FpRun.of("indicators", demo.toString(), "--period", "2009SY", "--level", "township", "--indicators", "CBR",
                "--format", "json");
        assertEquals("[\n" + example + "\n]\n", run.out);
    }

    @Test
    void test_pythonSnippet_printsWhatTheDocumentSays() throws Exception {
        assumeTrue(python() != null, "python3 is not on the PATH");
        String doc = Files.readString(DOC);
        String snippet = block(doc, "### Python", "python");
        String printed = block(doc.substring(doc.indexOf(snippet)), "prints", "");
        FpRun csv = FpRun.of("indicators", demo.toString(), "--period", "2009SY", "--level", "all", "--format", "csv");
        assertEquals(0, csv.status, csv.toString());
        Files.write(temp.resolve("results.csv"), csv.bytes);
        Files.writeString(temp.resolve("snippet.py"), snippet);
        Process python = new ProcessBuilder(python(), "snippet.py").directory(temp.toFile()).redirectErrorStream(true).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor(), out);
        assertEquals(printed, out);
        assertTrue(out.contains("CPR"), out);
    }

    private static String python() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, "python3");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
