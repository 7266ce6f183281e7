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
package io.github.fpkit.indicators.engine;

import io.github.fpkit.indicators.Count;
import io.github.fpkit.indicators.policy.BirthCircumstances;
import io.github.fpkit.indicators.policy.MarriageAtBirth;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The per-record rules of the catalogue, in one place: what each record adds to the
 * counts of its area ({@code long[]} indexed by {@link Count#ordinal()}) and what it leaves
 * on its woman (live births by sex, the best method in use, a check in the period). The
 * single-machine index path and the per-woman path of
 * {@link io.github.fpkit.indicators.Contributions} both call these, so they cannot differ.
 * Stateless.
 */
public final class RecordRules {
    /** A woman with no method in use on the reference date. */
    public static final int NO_METHOD = Byte.MAX_VALUE;
    /** A mother without a marriage date, as {@link #liveBirth} takes her marriage day. */
    public static final int NO_MARRIAGE = Integer.MIN_VALUE;
    /** The number of counts of a tally. */
    public static final int COUNTS = Count.values().length;

    private static final ContraceptiveMethod[] METHODS = ContraceptiveMethod.values();
    private static final AgeGroup[] AGE_GROUPS = AgeGroup.values();
    private static final int[] USERS = new int[METHODS.length];
    private static final int[] BIRTHS_BY_AGE = new int[AGE_GROUPS.length];
    private static final int[] DAYS_BY_AGE = new int[AGE_GROUPS.length];
    /** The order groups 1, 2 and 3 or more, indexed by order − 1 (up to 3). */
    private static final int ORDER_GROUPS = 3;
    private static final int[][] BIRTHS_BY_ORDER_AND_AGE = new int[ORDER_GROUPS][AGE_GROUPS.length];
    private static final int[] MALE_BY_ORDER = new int[ORDER_GROUPS];
    private static final int[] FEMALE_BY_ORDER = new int[ORDER_GROUPS];

    static {
        for (ContraceptiveMethod m : METHODS) {
            USERS[m.ordinal()] = Count.users(m).ordinal();
        }
        for (AgeGroup g : AGE_GROUPS) {
            BIRTHS_BY_AGE[g.ordinal()] = Count.births(g).ordinal();
            DAYS_BY_AGE[g.ordinal()] = Count.days(g).ordinal();
        }
        for (int k = 0; k < ORDER_GROUPS; k++) {
            for (AgeGroup g : AGE_GROUPS) {
                BIRTHS_BY_ORDER_AND_AGE[k][g.ordinal()] = Count.births(k + 1, g).ordinal();
            }
            MALE_BY_ORDER[k] = Count.maleBirths(k + 1).ordinal();
            FEMALE_BY_ORDER[k] = Count.femaleBirths(k + 1).ordinal();
        }
    }

    private RecordRules() {
    }

    /**
     * What a woman adds to her area, once her events are known: WRA, married WRA by parity,
     * users by method, checked married WRA, modern users among all WRA, the days she
     * lives in each age group during the period, and whether she is due for a check on the
     * reference date and was checked.
     *
     * @param counts her area's counts
     * @param birthDate her birth date, packed
     * @param married true if married or remarried
     * @param liveBirths her live births up to the reference date
     * @param method the ordinal of her method in use on the reference date, or {@link #NO_METHOD}
     * @param checked true if she had a check that counts for coverage in the period
     * @param dueState her due state, the OR of {@link #dueState}s
     * @param followUp her earliest {@link #followUpProcedure}, or {@link #NO_FOLLOW_UP}
     * @param lastCheck her latest {@link #followUpCheck}, or {@link #NO_CHECK}
     */
    public static void woman(long[] counts, PeriodDays p, int birthDate, boolean married, int liveBirths, int method, boolean checked,
            int dueState, int followUp, int lastCheck) {
        int reasons = dueReasons(p, birthDate, married, dueState, followUp);
        if (reasons != 0) {
            counts[Count.DUE_WOMEN.ordinal()]++;
            if (dueChecked(reasons, dueState, followUp, lastCheck)) {
                counts[Count.DUE_WOMEN_CHECKED.ordinal()]++;
            }
        }
        if (AgeGroup.isChildbearingAge(PackedDate.completedYears(birthDate, p.reference()))) {
            counts[Count.WRA.ordinal()]++;
            if (method != NO_METHOD && METHODS[method].isModern()) {
                counts[Count.WRA_MODERN_USERS.ordinal()]++;
            }
            if (married) {
                counts[Count.MARRIED_WRA.ordinal()]++;
                counts[Count.parity(liveBirths).ordinal()]++;
                if (method != NO_METHOD) {
                    counts[USERS[method]]++;
                }
                if (checked) {
                    counts[Count.CHECKED_MARRIED_WRA.ordinal()]++;
                }
            }
        }
        // Her ages during the period run from ageAtStart to ageAtEnd: only the groups
        // between them can hold days, so the others are not computed.
        int ageAtStart = PackedDate.completedYears(birthDate, p.start());
        int ageAtEnd = PackedDate.completedYears(birthDate, p.reference());
        if (ageAtEnd >= AgeGroup.CHILDBEARING_MIN && ageAtStart <= AgeGroup.CHILDBEARING_MAX) {
            for (AgeGroup g : AGE_GROUPS) {
                if (g.upper() >= ageAtStart && g.lower() <= ageAtEnd) {
                    counts[DAYS_BY_AGE[g.ordinal()]] += p.daysAged(birthDate, g.lower(), g.upper());
                }
            }
        }
    }

    /** A woman due on the reference date for an IUD check: bit of {@link #dueReasons}, as {@code DueReason.IUD_CHECK}. */
    public static final int DUE_IUD_CHECK = 1;
    /** A woman due for a pregnancy check: bit of {@link #dueReasons}, as {@code DueReason.PREGNANCY_CHECK}. */
    public static final int DUE_PREGNANCY_CHECK = 2;
    /** A woman due for a follow-up after a procedure: bit of {@link #dueReasons}, as {@code DueReason.FOLLOW_UP}. */
    public static final int DUE_FOLLOW_UP = 4;
    /** Days after a delivery or termination (its day 0 to this one) on which no pregnancy check is due. */
    public static final int RECENT_OUTCOME_DAYS = 30;
    /** The first day after a procedure on which its follow-up is due. */
    public static final int FOLLOW_UP_FIRST_DAY = 30;
    /** The last day after a procedure on which its follow-up is due. */
    public static final int FOLLOW_UP_LAST_DAY = 60;
    /** No procedure in the follow-up window: the greatest packed date, after every check. */
    public static final int NO_FOLLOW_UP = Integer.MAX_VALUE;
    /** No check that answers a follow-up in P: the least packed date, before every procedure. */
    public static final int NO_CHECK = 0;

    /** Bits of a woman's due state ({@link #dueState}), merged by OR. */
    private static final int IUD_IN_USE = 1;
    private static final int STERILISED_OVER_A_YEAR = 2;
    private static final int PREGNANT = 4;
    private static final int RECENT_OUTCOME = 8;
    private static final int IUD_CHECKED = 16;
    private static final int PREGNANCY_CHECKED = 32;

    /**
     * What a contraceptive episode leaves on its woman's due state: an IUD in use on the
     * reference date, or a sterilisation (hers, or her husband's as recorded under her) in use
     * on the reference date and started more than a year before it (the reference date after
     * the start's first anniversary).
     *
     * @return bits to OR into her state, 0 if none
     */
    public static int dueState(ContraceptiveEpisode episode, PeriodDays p) {
        if (!episode.isInUseOn(p.period().referenceDate())) {
            return 0;
        }
        ContraceptiveMethod m = episode.method();
        if (m == ContraceptiveMethod.IUD) {
            return IUD_IN_USE;
        }
        boolean sterilisation = m == ContraceptiveMethod.FEMALE_STERILIZATION || m == ContraceptiveMethod.MALE_STERILIZATION;
        // More than a year: the reference date is after the first anniversary of the start, the
        // anniversary taken as ages are (29 February to 1 March), so a full year has passed by the day before.
        return sterilisation && PackedDate.completedYears(PackedDate.of(episode.startDate()), p.dayBeforeReference()) >= 1
                ? STERILISED_OVER_A_YEAR : 0;
    }

    /**
     * What a pregnancy leaves on its woman's due state: pregnant on the reference date (as
     * CURRENT_PREGNANCIES counts her), or an outcome (a delivery or a termination of any
     * kind) in the 30 days up to it, {@code [r − 30, r]}.
     *
     * @return bits to OR into her state, 0 if none
     */
    public static int dueState(Pregnancy pregnancy, PeriodDays p) {
        int state = pregnancy.isCurrentOn(p.period().referenceDate()) ? PREGNANT : 0;
        if (pregnancy.outcome() != PregnancyOutcome.ONGOING && isRecentOutcome(pregnancy.outcomeDate().orElseThrow(), p)) {
            state |= RECENT_OUTCOME;
        }
        return state;
    }

    /**
     * What a birth of {@code births.csv} leaves on its mother's due state: a delivery, live or
     * stillborn, in the 30 days up to the reference date, {@code [r − 30, r]}, as a pregnancy's
     * outcome in that window does (the same bit, so a delivery recorded in both tables exempts
     * her once).
     *
     * @return bits to OR into her state, 0 if none
     */
    public static int dueState(Birth birth, PeriodDays p) {
        return isRecentOutcome(birth.birthDate(), p) ? RECENT_OUTCOME : 0;
    }

    /**
     * What a procedure leaves on its woman's due state: a termination, an
     * {@code induced_abortion} or a {@code mid_term_induction}, in the 30 days up to the
     * reference date, {@code [r − 30, r]}, as a pregnancy's outcome in that window does (the
     * same bit, so a termination recorded in both tables exempts her once). Its follow-up is
     * {@link #followUpProcedure}'s.
     *
     * @return bits to OR into her state, 0 if none
     */
    public static int dueState(Procedure procedure, PeriodDays p) {
        boolean termination = procedure.type() == ProcedureType.INDUCED_ABORTION || procedure.type() == ProcedureType.MID_TERM_INDUCTION;
        return termination && isRecentOutcome(procedure.date(), p) ? RECENT_OUTCOME : 0;
    }

    /** @return true if a delivery or termination on the date is one of the 30 days up to the reference date, {@code [r − 30, r]} */
    private static boolean isRecentOutcome(LocalDate date, PeriodDays p) {
        return !date.isBefore(p.recentOutcomeFrom()) && !date.isAfter(p.period().referenceDate());
    }

    /**
     * What a check leaves on its woman's due state: an IUD check or a pregnancy check in P.
     *
     * @return bits to OR into her state, 0 if none
     */
    public static int dueState(HealthCheck check, PeriodDays p) {
        if (!p.period().contains(check.date())) {
            return 0;
        }
        return switch (check.kind()) {
            case IUD_CHECK -> IUD_CHECKED;
            case PREGNANCY_CHECK -> PREGNANCY_CHECKED;
            default -> 0;
        };
    }

    /**
     * @return the packed date of a check in P that can answer a follow-up (an IUD, pregnancy or
     *         disease check), else {@link #NO_CHECK}; of several, the latest counts
     */
    public static int followUpCheck(HealthCheck check, PeriodDays p) {
        return check.kind().countsForCoverage() && p.period().contains(check.date()) ? PackedDate.of(check.date()) : NO_CHECK;
    }

    /**
     * @return the packed date of an IUD insertion or removal or an implant insertion 30 to 60
     *         days before the reference date ({@code [r − 60, r − 30]}), else {@link #NO_FOLLOW_UP};
     *         of several, the earliest counts
     */
    public static int followUpProcedure(Procedure procedure, PeriodDays p) {
        switch (procedure.type()) {
            case IUD_INSERTION:
            case IUD_REMOVAL:
            case IMPLANT_INSERTION:
                LocalDate d = procedure.date();
                return d.isBefore(p.followUpFrom()) || d.isAfter(p.followUpTo()) ? NO_FOLLOW_UP : PackedDate.of(d);
            default:
                return NO_FOLLOW_UP;
        }
    }

    /**
     * A woman's reasons to be due for a check on the reference date (the national grassroots
     * WIS service-guidance convention, 2005): an IUD check if she is a married WRA with an IUD
     * in use; a pregnancy check if she is a married WRA who is not pregnant, not sterilised
     * more than a year before, and had no delivery or termination in the last 30 days (a
     * pregnancy's outcome, a birth, an abortion procedure); a follow-up
     * if she is a WRA (of any marital status) with a procedure in the follow-up window.
     *
     * @param birthDate her birth date, packed
     * @param married true if married or remarried
     * @param state her due state, the OR of {@link #dueState}s
     * @param followUp the earliest {@link #followUpProcedure}, or {@link #NO_FOLLOW_UP}
     * @return the OR of {@link #DUE_IUD_CHECK}, {@link #DUE_PREGNANCY_CHECK} and {@link #DUE_FOLLOW_UP}; 0 if not due
     */
    public static int dueReasons(PeriodDays p, int birthDate, boolean married, int state, int followUp) {
        if (!AgeGroup.isChildbearingAge(PackedDate.completedYears(birthDate, p.reference()))) {
            return 0;
        }
        int reasons = followUp != NO_FOLLOW_UP ? DUE_FOLLOW_UP : 0;
        if (married) {
            if ((state & IUD_IN_USE) != 0) {
                reasons |= DUE_IUD_CHECK;
            }
            if ((state & (PREGNANT | STERILISED_OVER_A_YEAR | RECENT_OUTCOME)) == 0) {
                reasons |= DUE_PREGNANCY_CHECK;
            }
        }
        return reasons;
    }

    /**
     * Whether a woman due was checked as one of her reasons asks: an IUD check in P for an IUD
     * check, a pregnancy check in P for a pregnancy check, and for a follow-up an IUD,
     * pregnancy or disease check in P on or after her first procedure of the window.
     *
     * @param reasons her {@link #dueReasons}
     * @param state her due state
     * @param followUp her earliest follow-up procedure, or {@link #NO_FOLLOW_UP}
     * @param lastCheck her latest {@link #followUpCheck}, or {@link #NO_CHECK}
     * @return true if she counts as checked
     */
    public static boolean dueChecked(int reasons, int state, int followUp, int lastCheck) {
        return (reasons & DUE_IUD_CHECK) != 0 && (state & IUD_CHECKED) != 0
                || (reasons & DUE_PREGNANCY_CHECK) != 0 && (state & PREGNANCY_CHECKED) != 0
                || (reasons & DUE_FOLLOW_UP) != 0 && lastCheck >= followUp;
    }

    /** @return the date packed as the rules take dates, see {@link PackedDate} */
    public static int packed(LocalDate date) {
        return PackedDate.of(date);
    }

    /**
     * @return the packed date of a live birth that counts among its mother's children up
     *         to the reference date, or 0 if the birth is not live or comes later
     */
    public static int childBorn(Birth birth, PeriodDays p) {
        if (!birth.isLive()) {
            return 0;
        }
        int day = PackedDate.of(birth.birthDate());
        return day <= p.end() ? day : 0;
    }

    /**
     * What a live birth adds to its mother's area if it falls in the period: live births,
     * by sex, in policy as recorded, recorded unknown but in policy under the rules in force
     * on its date, by order, by the mother's age group, by order and age group, by order and
     * sex, and for a first birth the mother's exact age in days.
     *
     * @param day the birth's date, packed, as {@link #childBorn} gave it
     * @param motherBirthDate the mother's birth date, packed
     * @param rules the policy rules that judge a birth recorded unknown
     * @param motherArea the mother's area code, as a number
     * @param motherStatus the mother's marital status
     * @param motherMarriage the mother's marriage date as an epoch day, or {@link #NO_MARRIAGE}
     */
    public static void liveBirth(long[] counts, PeriodDays p, Birth birth, int day, int motherBirthDate, PolicyRules rules,
            long motherArea, MaritalStatus motherStatus, int motherMarriage) {
        if (day < p.start()) {
            return;
        }
        counts[Count.LIVE_BIRTHS.ordinal()]++;
        counts[(birth.sex() == Sex.MALE ? Count.MALE_BIRTHS : Count.FEMALE_BIRTHS).ordinal()]++;
        if (birth.policy() == PolicyStatus.IN) {
            counts[Count.POLICY_IN_BIRTHS.ordinal()]++;
        } else if (birth.policy() == PolicyStatus.UNKNOWN
                && derivedPolicy(rules, birth, motherArea, motherStatus, motherMarriage) == PolicyStatus.IN) {
            counts[Count.POLICY_FILLED_IN_BIRTHS.ordinal()]++;
        }
        // A live birth always has its order (Birth checks it), so the orders add up to the live births.
        int order = birth.birthOrder().getAsInt();
        int k = Math.min(order, ORDER_GROUPS) - 1;
        counts[Count.birthOrder(order).ordinal()]++;
        counts[(birth.sex() == Sex.MALE ? MALE_BY_ORDER : FEMALE_BY_ORDER)[k]]++;
        if (order == 1) {
            counts[Count.FIRST_BIRTH_MOTHER_DAYS.ordinal()] += PackedDate.epochDay(day) - PackedDate.epochDay(motherBirthDate);
        }
        int age = PackedDate.completedYears(motherBirthDate, day);
        if (AgeGroup.isChildbearingAge(age)) {
            int g = (age - AgeGroup.CHILDBEARING_MIN) / 5;
            counts[BIRTHS_BY_AGE[g]]++;
            counts[BIRTHS_BY_ORDER_AND_AGE[k][g]]++;
        }
    }

    /**
     * @param rules the policy rules
     * @param birth a live birth
     * @param motherArea the mother's area code, as a number
     * @param motherStatus the mother's marital status
     * @param motherMarriage the mother's marriage date as an epoch day, or {@link #NO_MARRIAGE}
     * @return the birth's status under the rule in force on its date in the mother's province
     */
    public static PolicyStatus derivedPolicy(PolicyRules rules, Birth birth, long motherArea, MaritalStatus motherStatus,
            int motherMarriage) {
        Optional<LocalDate> marriage = motherMarriage == NO_MARRIAGE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(motherMarriage));
        BirthCircumstances circumstances = BirthCircumstances.of(birth.birthDate(), birth.birthOrder().getAsInt(),
                MarriageAtBirth.of(motherStatus, marriage, birth.birthDate()), birth.birthPermit());
        return rules.judge(circumstances, AreaCode.ofNumber(motherArea)).status();
    }

    /** @return the epoch day of a marriage date, or {@link #NO_MARRIAGE} */
    public static int marriageDay(Optional<LocalDate> marriageDate) {
        return marriageDate.map(d -> (int) d.toEpochDay()).orElse(NO_MARRIAGE);
    }

    /** @return the ordinal of the episode's method if it is in use on the reference date, else {@link #NO_METHOD}; the best of several is the least */
    public static int methodInUse(ContraceptiveEpisode episode, PeriodDays p) {
        return episode.isInUseOn(p.period().referenceDate()) ? episode.method().ordinal() : NO_METHOD;
    }

    /** @return true if the check counts for coverage and falls in the period */
    public static boolean checkCounts(HealthCheck check, PeriodDays p) {
        return check.kind().countsForCoverage() && p.period().contains(check.date());
    }

    /** What a pregnancy adds to its woman's area: current on the reference date, planned or not if started in P, its outcome if it ends in P. */
    public static void pregnancy(long[] counts, PeriodDays p, Pregnancy pregnancy) {
        if (pregnancy.isCurrentOn(p.period().referenceDate())) {
            counts[Count.CURRENT_PREGNANCIES.ordinal()]++;
        }
        if (p.period().contains(pregnancy.startDate()) && pregnancy.planned().isPresent()) {
            counts[Count.PREGNANCIES_PLANNED_KNOWN.ordinal()]++;
            if (!pregnancy.planned().get()) {
                counts[Count.PREGNANCIES_UNPLANNED.ordinal()]++;
            }
        }
        if (pregnancy.outcome() != PregnancyOutcome.ONGOING && p.period().contains(pregnancy.outcomeDate().orElseThrow())) {
            counts[Count.outcome(pregnancy.outcome()).ordinal()]++;
        }
    }

    /** What a procedure adds to its woman's area: one of its type if it falls in P. */
    public static void procedure(long[] counts, PeriodDays p, Procedure procedure) {
        if (p.period().contains(procedure.date())) {
            counts[Count.procedures(procedure.type()).ordinal()]++;
        }
    }

    /**
     * What a distribution adds to its area (its woman's, or its own without a woman): its
     * quantity to the method's distributed units, if it falls in P.
     */
    public static void distribution(long[] counts, PeriodDays p, Distribution distribution) {
        if (distributionCounts(distribution, p)) {
            counts[Count.distributed(distribution.method()).ordinal()] += distribution.quantity();
        }
    }

    /** @return true if the distribution counts: it falls in P */
    public static boolean distributionCounts(Distribution distribution, PeriodDays p) {
        return p.period().contains(distribution.date());
    }

    /** @return true if the death counts in its own area: it falls in P */
    public static boolean deathCounts(Death death, PeriodDays p) {
        return p.period().contains(death.deathDate());
    }

    /** @return the row's average population if the row is of this period, else null */
    public static BigDecimal population(PopulationCount count, PeriodDays p) {
        return count.period().equals(p.period()) ? new BigDecimal(count.averagePopulationOrDerived()) : null;
    }

    /** What a household adds to its own area, from the live births of its women up to the reference date. */
    public static void household(long[] counts, int children, int sons) {
        if (children == 1) {
            counts[Count.ONE_CHILD_HOUSEHOLDS.ordinal()]++;
            if (sons == 1) {
                counts[Count.ONLY_SON_HOUSEHOLDS.ordinal()]++;
            }
        } else if (children == 2 && sons == 0) {
            counts[Count.TWO_DAUGHTER_HOUSEHOLDS.ordinal()]++;
        }
    }
}
