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
package io.github.fpkit.io.json;

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.testing.ResultGenerators;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.testkit.ConformanceCase;
import io.github.fpkit.testkit.RecordGenerators;
import io.github.fpkit.testkit.Theories;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class FpkitJsonTest {
    private static final JsonMapper STRICT = FpkitJson.mapper(true);
    private static final JsonMapper LENIENT = FpkitJson.mapper(false);

    @Test
    void test_result_exactKeysOfTheResultRecord_nullsWritten() {
        IndicatorResult r = IndicatorResult.builder().area(AreaCode.of("990101001001")).period(ReportingPeriod.parse("2009SY"))
                .indicator(Indicator.LIVE_BIRTHS).numerator(12).value(12).build();
        assertEquals("{\"area\":\"990101001001\",\"areaName\":null,\"period\":\"2008-10-01/2009-09-30\",\"indicator\":\"LIVE_BIRTHS\","
                + "\"numerator\":12,\"denominator\":null,\"value\":12,\"unit\":\"count\",\"ciLow\":null,\"ciHigh\":null,"
                + "\"confidence\":null,\"status\":\"count\",\"level\":\"village\",\"periodCode\":\"2009SY\"}",
                STRICT.writeValueAsString(r));
    }

    @Test
    void test_conformanceExpectedResults_readAndRoundTrip() throws Exception {
        List<IndicatorResult> expected = STRICT.readValue(ConformanceCase.path("expected-2009SY.json").toFile(),
                new TypeReference<List<IndicatorResult>>() { });
        assertEquals(7 * 58, expected.size(), "the contract's 58 codes: fertility by order goes beyond the case");
        String text = STRICT.writeValueAsString(expected);
        assertEquals(expected, STRICT.readValue(text, new TypeReference<List<IndicatorResult>>() { }));
    }

    @Test
    void test_unknownProperty_rejectedInStrict_skippedInLenient() {
        String json = "{\"id\":\"W1\",\"area_code\":\"990101001001\",\"birth_date\":\"1980-01-01\",\"marital_status\":\"已婚\",\"note\":{\"a\":[1]}}";
        DatabindException e = assertThrows(DatabindException.class, () -> STRICT.readValue(json, Woman.class));
        assertTrue(e.getMessage().contains("note"), e.getMessage());
        assertEquals(MaritalStatus.MARRIED, LENIENT.readValue(json, Woman.class).maritalStatus());
    }

    @Test
    void test_invalidValues_nameFieldAndReason_residentIdMasked() {
        DatabindException e = assertThrows(DatabindException.class, () -> STRICT.readValue(
                "{\"id\":\"W1\",\"resident_id\":\"110105194912310021\",\"area_code\":\"990101001001\",\"birth_date\":\"1949-12-31\","
                        + "\"marital_status\":\"married\"}", Woman.class));
        assertTrue(e.getMessage().contains("resident_id"), e.getMessage());
        assertFalse(e.getMessage().contains("110105194912310021"), e.getMessage());
        DatabindException missing = assertThrows(DatabindException.class,
                () -> STRICT.readValue("{\"id\":\"W1\",\"area_code\":\"990101001001\",\"marital_status\":\"married\"}", Woman.class));
        assertTrue(missing.getMessage().contains("birth_date"), missing.getMessage());
        assertThrows(DatabindException.class, () -> STRICT.readValue(
                "{\"id\":\"W1\",\"area_code\":\"990101001001\",\"birth_date\":\"2009-02-29\",\"marital_status\":\"married\"}", Woman.class));
    }

    @Test
    void test_woman_residentIdInFull_inTheRegistersOwnJson_maskedInToString() {
        Woman w = Woman.builder().id("W1").residentId(ResidentId.parse("11010519491231002X")).areaCode(AreaCode.of("990101001001"))
                .birthDate(LocalDate.of(1949, 12, 31)).maritalStatus(MaritalStatus.WIDOWED).build();
        String json = STRICT.writeValueAsString(w);
        assertTrue(json.contains("\"resident_id\":\"11010519491231002X\""), json);
        assertFalse(w.toString().contains("11010519491231002X"));
        assertEquals(w, STRICT.readValue(json, Woman.class));
    }

    @Test
    void test_conformanceRegister_csvToJsonToRegister_equal() throws Exception {
        Register register = Register.copyOf(CsvRegister.builder().open(ConformanceCase.path("register-en")));
        String json = STRICT.writeValueAsString(register);
        Register back = STRICT.readValue(json, Register.class);
        assertEquals(register.tables(), back.tables());
        assertEquals(register.women().collect(Collectors.toList()), back.women().collect(Collectors.toList()));
        assertEquals(register.births().collect(Collectors.toList()), back.births().collect(Collectors.toList()));
        assertEquals(register.populationCounts().collect(Collectors.toList()), back.populationCounts().collect(Collectors.toList()));
        assertEquals(register.check(), back.check());
    }

    @Test
    void test_distributions_toAWomanAnAreaOrBoth_roundTrip_equalRowsStayTwo() throws Exception {
        AreaCode village = AreaCode.of("990101001001");
        Distribution pills = Distribution.builder().womanId("W1").date(LocalDate.of(2009, 1, 15))
                .method(ContraceptiveMethod.ORAL_PILL).quantity(6).build();
        Register register = Register.builder()
                .add(Woman.builder().id("W1").areaCode(village).birthDate(LocalDate.of(1980, 1, 1))
                        .maritalStatus(MaritalStatus.MARRIED).build())
                .add(pills).add(pills)
                .add(Distribution.builder().areaCode(village).date(LocalDate.of(2009, 6, 1))
                        .method(ContraceptiveMethod.CONDOM).quantity(240).build())
                .add(Distribution.builder().womanId("W1").areaCode(village).date(LocalDate.of(2009, 2, 2))
                        .method(ContraceptiveMethod.INJECTABLE).quantity(Integer.MAX_VALUE).build())
                .build();
        String json = STRICT.writeValueAsString(register);
        assertTrue(json.contains("\"distributions\""), json);
        Register back = STRICT.readValue(json, Register.class);
        List<Distribution> expected = register.distributions().collect(Collectors.toList());
        assertEquals(4, expected.size());
        assertEquals(expected, back.distributions().collect(Collectors.toList()));
    }

    @Test
    void property_registersResultsAndFindings_roundTrip() {
        qt().withExamples(Theories.ALGEBRAIC).forAll(RecordGenerators.registers()).checkAssert(register -> {
            Register back = STRICT.readValue(STRICT.writeValueAsString(register), Register.class);
            assertEquals(register.tables(), back.tables());
            assertEquals(register.areas().collect(Collectors.toList()), back.areas().collect(Collectors.toList()));
            assertEquals(register.women().collect(Collectors.toList()), back.women().collect(Collectors.toList()));
            assertEquals(register.births().collect(Collectors.toList()), back.births().collect(Collectors.toList()));
            assertEquals(register.deaths().collect(Collectors.toList()), back.deaths().collect(Collectors.toList()));
            assertEquals(register.contraceptiveEpisodes().collect(Collectors.toList()), back.contraceptiveEpisodes().collect(Collectors.toList()));
            assertEquals(register.pregnancies().collect(Collectors.toList()), back.pregnancies().collect(Collectors.toList()));
            assertEquals(register.procedures().collect(Collectors.toList()), back.procedures().collect(Collectors.toList()));
            assertEquals(register.healthChecks().collect(Collectors.toList()), back.healthChecks().collect(Collectors.toList()));
            assertEquals(register.households().collect(Collectors.toList()), back.households().collect(Collectors.toList()));
            assertEquals(register.populationCounts().collect(Collectors.toList()), back.populationCounts().collect(Collectors.toList()));
        });
        qt().withExamples(200).forAll(ResultGenerators.results()).checkAssert(r ->
                assertEquals(r, STRICT.readValue(STRICT.writeValueAsString(r), IndicatorResult.class)));
        qt().withExamples(200).forAll(RecordGenerators.findings()).checkAssert(f ->
                assertEquals(f, STRICT.readValue(STRICT.writeValueAsString(f), Finding.class)));
    }
}
