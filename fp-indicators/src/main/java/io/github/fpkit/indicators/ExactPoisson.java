package io.github.fpkit.indicators;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** The exact (Garwood) confidence interval of a Poisson count. */
final class ExactPoisson {
    private ExactPoisson() {
    }

    /**
     * @param count 0 or more
     * @return {low, high} of the Poisson mean: χ²(α/2; 2k)/2 (0 when k = 0) and χ²(1−α/2; 2k+2)/2
     */
    static double[] count(long count, double level) {
        double alpha = 1 - ConfidenceLevel.check(level);
        double low = count == 0 ? 0 : ChiSquaredDistribution.of(2.0 * count).inverseCumulativeProbability(alpha / 2) / 2;
        double high = ChiSquaredDistribution.of(2.0 * count + 2).inverseSurvivalProbability(alpha / 2) / 2;
        return new double[] {low, high};
    }
}
