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
package io.github.fpkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.ConformanceCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The job jar through {@code spark-submit} (Spark's {@code SparkSubmit}, as its script runs
 * it, with only Spark's jars besides the job jar), and the launcher, each in a JVM of its
 * own, on the conformance register: they write the expected records.
 */
class FpSparkSubmitIT {
    private static final Path TARGET = Path.of(System.getProperty("fpspark.target", "target"));

    private static List<String> sparkClasspath() throws IOException {
        String all = Files.readString(TARGET.resolve("classpath.txt")).strip();
        List<String> spark = new ArrayList<>();
        for (String entry : all.split(java.io.File.pathSeparator)) {
            // What a Spark installation has: not fpkit (from the repository or the reactor's target folders), nor the
            // libraries only fpkit brings: the job jar has them.
            Path path = Path.of(entry);
            boolean fpkit = path.getFileName().toString().startsWith("fp-") || Files.isDirectory(path.resolve("io/github/fpkit"));
            if (!fpkit && !entry.contains("/tools/jackson/") && !entry.contains("commons-statistics")
                    && !entry.contains("commons-numbers") && !entry.contains("commons-rng")) {
                spark.add(entry);
            }
        }
        return spark;
    }

    private static List<String> javaOptions() {
        List<String> options = new ArrayList<>();
        for (String o : System.getProperty("fpspark.javaOptions", "").split(" ")) {
            if (!o.isBlank()) {
                options.add(o);
            }
        }
        return options;
    }

    private static int run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return p.exitValue();
    }

    @Test
    void test_sparkSubmit_ofTheJobJar_writesTheExpectedRecords() throws Exception {
        Path out = Files.createTempDirectory("fp-spark-submit");
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(javaOptions());
            command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, sparkClasspath()), "org.apache.spark.deploy.SparkSubmit",
                    "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--class", "io.github.fpkit.spark.FpSparkJob",
                    System.getProperty("fpspark.jobJar"), "--register", ConformanceCase.path("register-en").toString(),
                    "--period", "2009SY", "--out", out.resolve("results").toString(), "--format", "json"));
            Path log = out.resolve("log.txt");
            assertEquals(0, run(command, log), Files.readString(log));
            assertRecords(out.resolve("results"));
            assertTrue(Files.readString(log).contains("fp-spark: women.csv: read "), Files.readString(log));
        } finally {
            SparkEqualsSingleMachinePropertiesTest.delete(out);
        }
    }

    @Test
    void test_launcher_writesTheExpectedRecords_andOneLineForAMissingTable() throws Exception {
        Path out = Files.createTempDirectory("fp-spark-launcher");
        try {
            Path log = out.resolve("log.txt");
            assertEquals(0, run(List.of("sh", TARGET.resolve("fp-spark").toString(), "--register",
                    ConformanceCase.path("register-zh-gbk").toString(), "--encoding", "GBK", "--period", "2009SY",
                    "--out", out.resolve("results").toString(), "--rejects", out.resolve("rejects").toString()), log), Files.readString(log));
            assertRecords(out.resolve("results"));
            Files.createDirectories(out.resolve("empty"));
            assertEquals(1, run(List.of("sh", TARGET.resolve("fp-spark").toString(), "--register", out.resolve("empty").toString(),
                    "--period", "2009SY", "--out", out.resolve("never").toString()), log));
            List<String> lines = Files.readAllLines(log).stream().filter(l -> l.startsWith("fp-spark")).collect(Collectors.toList());
            assertEquals(List.of("fp-spark: " + out.resolve("empty").resolve("women.csv") + ": missing: every register has women.csv"),
                    lines.stream().map(l -> l.replace("file:", "")).collect(Collectors.toList()));
        } finally {
            SparkEqualsSingleMachinePropertiesTest.delete(out);
        }
    }

    /**
     * The JSON lines hold expected-2009SY.json: counts exactly, values to a relative 1e-9,
     * intervals to 1e-6; and a line for each of the catalogue's other indicators (fertility
     * by order and CYP from procedures, which go beyond the case's 58 codes) in each of the 7
     * areas, but those that need distributions.csv, which the case does not have.
     */
    private static void assertRecords(Path results) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> written = new HashMap<>();
        try (Stream<Path> parts = Files.list(results)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".json")).collect(Collectors.toList())) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    JsonNode r = json.readTree(line);
                    written.put(r.get("area").asString() + " " + r.get("indicator").asString(), r);
                }
            }
        }
        JsonNode expected;
        try (InputStream in = ConformanceCase.open("expected-2009SY.json")) {
            expected = json.readTree(in);
        }
        assertEquals(7 * Stream.of(Indicator.values()).filter(i -> !i.inputTables().contains(RegisterTable.DISTRIBUTIONS)).count(),
                written.size());
        for (JsonNode e : expected) {
            String key = e.get("area").asString() + " " + e.get("indicator").asString();
            JsonNode w = written.get(key);
            assertTrue(w != null, key);
            assertEquals(e.get("period").asString(), w.get("period").asString(), key);
            assertEquals(e.get("unit").asString(), w.get("unit").asString(), key);
            assertEquals(e.get("numerator").isNull(), w.get("numerator").isNull(), key);
            if (!e.get("numerator").isNull()) {
                assertEquals(e.get("numerator").asLong(), w.get("numerator").asLong(), key);
            }
            for (String[] f : new String[][] {{"denominator", "1e-9"}, {"value", "1e-9"}, {"ciLow", "1e-6"}, {"ciHigh", "1e-6"}}) {
                assertEquals(e.get(f[0]).isNull(), w.get(f[0]).isNull(), key + " " + f[0]);
                if (!e.get(f[0]).isNull()) {
                    double x = e.get(f[0]).asDouble();
                    assertEquals(x, w.get(f[0]).asDouble(), Math.abs(x) * Double.parseDouble(f[1]) + 1e-12, key + " " + f[0]);
                }
            }
        }
    }
}
