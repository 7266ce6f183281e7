package io.github.fpkit.indicators;

/** The Wilson score interval of a binomial proportion. */
final class WilsonScore {
    private WilsonScore() {
    }

    /**
     * @param successes 0 to {@code trials}
     * @param trials more than 0
     * @return {low, high} of the proportion, within [0, 1]
     */
    static double[] proportion(double successes, double trials, double level) {
        double z = ConfidenceLevel.z(level);
        double z2 = z * z;
        double centre = (successes + z2 / 2) / (trials + z2);
        double half = z / (trials + z2) * Math.sqrt(successes * (trials - successes) / trials + z2 / 4);
        // At a proportion of 0 or 1 the end is exactly 0 or 1; the formula leaves rounding noise there.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new double[] {low, high};
    }
}
