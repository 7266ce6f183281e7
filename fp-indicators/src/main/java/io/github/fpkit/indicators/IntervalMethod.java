package io.github.fpkit.indicators;

/**
 * How the confidence interval of an indicator is computed, as the indicator contract
 * specifies; see {@link Indicator#intervalMethod()}, and docs/INDICATORS.md (section
 * "Confidence intervals") for the formulas with worked examples.
 *
 * <pre>{@code
 * Indicator.CPR.intervalMethod(); // WILSON_SCORE
 * Indicator.CBR.intervalMethod(); // EXACT_POISSON
 * }</pre>
 */
public enum IntervalMethod {
    /** No interval: counts, and NIR (a difference of two counts over a population). */
    NONE,
    /** Wilson score interval for a proportion, scaled to the unit: the shares and prevalences (%). */
    WILSON_SCORE,
    /**
     * Wilson score interval for the male proportion p = males / (males + females),
     * mapped through 100·p/(1−p): the sex ratio at birth.
     */
    SEX_RATIO_WILSON,
    /**
     * Exact (Garwood) Poisson interval for the count — lower χ²(α/2; 2k)/2, upper
     * χ²(1−α/2; 2k+2)/2 — divided by the denominator and scaled to the unit: CBR, CDR,
     * GFR and the ASFRs.
     */
    EXACT_POISSON,
    /**
     * Normal approximation: TFR ± z·√(25·Σ births_g / exposure_g²), exposure in woman-years;
     * the lower end is truncated at 0.
     */
    NORMAL_APPROXIMATION
}
