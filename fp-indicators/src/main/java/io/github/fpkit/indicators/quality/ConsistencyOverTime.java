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
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Severity;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Consistency over time, as the WHO Data Quality Review measures it: for each area and
 * indicator, the ratio of this period's value to the mean of the values of up to
 * {@value #EARLIER_PERIODS} earlier periods of the same type ({@link #earlierPeriods}); a
 * ratio off 1 by more than the threshold (±33 % by default, the DQR's) is a warning. The
 * periods before that the history does not hold are left out of the mean; with none, there is
 * no ratio. When the earlier mean is 0 the ratio is 1 if this period's value is 0 too, and a
 * finding without a ratio otherwise. NIR is not compared: it changes sign, and a ratio to a
 * mean near or below 0 says nothing.
 *
 * <pre>{@code
 * ConsistencyOverTime.earlierPeriods(ReportingPeriod.parse("2009SY"));   // [2008SY, 2007SY, 2006SY]
 * List<QualityFinding> breaks = ConsistencyOverTime.standard().check(results2009, results2006to2008);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConsistencyOverTime {
    /** The default threshold: a ratio below 0.67 or above 1.33 is a finding. */
    public static final double DEFAULT_THRESHOLD = 0.33;
    /** How many earlier periods the mean takes at most. */
    public static final int EARLIER_PERIODS = 3;

    private static final ConsistencyOverTime STANDARD = new ConsistencyOverTime(DEFAULT_THRESHOLD);

    private final double threshold;

    private ConsistencyOverTime(double threshold) {
        this.threshold = threshold;
    }

    /** @return the comparison with the threshold ±33 % */
    public static ConsistencyOverTime standard() {
        return STANDARD;
    }

    /**
     * @param threshold how far off 1 the ratio may be before it is a finding, more than 0 and finite (0.33 for ±33 %)
     * @return the comparison
     * @throws IllegalArgumentException if the threshold is not more than 0 or not finite
     */
    public static ConsistencyOverTime of(double threshold) {
        return new ConsistencyOverTime(OutlierScreen.positive("threshold", threshold));
    }

    /** @return the threshold */
    public double threshold() {
        return threshold;
    }

    /**
     * The {@value #EARLIER_PERIODS} periods of the same type before a period, the nearest
     * first: the statistical years, statistical half-years or calendar years before
     * ({@code 2009SY} → 2008SY, 2007SY, 2006SY; {@code 2009SH} → 2008SH, …), the quarters or
     * months before ({@code 2009Q1} → 2008Q4, 2008Q3, 2008Q2), and for any other interval
     * the intervals of the same length that end on the day before the next one starts.
     * Periods that would start before the year 1 are left out.
     *
     * @param period a period, not null
     * @return the earlier periods, the nearest first; unmodifiable
     */
    public static List<ReportingPeriod> earlierPeriods(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        List<ReportingPeriod> earlier = new ArrayList<>();
        for (int k = 1; k <= EARLIER_PERIODS; k++) {
            try {
                ReportingPeriod p = back(period, k);
                if (p.start().getYear() >= 1) {
                    earlier.add(p);
                }
            } catch (DateTimeException | IllegalArgumentException e) {
                // before the calendar's range: no such period
            }
        }
        return List.copyOf(earlier);
    }

    private static ReportingPeriod back(ReportingPeriod period, int k) {
        int year = period.end().getYear();
        if (period.equals(ReportingPeriod.statisticalYear(year))) {
            return ReportingPeriod.statisticalYear(year - k);
        }
        if (period.equals(ReportingPeriod.statisticalHalfYear(year))) {
            return ReportingPeriod.statisticalHalfYear(year - k);
        }
        if (period.equals(ReportingPeriod.calendarYear(year))) {
            return ReportingPeriod.calendarYear(year - k);
        }
        YearMonth first = YearMonth.from(period.start());
        if (period.equals(ReportingPeriod.month(first))) {
            return ReportingPeriod.month(first.minusMonths(k));
        }
        if (period.start().getMonthValue() % 3 == 1 && period.equals(ReportingPeriod.quarter(year, (period.start().getMonthValue() + 2) / 3))) {
            YearMonth start = first.minusMonths(3L * k);
            return ReportingPeriod.quarter(start.getYear(), (start.getMonthValue() + 2) / 3);
        }
        long days = period.lengthInDays();
        LocalDate start = period.start().minusDays(days * k);
        return ReportingPeriod.ofClosed(start, start.plusDays(days - 1));
    }

    /**
     * Compares each result of this period with the results of the earlier periods.
     *
     * @param current the results of one period, any areas and indicators; not null
     * @param history results of earlier periods, any periods (those not among
     *        {@link #earlierPeriods} of the current period are not used); not null
     * @return one warning per area and indicator whose ratio is off by more than the threshold,
     *         in the order of {@code current}; unmodifiable
     * @throws IllegalArgumentException if the current results are of more than one period
     */
    public List<QualityFinding> check(List<IndicatorResult> current, List<IndicatorResult> history) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(history, "history");
        Map<Key, Double> earlier = new HashMap<>();
        for (IndicatorResult r : history) {
            r.value().ifPresent(v -> earlier.put(new Key(r.area(), r.indicator(), r.period()), v));
        }
        List<QualityFinding> findings = new ArrayList<>();
        ReportingPeriod period = null;
        List<ReportingPeriod> before = List.of();
        for (IndicatorResult r : current) {
            if (period == null) {
                period = r.period();
                before = earlierPeriods(period);
            } else if (!period.equals(r.period())) {
                throw new IllegalArgumentException("results of one period expected, got " + period + " and " + r.period());
            }
            if (r.value().isEmpty() || r.indicator() == Indicator.NIR) {
                continue;
            }
            List<ReportingPeriod> found = new ArrayList<>();
            double sum = 0;
            for (ReportingPeriod p : before) {
                Double v = earlier.get(new Key(r.area(), r.indicator(), p));
                if (v != null) {
                    found.add(p);
                    sum += v;
                }
            }
            if (!found.isEmpty()) {
                compare(r, sum / found.size(), found).ifPresent(findings::add);
            }
        }
        return List.copyOf(findings);
    }

    private Optional<QualityFinding> compare(IndicatorResult r, double mean, List<ReportingPeriod> periods) {
        double value = r.value().getAsDouble();
        OptionalDouble ratio = mean != 0 ? OptionalDouble.of(value / mean) : value == 0 ? OptionalDouble.of(1) : OptionalDouble.empty();
        if (ratio.isPresent() && Math.abs(ratio.getAsDouble() - 1) <= threshold) {
            return Optional.empty();
        }
        Indicator indicator = r.indicator();
        String names = periods.stream().map(ReportingPeriod::toString).reduce((a, b) -> a + ", " + b).orElseThrow();
        String percent = BigDecimal.valueOf(threshold).movePointRight(2).stripTrailingZeros().toPlainString();
        String chineseRatio = ratio.isPresent() ? "，为其" + QualityText.number(ratio.getAsDouble()) + "倍" : "，而此前均值为0";
        String englishRatio = ratio.isPresent() ? ", a ratio of " + QualityText.number(ratio.getAsDouble()) : ", where the earlier mean is 0";
        QualityFinding.Builder f = QualityFinding.builder().method(QualityMethod.CONSISTENCY_OVER_TIME).severity(Severity.WARNING)
                .area(r.area()).areaName(r.areaName()).period(r.period()).indicator(indicator).value(value).reference(mean)
                .threshold("±" + percent + "%")
                .chineseMessage(QualityText.area(r.area(), r.areaName()) + r.period() + indicator.chineseName() + "为"
                        + QualityText.chinese(value, indicator.unit()) + "，此前" + periods.size() + "期（" + names + "）均值为"
                        + (indicator.isCount() ? QualityText.number(mean) : QualityText.chinese(mean, indicator.unit())) + chineseRatio + "，偏离超过±" + percent + "%")
                .englishMessage(indicator.code() + " of " + QualityText.englishArea(r.area(), r.areaName()) + " in " + r.period() + " is "
                        + QualityText.english(value, indicator.unit()) + " against a mean of "
                        + (indicator.isCount() ? QualityText.number(mean) : QualityText.english(mean, indicator.unit()))
                        + " over " + names + englishRatio + ", off by more than ±" + percent + "%");
        ratio.ifPresent(f::statistic);
        return Optional.of(f.build());
    }

    /** @return the threshold */
    @Override
    public String toString() {
        return "consistency over time ±" + threshold;
    }

    /** An area's indicator in a period. */
    private static final class Key {
        private final AreaCode area;
        private final Indicator indicator;
        private final ReportingPeriod period;

        Key(AreaCode area, Indicator indicator, ReportingPeriod period) {
            this.area = area;
            this.indicator = indicator;
            this.period = period;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).area.equals(area) && ((Key) o).indicator == indicator && ((Key) o).period.equals(period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(area, indicator, period);
        }
    }
}
