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

import io.github.fpkit.model.register.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Parts must add up to their whole: when the whole and every part are stated, the sum of
 * the parts must equal the whole; when only some parts are stated, their sum must not
 * exceed it (a report may leave a part out, but the parts it gives cannot outnumber the
 * whole).
 */
final class PartWholeRule implements AuditRule {
    private final String id;
    private final ReportFigure whole;
    private final List<ReportFigure> parts;
    private final String partsChinese;
    private final String partsEnglish;

    PartWholeRule(String id, ReportFigure whole, List<ReportFigure> parts, String partsChinese, String partsEnglish) {
        this.id = id;
        this.whole = whole;
        this.parts = List.copyOf(parts);
        this.partsChinese = partsChinese;
        this.partsEnglish = partsEnglish;
    }

    @Override
    public List<String> ids() {
        return List.of(id);
    }

    @Override
    public void check(AggregateReport report, Consumer<AuditFinding> findings) {
        Optional<BigDecimal> stated = whole.read(report);
        BigDecimal sum = BigDecimal.ZERO;
        int statedParts = 0;
        List<String> fields = new ArrayList<>(List.of(whole.path()));
        for (ReportFigure part : parts) {
            Optional<BigDecimal> value = part.read(report);
            if (value.isPresent()) {
                sum = sum.add(value.get());
                statedParts++;
                fields.add(part.path());
            }
        }
        if (stated.isEmpty() || statedParts == 0) {
            return;
        }
        String total = stated.get().toPlainString();
        String sumText = sum.toPlainString();
        if (statedParts == parts.size() && sum.compareTo(stated.get()) != 0) {
            findings.accept(AuditFinding.builder().rule(id).severity(Severity.ERROR).fields(fields)
                    .expected(sumText).stated(total)
                    .chineseMessage(partsChinese + "之和为" + sumText + "，与所报" + whole.chineseName() + total + "不符")
                    .englishMessage(partsEnglish + " sum to " + sumText + ", but " + whole.englishName() + " are stated as " + total)
                    .build());
        } else if (statedParts < parts.size() && sum.compareTo(stated.get()) > 0) {
            findings.accept(AuditFinding.builder().rule(id).severity(Severity.ERROR).fields(fields)
                    .expected("≥ " + sumText).stated(total)
                    .chineseMessage("已报的" + partsChinese + "之和" + sumText + "已超过所报" + whole.chineseName() + total)
                    .englishMessage("the stated " + partsEnglish + " already sum to " + sumText + ", more than the "
                            + total + " " + whole.englishName() + " stated")
                    .build());
        }
    }
}
