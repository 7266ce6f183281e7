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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cyp-factor} and {@code --fill-policy} on the commands that compute indicators
 * besides {@code fp indicators} (CypFactorsCliTest and PolicyCliTest test it): {@code fp summary},
 * {@code fp report} and {@code fp quality} compute with them, say so on stderr, and refuse a
 * bad factor as a usage error.
 *
 * <p>The policy register is PolicyCliTest's, whose statuses are read off China's rules by
 * hand: of the four live births of 2016SY, one is recorded in (POLICY_BIRTH_RATE 25 %) and two
 * recorded unknown derive in (75 % with the fill).
 */
class CalculatorOptionsCliTest {
    private static final String COUNTY = "990101000000";
    private static final String FILL_LINE = ": POLICY_BIRTH_RATE counts the births recorded policy=unknown that the policy rules in force "
            + "on their day judge in (--fill-policy); not the catalogue's definition";
    private static final String CYP_LINE = ": couple-years of protection (CYP) computed with the factors ";

    @TempDir
    static Path temp;

    static Path policy;
    static Path generated;

    @BeforeAll
    static void writeRegisters() throws IOException {
        policy = Files.createDirectories(temp.resolve("policy"));
        Files.writeString(policy.resolve("women.csv"), "id,area_code,birth_date,marital_status,marriage_date\n"
                + "W1,990101001001,1988-03-01,married,2010-01-01\n"
                + "W2,990101001001,1988-03-01,married,2010-01-01\n"
                + "W3,990101001001,1988-03-01,unmarried,\n"
                + "W4,990101001001,1985-01-01,married,2008-01-01\n", StandardCharsets.UTF_8);
        Files.writeString(policy.resolve("births.csv"), "id,mother_id,birth_date,sex,birth_order,policy,birth_permit\n"
                + "B1,W1,2015-12-31,male,2,unknown,yes\n"
                + "B2,W2,2016-01-01,female,2,unknown,\n"
                + "B4,W3,2016-02-01,male,2,unknown,\n"
                + "B5,W4,2016-05-01,male,3,in,\n"
                + "A1,W1,2012-01-01,male,1,in,\n"
                + "A2,W2,2012-01-01,male,1,in,\n"
                + "A3,W3,2008-06-01,male,1,out,\n"
                + "A4,W4,2010-01-01,male,1,in,\n"
                + "A5,W4,2012-01-01,male,2,in,\n", StandardCharsets.UTF_8);
        generated = RegisterFolders.generated(temp.resolve("generated"), 400, 3, 5);
    }

    /** Runs a command on a register, for 2016SY (the policy register's births) or 2009SY (the generated register's). */
    private static FpRun run(String command, Path register, String... more) {
        List<String> args = new ArrayList<>(List.of(command, register.toString(), "--period", register == policy ? "2016SY" : "2009SY"));
        args.addAll(List.of(more));
        return FpRun.of(args.toArray(String[]::new));
    }

    @Test
    void test_summary_fillPolicy_givesTheFilledRate_andSaysSo() {
        FpRun recorded = run("summary", policy, "--area", COUNTY, "--lang", "en");
        FpRun filled = run("summary", policy, "--area", COUNTY, "--lang", "en", "--fill-policy");
        assertEquals(0, filled.status, filled.toString());
        assertTrue(recorded.out.contains("policy-compliant birth rate 25"), recorded.out);
        assertTrue(filled.out.contains("policy-compliant birth rate 75"), filled.out);
        assertFalse(recorded.err.contains("--fill-policy"), recorded.err);
        assertTrue(filled.err.contains("fp summary" + FILL_LINE), filled.err);
    }

    @Test
    void test_report_fillPolicy_givesTheFilledRate_andSaysSo() {
        Path out = temp.resolve("filled.html");
        FpRun filled = run("report", policy, "--area", COUNTY, "--lang", "en", "--fill-policy", "--out", out.toString());
        assertEquals(0, filled.status, filled.toString());
        assertTrue(read(out).contains("policy-compliant birth rate 75"), "the summary paragraph of the report");
        assertTrue(filled.err.contains("fp report" + FILL_LINE), filled.err);
        Path plain = temp.resolve("recorded.html");
        FpRun recorded = run("report", policy, "--area", COUNTY, "--lang", "en", "--out", plain.toString());
        assertTrue(read(plain).contains("policy-compliant birth rate 25"), "the summary paragraph of the report");
        assertFalse(recorded.err.contains("--fill-policy"), recorded.err);
    }

    @Test
    void test_quality_fillPolicy_isScreened_andSaysSo() throws IOException {
        // A bound of 50 %: the recorded 25 % is within it, the filled 75 % outside.
        Path bounds = temp.resolve("policy-bounds.csv");
        Files.writeString(bounds, "indicator,min,max\nPOLICY_BIRTH_RATE,0,50\n", StandardCharsets.UTF_8);
        FpRun recorded = run("quality", policy, "--indicators", "POLICY_BIRTH_RATE", "--bounds", bounds.toString(), "--format", "json");
        FpRun filled = run("quality", policy, "--indicators", "POLICY_BIRTH_RATE", "--bounds", bounds.toString(), "--format", "json",
                "--fill-policy");
        assertFalse(recorded.out.contains("OUTLIER_MIN_MAX"), recorded.out);
        assertFalse(recorded.err.contains("--fill-policy"), recorded.err);
        assertEquals(ExitStatus.DATA_ERROR, filled.status, filled.toString());
        assertTrue(filled.out.contains("OUTLIER_MIN_MAX"), filled.out);
        assertTrue(filled.err.contains("fp quality" + FILL_LINE), filled.err);
    }

    @Test
    void test_quality_cypFactor_isScreened_andNamedOnStderr() throws IOException {
        // A bound at the county's default CYP of sterilisations: every area is within it by default (a sub-area has no more
        // sterilisations than its county), and the county is above it at 100 CYP a sterilisation instead of 10.3.
        double county = Indicators.compute(CsvRegister.builder().open(generated), ReportingPeriod.parse("2009SY"))
                .result(AreaCode.of("990102000000"), Indicator.CYP_FEMALE_STERILIZATION).orElseThrow().value().orElseThrow();
        assertTrue(county > 0, "the generated register has sterilisations");
        Path bounds = temp.resolve("cyp-bounds.csv");
        Files.writeString(bounds, "indicator,min,max\nCYP_FEMALE_STERILIZATION,0," + county + "\n", StandardCharsets.UTF_8);
        String[] args = {"quality", generated.toString(), "--period", "2009SY", "--indicators", "CYP_FEMALE_STERILIZATION", "--bounds",
            bounds.toString(), "--format", "json"};
        FpRun standard = FpRun.of(args);
        assertFalse(standard.out.contains("OUTLIER_MIN_MAX"), standard.out);
        assertFalse(standard.err.contains("CYP"), standard.err);
        List<String> custom = new ArrayList<>(List.of(args));
        custom.addAll(List.of("--cyp-factor", "female_sterilization=100"));
        FpRun run = FpRun.of(custom.toArray(String[]::new));
        assertEquals(ExitStatus.DATA_ERROR, run.status, run.toString());
        assertTrue(run.out.contains("OUTLIER_MIN_MAX"), run.out);
        assertTrue(run.err.contains("fp quality" + CYP_LINE) && run.err.contains("; not the default: female_sterilization=100"), run.err);
    }

    @Test
    void test_summaryAndReport_nameCypFactors_onlyWhenTheyComputeACypIndicator() {
        // fp summary computes the whole catalogue, CYP among it; so does fp report.
        FpRun summary = run("summary", generated, "--area", "990102000000", "--cyp-factor", "iud=4.8");
        assertEquals(0, summary.status, summary.toString());
        assertTrue(summary.err.contains("fp summary" + CYP_LINE) && summary.err.contains("; not the default: iud=4.8"), summary.err);
        FpRun report = run("report", generated, "--area", "990102000000", "--cyp-factor", "iud=4.8", "--out",
                temp.resolve("cyp.html").toString());
        assertEquals(0, report.status, report.toString());
        assertTrue(report.err.contains("fp report" + CYP_LINE) && report.err.contains("; not the default: iud=4.8"), report.err);
        FpRun standard = run("summary", generated, "--area", "990102000000");
        assertFalse(standard.err.contains("CYP"), standard.err);
    }

    @Test
    void test_badFactor_isAUsageError_onEveryCommand() {
        for (String command : List.of("summary", "report", "quality")) {
            FpRun run = command.equals("quality") ? run(command, policy, "--cyp-factor", "vasectomy=10")
                    : run(command, policy, "--area", COUNTY, "--cyp-factor", "vasectomy=10");
            assertEquals(2, run.status, command + ": " + run);
            assertTrue(run.err.contains("--cyp-factor: unknown CYP factor 'vasectomy': the factors are iud, "), command + ": " + run.err);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
