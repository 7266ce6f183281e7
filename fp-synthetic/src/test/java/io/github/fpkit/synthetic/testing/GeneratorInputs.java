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
