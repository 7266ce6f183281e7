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

import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.register.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** A stated date must name a real day, and a stated period a real range: 2009-09-31 is no day, 2009-13 no month. */
final class DateRule implements AuditRule {
    private final String id;
    private final String field;
    private final String chineseName;
    private final String englishName;
    private final String example;
    private final String chineseForms;
    private final Function<AggregateReport, Optional<String>> text;
    private final Function<String, ?> reader;

    private DateRule(String id, String field, String chineseName, String englishName, String example, String chineseForms,
            Function<AggregateReport, Optional<String>> text, Function<String, ?> reader) {
        this.id = id;
        this.field = field;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.example = example;
        this.chineseForms = chineseForms;
        this.text = text;
        this.reader = reader;
    }

    static DateRule period() {
        return new DateRule("DATE_PERIOD", "period", "报告期", "the period",
                "2009SY, 2008-10-01/2009-09-30 or 2008年10月1日至2009年9月30日",
                "2009SY、2008-10-01/2009-09-30或2008年10月1日至2009年9月30日", AggregateReport::statedPeriod, StatedDates::period);
    }

    static DateRule reportDate() {
        return new DateRule("DATE_REPORT", "reportDate", "填报日期", "the report date",
                "2009-10-10 or 2009年10月10日", "2009-10-10或2009年10月10日", AggregateReport::statedReportDate, StatedDates::day);
    }

    @Override
    public List<String> ids() {
        return List.of(id);
    }

    @Override
    public void check(AggregateReport report, Consumer<AuditFinding> findings) {
        Optional<String> stated = text.apply(report);
        if (stated.isEmpty()) {
            return;
        }
        try {
            reader.apply(stated.get());
        } catch (InvalidValueException e) {
            findings.accept(AuditFinding.builder().rule(id).severity(Severity.ERROR).fields(List.of(field))
                    .expected(example).stated(stated.get())
                    .chineseMessage(chineseName + "“" + stated.get() + "”不是真实的日期或期间："
                            + StatedDates.chineseReason(stated.get(), chineseForms))
                    .englishMessage(englishName + " '" + stated.get() + "' is not a real date or period: " + e.reason())
                    .build());
        }
    }
}
