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

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code cli} benchmark: what a user feels. The whole {@code fp indicators} process,
 * started cold through the launcher the build writes ({@code examples/target/fp}, with its
 * class-data archive), against a whole DuckDB process computing the same catalogue
 * ({@link DuckDbProcess}), each in a new JVM with the same heap, run in turn (fp, DuckDB,
 * fp, …) after one warm-up run of each, so that both read files from the page cache and a
 * drift of the machine's speed touches both alike. Timed as processes, from start to exit.
 */
final class ColdProcesses {
    private ColdProcesses() {
    }

    /** The wall times of the runs of both processes, in seconds, in the order run. */
    static final class Outcome {
        final double[] fp;
        final double[] duckdb;

        Outcome(double[] fp, double[] duckdb) {
            this.fp = fp;
            this.duckdb = duckdb;
        }

        /** @return the median wall time of the fp process */
        double fpMedian() {
            return median(fp);
        }

        /** @return the median wall time of the DuckDB process */
        double duckdbMedian() {
            return median(duckdb);
        }

        /** @return the median of the ratios fp / DuckDB of the runs made one after the other */
        double ratioMedian() {
            double[] ratios = new double[fp.length];
            for (int i = 0; i < fp.length; i++) {
                ratios[i] = fp[i] / duckdb[i];
            }
            return median(ratios);
        }
    }

    /**
     * @param launcher the fp launcher
     * @param folder the register folder
     * @param xmx the heap of both JVMs, for example {@code 768m}
     * @param runs the runs of each process counted, 1 or more
     * @param threads DuckDB's threads (fp uses every processor)
     * @return the wall times
     */
    static Outcome run(Path launcher, Path folder, String xmx, int runs, int threads) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> fp = List.of(launcher.toAbsolutePath().toString(), "indicators", folder.toString(), "--period", "2009SY",
                "--level", "all", "--format", "json", "--quiet");
        List<String> duckdb = List.of(java, "-Xmx" + xmx, "-cp", ownJar(), DuckDbProcess.class.getName(), folder.toString(),
                "2009SY", Integer.toString(threads));
        time(fp, xmx);
        time(duckdb, xmx);
        double[] fpTimes = new double[runs];
        double[] duckdbTimes = new double[runs];
        for (int i = 0; i < runs; i++) {
            fpTimes[i] = time(fp, xmx);
            duckdbTimes[i] = time(duckdb, xmx);
        }
        return new Outcome(fpTimes, duckdbTimes);
    }

    /** @return the seconds the command took, its output thrown away; it must exit 0 */
    private static double time(List<String> command, String xmx) {
        try {
            File err = File.createTempFile("fp-bench", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(err);
                builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
                builder.environment().put("JAVA_OPTS", "-Xmx" + xmx);
                long start = System.nanoTime();
                int status = builder.start().waitFor();
                double seconds = (System.nanoTime() - start) / 1e9;
                if (status != 0) {
                    throw new IllegalStateException(command + " exited " + status + ": "
                            + Files.readString(err.toPath(), StandardCharsets.UTF_8).strip());
                }
                return seconds;
            } finally {
                Files.deleteIfExists(err.toPath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** @return the path of the jar (or classes folder) this class was loaded from */
    private static String ownJar() {
        try {
            return Path.of(ColdProcesses.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
