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
package io.github.fpkit.indicators.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the counts of the sub-areas of an area, for the properties of
 * smoothing and funnel limits: each sub-area's count and denominator, from a seed so that a
 * failing example is reproducible. Shares have whole denominators of 1 or more and counts not
 * above them; rates have positive denominators (populations, woman-years) and any count.
 */
public final class SubAreaCounts {
    /** Each sub-area's count. */
    public final long[] counts;
    /** Each sub-area's denominator. */
    public final double[] denominators;

    private SubAreaCounts(long[] counts, double[] denominators) {
        this.counts = counts;
        this.denominators = denominators;
    }

    /** @return 2 to 15 sub-areas with shares: denominators 1 to 3,000, counts 0 to the denominator */
    public static Gen<SubAreaCounts> shares() {
        return longs().all().map(seed -> {
            Random random = new Random(seed);
            int k = 2 + random.nextInt(14);
            long[] x = new long[k];
            double[] n = new double[k];
            double level = random.nextDouble();
            for (int i = 0; i < k; i++) {
                int whole = 1 + random.nextInt(random.nextBoolean() ? 30 : 3000);
                n[i] = whole;
                x[i] = random.nextInt(5) == 0 ? random.nextInt(whole + 1) : binomial(random, whole, level);
            }
            return new SubAreaCounts(x, n);
        });
    }

    /** @return 2 to 15 sub-areas with rates: denominators from 1 to 50,000 (not whole), counts around 0.1 % to 5 % of them */
    public static Gen<SubAreaCounts> rates() {
        return longs().all().map(seed -> {
            Random random = new Random(seed);
            int k = 2 + random.nextInt(14);
            long[] x = new long[k];
            double[] n = new double[k];
            double level = 0.001 + 0.05 * random.nextDouble();
            for (int i = 0; i < k; i++) {
                n[i] = 1 + random.nextDouble() * (random.nextBoolean() ? 200 : 50_000);
                x[i] = random.nextInt(5) == 0 ? random.nextInt(50) : Math.round(n[i] * level * (0.5 + random.nextDouble()));
            }
            return new SubAreaCounts(x, n);
        });
    }

    private static long binomial(Random random, int n, double p) {
        long x = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * random.nextGaussian());
        return Math.max(0, Math.min(n, x));
    }

    /** @return the same sub-areas and one more: a twin of sub-area {@code i} with {@code factor} times its count and denominator */
    public SubAreaCounts withTwin(int i, int factor) {
        long[] x = Arrays.copyOf(counts, counts.length + 1);
        double[] n = Arrays.copyOf(denominators, denominators.length + 1);
        x[counts.length] = counts[i] * factor;
        n[counts.length] = denominators[i] * factor;
        return new SubAreaCounts(x, n);
    }

    /** @return the counts and denominators, for a failing example */
    @Override
    public String toString() {
        return Arrays.toString(counts) + " over " + Arrays.toString(denominators);
    }
}
