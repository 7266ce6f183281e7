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

import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.ProcedureType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;

/**
 * The table of the aggregate-report format ({@code docs/AGGREGATE_REPORTS.md}), declared
 * once: every figure's JSON path, Chinese and English names, and how it is read from an
 * {@link AggregateReport} and set on its builders, in the format's order. The JSON reader and
 * writer walk it ({@link ReportSection#report()}), the audit's rules name and read its
 * figures, and {@link CatalogueFigures} maps the catalogue's counts onto them.
 *
 * <p>The report's text properties ({@code areaCode}, {@code areaName}, {@code period},
 * {@code reportDate}) and its {@code statedRates} are not figures and are not here.
 */
final class ReportLayout {
    private static final List<ReportFigure> ORDER = new ArrayList<>();
    /** The report's own figures ({@code deaths}, …) and the root of every group. */
    static final FigureGroup<AggregateReport, AggregateReport.Builder> REPORT_GROUP = FigureGroup.report(ORDER);

    private static final FigureGroup<PopulationFigures, PopulationFigures.Builder> POPULATION = REPORT_GROUP.group("population",
            PopulationFigures::builder, PopulationFigures.Builder::build, AggregateReport.Builder::population, AggregateReport::population, false);
    static final ReportFigure POPULATION_START = POPULATION.count("start", "年初人口", "the population at the start",
            PopulationFigures::start, PopulationFigures.Builder::start);
    static final ReportFigure POPULATION_END = POPULATION.count("end", "年末人口", "the population at the end",
            PopulationFigures::end, PopulationFigures.Builder::end);
    static final ReportFigure POPULATION_AVERAGE = POPULATION.decimal("average", "平均人口", "the average population",
            PopulationFigures::average, PopulationFigures.Builder::average);
    static final ReportFigure HOUSEHOLDS = POPULATION.count("households", "户数", "households",
            PopulationFigures::households, PopulationFigures.Builder::households);

    private static final FigureGroup<WomenCounts, WomenCounts.Builder> WOMEN = REPORT_GROUP.group("women",
            WomenCounts::builder, WomenCounts.Builder::build, AggregateReport.Builder::women, AggregateReport::women, false);
    static final ReportFigure WRA = WOMEN.count("wra", "育龄妇女", "WRA", WomenCounts::wra, WomenCounts.Builder::wra);
    static final ReportFigure MARRIED = WOMEN.count("married", "已婚育龄妇女", "married WRA", WomenCounts::married, WomenCounts.Builder::married);
    static final ReportFigure PARITY_0 = WOMEN.count("parity0", "无孩妇女", "married WRA with no child",
            WomenCounts::parity0, WomenCounts.Builder::parity0);
    static final ReportFigure PARITY_1 = WOMEN.count("parity1", "一孩妇女", "married WRA with one child",
            WomenCounts::parity1, WomenCounts.Builder::parity1);
    static final ReportFigure PARITY_2 = WOMEN.count("parity2", "二孩妇女", "married WRA with two children",
            WomenCounts::parity2, WomenCounts.Builder::parity2);
    static final ReportFigure PARITY_3P = WOMEN.count("parity3Plus", "多孩妇女", "married WRA with three or more children",
            WomenCounts::parity3Plus, WomenCounts.Builder::parity3Plus);
    static final ReportFigure ONE_CHILD = WOMEN.count("oneChild", "独生子女户", "one-child families",
            WomenCounts::oneChild, WomenCounts.Builder::oneChild);
    static final ReportFigure TWO_DAUGHTERS = WOMEN.count("twoDaughters", "双女户", "two-daughter families",
            WomenCounts::twoDaughters, WomenCounts.Builder::twoDaughters);

    private static final FigureGroup<ContraceptiveUse, ContraceptiveUse.Builder> CONTRACEPTION = REPORT_GROUP.group("contraception",
            ContraceptiveUse::builder, ContraceptiveUse.Builder::build, AggregateReport.Builder::contraception,
            AggregateReport::contraception, false);
    static final ReportFigure USERS = CONTRACEPTION.count("users", "避孕人数", "contraceptive users",
            ContraceptiveUse::users, ContraceptiveUse.Builder::users);
    static final Map<ContraceptiveMethod, ReportFigure> USERS_BY_METHOD = CONTRACEPTION.coded("byMethod", ContraceptiveMethod.class,
            ContraceptiveMethod::parse, m -> m.chineseName() + "人数", m -> "users of " + m.code(),
            ContraceptiveUse::byMethod, ContraceptiveUse.Builder::putByMethod);

    private static final FigureGroup<BirthCounts, BirthCounts.Builder> BIRTHS_GROUP = REPORT_GROUP.group("births",
            BirthCounts::builder, BirthCounts.Builder::build, AggregateReport.Builder::births, AggregateReport::births, false);
    static final ReportFigure BIRTHS = BIRTHS_GROUP.count("total", "出生人数", "live births", BirthCounts::total, BirthCounts.Builder::total);
    static final ReportFigure BIRTHS_ORDER_1 = BIRTHS_GROUP.count("order1", "一孩出生", "first births",
            BirthCounts::order1, BirthCounts.Builder::order1);
    static final ReportFigure BIRTHS_ORDER_2 = BIRTHS_GROUP.count("order2", "二孩出生", "second births",
            BirthCounts::order2, BirthCounts.Builder::order2);
    static final ReportFigure BIRTHS_ORDER_3P = BIRTHS_GROUP.count("order3Plus", "多孩出生", "third and higher births",
            BirthCounts::order3Plus, BirthCounts.Builder::order3Plus);
    static final ReportFigure BIRTHS_MALE = BIRTHS_GROUP.count("male", "男婴", "male births", BirthCounts::male, BirthCounts.Builder::male);
    static final ReportFigure BIRTHS_FEMALE = BIRTHS_GROUP.count("female", "女婴", "female births",
            BirthCounts::female, BirthCounts.Builder::female);
    static final ReportFigure BIRTHS_IN_POLICY = BIRTHS_GROUP.count("inPolicy", "政策内出生", "births in policy",
            BirthCounts::inPolicy, BirthCounts.Builder::inPolicy);
    static final ReportFigure BIRTHS_OUT_OF_POLICY = BIRTHS_GROUP.count("outOfPolicy", "政策外出生", "births out of policy",
            BirthCounts::outOfPolicy, BirthCounts.Builder::outOfPolicy);

    static final ReportFigure DEATHS = REPORT_GROUP.count("deaths", "死亡人数", "deaths", AggregateReport::deaths, AggregateReport.Builder::deaths);

    private static final FigureGroup<SurgeryCounts, SurgeryCounts.Builder> SURGERIES_GROUP = REPORT_GROUP.group("surgeries",
            SurgeryCounts::builder, SurgeryCounts.Builder::build, AggregateReport.Builder::surgeries, AggregateReport::surgeries, false);
    static final ReportFigure SURGERIES = SURGERIES_GROUP.count("total", "四术合计", "surgeries",
            SurgeryCounts::total, SurgeryCounts.Builder::total);
    static final Map<ProcedureType, ReportFigure> SURGERIES_BY_TYPE = SURGERIES_GROUP.coded("byType", ProcedureType.class,
            ProcedureType::parse, t -> t.chineseName() + "例数", t -> t.code() + " surgeries",
            SurgeryCounts::byType, SurgeryCounts.Builder::putByType);

    static final ReportFigure CURRENT_PREGNANCIES = REPORT_GROUP.count("currentPregnancies", "现孕人数", "current pregnancies",
            AggregateReport::currentPregnancies, AggregateReport.Builder::currentPregnancies);

    private static final FigureGroup<HealthChecks, HealthChecks.Builder> HEALTH_CHECKS = REPORT_GROUP.group("healthChecks",
            HealthChecks::builder, HealthChecks.Builder::build, AggregateReport.Builder::healthChecks, AggregateReport::healthChecks, false);
    static final ReportFigure CHECKS_DUE = HEALTH_CHECKS.count("due", "应检人数", "women due for a check",
            HealthChecks::due, HealthChecks.Builder::due);
    static final ReportFigure CHECKS_DONE = HEALTH_CHECKS.count("done", "已检人数", "women checked",
            HealthChecks::done, HealthChecks.Builder::done);

    static final Flow FLOATING_OUT = new Flow("floatingOut", "流出人口", "outflow",
            AggregateReport.Builder::floatingOut, AggregateReport::floatingOut);
    static final Flow FLOATING_IN = new Flow("floatingIn", "流入人口", "inflow",
            AggregateReport.Builder::floatingIn, AggregateReport::floatingIn);

    static final ReportFigure CERTIFICATES_ISSUED = REPORT_GROUP.count("oneChildCertificatesIssued", "独生子女证发放数",
            "one-child certificates issued", AggregateReport::oneChildCertificatesIssued, AggregateReport.Builder::oneChildCertificatesIssued);

    static final Programme REWARD_SUBSIDY = new Programme("rewardSubsidy", "奖励扶助", "reward subsidy",
            AggregateReport.Builder::rewardSubsidy, AggregateReport::rewardSubsidy);
    static final Programme SPECIAL_ASSISTANCE_BEREAVED = new Programme("specialAssistanceBereaved", "特别扶助（独生子女死亡）",
            "special assistance (child died)", AggregateReport.Builder::specialAssistanceBereaved, AggregateReport::specialAssistanceBereaved);
    static final Programme SPECIAL_ASSISTANCE_DISABLED = new Programme("specialAssistanceDisabled", "特别扶助（独生子女伤残）",
            "special assistance (child disabled)", AggregateReport.Builder::specialAssistanceDisabled, AggregateReport::specialAssistanceDisabled);

    /** The report, frozen once every figure above is declared. */
    static final ReportSection REPORT = REPORT_GROUP.section();

    private ReportLayout() {
    }

    /** One direction of the floating population ({@code floatingOut} or {@code floatingIn}): the same figures, named for the direction. */
    static final class Flow {
        final String chineseName;
        final String englishName;
        final ReportFigure total;
        final ReportFigure inProvince;
        final ReportFigure outOfProvince;
        final ReportFigure certificatesHeld;
        final ReportFigure certificatesVerified;
        final ReportFigure certificatesReturned;
        final ReportFigure contractsSigned;

        private Flow(String name, String chineseName, String englishName, BiConsumer<AggregateReport.Builder, FloatingFlow> attach,
                Function<AggregateReport, FloatingFlow> get) {
            this.chineseName = chineseName;
            this.englishName = englishName;
            FigureGroup<FloatingFlow, FloatingFlow.Builder> group = REPORT_GROUP.group(name, FloatingFlow::builder,
                    FloatingFlow.Builder::build, attach, get, true);
            total = count(group, "total", "总数", "people", FloatingFlow::total, FloatingFlow.Builder::total);
            inProvince = count(group, "inProvince", "省内", "people within the province",
                    FloatingFlow::inProvince, FloatingFlow.Builder::inProvince);
            outOfProvince = count(group, "outOfProvince", "省外", "people across the province's border",
                    FloatingFlow::outOfProvince, FloatingFlow.Builder::outOfProvince);
            certificatesHeld = count(group, "certificatesHeld", "持证人数", "certificate holders",
                    FloatingFlow::certificatesHeld, FloatingFlow.Builder::certificatesHeld);
            certificatesVerified = count(group, "certificatesVerified", "验证人数", "verified certificates",
                    FloatingFlow::certificatesVerified, FloatingFlow.Builder::certificatesVerified);
            certificatesReturned = count(group, "certificatesReturned", "反馈人数", "returned certificates",
                    FloatingFlow::certificatesReturned, FloatingFlow.Builder::certificatesReturned);
            contractsSigned = count(group, "contractsSigned", "签订合同人数", "signed contracts",
                    FloatingFlow::contractsSigned, FloatingFlow.Builder::contractsSigned);
        }

        private ReportFigure count(FigureGroup<FloatingFlow, FloatingFlow.Builder> group, String name, String chinese, String english,
                Function<FloatingFlow, OptionalLong> read, ObjLongConsumer<FloatingFlow.Builder> set) {
            return group.count(name, chineseName + chinese, english + " of the " + englishName, read, set);
        }
    }

    /** One subsidy programme: its beneficiaries, the standard per person and the total paid, named for the programme. */
    static final class Programme {
        final String chineseName;
        final String englishName;
        final Function<AggregateReport, Subsidy> subsidy;
        final ReportFigure beneficiaries;
        final ReportFigure standardPerPerson;
        final ReportFigure statedTotal;

        private Programme(String name, String chineseName, String englishName, BiConsumer<AggregateReport.Builder, Subsidy> attach,
                Function<AggregateReport, Subsidy> get) {
            this.chineseName = chineseName;
            this.englishName = englishName;
            this.subsidy = get;
            FigureGroup<Subsidy, Subsidy.Builder> group = REPORT_GROUP.group(name, Subsidy::builder, Subsidy.Builder::build, attach, get, true);
            beneficiaries = group.count("beneficiaries", chineseName + "人数", "beneficiaries of the " + englishName,
                    Subsidy::beneficiaries, Subsidy.Builder::beneficiaries);
            standardPerPerson = group.decimal("standardPerPerson", chineseName + "标准", englishName + " per person",
                    Subsidy::standardPerPerson, Subsidy.Builder::standardPerPerson);
            statedTotal = group.decimal("statedTotal", chineseName + "金额", englishName + " paid",
                    Subsidy::statedTotal, Subsidy.Builder::statedTotal);
        }
    }
}
