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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.io.json.FpkitJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

class ReconcileCommandTest {
    private static DemoFolder demo;

    @BeforeAll
    static void extract() {
        demo = DemoFolder.extract();
    }

    @AfterAll
    static void delete() {
        demo.close();
    }

    private static String dir() {
        return demo.folder().toString();
    }

    /** @return the report 'fp draft' writes for 第1乡 in 2009SY, with each replacement applied to its text */
    private static Path draft(Path tmp, String... replacements) throws Exception {
        FpRun run = FpRun.of("draft", dir(), "--period", "2009SY", "--area", "990102001000");
        assertEquals(ExitStatus.SUCCESS, run.status, run.toString());
        String json = run.out;
        for (int i = 0; i < replacements.length; i += 2) {
            assertTrue(json.contains(replacements[i]), replacements[i]);
            json = json.replace(replacements[i], replacements[i + 1]);
        }
        Path file = tmp.resolve("report-" + replacements.length + ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void test_draftedReport_auditsClean_andReconcilesExactly(@TempDir Path tmp) throws Exception {
        Path report = draft(tmp);
        assertEquals(ExitStatus.SUCCESS, FpRun.of("audit", report.toString()).status);
        FpRun run = FpRun.of("reconcile", dir(), report.toString(), "--lang", "en");
        assertEquals(ExitStatus.SUCCESS, run.status, run.toString());
        assertTrue(run.out.strip().endsWith("34 counts, 10 rates, 0 finding(s)"), run.out);
    }

    /** Births stated as 110 (VF 125 / 110 = 1.1364) and married WRA as 2,100 (VF 1880 / 2100 = 0.8952). */
    @Test
    void test_twoAlteredCounts_areTheFindings_exitOne(@TempDir Path tmp) throws Exception {
        Path report = draft(tmp, "\"total\" : 125,", "\"total\" : 110,", "\"married\" : 1880,", "\"married\" : 2100,");
        FpRun run = FpRun.of("reconcile", dir(), report.toString(), "--format", "json");
        assertEquals(ExitStatus.DATA_ERROR, run.status, run.toString());
        List<Map<String, Object>> rows = FpkitJson.mapper(true).readValue(run.out, new TypeReference<>() { });
        List<Map<String, Object>> findings = rows.stream().filter(r -> "error".equals(r.get("severity"))).collect(Collectors.toList());
        assertEquals(List.of("women.married", "births.total"), findings.stream().map(r -> r.get("field")).collect(Collectors.toList()));
        assertEquals(1880.0 / 2100, ((Number) findings.get(0).get("verificationFactor")).doubleValue(), 0);
        assertEquals(-220, ((Number) findings.get(0).get("difference")).intValue());
        assertEquals(125.0 / 110, ((Number) findings.get(1).get("verificationFactor")).doubleValue(), 0);
        FpRun zh = FpRun.of("reconcile", dir(), report.toString());
        assertTrue(zh.out.contains("登记出生人数125，报表110，差15，核实系数1.1364"), zh.out);
        FpRun wide = FpRun.of("reconcile", dir(), report.toString(), "--vf-bounds", "0.85,1.15");
        assertEquals(ExitStatus.SUCCESS, wide.status, wide.toString());
    }

    @Test
    void test_periodNotTheRegisters_isAClearError(@TempDir Path tmp) throws Exception {
        Path other = draft(tmp, "\"period\" : \"2009SY\"", "\"period\" : \"2008年10月1日至2009年9月31日\"");
        FpRun unreadable = FpRun.of("reconcile", dir(), other.toString());
        assertEquals(ExitStatus.DATA_ERROR, unreadable.status, unreadable.toString());
        assertEquals("fp reconcile: period '2008年10月1日至2009年9月31日': names no real period; the register is reconciled with the "
                + "report for the report's period", unreadable.err.strip());
        Path report = draft(tmp);
        FpRun mismatch = FpRun.of("reconcile", dir(), report.toString(), "--period", "2008SY");
        assertEquals(ExitStatus.DATA_ERROR, mismatch.status, mismatch.toString());
        assertEquals("fp reconcile: period '2009SY': is 2009SY (2008-10-01/2009-09-30), not the register's period 2008SY "
                + "(2007-10-01/2008-09-30)", mismatch.err.strip());
    }

    @Test
    void test_usageErrors(@TempDir Path tmp) throws Exception {
        FpRun missing = FpRun.of("reconcile", dir(), tmp.resolve("none.json").toString());
        assertEquals(ExitStatus.USAGE_OR_IO_ERROR, missing.status, missing.toString());
        FpRun bounds = FpRun.of("reconcile", dir(), draft(tmp).toString(), "--vf-bounds", "1.2,1.1");
        assertEquals(ExitStatus.USAGE_OR_IO_ERROR, bounds.status, bounds.toString());
        assertEquals(1, bounds.err.lines().count(), bounds.err);
        FpRun area = FpRun.of("draft", dir(), "--period", "2009SY", "--area", "990102009000");
        assertEquals(ExitStatus.USAGE_OR_IO_ERROR, area.status, area.toString());
        assertTrue(area.err.startsWith("fp draft: --area '990102009000': the register has no township with this code"), area.err);
    }
}
