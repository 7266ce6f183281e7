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
package io.github.fpkit.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.AuditFinding;
import io.github.fpkit.indicators.report.ReportAudit;
import io.github.fpkit.indicators.report.WomenCounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditFindingJsonWriterTest {
    @Test
    void test_write_oneObjectPerFinding() {
        AggregateReport r = AggregateReport.builder().statedPeriod("2009-02-30")
                .women(WomenCounts.builder().married(1500).parity0(130).parity1(520).parity2(750).parity3Plus(90).build()).build();
        List<AuditFinding> findings = ReportAudit.audit(r);
        JsonNode array = JsonMapper.builder().build().readTree(AuditFindingJsonWriter.toJson(findings));
        assertEquals(2, array.size());
        JsonNode parity = array.get(1);
        assertEquals("PART_WHOLE_PARITY", parity.get("rule").asString());
        assertEquals("error", parity.get("severity").asString());
        assertEquals("women.married", parity.get("fields").get(0).asString());
        assertEquals(5, parity.get("fields").size());
        assertEquals("1490", parity.get("expected").asString());
        assertEquals("1500", parity.get("stated").asString());
        assertEquals(findings.get(1).chineseMessage(), parity.get("chineseMessage").asString());
        assertEquals(findings.get(1).englishMessage(), parity.get("englishMessage").asString());
        assertEquals("DATE_PERIOD", array.get(0).get("rule").asString());
    }

    @Test
    void test_write_noFindings_isAnEmptyArray() {
        assertEquals(0, JsonMapper.builder().build().readTree(AuditFindingJsonWriter.toJson(List.of())).size());
    }
}
