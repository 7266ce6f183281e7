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

/**
 * A report that states only some parts of a whole is consistent as long as the stated parts
 * do not exceed the whole: the parts left out may be 0. Stated parts summing to exactly the
 * whole leave nothing for the others, and that is no error.
 */
class PartialPartsTest {
    @Test
    void test_someParts_summingToExactlyTheWhole_areNoFinding() {
        AggregateReport report = AggregateReport.builder()
                .women(WomenCounts.builder().married(1280).parity1(520).parity2(760).build())
                .births(BirthCounts.builder().total(242).order1(150).order2(92).build()).build();
        assertEquals(List.of(), ReportAudit.audit(report));
    }

    @Test
    void test_someParts_oneMoreThanTheWhole_areAnError() {
        AggregateReport report = AggregateReport.builder()
                .births(BirthCounts.builder().total(242).order1(150).order2(93).build()).build();
        List<AuditFinding> findings = ReportAudit.audit(report);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("PART_WHOLE_BIRTH_ORDER", findings.get(0).rule());
        assertEquals("≥ 243", findings.get(0).expected());
        assertEquals("242", findings.get(0).stated());
    }

    @Test
    void test_everyPart_summingToTheWhole_isNoFinding_andOneMoreIsAnError() {
        BirthCounts.Builder births = BirthCounts.builder().total(242).order1(150).order2(84);
        assertEquals(List.of(), ReportAudit.audit(AggregateReport.builder().births(births.order3Plus(8).build()).build()));
        List<AuditFinding> findings = ReportAudit.audit(AggregateReport.builder()
                .births(BirthCounts.builder().total(242).order1(150).order2(84).order3Plus(9).build()).build());
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("243", findings.get(0).expected());
    }
}
