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

import io.github.fpkit.indicators.ConfidenceInterval;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Rate;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.register.Severity;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The sex ratio at birth against its biologically normal range, 103–107 boys per 100 girls
 * (the range the UN Population Division and UNFPA use). A sex ratio of few births varies
 * widely by chance, so the test is on its 95 % interval (Wilson on the share of boys, as the
 * catalogue computes it, whatever level the result itself was computed at): only when the
 * whole interval lies above the range, or below it, does the area get a finding — a warning,
 * since a ratio outside the range may be true (sex-selective abortion, under-registration of
 * girls) as well as an error of the register.
 *
 * <pre>{@code
 * SexRatioPlausibility.standard().check(srbResult);   // empty for 65 boys and 60 girls: [76.4, 153.6] meets 103–107
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SexRatioPlausibility {
    /** The lower end of the normal range, 103. */
    public static final double NORMAL_LOW = 103;
    /** The upper end of the normal range, 107. */
    public static final double NORMAL_HIGH = 107;
    /** The level of the interval tested. */
    static final double LEVEL = 0.95;

    private static final SexRatioPlausibility STANDARD = new SexRatioPlausibility(NORMAL_LOW, NORMAL_HIGH);

    private final double low;
    private final double high;

    private SexRatioPlausibility(double low, double high) {
        this.low = low;
        this.high = high;
    }

    /** @return the test against 103–107 */
    public static SexRatioPlausibility standard() {
        return STANDARD;
    }

    /**
     * @param low the lower end of the normal range, more than 0 and finite
     * @param high the upper end, finite and at least {@code low}
     * @return the test against that range
     * @throws IllegalArgumentException if the range is not such
     */
    public static SexRatioPlausibility of(double low, double high) {
        OutlierScreen.positive("low", low);
        if (!(high >= low && Double.isFinite(high))) {
            throw new IllegalArgumentException("the normal range's upper end " + high + " must be finite and at least its lower end " + low);
        }
        return new SexRatioPlausibility(low, high);
    }

    /** @return the lower end of the normal range */
    public double low() {
        return low;
    }

    /** @return the upper end of the normal range */
    public double high() {
        return high;
    }

    /** @return the range as text, for example {@code "103–107"} */
    public String range() {
        return plain(low) + "–" + plain(high);
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * @param srb a result of {@link Indicator#SRB}, not null
     * @return a warning when the result's 95 % interval lies wholly above or below the normal
     *         range; empty when it meets the range or the ratio is undefined (no girls born)
     * @throws IllegalArgumentException if the result is not of SRB
     */
    public Optional<QualityFinding> check(IndicatorResult srb) {
        Objects.requireNonNull(srb, "srb");
        if (srb.indicator() != Indicator.SRB) {
            throw new IllegalArgumentException("a result of SRB expected, not of " + srb.indicator());
        }
        if (srb.value().isEmpty() || srb.numerator().isEmpty() || srb.denominator().isEmpty()) {
            return Optional.empty();
        }
        Optional<ConfidenceInterval> interval = Rate.of(Indicator.SRB, srb.numerator().getAsLong(), srb.denominator().getAsDouble())
                .interval(LEVEL);
        if (interval.isEmpty() || interval.get().high() >= low && interval.get().low() <= high) {
            return Optional.empty();
        }
        ConfidenceInterval ci = interval.get();
        boolean above = ci.low() > high;
        double value = srb.value().getAsDouble();
        String ciText = "[" + QualityText.number(ci.low()) + ", " + QualityText.number(ci.high()) + "]";
        return Optional.of(QualityFinding.builder().method(QualityMethod.SRB_NORMAL_RANGE).severity(Severity.WARNING)
                .area(srb.area()).areaName(srb.areaName()).period(srb.period()).indicator(Indicator.SRB).value(value)
                .threshold(range())
                .chineseMessage(QualityText.area(srb.area(), srb.areaName()) + "出生人口性别比为" + QualityText.number(value) + "（"
                        + srb.numerator().getAsLong() + "男/" + QualityText.value(srb.denominator().getAsDouble(), Unit.COUNT)
                        + "女），95%置信区间" + ciText + "整体" + (above ? "高于" : "低于") + "正常范围" + range())
                .englishMessage("SRB of " + QualityText.englishArea(srb.area(), srb.areaName()) + " is " + QualityText.number(value) + " ("
                        + srb.numerator().getAsLong() + " boys, " + QualityText.value(srb.denominator().getAsDouble(), Unit.COUNT)
                        + " girls); its 95% interval " + ciText + " lies wholly " + (above ? "above" : "below") + " the normal range " + range())
                .build());
    }

    /** @return the range */
    @Override
    public String toString() {
        return "SRB normal range " + range();
    }
}
