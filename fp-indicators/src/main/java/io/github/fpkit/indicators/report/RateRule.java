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
package io.github.fpkit.indicators.report;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.register.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Every stated rate is recomputed from the report's own counts — its indicator's formula
 * read over the report's figures ({@link CatalogueFigures#stated}) — and
 * must be admitted by the stated value at its stated precision
 * ({@link StatedRate#admits(java.math.BigDecimal, java.math.BigDecimal)}), exactly: a numerator
 * summed from stated counts may exceed {@code Long.MAX_VALUE} and is then simply wrong, a finding. A rate stated where its
 * denominator is 0 is an error (the rate is undefined); a rate whose counts the report
 * does not state, or no report states, cannot be checked, which is a warning.
 */
final class RateRule implements AuditRule {
    static final String UNVERIFIABLE = "RATE_UNVERIFIABLE";

    static String id(Indicator indicator) {
        return "RATE_" + indicator.code();
    }

    @Override
    public List<String> ids() {
        List<String> ids = Arrays.stream(Indicator.values())
                .filter(i -> !i.isCount() && CatalogueFigures.stated(i).unstated().isEmpty())
                .map(RateRule::id).collect(Collectors.toList());
        ids.add(UNVERIFIABLE);
        return ids;
    }

    @Override
    public void check(AggregateReport report, Consumer<AuditFinding> findings) {
        for (StatedRate rate : report.statedRates()) {
            ReportFormula formula = CatalogueFigures.stated(rate.indicator());
            Optional<UnstatedCount> unstated = formula.unstated();
            if (unstated.isPresent()) {
                findings.accept(unverifiable(rate, List.of(), unstated.get().expected(),
                        unstated.get().chineseReason(), unstated.get().englishReason()));
                continue;
            }
            Optional<Ratio> ratio = formula.ratio(report);
            if (ratio.isEmpty()) {
                List<String> missing = formula.missingFields(report);
                findings.accept(unverifiable(rate, missing, "stated " + String.join(", ", missing), "报表未报" + String.join("、", missing),
                        "the report does not state " + String.join(", ", missing)));
            } else if (!ratio.get().isDefined()) {
                findings.accept(undefined(rate, formula.fields(report)));
            } else if (!rate.admits(ratio.get().numerator(), ratio.get().denominator())) {
                findings.accept(mismatch(rate, ratio.get(), formula.fields(report)));
            }
        }
    }

    private static AuditFinding mismatch(StatedRate rate, Ratio ratio, List<String> formulaFields) {
        Indicator indicator = rate.indicator();
        String expected = ratio.value(rate.unit(), rate.decimals()).toPlainString();
        String precise = ratio.value(rate.unit(), rate.decimals() + 2).toPlainString();
        String stated = rate.value().toPlainString();
        String tolerance = rate.tolerance().toPlainString();
        return AuditFinding.builder().rule(id(indicator)).severity(Severity.ERROR).fields(fields(rate, formulaFields))
                .expected(expected).stated(stated)
                .chineseMessage(indicator.chineseName() + "按报表所列人数计算为" + precise + rate.unit().chineseSymbol()
                        + "（" + ratio + "），所报" + stated + rate.unit().chineseSymbol() + "超出其报告精度允许的误差±" + tolerance)
                .englishMessage(indicator.code() + " recomputed from the stated counts is " + precise + " " + rate.unit().symbol()
                        + " (" + ratio + "); the stated " + stated + " differs by more than its precision allows (±" + tolerance + ")")
                .build();
    }

    private static AuditFinding undefined(StatedRate rate, List<String> formulaFields) {
        Indicator indicator = rate.indicator();
        String denominator = formulaFields.get(formulaFields.size() - 1);
        String stated = rate.value().toPlainString();
        return AuditFinding.builder().rule(id(indicator)).severity(Severity.ERROR).fields(fields(rate, formulaFields))
                .expected("undefined").stated(stated)
                .chineseMessage(indicator.chineseName() + "的分母" + denominator + "为0，该率无定义，报表却报为" + stated)
                .englishMessage(indicator.code() + " is undefined because its denominator " + denominator
                        + " is 0, yet the report states " + stated)
                .build();
    }

    private static AuditFinding unverifiable(StatedRate rate, List<String> missing, String expected, String chineseReason,
            String englishReason) {
        Indicator indicator = rate.indicator();
        String stated = rate.value().toPlainString();
        return AuditFinding.builder().rule(UNVERIFIABLE).severity(Severity.WARNING).fields(fields(rate, missing))
                .expected(expected).stated(stated)
                .chineseMessage("所报" + indicator.chineseName() + stated + "无法用报表中的数字复核：" + chineseReason)
                .englishMessage("the stated " + indicator.code() + " " + stated + " cannot be recomputed from the report: " + englishReason)
                .build();
    }

    private static List<String> fields(StatedRate rate, List<String> others) {
        List<String> fields = new ArrayList<>();
        fields.add("statedRates." + rate.indicator().code());
        fields.addAll(others);
        return fields;
    }
}
