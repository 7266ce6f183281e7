package io.github.fpkit.indicators;

import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.ProcedureType;

/**
 * The additive counts an {@link AreaTally} keeps, one slot each. Every indicator is a
 * function of these; the counts named like a count indicator are that indicator.
 * Woman-days are kept as whole days so that sums never depend on their order.
 */
enum Counter {
    LIVE_BIRTHS, MALE_BIRTHS, FEMALE_BIRTHS, POLICY_IN_BIRTHS,
    BIRTHS_ORDER_1, BIRTHS_ORDER_2, BIRTHS_ORDER_3P,
    DEATHS,
    WRA, MARRIED_WRA, PARITY_0, PARITY_1, PARITY_2, PARITY_3P,
    BIRTHS_AGE_15_19, BIRTHS_AGE_20_24, BIRTHS_AGE_25_29, BIRTHS_AGE_30_34, BIRTHS_AGE_35_39, BIRTHS_AGE_40_44, BIRTHS_AGE_45_49,
    DAYS_AGE_15_19, DAYS_AGE_20_24, DAYS_AGE_25_29, DAYS_AGE_30_34, DAYS_AGE_35_39, DAYS_AGE_40_44, DAYS_AGE_45_49,
    USERS_FEMALE_STERILIZATION, USERS_MALE_STERILIZATION, USERS_IUD, USERS_IMPLANT, USERS_INJECTABLE,
    USERS_ORAL_PILL, USERS_CONDOM, USERS_OTHER_MODERN, USERS_TRADITIONAL,
    PROC_IUD_INSERTION, PROC_IUD_REMOVAL, PROC_FEMALE_STERILIZATION, PROC_MALE_STERILIZATION,
    PROC_INDUCED_ABORTION, PROC_MID_TERM_INDUCTION, PROC_IMPLANT_INSERTION, PROC_IMPLANT_REMOVAL,
    CURRENT_PREGNANCIES, PREGNANCIES_PLANNED_KNOWN, PREGNANCIES_UNPLANNED,
    OUTCOME_LIVE_BIRTH, OUTCOME_STILLBIRTH, OUTCOME_INDUCED_ABORTION, OUTCOME_MID_TERM_INDUCTION, OUTCOME_MISCARRIAGE,
    CHECKED_MARRIED_WRA,
    ONE_CHILD_HOUSEHOLDS, ONLY_SON_HOUSEHOLDS, TWO_DAUGHTER_HOUSEHOLDS;

    static final int SIZE = values().length;

    private static final Counter[] BY_METHOD = new Counter[ContraceptiveMethod.values().length];
    private static final Counter[] BY_PROCEDURE = new Counter[ProcedureType.values().length];
    private static final Counter[] BY_OUTCOME = new Counter[PregnancyOutcome.values().length];
    private static final Counter[] BIRTHS_BY_AGE = new Counter[AgeGroup.values().length];
    private static final Counter[] DAYS_BY_AGE = new Counter[AgeGroup.values().length];
    private static final Counter[] PARITY = {PARITY_0, PARITY_1, PARITY_2, PARITY_3P};

    static {
        for (ContraceptiveMethod m : ContraceptiveMethod.values()) {
            BY_METHOD[m.ordinal()] = valueOf("USERS_" + m.name());
        }
        for (ProcedureType t : ProcedureType.values()) {
            BY_PROCEDURE[t.ordinal()] = valueOf("PROC_" + t.name());
        }
        for (PregnancyOutcome o : PregnancyOutcome.values()) {
            if (o != PregnancyOutcome.ONGOING) {
                BY_OUTCOME[o.ordinal()] = valueOf("OUTCOME_" + o.name());
            }
        }
        for (AgeGroup g : AgeGroup.values()) {
            BIRTHS_BY_AGE[g.ordinal()] = valueOf("BIRTHS_" + g.name());
            DAYS_BY_AGE[g.ordinal()] = valueOf("DAYS_" + g.name());
        }
    }

    static Counter users(ContraceptiveMethod method) {
        return BY_METHOD[method.ordinal()];
    }

    static Counter procedures(ProcedureType type) {
        return BY_PROCEDURE[type.ordinal()];
    }

    /** @param outcome not ongoing */
    static Counter outcome(PregnancyOutcome outcome) {
        return BY_OUTCOME[outcome.ordinal()];
    }

    static Counter births(AgeGroup group) {
        return BIRTHS_BY_AGE[group.ordinal()];
    }

    static Counter days(AgeGroup group) {
        return DAYS_BY_AGE[group.ordinal()];
    }

    /** @param liveBirths 0 or more; 3 and more share one slot */
    static Counter parity(int liveBirths) {
        return PARITY[Math.min(liveBirths, 3)];
    }

    /** @param birthOrder 1 or more; 3 and more share one slot */
    static Counter birthOrder(int birthOrder) {
        return birthOrder == 1 ? BIRTHS_ORDER_1 : birthOrder == 2 ? BIRTHS_ORDER_2 : BIRTHS_ORDER_3P;
    }
}
