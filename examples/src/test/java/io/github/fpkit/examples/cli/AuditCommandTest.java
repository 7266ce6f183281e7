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
package io.github.fpkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.io.json.FpkitJson;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

class AuditCommandTest {
    private static Path report(String name) throws URISyntaxException {
        return Path.of(AuditCommandTest.class.getResource("/reports/" + name).toURI());
    }

    @Test
    void test_consistentReport_exitsZero_andSaysNoError() throws Exception {
        FpRun run = FpRun.of("audit", report("shifan-2009SY.json").toString());
        assertEquals(ExitStatus.SUCCESS, run.status, run.toString());
        assertTrue(run.out.startsWith("0 error(s), 0 warning(s)"), run.out);
    }

    @Test
    void test_inconsistentReport_listsEachFinding_andExitsOne() throws Exception {
        FpRun run = FpRun.of("audit", report("shifan-2009SY-inconsistent.json").toString(), "--format", "json");
        assertEquals(ExitStatus.DATA_ERROR, run.status, run.toString());
        List<Map<String, Object>> findings = FpkitJson.mapper(true).readValue(run.out, new TypeReference<>() { });
        assertEquals(List.of("DATE_PERIOD", "PART_WHOLE_PARITY", "RATE_CPR", "AMOUNT_REWARD_SUBSIDY"),
                findings.stream().map(f -> f.get("rule")).collect(Collectors.toList()));
        for (Map<String, Object> f : findings) {
            assertEquals(List.of("rule", "severity", "fields", "expected", "stated", "chineseMessage", "englishMessage"),
                    List.copyOf(f.keySet()));
            assertEquals("error", f.get("severity"));
        }
    }

    @Test
    void test_tableInEnglish_showsTheEnglishMessages() throws Exception {
        // --wide: each message on one line, to be found whole (tables wrap long messages to fit 120 columns otherwise).
        FpRun run = FpRun.of("audit", report("shifan-2009SY-inconsistent.json").toString(), "--lang", "en", "--wide");
        assertEquals(ExitStatus.DATA_ERROR, run.status, run.toString());
        assertTrue(run.out.contains("married WRA by parity (0 + 1 + 2 + 3+) sum to 1490"), run.out);
        assertTrue(run.out.strip().endsWith("4 error(s), 0 warning(s) in " + report("shifan-2009SY-inconsistent.json")), run.out);
    }

    @Test
    void test_impossiblePeriod_isExplainedInOurWords_inBothLanguages() throws Exception {
        String report = report("shifan-2009SY-inconsistent.json").toString();
        FpRun zh = FpRun.of("audit", report, "--wide");
        assertTrue(zh.out.contains("报告期“2008-10-01/2009-09-31”不是真实的日期或期间：2009-09-31不是真实的日期：9月只有30天"), zh.out);
        assertFalse(zh.out.contains("real date") || zh.out.contains("September"), zh.out);
        FpRun en = FpRun.of("audit", report, "--lang", "en", "--wide");
        assertTrue(en.out.contains("2009-09-31 is not a real date: September has 30 days"), en.out);
        for (FpRun run : List.of(zh, en)) {
            assertTrue(!run.out.contains("Text '") && !run.out.contains("Invalid date") && !run.out.contains("parsed"),
                    run.out);
        }
    }

    @Test
    void test_missingFile_isAUsageError_onOneLine() {
        FpRun run = FpRun.of("audit", "no/such/report.json");
        assertEquals(ExitStatus.USAGE_OR_IO_ERROR, run.status, run.toString());
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("does not exist"), run.err);
        assertEquals("", run.out);
    }

    @Test
    void test_invalidReport_isADataError_namingFileLineAndProperty(@TempDir Path temp) throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\n  \"areaCode\": \"990101001000\",\n  \"bogus\": 1\n}\n", StandardCharsets.UTF_8);
        FpRun run = FpRun.of("audit", bad.toString());
        assertEquals(ExitStatus.DATA_ERROR, run.status, run.toString());
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("bad.json:3:"), run.err);
        assertTrue(run.err.contains("bogus"), run.err);
    }
}
