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
package io.github.fpkit.io.testing;

import static io.github.fpkit.testkit.Draws.between;
import static io.github.fpkit.testkit.Draws.flip;
import static io.github.fpkit.testkit.Draws.maybe;
import static io.github.fpkit.testkit.RecordGenerators.areaCodes;
import static io.github.fpkit.testkit.RecordGenerators.names;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.ReportDraft;
import io.github.fpkit.indicators.report.ReportFigure;
import io.github.fpkit.indicators.report.ReportSection;
import io.github.fpkit.indicators.report.StatedRate;
import java.math.BigDecimal;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of aggregate reports, for fp-io's JSON round trips; here rather
 * than in fp-testkit for the reason {@link ResultGenerators} gives.
 */
public final class ReportGenerators {
    private ReportGenerators() {
    }

    /**
     * @return aggregate reports stating any of the format's figures — from none to all, each
     *     0, 1, {@code Long.MAX_VALUE} or in between, each decimal with 0 to 20 decimals (trailing
     *     zeros included) up to the largest a report may state — methods and surgery types listed
     *     in any subset, any text for the name, period and report date, and any rates of the
     *     catalogue at any precision (NIR also below 0)
     */
    public static Gen<AggregateReport> aggregateReports() {
        return in -> {
            ReportDraft draft = ReportDraft.empty();
            int density = between(in, 0, 4);
            for (ReportFigure figure : ReportSection.report().figures()) {
                if (between(in, 0, 3) < density) {
                    draft.set(figure, figure.isDecimal() ? reportDecimal(in) : BigDecimal.valueOf(reportCount(in)));
                }
            }
            AggregateReport.Builder report = draft.report().areaCode(maybe(in, areaCodes())).areaName(maybe(in, names()))
                    .statedPeriod(maybe(in, names())).statedReportDate(maybe(in, names()));
            for (Indicator indicator : Indicator.values()) {
                if (!indicator.isCount() && between(in, 0, 3) < density) {
                    BigDecimal value = reportDecimal(in);
                    report.addStatedRates(StatedRate.of(indicator, indicator == Indicator.NIR && flip(in) ? value.negate() : value));
                }
            }
            return draft.build();
        };
    }

    private static long reportCount(RandomnessSource in) {
        switch (between(in, 0, 3)) {
            case 0: return between(in, 0, 1);
            case 1: return Long.MAX_VALUE;
            case 2: return between(in, 0, 100_000);
            default: return longs().between(0, Long.MAX_VALUE).generate(in);
        }
    }

    private static BigDecimal reportDecimal(RandomnessSource in) {
        if (between(in, 0, 9) == 0) {
            return new BigDecimal("9999999999999999999999999.99999999999999999999");
        }
        return BigDecimal.valueOf(reportCount(in), between(in, 0, 20));
    }
}
