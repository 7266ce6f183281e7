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

import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.json.FpkitJson;
import io.github.fpkit.io.json.ResultJsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

/**
 * {@code fp indicators --fill-policy} and {@code fp validate}'s policy contradictions, on a
 * register of five births in 2016SY whose statuses are read off China's rules by hand: B1 (a
 * second on 2015-12-31 with a permit) and B2 (a second on 2016-01-01) are recorded unknown
 * and derive in; B3, of 2008, is recorded out as an unmarried mother's; B4, an unmarried mother's, recorded unknown, derives out;
 * B5, a third on 2016-05-01 recorded in, derives out — the one contradiction.
 */
class PolicyCliTest {
    @TempDir
    static Path temp;

    static Path register;

    @BeforeAll
    static void writeRegister() throws IOException {
        register = Files.createDirectories(temp.resolve("register"));
        Files.writeString(register.resolve("women.csv"), "id,area_code,birth_date,marital_status,marriage_date\n"
                + "W1,990101001001,1988-03-01,married,2010-01-01\n"
                + "W2,990101001001,1988-03-01,married,2010-01-01\n"
                + "W3,990101001001,1988-03-01,unmarried,\n"
                + "440524198501010026,990101001001,1985-01-01,married,2008-01-01\n", StandardCharsets.UTF_8);
        Files.writeString(register.resolve("births.csv"), "id,mother_id,birth_date,sex,birth_order,policy,birth_permit\n"
                + "B1,W1,2015-12-31,male,2,unknown,yes\n"
                + "B2,W2,2016-01-01,female,2,unknown,\n"
                + "B3,W3,2008-06-01,male,1,out,\n"
                + "B4,W3,2016-02-01,male,2,unknown,\n"
                + "B5,440524198501010026,2016-05-01,male,3,in,\n"
                // The earlier births of the mothers of B1, B2 and B5, in policy or not judged (a second without a permit recorded).
                + "A1,W1,2012-01-01,male,1,in,\n"
                + "A2,W2,2012-01-01,male,1,in,\n"
                + "A3,440524198501010026,2010-01-01,male,1,in,\n"
                + "A4,440524198501010026,2012-01-01,male,2,in,\n", StandardCharsets.UTF_8);
    }

    private static IndicatorResult policyRate(FpRun run) {
        return ResultJsonReader.read(new StringReader(run.out), "stdout").get(0);
    }

    @Test
    void test_byDefault_theRecordedStatusAlone() {
        FpRun run = FpRun.of("indicators", register.toString(), "--period", "2016SY", "--level", "county", "--format", "json",
                "--indicators", "POLICY_BIRTH_RATE");
        assertEquals(0, run.status, run.toString());
        assertEquals(1, policyRate(run).numerator().orElseThrow(), "of B1, B2, B4 and B5, only B5 is recorded in");
        assertEquals(4, policyRate(run).denominator().orElseThrow());
        assertFalse(run.err.contains("fill-policy"), run.err);
    }

    @Test
    void test_fillPolicy_countsTheUnknownsTheRulesJudgeIn_andSaysSo() {
        FpRun recorded = FpRun.of("indicators", register.toString(), "--period", "2016SY", "--level", "county", "--format", "json",
                "--indicators", "POLICY_BIRTH_RATE");
        FpRun filled = FpRun.of("indicators", register.toString(), "--period", "2016SY", "--level", "county", "--format", "json",
                "--indicators", "POLICY_BIRTH_RATE", "--fill-policy");
        assertEquals(0, filled.status, filled.toString());
        // Births of 2016SY: B1, B2, B4, B5. Recorded in: B5. Filled: B1 and B2.
        assertEquals(1, policyRate(recorded).numerator().orElseThrow());
        assertEquals(3, policyRate(filled).numerator().orElseThrow());
        assertEquals(4, policyRate(filled).denominator().orElseThrow());
        assertTrue(filled.err.contains("--fill-policy"), filled.err);
    }

    @Test
    void test_validate_listsTheContradiction_withTheMotherMasked() {
        FpRun run = FpRun.of("validate", register.toString(), "--format", "json");
        List<Map<String, Object>> problems = FpkitJson.mapper(true).readValue(run.out, new TypeReference<List<Map<String, Object>>>() { });
        List<Map<String, Object>> contradictions = problems.stream()
                .filter(p -> "PLAUSIBILITY_POLICY_CONTRADICTS_RULE".equals(p.get("rule"))).collect(Collectors.toList());
        assertEquals(1, contradictions.size(), run.out);
        Map<String, Object> p = contradictions.get(0);
        assertEquals(6, ((Number) p.get("line")).intValue());
        assertEquals("policy", p.get("column"));
        assertEquals("in", p.get("value"));
        assertEquals("births.csv B5: birth B5 of mother 440524********0026 on 2016-05-01, order 3: recorded in, derived out by the "
                + "rule in force, 'two children'", p.get("message"));
        FpRun table = FpRun.of("validate", register.toString());
        assertTrue(table.out.contains("PLAUSIBILITY_POLICY_CONTRADICTS_") && table.out.contains("440524********0026"), table.out);
        assertFalse(table.out.contains("440524198501010026"), table.out);
        assertFalse(run.out.contains("440524198501010026"), run.out);
    }
}
