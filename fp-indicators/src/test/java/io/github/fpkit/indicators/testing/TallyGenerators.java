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

import static io.github.fpkit.testkit.Draws.between;
import static io.github.fpkit.testkit.Draws.oneOf;

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Count;
import java.math.BigDecimal;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of {@link AreaTally} values that reach their edges on purpose:
 * many counts 0 (the zero denominators of undefined rates), a population unknown, zero, whole
 * or fractional.
 *
 * <pre>{@code
 * Theories.qt().forAll(TallyGenerators.areaTallies()).checkAssert(t -> ...);
 * }</pre>
 */
public final class TallyGenerators {
    private static final Count[] COUNTS = Count.values();

    private TallyGenerators() {
    }

    /** @return tallies: each count 0 in one case of three, else up to a million; any population */
    public static Gen<AreaTally> areaTallies() {
        return in -> {
            AreaTally.Builder b = AreaTally.builder();
            for (Count c : COUNTS) {
                if (between(in, 0, 2) > 0) {
                    b.add(c, between(in, 0, 1_000_000));
                }
            }
            switch (between(in, 0, 3)) {
                case 0:
                    break;
                case 1:
                    b.population(BigDecimal.ZERO);
                    break;
                case 2:
                    b.population(BigDecimal.valueOf(between(in, 1, 100_000)));
                    break;
                default:
                    b.population(BigDecimal.valueOf(between(in, 0, 400_000)).divide(BigDecimal.valueOf(4)));
                    break;
            }
            return b.build();
        };
    }

    /** @return any count */
    public static Gen<Count> counts() {
        return in -> oneOf(in, COUNTS);
    }
}
