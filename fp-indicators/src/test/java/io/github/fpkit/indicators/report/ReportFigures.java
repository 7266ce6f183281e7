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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.ProcedureType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A report's figures keyed by their JSON paths, plus its stated rates: the form in which
 * property tests generate, mutate and inspect reports before building one.
 */
final class ReportFigures {
    private final Map<String, BigDecimal> figures;
    private final List<StatedRate> rates;

    ReportFigures(Map<String, BigDecimal> figures, List<StatedRate> rates) {
        this.figures = new TreeMap<>(figures);
        this.rates = List.copyOf(rates);
    }

    Map<String, BigDecimal> figures() {
        return figures;
    }

    BigDecimal get(String path) {
        return figures.get(path);
    }

    ReportFigures with(String path, BigDecimal value) {
        Map<String, BigDecimal> changed = new TreeMap<>(figures);
        changed.put(path, value);
        return new ReportFigures(changed, rates);
    }

    AggregateReport report() {
        PopulationFigures.Builder population = PopulationFigures.builder();
        WomenCounts.Builder women = WomenCounts.builder();
        ContraceptiveUse.Builder contraception = ContraceptiveUse.builder();
        BirthCounts.Builder births = BirthCounts.builder();
        SurgeryCounts.Builder surgeries = SurgeryCounts.builder();
        HealthChecks.Builder checks = HealthChecks.builder();
        FloatingFlow.Builder out = FloatingFlow.builder();
        FloatingFlow.Builder in = FloatingFlow.builder();
        Subsidy.Builder reward = Subsidy.builder();
        Subsidy.Builder bereaved = Subsidy.builder();
        Subsidy.Builder disabled = Subsidy.builder();
        AggregateReport.Builder report = AggregateReport.builder().areaCode(AreaCode.of("990101001000")).areaName("示范镇")
                .statedPeriod("2009SY");
        figures.forEach((path, value) -> {
            String group = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            String name = path.substring(path.lastIndexOf('.') + 1);
            long n = value.longValue();
            switch (group) {
                case "population":
                    population(population, name, value);
                    break;
                case "women":
                    women(women, name, n);
                    break;
                case "contraception":
                    if (name.equals("users")) {
                        contraception.users(n);
                    } else {
                        contraception.putByMethod(ContraceptiveMethod.parse(name), n);
                    }
                    break;
                case "births":
                    births(births, name, n);
                    break;
                case "surgeries":
                    if (name.equals("total")) {
                        surgeries.total(n);
                    } else {
                        surgeries.putByType(ProcedureType.parse(name), n);
                    }
                    break;
                case "healthChecks":
                    if (name.equals("due")) {
                        checks.due(n);
                    } else {
                        checks.done(n);
                    }
                    break;
                case "floatingOut":
                    flow(out, name, n);
                    break;
                case "floatingIn":
                    flow(in, name, n);
                    break;
                case "rewardSubsidy":
                    subsidy(reward, name, value);
                    break;
                case "specialAssistanceBereaved":
                    subsidy(bereaved, name, value);
                    break;
                case "specialAssistanceDisabled":
                    subsidy(disabled, name, value);
                    break;
                case "deaths":
                    report.deaths(n);
                    break;
                case "currentPregnancies":
                    report.currentPregnancies(n);
                    break;
                case "oneChildCertificatesIssued":
                    report.oneChildCertificatesIssued(n);
                    break;
                default:
                    throw new IllegalArgumentException("no figure " + path);
            }
        });
        return report.population(population.build()).women(women.build()).contraception(contraception.build())
                .births(births.build()).surgeries(surgeries.build()).healthChecks(checks.build())
                .floatingOut(out.build()).floatingIn(in.build()).rewardSubsidy(reward.build())
                .specialAssistanceBereaved(bereaved.build()).specialAssistanceDisabled(disabled.build())
                .statedRates(rates).build();
    }

    private static void population(PopulationFigures.Builder b, String name, BigDecimal value) {
        switch (name) {
            case "start": b.start(value.longValueExact()); break;
            case "end": b.end(value.longValueExact()); break;
            case "average": b.average(value); break;
            default: b.households(value.longValueExact());
        }
    }

    private static void women(WomenCounts.Builder b, String name, long n) {
        switch (name) {
            case "wra": b.wra(n); break;
            case "married": b.married(n); break;
            case "parity0": b.parity0(n); break;
            case "parity1": b.parity1(n); break;
            case "parity2": b.parity2(n); break;
            case "parity3Plus": b.parity3Plus(n); break;
            case "oneChild": b.oneChild(n); break;
            default: b.twoDaughters(n);
        }
    }

    private static void births(BirthCounts.Builder b, String name, long n) {
        switch (name) {
            case "total": b.total(n); break;
            case "order1": b.order1(n); break;
            case "order2": b.order2(n); break;
            case "order3Plus": b.order3Plus(n); break;
            case "male": b.male(n); break;
            case "female": b.female(n); break;
            case "inPolicy": b.inPolicy(n); break;
            default: b.outOfPolicy(n);
        }
    }

    private static void flow(FloatingFlow.Builder b, String name, long n) {
        switch (name) {
            case "total": b.total(n); break;
            case "inProvince": b.inProvince(n); break;
            case "outOfProvince": b.outOfProvince(n); break;
            case "certificatesHeld": b.certificatesHeld(n); break;
            case "certificatesVerified": b.certificatesVerified(n); break;
            case "certificatesReturned": b.certificatesReturned(n); break;
            default: b.contractsSigned(n);
        }
    }

    private static void subsidy(Subsidy.Builder b, String name, BigDecimal value) {
        switch (name) {
            case "beneficiaries": b.beneficiaries(value.longValueExact()); break;
            case "standardPerPerson": b.standardPerPerson(value); break;
            default: b.statedTotal(value);
        }
    }

    @Override
    public String toString() {
        return figures + " " + rates;
    }
}
