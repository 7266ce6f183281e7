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

/** A programme's stated total must be exactly its beneficiaries × the standard per person. */
final class AmountRule implements AuditRule {
    private final String id;
    private final ReportLayout.Programme programme;

    AmountRule(String id, ReportLayout.Programme programme) {
        this.id = id;
        this.programme = programme;
    }

    @Override
    public List<String> ids() {
        return List.of(id);
    }

    @Override
    public void check(AggregateReport report, Consumer<AuditFinding> findings) {
        Subsidy subsidy = programme.subsidy.apply(report);
        Optional<BigDecimal> expected = subsidy.expectedTotal();
        if (expected.isEmpty() || subsidy.statedTotal().isEmpty() || expected.get().compareTo(subsidy.statedTotal().get()) == 0) {
            return;
        }
        String people = Long.toString(subsidy.beneficiaries().getAsLong());
        String standard = subsidy.standardPerPerson().get().toPlainString();
        String product = expected.get().toPlainString();
        String stated = subsidy.statedTotal().get().toPlainString();
        findings.accept(AuditFinding.builder().rule(id).severity(Severity.ERROR)
                .fields(List.of(programme.statedTotal.path(), programme.beneficiaries.path(), programme.standardPerPerson.path()))
                .expected(product).stated(stated)
                .chineseMessage(programme.chineseName + "金额应为" + people + "人×" + standard + "元=" + product + "元，所报为" + stated + "元")
                .englishMessage(programme.englishName + ": " + people + " beneficiaries × " + standard + " yuan = " + product
                        + " yuan, but the report states " + stated + " yuan")
                .build());
    }
}
