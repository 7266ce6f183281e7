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
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's own mapper with {@link FpkitJsonModule} writes every scalar of the model as the
 * register format spells it, alone as inside records, and reads it back in any accepted spelling.
 */
class ScalarsAloneJsonTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new FpkitJsonModule(true)).build();

    private static <T> void roundTrip(T value, String json) {
        assertEquals(json, MAPPER.writeValueAsString(value));
        assertEquals(value, MAPPER.readValue(json, value.getClass()));
    }

    @Test
    void test_everyScalar_writtenAsTheFormatSpellsIt_andReadBack() {
        roundTrip(AreaCode.of("990101001001"), "\"990101001001\"");
        roundTrip(ResidentId.parse("11010519491231002X"), "\"11010519491231002X\"");
        roundTrip(ReportingPeriod.parse("2009SY"), "\"2008-10-01/2009-09-30\"");
        roundTrip(Indicator.CPR, "\"CPR\"");
        roundTrip(Unit.PER_MILLE, "\"‰\"");
        roundTrip(Severity.WARNING, "\"warning\"");
        roundTrip(RegisterTable.HEALTH_CHECKS, "\"health_checks\"");
        roundTrip(MaritalStatus.REMARRIED, "\"remarried\"");
        roundTrip(Residence.INFLOW, "\"inflow\"");
        roundTrip(Sex.FEMALE, "\"female\"");
        roundTrip(PolicyStatus.OUT, "\"out\"");
        roundTrip(BirthOutcome.STILLBIRTH, "\"stillbirth\"");
        roundTrip(ContraceptiveMethod.ORAL_PILL, "\"oral_pill\"");
        roundTrip(PregnancyOutcome.MID_TERM_INDUCTION, "\"mid_term_induction\"");
        roundTrip(ProcedureType.IMPLANT_REMOVAL, "\"implant_removal\"");
        roundTrip(HealthCheckKind.PRE_PREGNANCY, "\"pre_pregnancy\"");
        roundTrip(LocalDate.of(2009, 9, 30), "\"2009-09-30\"");
    }

    @Test
    void test_scalarsAreReadInEveryAcceptedSpelling() {
        assertEquals(ReportingPeriod.parse("2009SY"), MAPPER.readValue("\"2009SY\"", ReportingPeriod.class));
        assertEquals(Sex.FEMALE, MAPPER.readValue("\"女\"", Sex.class));
        assertEquals(LocalDate.of(2009, 9, 30), MAPPER.readValue("\"2009年9月30日\"", LocalDate.class));
        assertEquals(List.of(MaritalStatus.MARRIED), List.of(MAPPER.readValue("\"已婚\"", MaritalStatus.class)));
    }
}
