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
package io.github.fpkit.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ProcedureType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every count and amount of an aggregate report is 0 or more: a negative figure is rejected
 * when the report is built (as its JSON is read), naming the figure's path and value.
 */
class ReportCountsNotNegativeTest {
    private static Map<String, Executable> negativeFigures() {
        Map<String, Executable> figures = new LinkedHashMap<>();
        figures.put("births.total", () -> BirthCounts.builder().total(-1).build());
        figures.put("births.order1", () -> BirthCounts.builder().order1(-1).build());
        figures.put("births.order2", () -> BirthCounts.builder().order2(-1).build());
        figures.put("births.order3Plus", () -> BirthCounts.builder().order3Plus(-1).build());
        figures.put("births.male", () -> BirthCounts.builder().male(-1).build());
        figures.put("births.female", () -> BirthCounts.builder().female(-1).build());
        figures.put("births.inPolicy", () -> BirthCounts.builder().inPolicy(-1).build());
        figures.put("births.outOfPolicy", () -> BirthCounts.builder().outOfPolicy(-1).build());
        figures.put("women.wra", () -> WomenCounts.builder().wra(-1).build());
        figures.put("women.married", () -> WomenCounts.builder().married(-1).build());
        figures.put("women.parity0", () -> WomenCounts.builder().parity0(-1).build());
        figures.put("women.parity1", () -> WomenCounts.builder().parity1(-1).build());
        figures.put("women.parity2", () -> WomenCounts.builder().parity2(-1).build());
        figures.put("women.parity3Plus", () -> WomenCounts.builder().parity3Plus(-1).build());
        figures.put("women.oneChild", () -> WomenCounts.builder().oneChild(-1).build());
        figures.put("women.twoDaughters", () -> WomenCounts.builder().twoDaughters(-1).build());
        figures.put("population.start", () -> PopulationFigures.builder().start(-1).build());
        figures.put("population.end", () -> PopulationFigures.builder().end(-1).build());
        figures.put("population.average", () -> PopulationFigures.builder().average(BigDecimal.valueOf(-1)).build());
        figures.put("population.households", () -> PopulationFigures.builder().households(-1).build());
        figures.put("contraception.users", () -> ContraceptiveUse.builder().users(-1).build());
        figures.put("contraception.byMethod.iud", () -> ContraceptiveUse.builder().putByMethod(ContraceptiveMethod.IUD, -1L).build());
        figures.put("surgeries.total", () -> SurgeryCounts.builder().total(-1).build());
        figures.put("surgeries.byType.iud_removal", () -> SurgeryCounts.builder().putByType(ProcedureType.IUD_REMOVAL, -1L).build());
        figures.put("healthChecks.due", () -> HealthChecks.builder().due(-1).build());
        figures.put("healthChecks.done", () -> HealthChecks.builder().done(-1).build());
        figures.put("total", () -> FloatingFlow.builder().total(-1).build());
        figures.put("inProvince", () -> FloatingFlow.builder().inProvince(-1).build());
        figures.put("outOfProvince", () -> FloatingFlow.builder().outOfProvince(-1).build());
        figures.put("certificatesHeld", () -> FloatingFlow.builder().certificatesHeld(-1).build());
        figures.put("certificatesVerified", () -> FloatingFlow.builder().certificatesVerified(-1).build());
        figures.put("certificatesReturned", () -> FloatingFlow.builder().certificatesReturned(-1).build());
        figures.put("contractsSigned", () -> FloatingFlow.builder().contractsSigned(-1).build());
        figures.put("beneficiaries", () -> Subsidy.builder().beneficiaries(-1).build());
        figures.put("standardPerPerson", () -> Subsidy.builder().standardPerPerson(BigDecimal.valueOf(-1)).build());
        figures.put("statedTotal", () -> Subsidy.builder().statedTotal(new BigDecimal("-0.01")).build());
        figures.put("deaths", () -> AggregateReport.builder().deaths(-1).build());
        figures.put("currentPregnancies", () -> AggregateReport.builder().currentPregnancies(-1).build());
        figures.put("oneChildCertificatesIssued", () -> AggregateReport.builder().oneChildCertificatesIssued(-1).build());
        return figures;
    }

    @Test
    void test_eachNegativeFigure_isRejectedNamingItsPath() {
        negativeFigures().forEach((path, build) -> {
            InvalidValueException e = assertThrows(InvalidValueException.class, build, path);
            assertEquals(path, e.field());
            assertEquals(path.equals("statedTotal") ? "-0.01" : "-1", e.value(), path);
        });
    }

    @Test
    void test_zeroFigures_areAccepted() {
        BirthCounts births = BirthCounts.builder().total(0).order1(0).order2(0).order3Plus(0).male(0).female(0).inPolicy(0)
                .outOfPolicy(0).build();
        assertEquals(0, births.total().getAsLong());
        assertEquals(0, Subsidy.builder().beneficiaries(0).standardPerPerson(BigDecimal.ZERO).statedTotal(BigDecimal.ZERO).build()
                .beneficiaries().getAsLong());
        assertEquals(0, FloatingFlow.builder().total(0).build().total().getAsLong());
    }
}
