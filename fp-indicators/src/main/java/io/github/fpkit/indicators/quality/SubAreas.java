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
package io.github.fpkit.indicators.quality;

import io.github.fpkit.indicators.IndicatorResult;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The checks every screen across sub-areas makes of its input: results of one indicator and one period. */
final class SubAreas {
    private SubAreas() {
    }

    /**
     * @param results results of one indicator for one period, not null, no null element
     * @return the results with a value, in their order
     * @throws IllegalArgumentException if the results are of more than one indicator or period
     */
    static List<IndicatorResult> defined(List<IndicatorResult> results) {
        return checked(results).stream().filter(r -> r.value().isPresent()).collect(Collectors.toList());
    }

    /**
     * @param results results of one indicator for one period, not null, no null element
     * @return the results
     * @throws IllegalArgumentException if the results are of more than one indicator or period
     */
    static List<IndicatorResult> checked(List<IndicatorResult> results) {
        Objects.requireNonNull(results, "results");
        if (!results.isEmpty()) {
            IndicatorResult first = results.get(0);
            for (IndicatorResult r : results) {
                if (r.indicator() != first.indicator() || !r.period().equals(first.period())) {
                    throw new IllegalArgumentException("results of one indicator and one period expected, got " + first.indicator()
                            + " " + first.period() + " and " + r.indicator() + " " + r.period());
                }
            }
        }
        return results;
    }
}
