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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.report.ReportAudit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps docs/AGGREGATE_REPORTS.md true: its example reads and audits clean, and it documents every rule. */
class AggregateReportsDocTest {
    private static final Path DOC = Path.of("..", "docs", "AGGREGATE_REPORTS.md");

    private static String doc() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    @Test
    void test_completeExample_readsAndAuditsClean() throws IOException {
        String doc = doc();
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        assertEquals(List.of(), ReportAudit.audit(ReportJsonReader.parse(example)));
        assertEquals(ReportJsonReader.read(Path.of("src", "test", "resources", "reports", "shifan-2009SY.json")),
                ReportJsonReader.parse(example));
    }

    @Test
    void test_everyRuleIsDocumented() throws IOException {
        String doc = doc();
        for (String id : ReportAudit.ruleIds()) {
            assertTrue(doc.contains("`" + id + "`"), id);
        }
    }
}
