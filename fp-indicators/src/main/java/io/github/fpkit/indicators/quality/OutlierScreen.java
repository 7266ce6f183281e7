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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.register.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outlier screening of one indicator across the sub-areas of an area (the villages of a
 * township, the townships of a county), by the two methods of DHIS2's outlier detection:
 * <ul>
 *   <li><b>z-score</b> z = (x − mean) / SD, with the SD over the sub-areas' values themselves
 *     (divisor n, DHIS2's {@code stddev_pop}); a sub-area is flagged when |z| ≥ the threshold,
 *     {@value #DEFAULT_Z_SCORE_THRESHOLD} by default. With n values no |z| exceeds √(n − 1),
 *     so fewer than 10 sub-areas can never reach 3.0: the modified z-score is the screen for
 *     small numbers of sub-areas;</li>
 *   <li><b>modified z-score</b> M = 0.6745 · (x − median) / MAD, MAD the median of |x − median|
 *     (Iglewicz and Hoaglin 1993); flagged when |M| ≥ the threshold,
 *     {@value #DEFAULT_MODIFIED_Z_SCORE_THRESHOLD} by default. The median and MAD are not moved
 *     by the outliers they look for.</li>
 * </ul>
 * Only defined values take part. A method gives nothing when its spread is 0 (every value
 * equal, or more than half equal for the MAD), as DHIS2 skips an SD of 0. Findings are
 * warnings: an outlier deserves a look, and may be right.
 *
 * <pre>{@code
 * List<QualityFinding> outliers = OutlierScreen.standard()
 *         .screen(township, Optional.of("第1乡"), computed.resultsFor(Indicator.CPR).stream()
 *                 .filter(r -> township.equals(r.area().parent().orElse(null))).collect(Collectors.toList()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OutlierScreen {
    /** The default threshold of |z|: 3.0, DHIS2's default. */
    public static final double DEFAULT_Z_SCORE_THRESHOLD = 3.0;
    /** The default threshold of |modified z|: 3.5, Iglewicz and Hoaglin's and DHIS2's default. */
    public static final double DEFAULT_MODIFIED_Z_SCORE_THRESHOLD = 3.5;
    /** Φ⁻¹(0.75), which makes the MAD of normal data estimate its SD. */
    static final double MAD_FACTOR = 0.6745;

    private static final OutlierScreen STANDARD = new OutlierScreen(DEFAULT_Z_SCORE_THRESHOLD, DEFAULT_MODIFIED_Z_SCORE_THRESHOLD);

    private final double zScoreThreshold;
    private final double modifiedZScoreThreshold;

    private OutlierScreen(double zScoreThreshold, double modifiedZScoreThreshold) {
        this.zScoreThreshold = zScoreThreshold;
        this.modifiedZScoreThreshold = modifiedZScoreThreshold;
    }

    /** @return the screen with the default thresholds 3.0 and 3.5 */
    public static OutlierScreen standard() {
        return STANDARD;
    }

    /**
     * @param zScoreThreshold the threshold of |z|, more than 0 and finite
     * @param modifiedZScoreThreshold the threshold of |modified z|, more than 0 and finite
     * @return the screen
     * @throws IllegalArgumentException if a threshold is not more than 0 or not finite
     */
    public static OutlierScreen of(double zScoreThreshold, double modifiedZScoreThreshold) {
        return new OutlierScreen(positive("zScoreThreshold", zScoreThreshold), positive("modifiedZScoreThreshold", modifiedZScoreThreshold));
    }

    static double positive(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be more than 0 and finite: " + value);
        }
        return value;
    }

    /** @return the threshold of |z| */
    public double zScoreThreshold() {
        return zScoreThreshold;
    }

    /** @return the threshold of |modified z| */
    public double modifiedZScoreThreshold() {
        return modifiedZScoreThreshold;
    }

    /**
     * Screens one indicator's values across the sub-areas of an area.
     *
     * @param parent the area whose sub-areas the results are, not null
     * @param parentName its name, not null (may be empty)
     * @param subAreas the results of one indicator for one period, one per sub-area, not null
     * @return the findings, z-scores first, each in the order of {@code subAreas}; unmodifiable
     * @throws IllegalArgumentException if the results are of more than one indicator or period
     */
    public List<QualityFinding> screen(AreaCode parent, Optional<String> parentName, List<IndicatorResult> subAreas) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(parentName, "parentName");
        List<IndicatorResult> defined = SubAreas.defined(subAreas);
        List<QualityFinding> findings = new ArrayList<>();
        if (defined.size() < 2) {
            return List.of();
        }
        double[] values = defined.stream().mapToDouble(r -> r.value().getAsDouble()).toArray();
        double mean = Dispersion.mean(values);
        double sd = Dispersion.populationSd(values);
        String where = where(parent, parentName, defined);
        if (sd > 0) {
            for (IndicatorResult r : defined) {
                double z = (r.value().getAsDouble() - mean) / sd;
                if (Math.abs(z) >= zScoreThreshold) {
                    findings.add(finding(r, QualityMethod.Z_SCORE, z, mean, zScoreThreshold,
                            "，在" + where + "中的Z分数为" + QualityText.number(z) + "（均值" + QualityText.number(mean) + "，标准差"
                                    + QualityText.number(sd) + "），绝对值达到阈值" + QualityText.threshold(zScoreThreshold),
                            "; its z-score across " + englishWhere(parent, parentName, defined) + " is " + QualityText.number(z)
                                    + " (mean " + QualityText.number(mean) + ", SD " + QualityText.number(sd) + "), |z| ≥ "
                                    + QualityText.threshold(zScoreThreshold)));
                }
            }
        }
        double median = Dispersion.median(values);
        double mad = Dispersion.medianAbsoluteDeviation(values);
        if (mad > 0) {
            for (IndicatorResult r : defined) {
                double m = MAD_FACTOR * (r.value().getAsDouble() - median) / mad;
                if (Math.abs(m) >= modifiedZScoreThreshold) {
                    findings.add(finding(r, QualityMethod.MODIFIED_Z_SCORE, m, median, modifiedZScoreThreshold,
                            "，在" + where + "中的修正Z分数为" + QualityText.number(m) + "（中位数" + QualityText.number(median)
                                    + "，绝对中位差" + QualityText.number(mad) + "），绝对值达到阈值" + QualityText.threshold(modifiedZScoreThreshold),
                            "; its modified z-score across " + englishWhere(parent, parentName, defined) + " is " + QualityText.number(m)
                                    + " (median " + QualityText.number(median) + ", MAD " + QualityText.number(mad) + "), |M| ≥ "
                                    + QualityText.threshold(modifiedZScoreThreshold)));
                }
            }
        }
        return List.copyOf(findings);
    }

    private static QualityFinding finding(IndicatorResult r, QualityMethod method, double statistic, double reference, double threshold,
            String chineseTail, String englishTail) {
        Indicator indicator = r.indicator();
        double value = r.value().getAsDouble();
        return QualityFinding.builder().method(method).severity(Severity.WARNING).area(r.area()).areaName(r.areaName())
                .period(r.period()).indicator(indicator).value(value).statistic(statistic).reference(reference)
                .threshold(QualityText.threshold(threshold))
                .chineseMessage(QualityText.area(r.area(), r.areaName()) + indicator.chineseName() + "为"
                        + QualityText.chinese(value, indicator.unit()) + chineseTail)
                .englishMessage(indicator.code() + " of " + QualityText.englishArea(r.area(), r.areaName()) + " is "
                        + QualityText.english(value, indicator.unit()) + englishTail)
                .build();
    }

    private static String where(AreaCode parent, Optional<String> parentName, List<IndicatorResult> defined) {
        return QualityText.area(parent, parentName) + "的" + defined.size() + "个" + defined.get(0).area().level().chineseName();
    }

    private static String englishWhere(AreaCode parent, Optional<String> parentName, List<IndicatorResult> defined) {
        return "the " + defined.size() + " " + defined.get(0).area().level().code() + "s of " + QualityText.englishArea(parent, parentName);
    }

    /** @return the thresholds */
    @Override
    public String toString() {
        return "z-score " + zScoreThreshold + ", modified z-score " + modifiedZScoreThreshold;
    }
}
