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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A subset cannot be larger than the set it is part of. */
final class SubsetRule implements AuditRule {
    private final String id;
    private final Severity severity;
    private final ReportFigure subset;
    private final ReportFigure set;

    SubsetRule(String id, Severity severity, ReportFigure subset, ReportFigure set) {
        this.id = id;
        this.severity = severity;
        this.subset = subset;
        this.set = set;
    }

    @Override
    public List<String> ids() {
        return List.of(id);
    }

    @Override
    public void check(AggregateReport report, Consumer<AuditFinding> findings) {
        Optional<BigDecimal> part = subset.read(report);
        Optional<BigDecimal> whole = set.read(report);
        if (part.isEmpty() || whole.isEmpty() || part.get().compareTo(whole.get()) <= 0) {
            return;
        }
        String p = part.get().toPlainString();
        String w = whole.get().toPlainString();
        findings.accept(AuditFinding.builder().rule(id).severity(severity).fields(List.of(subset.path(), set.path()))
                .expected("≤ " + w).stated(p)
                .chineseMessage(subset.chineseName() + p + "多于" + set.chineseName() + w + "，而前者应包含在后者之中")
                .englishMessage(subset.englishName() + " (" + p + ") exceed " + set.englishName() + " (" + w
                        + "), of which they are a part")
                .build());
    }
}
