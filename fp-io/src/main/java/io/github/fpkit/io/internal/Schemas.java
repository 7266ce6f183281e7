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
package io.github.fpkit.io.internal;

import io.github.fpkit.indicators.ResultStatus;
import static io.github.fpkit.io.internal.CellTypes.AREA_CODE;
import static io.github.fpkit.io.internal.CellTypes.BIRTH_OUTCOME;
import static io.github.fpkit.io.internal.CellTypes.BOOLEAN;
import static io.github.fpkit.io.internal.CellTypes.CHECK_KIND;
import static io.github.fpkit.io.internal.CellTypes.DATE;
import static io.github.fpkit.io.internal.CellTypes.DECIMAL;
import static io.github.fpkit.io.internal.CellTypes.MARITAL_STATUS;
import static io.github.fpkit.io.internal.CellTypes.METHOD;
import static io.github.fpkit.io.internal.CellTypes.PERIOD;
import static io.github.fpkit.io.internal.CellTypes.PERMIT;
import static io.github.fpkit.io.internal.CellTypes.REGISTER_PERIOD;
import static io.github.fpkit.io.internal.CellTypes.POLICY;
import static io.github.fpkit.io.internal.CellTypes.PREGNANCY_OUTCOME;
import static io.github.fpkit.io.internal.CellTypes.PROCEDURE_TYPE;
import static io.github.fpkit.io.internal.CellTypes.RESIDENCE;
import static io.github.fpkit.io.internal.CellTypes.RESIDENT_ID;
import static io.github.fpkit.io.internal.CellTypes.SEX;
import static io.github.fpkit.io.internal.CellTypes.TEXT;
import static io.github.fpkit.io.internal.CellTypes.WHOLE;

import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.RegisterTable;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The schemas of FORMAT.md's tables (canonical names and Chinese aliases, in FORMAT.md's
 * order) and of result records (INDICATORS.md) and findings.
 */
public final class Schemas {
    /** areas.csv. */
    public static final Schema<Area, Area.Builder> AREAS = Schema.define(RegisterTable.AREAS.fileName(), Area.class,
                    Area::builder, b -> b.build())
            .required("code", AREA_CODE, Area::code, (b, v) -> b.code(v), "区划代码", "代码")
            .required("name", TEXT, Area::name, (b, v) -> b.name(v), "名称", "单位名称")
            .build();

    /** population.csv. */
    public static final Schema<PopulationCount, PopulationCount.Builder> POPULATION = Schema.define(
                    RegisterTable.POPULATION.fileName(), PopulationCount.class, PopulationCount::builder, b -> b.build())
            .required("area_code", AREA_CODE, PopulationCount::areaCode, (b, v) -> b.areaCode(v), "区划代码")
            .required("period", REGISTER_PERIOD, PopulationCount::period, (b, v) -> b.period(v), "统计期", "时期")
            .optional("start_population", WHOLE, p -> box(p.startPopulation()), (b, v) -> b.startPopulation(v), "期初人口", "年初人口")
            .optional("end_population", WHOLE, p -> box(p.endPopulation()), (b, v) -> b.endPopulation(v), "期末人口", "年末人口")
            .optional("average_population", DECIMAL, p -> box(p.averagePopulation()), (b, v) -> b.averagePopulation(v), "平均人口")
            .build();

    /** women.csv. */
    public static final Schema<Woman, Woman.Builder> WOMEN = Schema.define(RegisterTable.WOMEN.fileName(), Woman.class,
                    Woman::builder, b -> b.build())
            .required("id", TEXT, Woman::id, (b, v) -> b.id(v), "编号", "妇女编号")
            .optional("resident_id", RESIDENT_ID, w -> w.residentId().orElse(null), (b, v) -> b.residentId(v), "身份证号", "公民身份号码")
            .required("area_code", AREA_CODE, Woman::areaCode, (b, v) -> b.areaCode(v), "区划代码", "村代码")
            .optional("household_id", TEXT, w -> w.householdId().orElse(null), (b, v) -> b.householdId(v), "户编号")
            .required("birth_date", DATE, Woman::birthDate, (b, v) -> b.birthDate(v), "出生日期")
            .required("marital_status", MARITAL_STATUS, Woman::maritalStatus, (b, v) -> b.maritalStatus(v), "婚姻状况")
            .optional("marriage_date", DATE, w -> w.marriageDate().orElse(null), (b, v) -> b.marriageDate(v), "结婚日期", "初婚日期")
            .optional("residence", RESIDENCE, Woman::residence, (b, v) -> b.residence(v), "户籍类型", "居住状况")
            .build();

    /** births.csv. */
    public static final Schema<Birth, Birth.Builder> BIRTHS = Schema.define(RegisterTable.BIRTHS.fileName(), Birth.class,
                    Birth::builder, b -> b.build())
            .required("id", TEXT, Birth::id, (b, v) -> b.id(v), "编号")
            .required("mother_id", TEXT, Birth::motherId, (b, v) -> b.motherId(v), "母亲编号")
            .required("birth_date", DATE, Birth::birthDate, (b, v) -> b.birthDate(v), "出生日期")
            .required("sex", SEX, Birth::sex, (b, v) -> b.sex(v), "性别")
            .requiredColumn("birth_order", WHOLE, b -> box(b.birthOrder()), (b, v) -> b.birthOrder(toInt("birth_order", v)), "孩次")
            .optional("policy", POLICY, Birth::policy, (b, v) -> b.policy(v), "政策属性", "是否符合政策")
            .optional("birth_permit", PERMIT, b -> b.birthPermit().orElse(null), (b, v) -> b.birthPermit(v),
                    "生育证", "准生证", "生育服务证")
            .optional("outcome", BIRTH_OUTCOME, Birth::outcome, (b, v) -> b.outcome(v), "妊娠结局")
            .optional("death_date", DATE, b -> b.deathDate().orElse(null), (b, v) -> b.deathDate(v), "死亡日期")
            .build();

    /** deaths.csv. */
    public static final Schema<Death, Death.Builder> DEATHS = Schema.define(RegisterTable.DEATHS.fileName(), Death.class,
                    Death::builder, b -> b.build())
            .required("id", TEXT, Death::id, (b, v) -> b.id(v), "编号")
            .required("area_code", AREA_CODE, Death::areaCode, (b, v) -> b.areaCode(v), "区划代码")
            .required("death_date", DATE, Death::deathDate, (b, v) -> b.deathDate(v), "死亡日期")
            .optional("sex", SEX, d -> d.sex().orElse(null), (b, v) -> b.sex(v), "性别")
            .optional("birth_date", DATE, d -> d.birthDate().orElse(null), (b, v) -> b.birthDate(v), "出生日期")
            .build();

    /** contraception.csv. */
    public static final Schema<ContraceptiveEpisode, ContraceptiveEpisode.Builder> CONTRACEPTION = Schema.define(
                    RegisterTable.CONTRACEPTION.fileName(), ContraceptiveEpisode.class, ContraceptiveEpisode::builder, b -> b.build())
            .required("woman_id", TEXT, ContraceptiveEpisode::womanId, (b, v) -> b.womanId(v), "妇女编号")
            .required("method", METHOD, ContraceptiveEpisode::method, (b, v) -> b.method(v), "措施", "节育措施")
            .required("start_date", DATE, ContraceptiveEpisode::startDate, (b, v) -> b.startDate(v), "落实日期", "开始日期")
            .optional("end_date", DATE, e -> e.endDate().orElse(null), (b, v) -> b.endDate(v), "终止日期", "取出日期")
            .build();

    /** pregnancies.csv. */
    public static final Schema<Pregnancy, Pregnancy.Builder> PREGNANCIES = Schema.define(RegisterTable.PREGNANCIES.fileName(),
                    Pregnancy.class, Pregnancy::builder, b -> b.build())
            .required("id", TEXT, Pregnancy::id, (b, v) -> b.id(v), "编号")
            .required("woman_id", TEXT, Pregnancy::womanId, (b, v) -> b.womanId(v), "妇女编号")
            .required("start_date", DATE, Pregnancy::startDate, (b, v) -> b.startDate(v), "怀孕日期", "末次月经")
            .optional("planned", BOOLEAN, p -> p.planned().orElse(null), (b, v) -> b.planned(v), "计划属性", "是否计划内")
            .optional("outcome", PREGNANCY_OUTCOME, Pregnancy::outcome, (b, v) -> b.outcome(v), "妊娠结局")
            .optional("outcome_date", DATE, p -> p.outcomeDate().orElse(null), (b, v) -> b.outcomeDate(v), "结局日期")
            .build();

    /** procedures.csv. */
    public static final Schema<Procedure, Procedure.Builder> PROCEDURES = Schema.define(RegisterTable.PROCEDURES.fileName(),
                    Procedure.class, Procedure::builder, b -> b.build())
            .required("woman_id", TEXT, Procedure::womanId, (b, v) -> b.womanId(v), "妇女编号")
            .required("type", PROCEDURE_TYPE, Procedure::type, (b, v) -> b.type(v), "手术类型")
            .required("date", DATE, Procedure::date, (b, v) -> b.date(v), "手术日期")
            .build();

    /** health_checks.csv. */
    public static final Schema<HealthCheck, HealthCheck.Builder> HEALTH_CHECKS = Schema.define(RegisterTable.HEALTH_CHECKS.fileName(),
                    HealthCheck.class, HealthCheck::builder, b -> b.build())
            .required("woman_id", TEXT, HealthCheck::womanId, (b, v) -> b.womanId(v), "妇女编号")
            .required("date", DATE, HealthCheck::date, (b, v) -> b.date(v), "检查日期")
            .required("kind", CHECK_KIND, HealthCheck::kind, (b, v) -> b.kind(v), "检查类型")
            .build();

    /** households.csv. */
    public static final Schema<Household, Household.Builder> HOUSEHOLDS = Schema.define(RegisterTable.HOUSEHOLDS.fileName(),
                    Household.class, Household::builder, b -> b.build())
            .required("id", TEXT, Household::id, (b, v) -> b.id(v), "户编号")
            .required("area_code", AREA_CODE, Household::areaCode, (b, v) -> b.areaCode(v), "区划代码")
            .optional("rural", BOOLEAN, h -> h.rural().orElse(null), (b, v) -> b.rural(v), "农业户口", "是否农村")
            .optional("father_birth_date", DATE, h -> h.fatherBirthDate().orElse(null), (b, v) -> b.fatherBirthDate(v), "父亲出生日期")
            .optional("one_child_certificate_date", DATE, h -> h.oneChildCertificateDate().orElse(null),
                    (b, v) -> b.oneChildCertificateDate(v), "独生子女证领证日期")
            .build();

    /** distributions.csv: a woman or an area (at least one, checked by the record), no key. */
    public static final Schema<Distribution, Distribution.Builder> DISTRIBUTIONS = Schema.define(
                    RegisterTable.DISTRIBUTIONS.fileName(), Distribution.class, Distribution::builder, b -> b.build())
            .optional("woman_id", TEXT, d -> d.womanId().orElse(null), (b, v) -> b.womanId(v), "妇女编号")
            .optional("area_code", AREA_CODE, d -> d.areaCode().orElse(null), (b, v) -> b.areaCode(v), "区划代码")
            .required("date", DATE, Distribution::date, (b, v) -> b.date(v), "发放日期")
            .required("method", METHOD, Distribution::method, (b, v) -> b.method(v), "措施", "药具种类")
            .required("quantity", WHOLE, d -> (long) d.quantity(), (b, v) -> b.quantity(toInt("quantity", v)), "数量")
            .build();

    /**
     * Result records of INDICATORS.md, with its exact keys, then {@code confidence} (the
     * interval's level) and three columns derived from the record and checked when read:
     * {@code status}, {@code level} and {@code periodCode} (the period's short notation).
     */
    public static final Schema<IndicatorResult, IndicatorResult.Builder> RESULTS = Schema.define("results",
                    IndicatorResult.class, IndicatorResult::builder, b -> b.build())
            .required("area", AREA_CODE, IndicatorResult::area, (b, v) -> b.area(v))
            .optional("areaName", TEXT, r -> r.areaName().orElse(null), (b, v) -> b.areaName(v))
            .required("period", PERIOD, IndicatorResult::period, (b, v) -> b.period(v))
            .required("indicator", CellTypes.INDICATOR, IndicatorResult::indicator, (b, v) -> b.indicator(v))
            .optional("numerator", CellTypes.SIGNED_WHOLE, r -> box(r.numerator()), (b, v) -> b.numerator(v))
            .optional("denominator", DECIMAL, r -> box(r.denominator()), (b, v) -> b.denominator(v))
            .optional("value", DECIMAL, r -> box(r.value()), (b, v) -> b.value(v))
            .optional("unit", CellTypes.UNIT, IndicatorResult::unit, null)
            .optional("ciLow", DECIMAL, r -> box(r.ciLow()), (b, v) -> b.ciLow(v))
            .optional("ciHigh", DECIMAL, r -> box(r.ciHigh()), (b, v) -> b.ciHigh(v))
            // Added after the contract's ten columns, so that scripts reading those by position keep working.
            .optional("confidence", DECIMAL, r -> box(r.confidenceLevel()), (b, v) -> b.confidenceLevel(v))
            .optional("status", CellTypes.RESULT_STATUS, ResultStatus::of, null)
            .optional("level", CellTypes.AREA_LEVEL, r -> r.area().level(), null)
            .optional("periodCode", CellTypes.PERIOD_CODE, IndicatorResult::period, null)
            .build();

    /** Findings of register checks. */
    public static final Schema<Finding, Finding.Builder> FINDINGS = Schema.define("findings", Finding.class,
                    Finding::builder, b -> b.build())
            .required("rule", TEXT, Finding::rule, (b, v) -> b.rule(v))
            .required("severity", CellTypes.SEVERITY, Finding::severity, (b, v) -> b.severity(v))
            .required("table", CellTypes.TABLE, Finding::table, (b, v) -> b.table(v))
            .required("recordId", TEXT, Finding::recordId, (b, v) -> b.recordId(v))
            .optional("field", TEXT, f -> f.field().orElse(null), (b, v) -> b.field(v))
            .optional("value", TEXT, f -> f.value().orElse(null), (b, v) -> b.value(v))
            .required("message", TEXT, Finding::message, (b, v) -> b.message(v))
            .optional("line", WHOLE, f -> box(f.line()), (b, v) -> b.line(v))
            .build();

    private static final java.util.List<Schema<?, ?>> TABLES = java.util.List.of(AREAS, POPULATION, WOMEN, BIRTHS, DEATHS,
            CONTRACEPTION, PREGNANCIES, PROCEDURES, HEALTH_CHECKS, HOUSEHOLDS, DISTRIBUTIONS);

    private Schemas() {
    }

    /**
     * @param table a register table, not null
     * @return its schema
     */
    public static Schema<?, ?> of(RegisterTable table) {
        return TABLES.get(table.ordinal());
    }

    private static Long box(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }

    private static Long box(OptionalInt v) {
        return v.isPresent() ? (long) v.getAsInt() : null;
    }

    private static Double box(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static int toInt(String field, long value) {
        if (value > Integer.MAX_VALUE) {
            throw new InvalidValueException(field, Long.toString(value), "is too large");
        }
        return (int) value;
    }
}
