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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.ProcedureType;
import java.math.BigDecimal;

/** Example reports written by hand from realistic township figures. */
final class TownshipReports {
    private TownshipReports() {
    }

    /**
     * 示范镇, statistical year 2009: every total, rate and amount agrees with its parts, e.g.
     * CPR 4751 / 5210 = 91.190 % stated as 91.2, CBR 242 / 30250 = 8.000 ‰ stated as 8.00.
     */
    static AggregateReport consistent() {
        return AggregateReport.builder()
                .areaCode(AreaCode.of("990101001000")).areaName("示范镇")
                .statedPeriod("2009SY").statedReportDate("2009-10-12")
                .population(PopulationFigures.builder().start(30120).end(30380).average(new BigDecimal("30250")).households(9120).build())
                .women(WomenCounts.builder().wra(7420).married(5210)
                        .parity0(430).parity1(2160).parity2(2380).parity3Plus(240)
                        .oneChild(1980).twoDaughters(610).build())
                .contraception(ContraceptiveUse.builder().users(4751)
                        .putByMethod(ContraceptiveMethod.FEMALE_STERILIZATION, 1620L)
                        .putByMethod(ContraceptiveMethod.MALE_STERILIZATION, 35L)
                        .putByMethod(ContraceptiveMethod.IUD, 2410L)
                        .putByMethod(ContraceptiveMethod.IMPLANT, 96L)
                        .putByMethod(ContraceptiveMethod.INJECTABLE, 40L)
                        .putByMethod(ContraceptiveMethod.ORAL_PILL, 120L)
                        .putByMethod(ContraceptiveMethod.CONDOM, 410L)
                        .putByMethod(ContraceptiveMethod.TRADITIONAL, 20L).build())
                .births(BirthCounts.builder().total(242).order1(150).order2(84).order3Plus(8)
                        .male(128).female(114).inPolicy(229).outOfPolicy(13).build())
                .deaths(181)
                .surgeries(SurgeryCounts.builder().total(171)
                        .putByType(ProcedureType.IUD_INSERTION, 96L)
                        .putByType(ProcedureType.IUD_REMOVAL, 31L)
                        .putByType(ProcedureType.FEMALE_STERILIZATION, 12L)
                        .putByType(ProcedureType.INDUCED_ABORTION, 28L)
                        .putByType(ProcedureType.MID_TERM_INDUCTION, 4L).build())
                .currentPregnancies(96)
                .healthChecks(HealthChecks.builder().due(4890).done(4752).build())
                .floatingOut(FloatingFlow.builder().total(2150).inProvince(860).outOfProvince(1290)
                        .certificatesHeld(1980).certificatesReturned(1650).contractsSigned(2010).build())
                .floatingIn(FloatingFlow.builder().total(640).inProvince(410).outOfProvince(230)
                        .certificatesVerified(598).contractsSigned(602).build())
                .oneChildCertificatesIssued(87)
                .rewardSubsidy(subsidy(312, "720", "224640"))
                .specialAssistanceBereaved(subsidy(9, "1200", "10800"))
                .specialAssistanceDisabled(subsidy(14, "960", "13440"))
                .addStatedRates(
                        StatedRate.parse(Indicator.CBR, "8.00"),
                        StatedRate.parse(Indicator.CDR, "5.98"),
                        StatedRate.parse(Indicator.NIR, "2.02"),
                        StatedRate.parse(Indicator.SRB, "112.28"),
                        StatedRate.parse(Indicator.POLICY_BIRTH_RATE, "94.63"),
                        StatedRate.parse(Indicator.HIGHER_ORDER_BIRTH_SHARE, "3.31"),
                        StatedRate.parse(Indicator.CPR, "91.2"),
                        StatedRate.parse(Indicator.MCPR, "90.8"),
                        StatedRate.parse(Indicator.LONG_ACTING_SHARE, "87.6"),
                        StatedRate.parse(Indicator.HEALTH_CHECK_COVERAGE, "97.2"))
                .build();
    }

    static Subsidy subsidy(long beneficiaries, String standard, String total) {
        return Subsidy.builder().beneficiaries(beneficiaries).standardPerPerson(new BigDecimal(standard))
                .statedTotal(new BigDecimal(total)).build();
    }
}
