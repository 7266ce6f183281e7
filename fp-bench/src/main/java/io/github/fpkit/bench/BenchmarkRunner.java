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

import io.github.fpkit.model.ReportingPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link RegisterBenchmark} for one or more register sizes, each in a JVM whose heap
 * is capped at the target of issue 7 (768 MB up to a million women, 2 GB above), and
 * prints the timings, the peak heap and the ratios pipeline/floor and pipeline/DuckDB;
 * the {@code cli} benchmark ({@link ColdProcesses}) times the whole {@code fp} process,
 * cold, against a whole DuckDB process, and against the warm pipeline when that ran too.
 *
 * <pre>
 * java -jar fp-bench/target/benchmarks.jar                       # 1 000 000 women
 * java -jar fp-bench/target/benchmarks.jar --women 100000,1000000,3000000
 * java -jar fp-bench/target/benchmarks.jar --women 1000000 --xmx 512m --iterations 5 --prof jfr
 * java -jar fp-bench/target/benchmarks.jar --benchmarks pipeline,cli --order shuffled
 * </pre>
 *
 * Options: {@code --women N[,N…]}, {@code --xmx SIZE} (one heap for every size),
 * {@code --threads N} (default 2), {@code --warmup N} (default 3: the JIT needs two passes
 * over a register to settle), {@code --iterations N} (default 5), {@code --benchmarks floor,read,pipeline,duckdb,cli}
 * (default all), {@code --order sorted|shuffled} (the register's rows: the generator's order, or
 * every table but areas and women shuffled; default sorted), {@code --runs N} (the cold runs of
 * each process of {@code cli}, default 5), {@code --fp PATH} (the launcher {@code cli} runs,
 * default {@code examples/target/fp}),
 * {@code --verbosity silent|normal|extra} (JMH's own output, default silent), {@code --prof NAME}
 * (a JMH profiler, repeatable), {@code --jvm "ARGS"} (more options of the
 * benchmark JVM, for example a flight recording), {@code --data DIR} (default
 * {@code fp-bench/target/data}), {@code --check true} (first compare fpkit's numerators and
 * denominators with DuckDB's, in this JVM). Registers are generated on first use.
 */
public final class BenchmarkRunner {
    private static final List<String> ALL = List.of("floor", "read", "pipeline", "duckdb", "cli");
    private static final String CLI = "cli";

    private BenchmarkRunner() {
    }

    /**
     * @param args the options above
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> profilers = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --option value, found '" + args[i] + "'");
            }
            if (args[i].equals("--prof")) {
                profilers.add(args[++i]);
            } else {
                options.put(args[i].substring(2), args[++i]);
            }
        }
        List<Integer> sizes = Arrays.stream(options.getOrDefault("women", "1000000").split(","))
                .map(String::strip).map(Integer::valueOf).collect(Collectors.toList());
        List<String> chosen = List.of(options.getOrDefault("benchmarks", String.join(",", ALL)).split(","));
        List<String> benchmarks = chosen.stream().filter(b -> !b.equals(CLI)).collect(Collectors.toList());
        String order = options.getOrDefault("order", RegisterCache.SORTED);
        Path data = Path.of(options.getOrDefault("data", RegisterCache.dataRoot().toString())).toAbsolutePath();

        List<String> summary = new ArrayList<>();
        for (int women : sizes) {
            Path folder = RegisterCache.folder(data, women, order);
            if (Boolean.parseBoolean(options.getOrDefault("check", "false"))) {
                PeerCheck.Outcome check = PeerCheck.compare(folder, ReportingPeriod.statisticalYear(2009),
                        Integer.parseInt(options.getOrDefault("threads", "2")));
                check.mismatches().stream().limit(20).forEach(m -> System.out.println("MISMATCH " + m));
                summary.add(String.format(Locale.ROOT, "check: fpkit and DuckDB %s on %,d numerators and denominators of %,d women",
                        check.mismatches().isEmpty() ? "agree" : "DISAGREE (" + check.mismatches().size() + " values)",
                        check.values(), women));
            }
            String xmx = options.getOrDefault("xmx", women <= 1_000_000 ? "768m" : "2g");
            Collection<RunResult> results = benchmarks.isEmpty() ? List.of() : jmh(options, profilers, benchmarks, women, order, xmx, data);
            summary.addAll(summarise(women, xmx, folder, order, results));
            if (chosen.contains(CLI)) {
                System.out.printf(Locale.ROOT, "running cli on %,d women with -Xmx%s …%n", women, xmx);
                ColdProcesses.Outcome cold = ColdProcesses.run(Path.of(options.getOrDefault("fp", "examples/target/fp")), folder, xmx,
                        Integer.parseInt(options.getOrDefault("runs", "5")), Integer.parseInt(options.getOrDefault("threads", "2")));
                summary.addAll(summariseCold(cold, results));
            }
        }
        System.out.println();
        summary.forEach(System.out::println);
    }

    private static Collection<RunResult> jmh(Map<String, String> options, List<String> profilers, List<String> benchmarks,
            int women, String order, String xmx, Path data) throws RunnerException {
        ChainedOptionsBuilder jmh = new OptionsBuilder()
                .include(RegisterBenchmark.class.getName() + "\\.(" + String.join("|", benchmarks) + ")$")
                .param("women", Integer.toString(women))
                .param("order", order)
                .param("threads", options.getOrDefault("threads", "2"))
                .warmupIterations(Integer.parseInt(options.getOrDefault("warmup", "3")))
                .measurementIterations(Integer.parseInt(options.getOrDefault("iterations", "5")))
                .forks(1)
                .jvmArgs("-Xmx" + xmx, "-Xms" + xmx, "-D" + RegisterCache.DATA_PROPERTY + "=" + data)
                .jvmArgsAppend(options.getOrDefault("jvm", "").isBlank() ? new String[0] : options.get("jvm").strip().split("\\s+"))
                .addProfiler(PeakHeapProfiler.class)
                .verbosity(VerboseMode.valueOf(options.getOrDefault("verbosity", "silent").toUpperCase(Locale.ROOT)));
        for (String p : profilers) {
            jmh.addProfiler(p);
        }
        System.out.printf(Locale.ROOT, "running %s on %,d women with -Xmx%s …%n", benchmarks, women, xmx);
        return new Runner(jmh.build()).run();
    }

    private static List<String> summariseCold(ColdProcesses.Outcome cold, Collection<RunResult> results) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  cli: fp indicators --level all --format json, whole process, cold: median %.2f s of %s",
                cold.fpMedian(), Arrays.toString(cold.fp)));
        lines.add(String.format(Locale.ROOT, "  cli: DuckDB catalogue.sql, whole process, cold:                median %.2f s of %s",
                cold.duckdbMedian(), Arrays.toString(cold.duckdb)));
        lines.add(String.format(Locale.ROOT, "  cli fp / DuckDB process = %.2f   (median of the ratios of runs in turn; target <= 0.8)",
                cold.ratioMedian()));
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith(".pipeline")) {
                lines.add(String.format(Locale.ROOT, "  cli fp / warm pipeline  = %.2f   (target <= 1.3)",
                        cold.fpMedian() * 1000 / r.getPrimaryResult().getScore()));
            }
        }
        return lines;
    }

    private static List<String> summarise(int women, String xmx, Path folder, String order, Collection<RunResult> results) {
        Map<String, RunResult> byName = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            byName.put(name.substring(name.lastIndexOf('.') + 1), r);
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "fpkit benchmark: %,d women (%s), %.0f MB of CSV, %,d rows, -Xmx%s",
                women, order, folderBytes(folder) / 1e6, folderRows(folder), xmx));
        if (results.isEmpty()) {
            return lines;
        }
        lines.add(String.format(Locale.ROOT, "  %-9s %10s %10s %14s %14s", "benchmark", "time s", "± s", "peak heap MB", "heap after GC MB"));
        for (Map.Entry<String, RunResult> e : byName.entrySet()) {
            Result<?> primary = e.getValue().getPrimaryResult();
            Map<String, Result<?>> secondary = new LinkedHashMap<>();
            e.getValue().getSecondaryResults().forEach(secondary::put);
            lines.add(String.format(Locale.ROOT, "  %-9s %10.2f %10.2f %14.0f %14.0f", e.getKey(), primary.getScore() / 1000,
                    Double.isNaN(primary.getScoreError()) ? 0 : primary.getScoreError() / 1000,
                    secondary.get(PeakHeapProfiler.PEAK).getScore(), secondary.get(PeakHeapProfiler.LIVE).getScore()));
        }
        RunResult pipeline = byName.get("pipeline");
        if (pipeline != null) {
            double p = pipeline.getPrimaryResult().getScore();
            if (byName.containsKey("floor")) {
                lines.add(String.format(Locale.ROOT, "  pipeline / floor  = %.2f   (target <= 1.5)",
                        p / byName.get("floor").getPrimaryResult().getScore()));
            }
            if (byName.containsKey("duckdb")) {
                lines.add(String.format(Locale.ROOT, "  pipeline / DuckDB = %.2f   (target <= 0.4)",
                        p / byName.get("duckdb").getPrimaryResult().getScore()));
            }
        }
        return lines;
    }

    private static long folderBytes(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long folderRows(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            long rows = 0;
            for (Path f : (Iterable<Path>) files::iterator) {
                try (Stream<String> lines = Files.lines(f)) {
                    rows += lines.count() - 1;
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
