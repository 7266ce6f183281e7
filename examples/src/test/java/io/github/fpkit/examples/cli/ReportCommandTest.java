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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fp report} through {@code Main}: what it writes, and the errors and exit codes it shares with {@code fp summary}. */
class ReportCommandTest {
    private static final String TOWNSHIP = "990102001000";

    @TempDir
    static Path temp;

    static Path register;

    @BeforeAll
    static void generateRegister() {
        register = RegisterFolders.generated(temp.resolve("register"), 400, 3, 5);
    }

    @Test
    void writesTheReport_printsItsPath_andReplacesAnOldOne() throws IOException {
        Path out = temp.resolve("township.html");
        Files.writeString(out, "old");
        FpRun run = FpRun.of("report", register.toString(), "--period", "2009SY", "--area", TOWNSHIP, "--out", out.toString());
        assertEquals(0, run.status, run.toString());
        assertEquals(out + System.lineSeparator(), run.out);
        assertEquals("", run.err);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html.substring(0, 60));
        assertTrue(html.contains("<div class=\"block\" id=\"validation\">") && !html.contains("登记未经校验"), "the validation's findings");
        assertTrue(html.contains("id=\"rejected-rows-table\""), "rows read per table");
        try (var files = Files.list(temp)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "a partial file left behind");
        }
    }

    @Test
    void aVillageAndACounty_haveReportsToo() {
        for (String area : List.of("990102001001", "990102000000")) {
            Path out = temp.resolve(area + ".html");
            FpRun run = FpRun.of("report", register.toString(), "--period", "2009SY", "--area", area, "--lang", "en", "--out",
                    out.toString());
            assertEquals(0, run.status, run.toString());
            assertTrue(Files.exists(out));
        }
    }

    @Test
    void badInput_givesTheOneLineErrorsAndExitCodesOfFpSummary() {
        List<List<String>> cases = List.of(
                List.of("--period", "2009SY", "--area", "990102007000"),
                List.of("--period", "2009SY", "--area", "990102001009"),
                List.of("--period", "2009-13", "--area", TOWNSHIP),
                List.of("--period", "0000", "--area", TOWNSHIP),
                List.of("--period", "2009SY", "--area", "12345"));
        for (List<String> options : cases) {
            FpRun summary = run("summary", register.toString(), options);
            FpRun report = run("report", register.toString(), options);
            assertEquals(2, report.status, report.toString());
            assertEquals(summary.status, report.status, options.toString());
            assertEquals(summary.err.replace("fp summary", "fp report"), report.err, options.toString());
            assertEquals(1, report.err.strip().lines().count(), report.err);
        }
        FpRun missing = run("report", temp.resolve("nowhere").toString(), List.of("--period", "2009SY", "--area", TOWNSHIP));
        assertEquals(run("summary", temp.resolve("nowhere").toString(), List.of("--period", "2009SY", "--area", TOWNSHIP))
                .err.replace("fp summary", "fp report"), missing.err);
        assertEquals(2, missing.status);
    }

    @Test
    void anUnwritableOutOrAMissingAudit_isAnIoOrUsageError_inOneLine() {
        FpRun out = FpRun.of("report", register.toString(), "--period", "2009SY", "--area", TOWNSHIP, "--out",
                temp.resolve("no/such/folder/r.html").toString());
        assertEquals(2, out.status, out.toString());
        assertTrue(out.err.startsWith("fp report: I/O error: ") && out.err.contains("no such file or folder"), out.err);
        assertEquals(1, out.err.strip().lines().count(), out.err);
        FpRun audit = FpRun.of("report", register.toString(), "--period", "2009SY", "--area", TOWNSHIP, "--audit",
                temp.resolve("missing.json").toString(), "--out", temp.resolve("a.html").toString());
        assertEquals(2, audit.status, audit.toString());
        assertTrue(audit.err.contains("--audit '") && audit.err.contains("does not exist"), audit.err);
    }

    @Test
    void anAudit_isInTheDataQualitySection_withoutChangingTheExitStatus() throws Exception {
        Path report = Path.of(ReportCommandTest.class.getResource("/reports/shifan-2009SY-inconsistent.json").toURI());
        Path out = temp.resolve("audited.html");
        FpRun run = FpRun.of("report", register.toString(), "--period", "2009SY", "--area", TOWNSHIP, "--audit", report.toString(),
                "--lang", "en", "--out", out.toString());
        assertEquals(0, run.status, run.toString());
        FpRun audit = FpRun.of("audit", report.toString(), "--format", "json");
        assertEquals(1, audit.status, "the report has errors");
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("Audit of the aggregate report shifan-2009SY-inconsistent.json"), "the audit's block");
        assertTrue(html.contains("id=\"audit-table\""), "the audit's findings");
    }

    @Test
    void residentIdentityNumbers_appearMasked_inRejectedRowsAndFindings() throws IOException {
        Path copy = RegisterFolders.copy(register, temp.resolve("resident-ids"));
        List<String> women = Files.readAllLines(copy.resolve("women.csv"));
        List<String> ids = List.of("340524800101001", "34052419800101001X", "340524198001010011");
        for (int row = 1; row <= ids.size(); row++) {
            String[] cells = women.get(row).split(",", -1);
            cells[1] = ids.get(row - 1);
            women.set(row, String.join(",", cells));
        }
        Files.write(copy.resolve("women.csv"), women);
        Path out = temp.resolve("resident-ids.html");
        FpRun run = FpRun.of("report", copy.toString(), "--period", "2009SY", "--area", TOWNSHIP, "--out", out.toString());
        assertEquals(0, run.status, run.toString());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("REF_DUPLICATE_RESIDENT_ID"), "the repeated number's finding");
        assertTrue(html.contains("id=\"rejected-examples-table\""), "the row with a wrong check digit is rejected");
        for (String id : ids) {
            assertFalse(html.contains(id), id + " in the report");
        }
        assertTrue(html.contains("340524********001X") || html.contains("340524********0011"), "a masked number");
    }

    private static FpRun run(String command, String folder, List<String> options) {
        List<String> args = new ArrayList<>(List.of(command, folder));
        args.addAll(options);
        return FpRun.of(args.toArray(new String[0]));
    }
}
