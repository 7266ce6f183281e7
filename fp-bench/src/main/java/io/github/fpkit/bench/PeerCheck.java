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
package io.github.fpkit.bench;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.ReportingPeriod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that the DuckDB peer computes the same numbers as fpkit, so that the comparison
 * compares equal work: every count indicator against the SQL column of the same name, and
 * the numerators and denominators of the rates built from named SQL columns, for every
 * area at every level.
 */
final class PeerCheck {
    private static final double DAYS_PER_YEAR = 365.25;

    private PeerCheck() {
    }

    /**
     * @param folder the register folder
     * @param period the period
     * @param threads the threads DuckDB may use
     * @return the number of values compared and the mismatches, each described
     */
    static Outcome compare(Path folder, ReportingPeriod period, int threads) {
        ComputedIndicators fpkit = FpkitPipeline.compute(folder, period);
        Map<Long, Map<String, Double>> duck = DuckDbPeer.run(folder, period, threads).byArea();
        List<String> mismatches = new ArrayList<>();
        int n = 0;
        for (IndicatorResult r : fpkit.results()) {
            Map<String, Double> row = duck.get(r.area().toNumber());
            String where = r.area() + " " + r.indicator();
            if (row == null) {
                mismatches.add(where + ": no DuckDB row for the area");
                continue;
            }
            Indicator i = r.indicator();
            String name = i.name().toLowerCase(Locale.ROOT);
            if (i.unit() == Unit.COUNT && row.containsKey(name)) {
                n += same(mismatches, where + " numerator", r.numerator().orElse(0), row.get(name));
            } else if (name.startsWith("asfr_")) {
                String g = name.substring(5);
                n += same(mismatches, where + " numerator", r.numerator().orElse(0), row.get("births_" + g));
                n += same(mismatches, where + " denominator", r.denominator().orElse(0), days(row.get("days_" + g)));
            } else if (i == Indicator.SRB) {
                n += same(mismatches, where + " numerator", r.numerator().orElse(0), row.get("male_births"));
                n += same(mismatches, where + " denominator", r.denominator().orElse(0), row.get("female_births"));
            } else if (i == Indicator.POLICY_BIRTH_RATE) {
                n += same(mismatches, where + " numerator", r.numerator().orElse(0), row.get("policy_in_births"));
                n += same(mismatches, where + " denominator", r.denominator().orElse(0), row.get("live_births"));
            } else if (i == Indicator.HEALTH_CHECK_COVERAGE) {
                n += same(mismatches, where + " numerator", r.numerator().orElse(0), row.get("checked_married_wra"));
                n += same(mismatches, where + " denominator", r.denominator().orElse(0), row.get("married_wra"));
            } else if (i == Indicator.UNPLANNED_PREGNANCY_SHARE) {
                n += same(mismatches, where + " numerator", r.numerator().orElse(0), row.get("pregnancies_unplanned"));
                n += same(mismatches, where + " denominator", r.denominator().orElse(0), row.get("pregnancies_planned_known"));
            } else if (i == Indicator.CBR && r.denominator().isPresent()) {
                n += same(mismatches, where + " denominator", r.denominator().getAsDouble(), row.get("average_population"));
            }
        }
        return new Outcome(n, mismatches);
    }

    /**
     * @param values the number of values compared
     * @param mismatches the values that differ, each described; empty if the two agree
     */
    record Outcome(int values, List<String> mismatches) {
    }

    private static Double days(Double days) {
        return days == null ? null : days / DAYS_PER_YEAR;
    }

    private static int same(List<String> mismatches, String where, double fpkit, Double duck) {
        double d = duck == null ? 0 : duck;
        if (Math.abs(fpkit - d) > 1e-6 * Math.max(1, Math.abs(d))) {
            mismatches.add(where + ": fpkit " + fpkit + ", DuckDB " + d);
        }
        return 1;
    }
}
