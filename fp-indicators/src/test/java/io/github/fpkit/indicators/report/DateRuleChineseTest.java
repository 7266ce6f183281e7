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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A date finding in Chinese is Chinese throughout: the reason too, not java.time's or fpkit's English. */
class DateRuleChineseTest {
    private static String chinese(AggregateReport report) {
        List<AuditFinding> findings = ReportAudit.audit(report);
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0).chineseMessage();
    }

    private static String period(String stated) {
        return chinese(AggregateReport.builder().statedPeriod(stated).build());
    }

    @Test
    void test_dayThatDoesNotExist_isExplainedInChinese() {
        assertEquals("报告期“2008-10-01/2009-09-31”不是真实的日期或期间：2009-09-31不是真实的日期：9月只有30天",
                period("2008-10-01/2009-09-31"));
        assertEquals("报告期“2008年10月1日至2009年2月29日”不是真实的日期或期间：2009年2月29日不是真实的日期：2009年2月只有28天",
                period("2008年10月1日至2009年2月29日"));
    }

    @Test
    void test_monthThatDoesNotExist_isExplainedInChinese() {
        assertEquals("报告期“2009-13”不是真实的日期或期间：2009-13不是真实的月份：月份须为01至12", period("2009-13"));
    }

    @Test
    void test_otherForms_nameTheExpectedFormsInChinese() {
        assertEquals("报告期“2009年度”不是真实的日期或期间：应写作2009SY、2008-10-01/2009-09-30或2008年10月1日至2009年9月30日",
                period("2009年度"));
        assertEquals("填报日期“2009-10-32”不是真实的日期或期间：2009-10-32不是真实的日期：10月只有31天",
                chinese(AggregateReport.builder().statedReportDate("2009-10-32").build()));
    }
}
