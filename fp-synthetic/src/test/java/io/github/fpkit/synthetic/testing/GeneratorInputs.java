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
package io.github.fpkit.synthetic.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.synthetic.GeneratorSettings;
import org.quicktheories.core.Gen;

/** QuickTheories generators of the generator's inputs, shared by the examples' tests. */
public final class GeneratorInputs {
    private GeneratorInputs() {
    }

    /**
     * Small registers (up to 400 women, up to 30 villages, any seed, statistical years
     * 1995 to 2030), cheap enough to generate and check by the dozen.
     *
     * @return settings
     */
    public static Gen<GeneratorSettings> smallSettings() {
        return integers().between(1, 400).zip(integers().between(1, 30), integers().between(1, 12), longs().all(),
                integers().between(1995, 2030), (women, villages, perTownship, seed, year) -> GeneratorSettings.builder()
                        .women(women).villages(villages).villagesPerTownship(perTownship).seed(seed)
                        .statisticalYear(year).build());
    }
}
