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
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One figure of a report as the audit and the indicators read it: its JSON path (what
 * findings name), its Chinese and English names (what messages say), and how to read it,
 * exactly, from a report. The rules are written in terms of figures so that every rule
 * names its fields the same way the JSON format does.
 */
class Figure {
    static final Figure POPULATION_START = count("population.start", "年初人口", "the population at the start", r -> r.population().start());
    static final Figure POPULATION_END = count("population.end", "年末人口", "the population at the end", r -> r.population().end());
    static final Figure POPULATION_AVERAGE = new Figure("population.average", "平均人口", "the average population",
            r -> r.population().average());
    /** The crude rates' denominator: the stated average, else (start + end) / 2, named by the fields it comes from. */
    static final Figure AVERAGE_OR_DERIVED = new Figure("population.average", "平均人口", "the average population",
            r -> r.population().averageOrDerived()) {
        @Override
        List<String> paths(AggregateReport report) {
            PopulationFigures p = report.population();
            return p.average().isEmpty() && p.start().isPresent() && p.end().isPresent()
                    ? List.of(POPULATION_START.path(), POPULATION_END.path()) : List.of(path());
        }
    };

    static final Figure WRA = count("women.wra", "育龄妇女", "WRA", r -> r.women().wra());
    static final Figure MARRIED = count("women.married", "已婚育龄妇女", "married WRA", r -> r.women().married());
    static final Figure PARITY_0 = count("women.parity0", "无孩妇女", "married WRA with no child", r -> r.women().parity0());
    static final Figure PARITY_1 = count("women.parity1", "一孩妇女", "married WRA with one child", r -> r.women().parity1());
    static final Figure PARITY_2 = count("women.parity2", "二孩妇女", "married WRA with two children", r -> r.women().parity2());
    static final Figure PARITY_3P = count("women.parity3Plus", "多孩妇女", "married WRA with three or more children",
            r -> r.women().parity3Plus());
    static final Figure ONE_CHILD = count("women.oneChild", "独生子女户", "one-child families", r -> r.women().oneChild());
    static final Figure TWO_DAUGHTERS = count("women.twoDaughters", "双女户", "two-daughter families", r -> r.women().twoDaughters());

    static final Figure USERS = count("contraception.users", "避孕人数", "contraceptive users", r -> r.contraception().users());

    static final Figure BIRTHS = count("births.total", "出生人数", "live births", r -> r.births().total());
    static final Figure BIRTHS_ORDER_1 = count("births.order1", "一孩出生", "first births", r -> r.births().order1());
    static final Figure BIRTHS_ORDER_2 = count("births.order2", "二孩出生", "second births", r -> r.births().order2());
    static final Figure BIRTHS_ORDER_3P = count("births.order3Plus", "多孩出生", "third and higher births", r -> r.births().order3Plus());
    static final Figure BIRTHS_MALE = count("births.male", "男婴", "male births", r -> r.births().male());
    static final Figure BIRTHS_FEMALE = count("births.female", "女婴", "female births", r -> r.births().female());
    static final Figure BIRTHS_IN_POLICY = count("births.inPolicy", "政策内出生", "births in policy", r -> r.births().inPolicy());
    static final Figure BIRTHS_OUT_OF_POLICY = count("births.outOfPolicy", "政策外出生", "births out of policy", r -> r.births().outOfPolicy());

    static final Figure DEATHS = count("deaths", "死亡人数", "deaths", AggregateReport::deaths);
    static final Figure SURGERIES = count("surgeries.total", "四术合计", "surgeries", r -> r.surgeries().total());
    static final Figure CURRENT_PREGNANCIES = count("currentPregnancies", "现孕人数", "current pregnancies",
            AggregateReport::currentPregnancies);
    static final Figure CHECKS_DUE = count("healthChecks.due", "应检人数", "women due for a check", r -> r.healthChecks().due());
    static final Figure CHECKS_DONE = count("healthChecks.done", "已检人数", "women checked", r -> r.healthChecks().done());
    /** Health-check coverage's denominator: women due for a check if stated, else married WRA. */
    static final Figure CHECK_BASE = new Figure("healthChecks.due", "应检人数", "women due for a check",
            r -> r.healthChecks().due().isPresent() ? CHECKS_DUE.read(r) : MARRIED.read(r)) {
        @Override
        List<String> paths(AggregateReport report) {
            return report.healthChecks().due().isEmpty() && report.women().married().isPresent()
                    ? List.of(MARRIED.path()) : List.of(path());
        }
    };
    static final Figure CERTIFICATES_ISSUED = count("oneChildCertificatesIssued", "独生子女证发放数", "one-child certificates issued",
            AggregateReport::oneChildCertificatesIssued);

    private final String path;
    private final String chineseName;
    private final String englishName;
    private final Function<AggregateReport, Optional<BigDecimal>> reader;

    private Figure(String path, String chineseName, String englishName, Function<AggregateReport, Optional<BigDecimal>> reader) {
        this.path = path;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.reader = reader;
    }

    static Figure count(String path, String chineseName, String englishName, Function<AggregateReport, OptionalLong> reader) {
        return new Figure(path, chineseName, englishName, r -> {
            OptionalLong v = reader.apply(r);
            return v.isPresent() ? Optional.of(BigDecimal.valueOf(v.getAsLong())) : Optional.empty();
        });
    }

    static Figure amount(String path, String chineseName, String englishName, Function<AggregateReport, Optional<BigDecimal>> reader) {
        return new Figure(path, chineseName, englishName, reader);
    }

    /** A method's users: stated (possibly 0) exactly when the split by method is stated. */
    static Figure users(ContraceptiveMethod method) {
        return count("contraception.byMethod." + method.code(), method.chineseName() + "人数", "users of " + method.code(),
                r -> r.contraception().isSplitStated() ? OptionalLong.of(r.contraception().usersOf(method)) : OptionalLong.empty());
    }

    /** A type's surgeries: stated (possibly 0) exactly when the split by type is stated. */
    static Figure surgeries(ProcedureType type) {
        return count("surgeries.byType." + type.code(), type.chineseName() + "例数", type.code() + " surgeries",
                r -> r.surgeries().isSplitStated() ? OptionalLong.of(r.surgeries().countOf(type)) : OptionalLong.empty());
    }

    /** A count of one floating-population direction, {@code floatingOut} or {@code floatingIn}. */
    static Figure flow(boolean out, String name, String chineseName, String englishName, Function<FloatingFlow, OptionalLong> reader) {
        String direction = out ? "floatingOut" : "floatingIn";
        return count(direction + "." + name, (out ? "流出人口" : "流入人口") + chineseName,
                englishName + " of the " + (out ? "outflow" : "inflow"),
                r -> reader.apply(out ? r.floatingOut() : r.floatingIn()));
    }

    String path() {
        return path;
    }

    /** The fields this figure is read from in this report; one, except for a derived average population. */
    List<String> paths(AggregateReport report) {
        return List.of(path);
    }

    String chineseName() {
        return chineseName;
    }

    String englishName() {
        return englishName;
    }

    Optional<BigDecimal> read(AggregateReport report) {
        return reader.apply(report);
    }
}
