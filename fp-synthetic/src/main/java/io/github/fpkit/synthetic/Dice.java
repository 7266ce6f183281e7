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
package io.github.fpkit.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * The draws of one generated unit (a woman, a village), from its own stream.
 *
 * <p>Every unit gets a stream derived from the register's seed, a salt naming the kind of
 * unit and the unit's index, so a woman's records depend on nothing but the seed and her
 * index: the same settings give the same register whatever order or thread generates the
 * units in. Not thread-safe: one instance per unit.
 */
final class Dice {
    /** Kinds of units, so that woman 5 and village 5 draw from unrelated streams. */
    static final long WOMAN = 1;
    static final long VILLAGE = 2;
    static final long LAYOUT = 3;
    /** A woman's birth permits, drawn apart so that the records a seed gave before them stay the same. */
    static final long PERMIT = 4;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final SplittableRandom random;

    private Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param seed the register's seed
     * @param salt the kind of unit ({@link #WOMAN}, {@link #VILLAGE}, {@link #LAYOUT}) or of a unit's own draws ({@link #PERMIT})
     * @param index the unit's index, 0 or more
     * @return the unit's own stream
     */
    static Dice of(long seed, long salt, long index) {
        return new Dice(mix(seed ^ mix(salt * GOLDEN_GAMMA + index)));
    }

    /** The SplitMix64 finaliser: neighbouring indices give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return true with probability {@code p} */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** @return a uniform double in [0, 1) */
    double unit() {
        return random.nextDouble();
    }

    /** @return a uniform double in [lo, hi) */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** @return a uniform int in [lo, hi], both included */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** @return an exponential variate of the given mean */
    double exponential(double mean) {
        return -mean * Math.log(1.0 - random.nextDouble());
    }

    /** @return a standard normal variate */
    double gaussian() {
        return random.nextGaussian();
    }

    /**
     * @param first the first possible date
     * @param last the last possible date, not before {@code first}
     * @return a uniform date in [first, last]
     */
    LocalDate dateBetween(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return first.plusDays(random.nextLong(days + 1));
    }

    /**
     * Draws an index with probability proportional to its weight.
     *
     * @param weights non-negative weights, not all zero
     * @return an index into {@code weights}
     */
    int pick(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * A Poisson variate: exact (Knuth) for small means, normal approximation for large
     * ones, where the exact method would be slow and the approximation is close.
     *
     * @param mean the mean, 0 or more
     * @return a count, 0 or more
     */
    int poisson(double mean) {
        if (mean > 60) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
