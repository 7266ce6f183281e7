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

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Residence;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;

import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A module a user adds to a mapper they build themselves, in the test itself (not a shared mapper made once): every
 * scalar and record type it registers is written as docs/FORMAT.md spells it and read back.
 */
class FpkitJsonModuleTest {
    private static JsonMapper userMapper() {
        return JsonMapper.builder().addModule(new FpkitJsonModule(true)).build();
    }

    private static <T> void roundTrip(JsonMapper mapper, T value, String json) {
        roundTrip(mapper, value, value.getClass(), json);
    }

    private static <T> void roundTrip(JsonMapper mapper, T value, Class<?> type, String json) {
        assertEquals(json, mapper.writeValueAsString(value));
        assertEquals(value, mapper.readValue(json, type));
    }

    /** The spellings are the register format's codes (docs/FORMAT.md): lowercase English codes, ISO dates, periods as ISO intervals. */
    @Test
    void test_everyScalarType_onAUsersOwnMapper() {
        JsonMapper mapper = userMapper();
        roundTrip(mapper, AreaCode.of("990101001001"), "\"990101001001\"");
        roundTrip(mapper, ResidentId.parse("11010519491231002X"), "\"11010519491231002X\"");
        roundTrip(mapper, ReportingPeriod.parse("2009SY"), "\"2008-10-01/2009-09-30\"");
        roundTrip(mapper, Indicator.TFR, "\"TFR\"");
        roundTrip(mapper, Unit.PER_MILLE, "\"‰\"");
        roundTrip(mapper, Severity.ERROR, "\"error\"");
        roundTrip(mapper, RegisterTable.HEALTH_CHECKS, "\"health_checks\"");
        roundTrip(mapper, MaritalStatus.WIDOWED, "\"widowed\"");
        roundTrip(mapper, Residence.INFLOW, "\"inflow\"");
        roundTrip(mapper, Sex.MALE, "\"male\"");
        roundTrip(mapper, PolicyStatus.OUT, "\"out\"");
        roundTrip(mapper, BirthOutcome.STILLBIRTH, "\"stillbirth\"");
        roundTrip(mapper, ContraceptiveMethod.ORAL_PILL, "\"oral_pill\"");
        roundTrip(mapper, PregnancyOutcome.MID_TERM_INDUCTION, "\"mid_term_induction\"");
        roundTrip(mapper, ProcedureType.IMPLANT_REMOVAL, "\"implant_removal\"");
        roundTrip(mapper, HealthCheckKind.PRE_PREGNANCY, "\"pre_pregnancy\"");
        roundTrip(mapper, LocalDate.of(2009, 9, 30), "\"2009-09-30\"");
        // read in another accepted spelling, which only the module knows
        assertEquals(Sex.FEMALE, mapper.readValue("\"女\"", Sex.class));
        assertEquals(ReportingPeriod.parse("2009SY"), mapper.readValue("\"2009SY\"", ReportingPeriod.class));
        assertEquals(LocalDate.of(2009, 9, 30), mapper.readValue("\"2009年9月30日\"", LocalDate.class));
    }

    /** A register record keyed by its columns, absent values left out, residence at its default (resident) (docs/FORMAT.md, "Register JSON"). */
    @Test
    void test_registerRecord_onAUsersOwnMapper() {
        Woman w = Woman.builder().id("W1").areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1980, 1, 1))
                .maritalStatus(MaritalStatus.MARRIED).build();
        roundTrip(userMapper(), w, Woman.class, "{\"id\":\"W1\",\"area_code\":\"990101001001\",\"birth_date\":\"1980-01-01\",\"marital_status\":\"married\","
                + "\"residence\":\"resident\"}");
    }

    /** A finding as docs/FORMAT.md lists its keys: rule, severity, table, recordId, field, value, message, line. */
    @Test
    void test_finding_onAUsersOwnMapper() {
        Finding f = Finding.builder().rule("REF_UNKNOWN_WOMAN").severity(Severity.ERROR).table(RegisterTable.BIRTHS).recordId("B1")
                .field("mother_id").value("W9").message("mother_id W9 is not in women.csv").line(12).build();
        roundTrip(userMapper(), f, Finding.class, "{\"rule\":\"REF_UNKNOWN_WOMAN\",\"severity\":\"error\",\"table\":\"births\",\"recordId\":\"B1\","
                + "\"field\":\"mother_id\",\"value\":\"W9\",\"message\":\"mother_id W9 is not in women.csv\",\"line\":12}");
    }

    private static <E extends Enum<E>> void readsEveryLabel(JsonMapper mapper, Class<E> type, Function<E, List<String>> labels) {
        for (E value : type.getEnumConstants()) {
            for (String label : labels.apply(value)) {
                assertEquals(value, mapper.readValue(mapper.writeValueAsString(label), type), label);
            }
        }
    }

    /**
     * Every label the model lists for a code (its {@code labels()}, such as 已婚 for married; a table's Chinese name) is
     * read as that code by the module, as in a CSV cell.
     */
    @Test
    void test_everyLabel_readOnAUsersOwnMapper() {
        JsonMapper mapper = userMapper();
        readsEveryLabel(mapper, RegisterTable.class, t -> List.of(t.chineseName()));
        readsEveryLabel(mapper, MaritalStatus.class, MaritalStatus::labels);
        readsEveryLabel(mapper, Residence.class, Residence::labels);
        readsEveryLabel(mapper, PolicyStatus.class, PolicyStatus::labels);
        readsEveryLabel(mapper, BirthOutcome.class, BirthOutcome::labels);
        readsEveryLabel(mapper, ContraceptiveMethod.class, ContraceptiveMethod::labels);
        readsEveryLabel(mapper, PregnancyOutcome.class, PregnancyOutcome::labels);
        readsEveryLabel(mapper, ProcedureType.class, ProcedureType::labels);
        readsEveryLabel(mapper, HealthCheckKind.class, HealthCheckKind::labels);
    }

    /**
     * A user's mapper that writes and reads enums by their names, not their toString: the module still writes an indicator
     * by its code and a unit by its symbol (docs/RESULTS.md), and reads them back.
     */
    @Test
    void test_indicatorAndUnit_onAMapperThatUsesEnumNames() {
        JsonMapper mapper = JsonMapper.builder().disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING).addModule(new FpkitJsonModule(true)).build();
        roundTrip(mapper, Indicator.TFR, "\"TFR\"");
        roundTrip(mapper, Unit.PER_MILLE, "\"‰\"");
        roundTrip(mapper, Unit.PERCENT, "\"%\"");
    }
}
