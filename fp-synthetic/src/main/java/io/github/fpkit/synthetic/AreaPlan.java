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

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * The county's townships and villages, and how many women live in each village.
 *
 * <p>Village sizes vary (real villages differ by a factor of two or three), drawn from the
 * layout stream of the seed; women are numbered village by village, so woman ids ascend
 * with the village code as in a real export. Memory is a few bytes per village.
 */
final class AreaPlan {
    /** Relative village sizes are uniform in [0.6, 1.4): the largest is about twice the smallest. */
    private static final double MIN_SIZE = 0.6;
    private static final double SIZE_SPREAD = 0.8;
    private static final long TOWNSHIP_UNIT = 1_000L;

    private final GeneratorSettings settings;
    /** firstWoman[v] is the index of village v's first woman; firstWoman[villages] = women. */
    private final int[] firstWoman;

    AreaPlan(GeneratorSettings settings) {
        this.settings = settings;
        this.firstWoman = apportion(settings);
    }

    /** Largest-remainder apportionment of the women over the villages' drawn sizes. */
    private static int[] apportion(GeneratorSettings settings) {
        int villages = settings.villages();
        Dice dice = Dice.of(settings.seed(), Dice.LAYOUT, 0);
        double[] weight = new double[villages];
        double total = 0;
        for (int v = 0; v < villages; v++) {
            weight[v] = MIN_SIZE + SIZE_SPREAD * dice.unit();
            total += weight[v];
        }
        int[] size = new int[villages];
        double[] remainder = new double[villages];
        long assigned = 0;
        for (int v = 0; v < villages; v++) {
            double exact = settings.women() * weight[v] / total;
            size[v] = (int) Math.floor(exact);
            remainder[v] = exact - size[v];
            assigned += size[v];
        }
        // Fewer women than villages are left by rounding down: one each to the largest remainders,
        // ties to the lower village, so the split is exact and reproducible.
        int left = (int) (settings.women() - assigned);
        Integer[] order = new Integer[villages];
        for (int v = 0; v < villages; v++) {
            order[v] = v;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer v) -> -remainder[v]).thenComparing(v -> v));
        for (int i = 0; i < left; i++) {
            size[order[i]]++;
        }
        int[] first = new int[villages + 1];
        for (int v = 0; v < villages; v++) {
            first[v + 1] = first[v] + size[v];
        }
        return first;
    }

    /** @return the number of villages */
    int villages() {
        return firstWoman.length - 1;
    }

    /** @return the index of village {@code v}'s first woman */
    int firstWoman(int v) {
        return firstWoman[v];
    }

    /** @return the number of women of village {@code v} */
    int women(int v) {
        return firstWoman[v + 1] - firstWoman[v];
    }

    /** @return the code of village {@code v} (0-based): township v / perTownship + 1, village v % perTownship + 1 */
    AreaCode village(int v) {
        int per = settings.villagesPerTownship();
        return AreaCode.ofNumber(township(v / per).toNumber() + v % per + 1);
    }

    private AreaCode township(int t) {
        return AreaCode.ofNumber(settings.county().toNumber() + (t + 1) * TOWNSHIP_UNIT);
    }

    /**
     * Emits the county, then each township followed by its villages.
     *
     * @param sink receives the areas
     */
    void emitAreas(Consumer<Area> sink) {
        sink.accept(Area.of(settings.county(), settings.countyName()));
        int per = settings.villagesPerTownship();
        for (int t = 0; t < settings.townships(); t++) {
            sink.accept(Area.of(township(t), "第" + (t + 1) + "乡"));
            for (int v = t * per; v < Math.min(settings.villages(), (t + 1) * per); v++) {
                sink.accept(Area.of(village(v), (t + 1) + "乡" + (v % per + 1) + "村"));
            }
        }
    }
}
