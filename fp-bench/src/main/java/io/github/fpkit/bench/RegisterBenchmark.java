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
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The work of issue 7, measured in one run over the same generated register: the
 * tokenising floor, fp-io's reading alone, fpkit's whole pipeline, and the DuckDB peer,
 * each on {@link #threads} threads. Each operation takes seconds, so each is timed once
 * per iteration ({@link Mode#SingleShotTime}). Run through {@link BenchmarkRunner}, which
 * also sets the heap and prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class RegisterBenchmark {
    /** The number of women of the register; its folder is generated on first use. */
    @Param("100000")
    public int women;

    /** The row order of the register: {@code sorted} (the generator's) or {@code shuffled} (see {@link RegisterCache}). */
    @Param("sorted")
    public String order;

    /** The threads each contender may use: the cores of the machine compared on. */
    @Param("2")
    public int threads;

    private Path folder;
    private final ReportingPeriod period = ReportingPeriod.statisticalYear(2009);

    /** Finds (or generates) the register. */
    @Setup(Level.Trial)
    public void prepare() {
        folder = RegisterCache.folder(RegisterCache.dataRoot(), women, order);
    }

    /** @return the characters tokenised; the floor: Jackson tokenising every file, no record made */
    @Benchmark
    public long floor() {
        return TokenisingFloor.tokenise(folder, threads);
    }

    /** @return the rows read; fp-io alone: every row read, validated and made a record, nothing computed */
    @Benchmark
    public long read() {
        return FpkitPipeline.read(folder, threads);
    }

    /** @return the results; fpkit's pipeline: read, validate, compute, roll up to every level */
    @Benchmark
    public int pipeline() {
        return FpkitPipeline.compute(folder, period).results().size();
    }

    /** @return the areas; the peer: DuckDB computing the same counters by SQL over the same files */
    @Benchmark
    public int duckdb() {
        return DuckDbPeer.run(folder, period, threads).areas();
    }
}
