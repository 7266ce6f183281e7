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
package io.github.fpkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.policy.BirthPolicyRule;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.testkit.ConformanceCase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input gives one clear error naming the path and the cause. */
class BadInputTest {
    private static String[] lines(ByteArrayOutputStream err) {
        return err.toString(StandardCharsets.UTF_8).strip().split("\n");
    }

    @Test
    void test_missingFolder_namesIt() {
        SparkRegisterException e = assertThrows(SparkRegisterException.class,
                () -> SparkRegister.csv(LocalSpark.session(), "/no/such/register", StandardCharsets.UTF_8));
        assertEquals("/no/such/register: no such folder", e.getMessage());
    }

    @Test
    void test_aFileWhereTheFolderShouldBe_isNotARegister() throws IOException {
        Path file = Files.createTempFile("fp-spark", ".csv");
        try {
            SparkRegisterException e = assertThrows(SparkRegisterException.class,
                    () -> SparkRegister.parquet(LocalSpark.session(), file.toString()));
            assertTrue(e.getMessage().endsWith("not a folder; a register is a folder of table files"), e.getMessage());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void test_missingWomenTable_namesThePath() throws IOException {
        Path folder = Files.createTempDirectory("fp-spark-empty");
        try {
            Files.copy(ConformanceCase.path("register-en").resolve("births.csv"), folder.resolve("births.csv"));
            SparkRegisterException e = assertThrows(SparkRegisterException.class,
                    () -> SparkRegister.csv(LocalSpark.session(), folder.toString(), StandardCharsets.UTF_8));
            assertTrue(e.getMessage().endsWith("women.csv: missing: every register has women.csv"), e.getMessage());
        } finally {
            SparkEqualsSingleMachinePropertiesTest.delete(folder);
        }
    }

    @Test
    void test_missingRequiredColumn_namesTheTableAndTheColumn() throws IOException {
        Path folder = Files.createTempDirectory("fp-spark-column");
        try {
            List<String> women = Files.readAllLines(ConformanceCase.path("register-en").resolve("women.csv"));
            Files.write(folder.resolve("women.csv"), List.of("id,area_code", "W1,990101001001"));
            SparkRegister register = SparkRegister.csv(LocalSpark.session(), folder.toString(), StandardCharsets.UTF_8);
            SparkRegisterException e = assertThrows(SparkRegisterException.class,
                    () -> FpSpark.indicators(register, ReportingPeriod.parse("2009SY")));
            assertTrue(e.getMessage().contains("women.csv: missing required columns birth_date"), e.getMessage());
            assertTrue(women.size() > 1);
        } finally {
            SparkEqualsSingleMachinePropertiesTest.delete(folder);
        }
    }

    @Test
    void test_job_usageErrors_exit2_withOneLineAndTheUsage() {
        for (String[] args : List.of(new String[] {"--register", "x", "--out", "y"},
                new String[] {"--register", "x", "--period", "2009XY", "--out", "y"},
                new String[] {"--register", "x", "--period", "2009SY", "--out", "y", "--format", "xml"},
                new String[] {"--register", "x", "--period", "2009SY", "--out", "y", "--level", "province"},
                new String[] {"--register", "x", "--period", "2009SY", "--out", "y", "--cyp-factor", "vasectomy=10"},
                new String[] {"--register", "x", "--period", "2009SY", "--out", "y", "--cyp-factor", "condom=0"},
                new String[] {"--register", "x", "--period", "2009SY", "--out", "y", "--cyp-factor", "condom"},
                new String[] {"--register", "x", "--period", "2009SY", "--out", "y", "--cyp-factor", "condom=many"},
                new String[] {"--register", "x", "--period", "2009SY", "--out", "y", "--cyp-factor"},
                new String[] {"--bogus", "1"})) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(2, FpSparkJob.run(args, new PrintStream(err, true, StandardCharsets.UTF_8)), String.join(" ", args));
            String[] lines = lines(err);
            assertEquals(2, lines.length, err.toString(StandardCharsets.UTF_8));
            assertTrue(lines[0].startsWith("fp-spark: "), lines[0]);
            assertTrue(lines[1].startsWith("usage: fp-spark --register DIR"), lines[1]);
        }
    }

    @Test
    void test_job_badCypFactor_isNamed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FpSparkJob.run(new String[] {"--register", "x", "--period", "2009SY", "--out", "y", "--cyp-factor", "condom=0"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("fp-spark: --cyp-factor: CYP factor condom must be a finite number above 0: 0.0", lines(err)[0]);
    }

    @Test
    void test_aPolicyRuleThatIsNotSerializable_isRefusedBeforeAnyJob_namingIt() throws IOException {
        Path folder = Files.createTempDirectory("fp-spark-rule");
        try {
            Files.write(folder.resolve("women.csv"), List.of("id,area_code,birth_date", "W1,990101001001,1980-01-01"));
            SparkRegister register = SparkRegister.csv(LocalSpark.session(), folder.toString(), StandardCharsets.UTF_8);
            IndicatorCalculator calculator = IndicatorCalculator.builder().policyRules(PolicyRules.china().toBuilder()
                    .province(LocalDate.of(2016, 1, 1), "44", BirthPolicyRule.of("a lambda", b -> PolicyStatus.IN)).build()).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> FpSpark.indicators(register, ReportingPeriod.parse("2009SY"), calculator));
            assertTrue(e.getMessage().startsWith("the rule of province 44 from 2016-01-01, 'a lambda' ("), e.getMessage());
            assertTrue(e.getMessage().contains("is not serializable, and Spark ships the policy rules to its executors"), e.getMessage());
        } finally {
            SparkEqualsSingleMachinePropertiesTest.delete(folder);
        }
    }

    @Test
    void test_job_missingRegister_exit1_withOneLineNamingIt() {
        LocalSpark.session();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FpSparkJob.run(new String[] {"--register", "/no/such/register", "--period", "2009SY", "--out", "/tmp/never"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertEquals("fp-spark: /no/such/register: no such folder", err.toString(StandardCharsets.UTF_8).strip());
    }
}
