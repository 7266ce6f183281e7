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

import io.github.fpkit.indicators.CypFactors;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.json.ResultJsonReader;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fp indicators --cyp-factor}: the factors change the couple-years and nothing else,
 * stderr names them when they are not the default, and a bad factor is a usage error.
 */
class CypFactorsCliTest {
    private static final AreaCode COUNTY = AreaCode.of("990102000000");

    @TempDir
    static Path temp;

    static Path register;

    @BeforeAll
    static void generateRegister() {
        register = RegisterFolders.generated(temp.resolve("register"), 400, 3, 5);
    }

    private static double value(List<IndicatorResult> results, Indicator indicator) {
        return results.stream().filter(r -> r.indicator() == indicator && r.area().equals(COUNTY)).findFirst().orElseThrow()
                .value().orElseThrow();
    }

    @Test
    void test_defaultFactors_sayNothingOnStderr_andGiveTheLibrarysCyp() {
        FpRun run = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--level", "county", "--format", "json",
                "--indicators", "CYP,CYP_PROCEDURES,CYP_DISTRIBUTIONS");
        assertEquals(0, run.status, run.toString());
        assertEquals("", run.err);
        List<IndicatorResult> results = ResultJsonReader.read(new StringReader(run.out), "stdout");
        double expected = IndicatorCalculator.standard().compute(CsvRegister.builder().open(register), ReportingPeriod.parse("2009SY"))
                .result(COUNTY, Indicator.CYP).orElseThrow().value().orElseThrow();
        assertEquals(expected, value(results, Indicator.CYP));
        assertTrue(value(results, Indicator.CYP_DISTRIBUTIONS) > 0, "the generated register has distributions");
    }

    @Test
    void test_customFactors_changeTheCyp_andAreNamedOnStderr() {
        String[] base = {"indicators", register.toString(), "--period", "2009SY", "--level", "county", "--format", "json",
                "--indicators", "CYP_FEMALE_STERILIZATION,CYP_IUD,PROC_FEMALE_STERILIZATION"};
        FpRun standard = FpRun.of(base);
        String[] custom = new String[base.length + 4];
        System.arraycopy(base, 0, custom, 0, base.length);
        System.arraycopy(new String[] {"--cyp-factor", "female_sterilization=10", "--cyp-factor", "MALE_STERILIZATION=10"}, 0, custom,
                base.length, 4);
        FpRun run = FpRun.of(custom);
        assertEquals(0, run.status, run.toString());
        List<IndicatorResult> before = ResultJsonReader.read(new StringReader(standard.out), "stdout");
        List<IndicatorResult> after = ResultJsonReader.read(new StringReader(run.out), "stdout");
        double sterilisations = value(after, Indicator.PROC_FEMALE_STERILIZATION);
        assertTrue(sterilisations > 0, "the generated register has sterilisations");
        assertEquals(10.3 * sterilisations, value(before, Indicator.CYP_FEMALE_STERILIZATION), 1e-9);
        assertEquals(10 * sterilisations, value(after, Indicator.CYP_FEMALE_STERILIZATION), 1e-9);
        assertEquals(value(before, Indicator.CYP_IUD), value(after, Indicator.CYP_IUD));
        assertEquals("fp indicators: couple-years of protection (CYP) computed with the factors " + CypFactors.builder().sterilization(10).build()
                + "; not the default: female_sterilization=10, male_sterilization=10", run.err.strip());
    }

    @Test
    void test_customFactors_withoutACypIndicator_sayNothing() {
        FpRun run = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--level", "county", "--indicators", "CPR",
                "--cyp-factor", "implant=3.8");
        assertEquals(0, run.status, run.toString());
        assertEquals("", run.err);
    }

    @Test
    void test_badFactor_isAUsageError() {
        FpRun unknown = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--cyp-factor", "vasectomy=10");
        assertEquals(2, unknown.status, unknown.toString());
        assertTrue(unknown.err.contains("--cyp-factor: unknown CYP factor 'vasectomy': the factors are iud, "), unknown.err);
        FpRun zero = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--cyp-factor", "condom=0");
        assertEquals(2, zero.status, zero.toString());
        assertTrue(zero.err.contains("--cyp-factor: CYP factor condom must be a finite number above 0: 0.0"), zero.err);
        assertFalse(zero.err.contains("\tat "), zero.err);
    }
}
