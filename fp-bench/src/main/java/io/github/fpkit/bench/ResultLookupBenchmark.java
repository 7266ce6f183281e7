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

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.util.List;
import java.util.Optional;
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
 * Issue 12's look-ups, before and after, in one run over the same results: every area ×
 * every indicator of a register of {@link #women} women (by default 300 000 in 1 000
 * villages, with their townships and county), found by {@link ComputedIndicators#result} — keyed —
 * and by the linear scan over {@link ComputedIndicators#results()} that {@code result} was
 * until then. A scan of all look-ups takes seconds, so each is timed once per iteration.
 *
 * <pre>
 * mvn -B -q -Pbench -pl fp-bench -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -Xmx2g -cp fp-bench/target/benchmarks.jar org.openjdk.jmh.Main ResultLookupBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ResultLookupBenchmark {
    /** The number of women of the register, one village per 300; its folder is generated on first use. */
    @Param("300000")
    public int women;

    private ComputedIndicators computed;
    private List<AreaCode> areas;

    /** Computes the catalogue at every level over the register (generated first if absent). */
    @Setup(Level.Trial)
    public void prepare() {
        computed = FpkitPipeline.compute(RegisterCache.folder(RegisterCache.dataRoot(), women),
                ReportingPeriod.statisticalYear(2009));
        areas = List.copyOf(computed.areas());
        System.out.printf("%n%,d areas × %d indicators = %,d look-ups over %,d results%n", areas.size(),
                Indicator.values().length, areas.size() * Indicator.values().length, computed.results().size());
    }

    /** @return the results found; every look-up through the keyed {@link ComputedIndicators#result} */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public int keyed() {
        int found = 0;
        for (AreaCode area : areas) {
            for (Indicator indicator : Indicator.values()) {
                found += computed.result(area, indicator).isPresent() ? 1 : 0;
            }
        }
        return found;
    }

    /** @return the results found; every look-up by the linear scan that {@code result} was before */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int linearScan() {
        List<IndicatorResult> results = computed.results();
        int found = 0;
        for (AreaCode area : areas) {
            for (Indicator indicator : Indicator.values()) {
                found += scan(results, area, indicator).isPresent() ? 1 : 0;
            }
        }
        return found;
    }

    /** {@code ComputedIndicators.result} before issue 12, as it was. */
    private static Optional<IndicatorResult> scan(List<IndicatorResult> results, AreaCode area, Indicator indicator) {
        return results.stream().filter(r -> r.area().equals(area) && r.indicator() == indicator).findFirst();
    }
}
