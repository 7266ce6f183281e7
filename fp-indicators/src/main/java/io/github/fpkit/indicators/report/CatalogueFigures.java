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

import io.github.fpkit.indicators.Count;
import io.github.fpkit.indicators.CountSum;
import io.github.fpkit.indicators.Formula;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.ProcedureType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indicator catalogue mapped onto the report's figures ({@link ReportLayout}), declared
 * once: the figure that states each {@link Count} (or why no report states it), the figure
 * that states a named {@link CountSum} as one number, the average population of the crude
 * rates, and the one rate reports state by their own convention. Every indicator's
 * {@link Formula} read through this mapping is a {@link ReportFormula}: the audit checks a
 * stated rate against {@link #stated}, and {@link AggregateIndicators} computes
 * {@link #catalogue}.
 */
final class CatalogueFigures {
    /** The crude rates' average population: the stated average, else (start + end) / 2, named by the figures it comes from. */
    private static final ReportTerm AVERAGE_POPULATION = ReportTerm.preferring(ReportLayout.POPULATION_AVERAGE,
            ReportTerm.derived(r -> r.population().averageOrDerived(), ReportLayout.POPULATION_START, ReportLayout.POPULATION_END));
    /** Woman-years and the fertility rates over them, mothers' ages, the mean ages, distributions and couple-years: only a register's records give them. */
    private static final ReportTerm RECORD_LEVEL = ReportTerm.unstated(UnstatedCount.RECORD_LEVEL);
    /** The counts of contraceptive dynamics (life tables by method and month, switching, uptake). */
    private static final Set<Count> DYNAMICS = EnumSet.range(Count.COHORT_EPISODES_IUD, Count.POSTABORTION_12M_UPTAKES);
    private static final Map<Count, ReportFigure> BY_CODE = byCode();
    /** Read for every indicator at once, so that a named sum missing from {@link #figureOfSum} fails as the class loads. */
    private static final Map<Indicator, ReportFormula> CATALOGUE = catalogue();

    private CatalogueFigures() {
    }

    /** @return the indicator as the catalogue (docs/INDICATORS.md) defines it, over the report's figures */
    static ReportFormula catalogue(Indicator indicator) {
        return CATALOGUE.get(indicator);
    }

    /**
     * The indicator as a report states it. Reports state health-check coverage (受检率) over
     * the women due for a check (应检), so a stated coverage is checked that way when the report
     * states them, and over the catalogue's married WRA when it does not; every other
     * indicator is stated as the catalogue defines it.
     *
     * @return the indicator as a report's stated rate is computed
     */
    static ReportFormula stated(Indicator indicator) {
        ReportFormula catalogue = catalogue(indicator);
        return indicator == Indicator.HEALTH_CHECK_COVERAGE
                ? catalogue.over(ReportTerm.preferring(ReportLayout.CHECKS_DUE, catalogue.denominator())) : catalogue;
    }

    /** @return the figure that states the count, or why no report states it */
    static ReportTerm term(Count count) {
        return switch (count) {
            case LIVE_BIRTHS -> ReportTerm.of(ReportLayout.BIRTHS);
            case MALE_BIRTHS -> ReportTerm.of(ReportLayout.BIRTHS_MALE);
            case FEMALE_BIRTHS -> ReportTerm.of(ReportLayout.BIRTHS_FEMALE);
            case POLICY_IN_BIRTHS -> ReportTerm.of(ReportLayout.BIRTHS_IN_POLICY);
            case BIRTHS_ORDER_1 -> ReportTerm.of(ReportLayout.BIRTHS_ORDER_1);
            case BIRTHS_ORDER_2 -> ReportTerm.of(ReportLayout.BIRTHS_ORDER_2);
            case BIRTHS_ORDER_3P -> ReportTerm.of(ReportLayout.BIRTHS_ORDER_3P);
            case DEATHS -> ReportTerm.of(ReportLayout.DEATHS);
            case WRA -> ReportTerm.of(ReportLayout.WRA);
            case MARRIED_WRA -> ReportTerm.of(ReportLayout.MARRIED);
            case PARITY_0 -> ReportTerm.of(ReportLayout.PARITY_0);
            case PARITY_1 -> ReportTerm.of(ReportLayout.PARITY_1);
            case PARITY_2 -> ReportTerm.of(ReportLayout.PARITY_2);
            case PARITY_3P -> ReportTerm.of(ReportLayout.PARITY_3P);
            case USERS_FEMALE_STERILIZATION, USERS_MALE_STERILIZATION, USERS_IUD, USERS_IMPLANT, USERS_INJECTABLE, USERS_ORAL_PILL,
                    USERS_CONDOM, USERS_OTHER_MODERN, USERS_TRADITIONAL,
                    PROC_IUD_INSERTION, PROC_IUD_REMOVAL, PROC_FEMALE_STERILIZATION, PROC_MALE_STERILIZATION, PROC_INDUCED_ABORTION,
                    PROC_MID_TERM_INDUCTION, PROC_IMPLANT_INSERTION, PROC_IMPLANT_REMOVAL -> ReportTerm.of(BY_CODE.get(count));
            case CURRENT_PREGNANCIES -> ReportTerm.of(ReportLayout.CURRENT_PREGNANCIES);
            case CHECKED_MARRIED_WRA -> ReportTerm.of(ReportLayout.CHECKS_DONE);
            // A report's 应检/已检 stay paired with HEALTH_CHECK_COVERAGE (its stated rate over 应检, see stated()):
            // the women due by the convention's rules are counted from a register's records only.
            case DUE_WOMEN, DUE_WOMEN_CHECKED -> ReportTerm.unstated(UnstatedCount.RECORD_LEVEL);
            case BIRTHS_AGE_15_19, BIRTHS_AGE_20_24, BIRTHS_AGE_25_29, BIRTHS_AGE_30_34, BIRTHS_AGE_35_39, BIRTHS_AGE_40_44, BIRTHS_AGE_45_49,
                    DAYS_AGE_15_19, DAYS_AGE_20_24, DAYS_AGE_25_29, DAYS_AGE_30_34, DAYS_AGE_35_39, DAYS_AGE_40_44, DAYS_AGE_45_49,
                    PREGNANCIES_PLANNED_KNOWN, PREGNANCIES_UNPLANNED,
                    OUTCOME_LIVE_BIRTH, OUTCOME_STILLBIRTH, OUTCOME_INDUCED_ABORTION, OUTCOME_MID_TERM_INDUCTION, OUTCOME_MISCARRIAGE,
                    BIRTHS_ORDER_1_AGE_15_19, BIRTHS_ORDER_1_AGE_20_24, BIRTHS_ORDER_1_AGE_25_29, BIRTHS_ORDER_1_AGE_30_34,
                    BIRTHS_ORDER_1_AGE_35_39, BIRTHS_ORDER_1_AGE_40_44, BIRTHS_ORDER_1_AGE_45_49,
                    BIRTHS_ORDER_2_AGE_15_19, BIRTHS_ORDER_2_AGE_20_24, BIRTHS_ORDER_2_AGE_25_29, BIRTHS_ORDER_2_AGE_30_34,
                    BIRTHS_ORDER_2_AGE_35_39, BIRTHS_ORDER_2_AGE_40_44, BIRTHS_ORDER_2_AGE_45_49,
                    BIRTHS_ORDER_3P_AGE_15_19, BIRTHS_ORDER_3P_AGE_20_24, BIRTHS_ORDER_3P_AGE_25_29, BIRTHS_ORDER_3P_AGE_30_34,
                    BIRTHS_ORDER_3P_AGE_35_39, BIRTHS_ORDER_3P_AGE_40_44, BIRTHS_ORDER_3P_AGE_45_49,
                    MALE_BIRTHS_ORDER_1, FEMALE_BIRTHS_ORDER_1, MALE_BIRTHS_ORDER_2, FEMALE_BIRTHS_ORDER_2,
                    MALE_BIRTHS_ORDER_3P, FEMALE_BIRTHS_ORDER_3P, FIRST_BIRTH_MOTHER_DAYS,
                    DISTRIBUTED_ORAL_PILL, DISTRIBUTED_CONDOM, DISTRIBUTED_INJECTABLE, POLICY_FILLED_IN_BIRTHS ->
                    ReportTerm.unstated(UnstatedCount.RECORD_LEVEL);
            // women.oneChild and women.twoDaughters count married WRA, not households: see AggregateIndicators
            case ONE_CHILD_HOUSEHOLDS, ONLY_SON_HOUSEHOLDS, TWO_DAUGHTER_HOUSEHOLDS -> ReportTerm.unstated(UnstatedCount.HOUSEHOLDS);
            case WRA_MODERN_USERS -> ReportTerm.unstated(UnstatedCount.MODERN_USERS_AMONG_ALL_WRA);
            // The life tables by method and month and the uptake counts: one contiguous block of Count.
            default -> dynamics(count);
        };
    }

    /** @return for the counts of contraceptive dynamics, which only a register's records give: record level */
    private static ReportTerm dynamics(Count count) {
        if (!DYNAMICS.contains(count)) {
            throw new AssertionError("bug: count " + count + " has no report term");
        }
        return ReportTerm.unstated(UnstatedCount.RECORD_LEVEL);
    }

    /**
     * @param name the name of a sum of the catalogue's formulas
     * @return the figure that states the sum as one number, or empty where a report states it
     *         only through its counts
     * @throws IllegalArgumentException if the sum is not mapped here (a bug: every named sum must be)
     */
    static Optional<ReportFigure> figureOfSum(String name) {
        return switch (name) {
            // a report states its users without always stating them by method
            case "USERS" -> Optional.of(ReportLayout.USERS);
            case "LONG_ACTING_USERS", "BIRTHS_15_49", "DAYS_15_49", "SWITCHED", "SWITCH_OBSERVED" -> Optional.empty();
            default -> throw new IllegalArgumentException("bug: the sum " + name + " is not mapped onto the report's figures");
        };
    }

    private static ReportFormula read(Formula formula) {
        return switch (formula.kind()) {
            case COUNT -> ReportFormula.count(sum(formula.numerator().orElseThrow()));
            case RATIO -> ReportFormula.ratio(sum(formula.numerator().orElseThrow()), sum(formula.denominator().orElseThrow()));
            case PER_POPULATION -> ReportFormula.ratio(sum(formula.numerator().orElseThrow()), AVERAGE_POPULATION);
            case PER_WOMAN_YEAR, TOTAL_FERTILITY, MEAN_CHILDBEARING_AGE, MEAN_AGE, COUPLE_YEARS, CUMULATIVE_INCIDENCE ->
                    ReportFormula.ratio(RECORD_LEVEL, RECORD_LEVEL);
        };
    }

    /** A sum as the report states it: by its own figure if it has one, else term by term. */
    private static ReportTerm sum(CountSum sum) {
        Optional<ReportFigure> whole = sum.name().flatMap(CatalogueFigures::figureOfSum);
        if (whole.isPresent()) {
            return ReportTerm.of(whole.get());
        }
        List<ReportTerm> terms = new ArrayList<>();
        for (CountSum.Term t : sum.terms()) {
            ReportTerm term = t.count().map(CatalogueFigures::term).orElseGet(() -> sum(t.sum().orElseThrow()));
            terms.add(t.sign() < 0 ? term.negated() : term);
        }
        return ReportTerm.sum(terms);
    }

    private static Map<Count, ReportFigure> byCode() {
        Map<Count, ReportFigure> byCode = new EnumMap<>(Count.class);
        for (ContraceptiveMethod method : ContraceptiveMethod.values()) {
            byCode.put(Count.users(method), ReportLayout.USERS_BY_METHOD.get(method));
        }
        for (ProcedureType type : ProcedureType.values()) {
            byCode.put(Count.procedures(type), ReportLayout.SURGERIES_BY_TYPE.get(type));
        }
        return byCode;
    }

    private static Map<Indicator, ReportFormula> catalogue() {
        Map<Indicator, ReportFormula> formulas = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            formulas.put(indicator, read(indicator.formula()));
        }
        return formulas;
    }
}
