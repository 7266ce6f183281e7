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
package io.github.fpkit.io.testing;

import static io.github.fpkit.testkit.Draws.between;
import static io.github.fpkit.testkit.Draws.flip;
import static io.github.fpkit.testkit.Draws.maybe;
import static io.github.fpkit.testkit.Draws.oneOf;
import static io.github.fpkit.testkit.RecordGenerators.areaCodes;
import static io.github.fpkit.testkit.RecordGenerators.names;
import static io.github.fpkit.testkit.RecordGenerators.periods;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of fp-indicators' result records, for fp-io's round trips.
 * They live here rather than in fp-testkit, whose generators of registers and records
 * they are written with: fp-indicators' own tests use fp-testkit, so the kit cannot
 * depend on fp-indicators.
 */
public final class ResultGenerators {
    private ResultGenerators() {
    }

    /** @return results of every shape: counts, rates with and without interval (and its level), undefined values, negative numerators and rates */
    public static Gen<IndicatorResult> results() {
        return in -> {
            Indicator indicator = oneOf(in, Indicator.values());
            IndicatorResult.Builder b = IndicatorResult.builder().area(areaCodes().generate(in)).period(periods().generate(in))
                    .indicator(indicator).areaName(maybe(in, names()));
            if (flip(in)) {
                b.numerator(between(in, -1_000, 100_000));
            }
            if (flip(in)) {
                b.denominator(Math.abs(decimal(in)));
            }
            if (flip(in)) {
                b.value(decimal(in));
            }
            if (flip(in)) {
                double low = decimal(in);
                b.ciLow(low).ciHigh(low + Math.abs(decimal(in)));
                if (flip(in)) {
                    b.confidenceLevel(oneOf(in, new Double[] {0.8, 0.9, 0.95, 0.99, 0.999}));
                }
            }
            return b.build();
        };
    }

    private static double decimal(RandomnessSource in) {
        return (between(in, -1_000_000, 1_000_000) / (double) between(in, 1, 997)) * (flip(in) ? 1 : 1e-7);
    }
}
