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
package io.github.fpkit.indicators;

import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The additive counts an {@link AreaTally} keeps, one slot each. Every indicator of the
 * catalogue is a {@link Formula} over these counts (and, for the crude rates, the average
 * population); the counts named like a count indicator are that indicator.
 *
 * <pre>{@code
 * Indicator.SRB.formula();            // MALE_BIRTHS / FEMALE_BIRTHS
 * Count.MALE_BIRTHS.tables();         // [women, births]
 * Count.users(ContraceptiveMethod.IUD); // USERS_IUD
 * }</pre>
 *
 * <p>Woman-days are kept as whole days so that sums never depend on their order. The
 * constants' order is the order of a tally's {@linkplain AreaTally#toBytes() compact form}:
 * new counts are appended, never inserted.
 */
public enum Count {
    /** Live births in P. */
    LIVE_BIRTHS(RegisterTable.BIRTHS),
    /** Male live births in P. */
    MALE_BIRTHS(RegisterTable.BIRTHS),
    /** Female live births in P. */
    FEMALE_BIRTHS(RegisterTable.BIRTHS),
    /** Live births in P with {@code policy = in}. */
    POLICY_IN_BIRTHS(RegisterTable.BIRTHS),
    /** Live births in P of order 1. */
    BIRTHS_ORDER_1(RegisterTable.BIRTHS),
    /** Live births in P of order 2. */
    BIRTHS_ORDER_2(RegisterTable.BIRTHS),
    /** Live births in P of order 3 or more. */
    BIRTHS_ORDER_3P(RegisterTable.BIRTHS),
    /** Deaths in P, in the death's own area. */
    DEATHS(RegisterTable.DEATHS),
    /** Women aged 15–49 on the reference date. */
    WRA(),
    /** WRA who are married or remarried. */
    MARRIED_WRA(),
    /** Married WRA with no live birth up to the reference date. */
    PARITY_0(RegisterTable.BIRTHS),
    /** Married WRA with one live birth up to the reference date. */
    PARITY_1(RegisterTable.BIRTHS),
    /** Married WRA with two live births up to the reference date. */
    PARITY_2(RegisterTable.BIRTHS),
    /** Married WRA with three or more live births up to the reference date. */
    PARITY_3P(RegisterTable.BIRTHS),
    /** Live births in P to mothers aged 15–19 at the birth. */
    BIRTHS_AGE_15_19(RegisterTable.BIRTHS),
    /** Live births in P to mothers aged 20–24 at the birth. */
    BIRTHS_AGE_20_24(RegisterTable.BIRTHS),
    /** Live births in P to mothers aged 25–29 at the birth. */
    BIRTHS_AGE_25_29(RegisterTable.BIRTHS),
    /** Live births in P to mothers aged 30–34 at the birth. */
    BIRTHS_AGE_30_34(RegisterTable.BIRTHS),
    /** Live births in P to mothers aged 35–39 at the birth. */
    BIRTHS_AGE_35_39(RegisterTable.BIRTHS),
    /** Live births in P to mothers aged 40–44 at the birth. */
    BIRTHS_AGE_40_44(RegisterTable.BIRTHS),
    /** Live births in P to mothers aged 45–49 at the birth. */
    BIRTHS_AGE_45_49(RegisterTable.BIRTHS),
    /** Days of P lived by the register's women at ages 15–19. */
    DAYS_AGE_15_19(),
    /** Days of P lived by the register's women at ages 20–24. */
    DAYS_AGE_20_24(),
    /** Days of P lived by the register's women at ages 25–29. */
    DAYS_AGE_25_29(),
    /** Days of P lived by the register's women at ages 30–34. */
    DAYS_AGE_30_34(),
    /** Days of P lived by the register's women at ages 35–39. */
    DAYS_AGE_35_39(),
    /** Days of P lived by the register's women at ages 40–44. */
    DAYS_AGE_40_44(),
    /** Days of P lived by the register's women at ages 45–49. */
    DAYS_AGE_45_49(),
    /** Married WRA whose method in use on the reference date is female sterilisation. */
    USERS_FEMALE_STERILIZATION(RegisterTable.CONTRACEPTION),
    /** Married WRA whose method in use on the reference date is male sterilisation. */
    USERS_MALE_STERILIZATION(RegisterTable.CONTRACEPTION),
    /** Married WRA whose method in use on the reference date is the IUD. */
    USERS_IUD(RegisterTable.CONTRACEPTION),
    /** Married WRA whose method in use on the reference date is an implant. */
    USERS_IMPLANT(RegisterTable.CONTRACEPTION),
    /** Married WRA whose method in use on the reference date is an injectable. */
    USERS_INJECTABLE(RegisterTable.CONTRACEPTION),
    /** Married WRA whose method in use on the reference date is the oral pill. */
    USERS_ORAL_PILL(RegisterTable.CONTRACEPTION),
    /** Married WRA whose method in use on the reference date is the condom. */
    USERS_CONDOM(RegisterTable.CONTRACEPTION),
    /** Married WRA whose method in use on the reference date is another modern method. */
    USERS_OTHER_MODERN(RegisterTable.CONTRACEPTION),
    /** Married WRA whose method in use on the reference date is a traditional method. */
    USERS_TRADITIONAL(RegisterTable.CONTRACEPTION),
    /** IUD insertions in P. */
    PROC_IUD_INSERTION(RegisterTable.PROCEDURES),
    /** IUD removals in P. */
    PROC_IUD_REMOVAL(RegisterTable.PROCEDURES),
    /** Female sterilisations in P. */
    PROC_FEMALE_STERILIZATION(RegisterTable.PROCEDURES),
    /** Male sterilisations in P. */
    PROC_MALE_STERILIZATION(RegisterTable.PROCEDURES),
    /** Induced abortions in P. */
    PROC_INDUCED_ABORTION(RegisterTable.PROCEDURES),
    /** Mid-term inductions in P. */
    PROC_MID_TERM_INDUCTION(RegisterTable.PROCEDURES),
    /** Implant insertions in P. */
    PROC_IMPLANT_INSERTION(RegisterTable.PROCEDURES),
    /** Implant removals in P. */
    PROC_IMPLANT_REMOVAL(RegisterTable.PROCEDURES),
    /** Pregnancies started on or before the reference date, ongoing or ending after it. */
    CURRENT_PREGNANCIES(RegisterTable.PREGNANCIES),
    /** Pregnancies started in P whose {@code planned} flag is known. */
    PREGNANCIES_PLANNED_KNOWN(RegisterTable.PREGNANCIES),
    /** Pregnancies started in P with {@code planned = false}. */
    PREGNANCIES_UNPLANNED(RegisterTable.PREGNANCIES),
    /** Pregnancies ending in P in a live birth. */
    OUTCOME_LIVE_BIRTH(RegisterTable.PREGNANCIES),
    /** Pregnancies ending in P in a stillbirth. */
    OUTCOME_STILLBIRTH(RegisterTable.PREGNANCIES),
    /** Pregnancies ending in P in an induced abortion. */
    OUTCOME_INDUCED_ABORTION(RegisterTable.PREGNANCIES),
    /** Pregnancies ending in P in a mid-term induction. */
    OUTCOME_MID_TERM_INDUCTION(RegisterTable.PREGNANCIES),
    /** Pregnancies ending in P in a miscarriage. */
    OUTCOME_MISCARRIAGE(RegisterTable.PREGNANCIES),
    /** Married WRA with an IUD, pregnancy or disease check in P. */
    CHECKED_MARRIED_WRA(RegisterTable.HEALTH_CHECKS),
    /** Households with exactly one live-born child up to the reference date. */
    ONE_CHILD_HOUSEHOLDS(RegisterTable.HOUSEHOLDS, RegisterTable.BIRTHS),
    /** One-child households whose child is male. */
    ONLY_SON_HOUSEHOLDS(RegisterTable.HOUSEHOLDS, RegisterTable.BIRTHS),
    /** Households with exactly two live-born children, both female. */
    TWO_DAUGHTER_HOUSEHOLDS(RegisterTable.HOUSEHOLDS, RegisterTable.BIRTHS),
    /** WRA of any marital status whose method in use on the reference date is modern (not traditional). */
    WRA_MODERN_USERS(RegisterTable.CONTRACEPTION),
    /** Live births in P of order 1 to mothers aged 15–19 at the birth. */
    BIRTHS_ORDER_1_AGE_15_19(RegisterTable.BIRTHS),
    /** Live births in P of order 1 to mothers aged 20–24 at the birth. */
    BIRTHS_ORDER_1_AGE_20_24(RegisterTable.BIRTHS),
    /** Live births in P of order 1 to mothers aged 25–29 at the birth. */
    BIRTHS_ORDER_1_AGE_25_29(RegisterTable.BIRTHS),
    /** Live births in P of order 1 to mothers aged 30–34 at the birth. */
    BIRTHS_ORDER_1_AGE_30_34(RegisterTable.BIRTHS),
    /** Live births in P of order 1 to mothers aged 35–39 at the birth. */
    BIRTHS_ORDER_1_AGE_35_39(RegisterTable.BIRTHS),
    /** Live births in P of order 1 to mothers aged 40–44 at the birth. */
    BIRTHS_ORDER_1_AGE_40_44(RegisterTable.BIRTHS),
    /** Live births in P of order 1 to mothers aged 45–49 at the birth. */
    BIRTHS_ORDER_1_AGE_45_49(RegisterTable.BIRTHS),
    /** Live births in P of order 2 to mothers aged 15–19 at the birth. */
    BIRTHS_ORDER_2_AGE_15_19(RegisterTable.BIRTHS),
    /** Live births in P of order 2 to mothers aged 20–24 at the birth. */
    BIRTHS_ORDER_2_AGE_20_24(RegisterTable.BIRTHS),
    /** Live births in P of order 2 to mothers aged 25–29 at the birth. */
    BIRTHS_ORDER_2_AGE_25_29(RegisterTable.BIRTHS),
    /** Live births in P of order 2 to mothers aged 30–34 at the birth. */
    BIRTHS_ORDER_2_AGE_30_34(RegisterTable.BIRTHS),
    /** Live births in P of order 2 to mothers aged 35–39 at the birth. */
    BIRTHS_ORDER_2_AGE_35_39(RegisterTable.BIRTHS),
    /** Live births in P of order 2 to mothers aged 40–44 at the birth. */
    BIRTHS_ORDER_2_AGE_40_44(RegisterTable.BIRTHS),
    /** Live births in P of order 2 to mothers aged 45–49 at the birth. */
    BIRTHS_ORDER_2_AGE_45_49(RegisterTable.BIRTHS),
    /** Live births in P of order 3 or more to mothers aged 15–19 at the birth. */
    BIRTHS_ORDER_3P_AGE_15_19(RegisterTable.BIRTHS),
    /** Live births in P of order 3 or more to mothers aged 20–24 at the birth. */
    BIRTHS_ORDER_3P_AGE_20_24(RegisterTable.BIRTHS),
    /** Live births in P of order 3 or more to mothers aged 25–29 at the birth. */
    BIRTHS_ORDER_3P_AGE_25_29(RegisterTable.BIRTHS),
    /** Live births in P of order 3 or more to mothers aged 30–34 at the birth. */
    BIRTHS_ORDER_3P_AGE_30_34(RegisterTable.BIRTHS),
    /** Live births in P of order 3 or more to mothers aged 35–39 at the birth. */
    BIRTHS_ORDER_3P_AGE_35_39(RegisterTable.BIRTHS),
    /** Live births in P of order 3 or more to mothers aged 40–44 at the birth. */
    BIRTHS_ORDER_3P_AGE_40_44(RegisterTable.BIRTHS),
    /** Live births in P of order 3 or more to mothers aged 45–49 at the birth. */
    BIRTHS_ORDER_3P_AGE_45_49(RegisterTable.BIRTHS),
    /** Male live births in P of order 1. */
    MALE_BIRTHS_ORDER_1(RegisterTable.BIRTHS),
    /** Female live births in P of order 1. */
    FEMALE_BIRTHS_ORDER_1(RegisterTable.BIRTHS),
    /** Male live births in P of order 2. */
    MALE_BIRTHS_ORDER_2(RegisterTable.BIRTHS),
    /** Female live births in P of order 2. */
    FEMALE_BIRTHS_ORDER_2(RegisterTable.BIRTHS),
    /** Male live births in P of order 3 or more. */
    MALE_BIRTHS_ORDER_3P(RegisterTable.BIRTHS),
    /** Female live births in P of order 3 or more. */
    FEMALE_BIRTHS_ORDER_3P(RegisterTable.BIRTHS),
    /**
     * The mothers' exact ages at the live births of order 1 in P, in days (from the mother's birth
     * date to the birth), summed over those births whatever the mother's age.
     */
    FIRST_BIRTH_MOTHER_DAYS(RegisterTable.BIRTHS),
    /** Cycles of oral pills distributed in P ({@code distributions.csv}), in the woman's area or the row's own. */
    DISTRIBUTED_ORAL_PILL(RegisterTable.DISTRIBUTIONS),
    /** Condoms distributed in P, in the woman's area or the row's own. */
    DISTRIBUTED_CONDOM(RegisterTable.DISTRIBUTIONS),
    /** Doses of injectables distributed in P, in the woman's area or the row's own. */
    DISTRIBUTED_INJECTABLE(RegisterTable.DISTRIBUTIONS),
    /**
     * Women due for a check on the reference date (应检人数): WRA due for an IUD check, a pregnancy
     * check or a follow-up by the rules of {@link io.github.fpkit.indicators.duelist.DueReason}.
     */
    DUE_WOMEN(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES, RegisterTable.PROCEDURES),
    /** Women due on the reference date who had a check in P of a kind one of their reasons asks for (受检人数). */
    DUE_WOMEN_CHECKED(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES, RegisterTable.PROCEDURES, RegisterTable.HEALTH_CHECKS),
    /** Episodes of the IUD starting in the 12 months before P (the discontinuation cohort). */
    COHORT_EPISODES_IUD(RegisterTable.CONTRACEPTION),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 1 of use. */
    FAILED_IUD_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 2 of use. */
    FAILED_IUD_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 3 of use. */
    FAILED_IUD_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 4 of use. */
    FAILED_IUD_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 5 of use. */
    FAILED_IUD_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 6 of use. */
    FAILED_IUD_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 7 of use. */
    FAILED_IUD_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 8 of use. */
    FAILED_IUD_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 9 of use. */
    FAILED_IUD_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 10 of use. */
    FAILED_IUD_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 11 of use. */
    FAILED_IUD_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD ended by a pregnancy starting in month 12 of use. */
    FAILED_IUD_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 1 of use, without failure. */
    DISCONTINUED_IUD_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 2 of use, without failure. */
    DISCONTINUED_IUD_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 3 of use, without failure. */
    DISCONTINUED_IUD_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 4 of use, without failure. */
    DISCONTINUED_IUD_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 5 of use, without failure. */
    DISCONTINUED_IUD_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 6 of use, without failure. */
    DISCONTINUED_IUD_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 7 of use, without failure. */
    DISCONTINUED_IUD_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 8 of use, without failure. */
    DISCONTINUED_IUD_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 9 of use, without failure. */
    DISCONTINUED_IUD_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 10 of use, without failure. */
    DISCONTINUED_IUD_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 11 of use, without failure. */
    DISCONTINUED_IUD_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD whose last day of use, on or before the reference date, falls in month 12 of use, without failure. */
    DISCONTINUED_IUD_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 1 of use (censored). */
    CENSORED_IUD_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 2 of use (censored). */
    CENSORED_IUD_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 3 of use (censored). */
    CENSORED_IUD_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 4 of use (censored). */
    CENSORED_IUD_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 5 of use (censored). */
    CENSORED_IUD_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 6 of use (censored). */
    CENSORED_IUD_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 7 of use (censored). */
    CENSORED_IUD_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 8 of use (censored). */
    CENSORED_IUD_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 9 of use (censored). */
    CENSORED_IUD_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 10 of use (censored). */
    CENSORED_IUD_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 11 of use (censored). */
    CENSORED_IUD_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD still in use on the reference date, which falls in month 12 of use (censored). */
    CENSORED_IUD_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the IUD discontinued (not failed) within 12 months of use whose 30 days after the end have passed by the reference date. */
    SWITCH_OBSERVED_IUD(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Of those, the episodes followed by an episode of another method starting within 30 days of the end. */
    SWITCHED_IUD(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Episodes of implants starting in the 12 months before P (the discontinuation cohort). */
    COHORT_EPISODES_IMPLANT(RegisterTable.CONTRACEPTION),
    /** Cohort episodes of implants ended by a pregnancy starting in month 1 of use. */
    FAILED_IMPLANT_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 2 of use. */
    FAILED_IMPLANT_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 3 of use. */
    FAILED_IMPLANT_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 4 of use. */
    FAILED_IMPLANT_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 5 of use. */
    FAILED_IMPLANT_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 6 of use. */
    FAILED_IMPLANT_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 7 of use. */
    FAILED_IMPLANT_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 8 of use. */
    FAILED_IMPLANT_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 9 of use. */
    FAILED_IMPLANT_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 10 of use. */
    FAILED_IMPLANT_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 11 of use. */
    FAILED_IMPLANT_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants ended by a pregnancy starting in month 12 of use. */
    FAILED_IMPLANT_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 1 of use, without failure. */
    DISCONTINUED_IMPLANT_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 2 of use, without failure. */
    DISCONTINUED_IMPLANT_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 3 of use, without failure. */
    DISCONTINUED_IMPLANT_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 4 of use, without failure. */
    DISCONTINUED_IMPLANT_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 5 of use, without failure. */
    DISCONTINUED_IMPLANT_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 6 of use, without failure. */
    DISCONTINUED_IMPLANT_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 7 of use, without failure. */
    DISCONTINUED_IMPLANT_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 8 of use, without failure. */
    DISCONTINUED_IMPLANT_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 9 of use, without failure. */
    DISCONTINUED_IMPLANT_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 10 of use, without failure. */
    DISCONTINUED_IMPLANT_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 11 of use, without failure. */
    DISCONTINUED_IMPLANT_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants whose last day of use, on or before the reference date, falls in month 12 of use, without failure. */
    DISCONTINUED_IMPLANT_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 1 of use (censored). */
    CENSORED_IMPLANT_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 2 of use (censored). */
    CENSORED_IMPLANT_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 3 of use (censored). */
    CENSORED_IMPLANT_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 4 of use (censored). */
    CENSORED_IMPLANT_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 5 of use (censored). */
    CENSORED_IMPLANT_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 6 of use (censored). */
    CENSORED_IMPLANT_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 7 of use (censored). */
    CENSORED_IMPLANT_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 8 of use (censored). */
    CENSORED_IMPLANT_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 9 of use (censored). */
    CENSORED_IMPLANT_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 10 of use (censored). */
    CENSORED_IMPLANT_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 11 of use (censored). */
    CENSORED_IMPLANT_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants still in use on the reference date, which falls in month 12 of use (censored). */
    CENSORED_IMPLANT_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of implants discontinued (not failed) within 12 months of use whose 30 days after the end have passed by the reference date. */
    SWITCH_OBSERVED_IMPLANT(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Of those, the episodes followed by an episode of another method starting within 30 days of the end. */
    SWITCHED_IMPLANT(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Episodes of injectables starting in the 12 months before P (the discontinuation cohort). */
    COHORT_EPISODES_INJECTABLE(RegisterTable.CONTRACEPTION),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 1 of use. */
    FAILED_INJECTABLE_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 2 of use. */
    FAILED_INJECTABLE_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 3 of use. */
    FAILED_INJECTABLE_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 4 of use. */
    FAILED_INJECTABLE_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 5 of use. */
    FAILED_INJECTABLE_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 6 of use. */
    FAILED_INJECTABLE_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 7 of use. */
    FAILED_INJECTABLE_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 8 of use. */
    FAILED_INJECTABLE_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 9 of use. */
    FAILED_INJECTABLE_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 10 of use. */
    FAILED_INJECTABLE_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 11 of use. */
    FAILED_INJECTABLE_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables ended by a pregnancy starting in month 12 of use. */
    FAILED_INJECTABLE_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 1 of use, without failure. */
    DISCONTINUED_INJECTABLE_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 2 of use, without failure. */
    DISCONTINUED_INJECTABLE_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 3 of use, without failure. */
    DISCONTINUED_INJECTABLE_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 4 of use, without failure. */
    DISCONTINUED_INJECTABLE_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 5 of use, without failure. */
    DISCONTINUED_INJECTABLE_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 6 of use, without failure. */
    DISCONTINUED_INJECTABLE_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 7 of use, without failure. */
    DISCONTINUED_INJECTABLE_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 8 of use, without failure. */
    DISCONTINUED_INJECTABLE_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 9 of use, without failure. */
    DISCONTINUED_INJECTABLE_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 10 of use, without failure. */
    DISCONTINUED_INJECTABLE_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 11 of use, without failure. */
    DISCONTINUED_INJECTABLE_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables whose last day of use, on or before the reference date, falls in month 12 of use, without failure. */
    DISCONTINUED_INJECTABLE_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 1 of use (censored). */
    CENSORED_INJECTABLE_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 2 of use (censored). */
    CENSORED_INJECTABLE_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 3 of use (censored). */
    CENSORED_INJECTABLE_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 4 of use (censored). */
    CENSORED_INJECTABLE_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 5 of use (censored). */
    CENSORED_INJECTABLE_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 6 of use (censored). */
    CENSORED_INJECTABLE_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 7 of use (censored). */
    CENSORED_INJECTABLE_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 8 of use (censored). */
    CENSORED_INJECTABLE_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 9 of use (censored). */
    CENSORED_INJECTABLE_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 10 of use (censored). */
    CENSORED_INJECTABLE_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 11 of use (censored). */
    CENSORED_INJECTABLE_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables still in use on the reference date, which falls in month 12 of use (censored). */
    CENSORED_INJECTABLE_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of injectables discontinued (not failed) within 12 months of use whose 30 days after the end have passed by the reference date. */
    SWITCH_OBSERVED_INJECTABLE(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Of those, the episodes followed by an episode of another method starting within 30 days of the end. */
    SWITCHED_INJECTABLE(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Episodes of the oral pill starting in the 12 months before P (the discontinuation cohort). */
    COHORT_EPISODES_ORAL_PILL(RegisterTable.CONTRACEPTION),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 1 of use. */
    FAILED_ORAL_PILL_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 2 of use. */
    FAILED_ORAL_PILL_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 3 of use. */
    FAILED_ORAL_PILL_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 4 of use. */
    FAILED_ORAL_PILL_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 5 of use. */
    FAILED_ORAL_PILL_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 6 of use. */
    FAILED_ORAL_PILL_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 7 of use. */
    FAILED_ORAL_PILL_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 8 of use. */
    FAILED_ORAL_PILL_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 9 of use. */
    FAILED_ORAL_PILL_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 10 of use. */
    FAILED_ORAL_PILL_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 11 of use. */
    FAILED_ORAL_PILL_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill ended by a pregnancy starting in month 12 of use. */
    FAILED_ORAL_PILL_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 1 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 2 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 3 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 4 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 5 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 6 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 7 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 8 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 9 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 10 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 11 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill whose last day of use, on or before the reference date, falls in month 12 of use, without failure. */
    DISCONTINUED_ORAL_PILL_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 1 of use (censored). */
    CENSORED_ORAL_PILL_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 2 of use (censored). */
    CENSORED_ORAL_PILL_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 3 of use (censored). */
    CENSORED_ORAL_PILL_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 4 of use (censored). */
    CENSORED_ORAL_PILL_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 5 of use (censored). */
    CENSORED_ORAL_PILL_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 6 of use (censored). */
    CENSORED_ORAL_PILL_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 7 of use (censored). */
    CENSORED_ORAL_PILL_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 8 of use (censored). */
    CENSORED_ORAL_PILL_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 9 of use (censored). */
    CENSORED_ORAL_PILL_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 10 of use (censored). */
    CENSORED_ORAL_PILL_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 11 of use (censored). */
    CENSORED_ORAL_PILL_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill still in use on the reference date, which falls in month 12 of use (censored). */
    CENSORED_ORAL_PILL_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the oral pill discontinued (not failed) within 12 months of use whose 30 days after the end have passed by the reference date. */
    SWITCH_OBSERVED_ORAL_PILL(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Of those, the episodes followed by an episode of another method starting within 30 days of the end. */
    SWITCHED_ORAL_PILL(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Episodes of the condom starting in the 12 months before P (the discontinuation cohort). */
    COHORT_EPISODES_CONDOM(RegisterTable.CONTRACEPTION),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 1 of use. */
    FAILED_CONDOM_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 2 of use. */
    FAILED_CONDOM_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 3 of use. */
    FAILED_CONDOM_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 4 of use. */
    FAILED_CONDOM_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 5 of use. */
    FAILED_CONDOM_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 6 of use. */
    FAILED_CONDOM_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 7 of use. */
    FAILED_CONDOM_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 8 of use. */
    FAILED_CONDOM_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 9 of use. */
    FAILED_CONDOM_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 10 of use. */
    FAILED_CONDOM_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 11 of use. */
    FAILED_CONDOM_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom ended by a pregnancy starting in month 12 of use. */
    FAILED_CONDOM_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 1 of use, without failure. */
    DISCONTINUED_CONDOM_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 2 of use, without failure. */
    DISCONTINUED_CONDOM_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 3 of use, without failure. */
    DISCONTINUED_CONDOM_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 4 of use, without failure. */
    DISCONTINUED_CONDOM_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 5 of use, without failure. */
    DISCONTINUED_CONDOM_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 6 of use, without failure. */
    DISCONTINUED_CONDOM_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 7 of use, without failure. */
    DISCONTINUED_CONDOM_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 8 of use, without failure. */
    DISCONTINUED_CONDOM_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 9 of use, without failure. */
    DISCONTINUED_CONDOM_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 10 of use, without failure. */
    DISCONTINUED_CONDOM_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 11 of use, without failure. */
    DISCONTINUED_CONDOM_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom whose last day of use, on or before the reference date, falls in month 12 of use, without failure. */
    DISCONTINUED_CONDOM_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 1 of use (censored). */
    CENSORED_CONDOM_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 2 of use (censored). */
    CENSORED_CONDOM_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 3 of use (censored). */
    CENSORED_CONDOM_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 4 of use (censored). */
    CENSORED_CONDOM_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 5 of use (censored). */
    CENSORED_CONDOM_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 6 of use (censored). */
    CENSORED_CONDOM_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 7 of use (censored). */
    CENSORED_CONDOM_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 8 of use (censored). */
    CENSORED_CONDOM_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 9 of use (censored). */
    CENSORED_CONDOM_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 10 of use (censored). */
    CENSORED_CONDOM_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 11 of use (censored). */
    CENSORED_CONDOM_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom still in use on the reference date, which falls in month 12 of use (censored). */
    CENSORED_CONDOM_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of the condom discontinued (not failed) within 12 months of use whose 30 days after the end have passed by the reference date. */
    SWITCH_OBSERVED_CONDOM(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Of those, the episodes followed by an episode of another method starting within 30 days of the end. */
    SWITCHED_CONDOM(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Episodes of other modern methods starting in the 12 months before P (the discontinuation cohort). */
    COHORT_EPISODES_OTHER_MODERN(RegisterTable.CONTRACEPTION),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 1 of use. */
    FAILED_OTHER_MODERN_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 2 of use. */
    FAILED_OTHER_MODERN_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 3 of use. */
    FAILED_OTHER_MODERN_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 4 of use. */
    FAILED_OTHER_MODERN_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 5 of use. */
    FAILED_OTHER_MODERN_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 6 of use. */
    FAILED_OTHER_MODERN_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 7 of use. */
    FAILED_OTHER_MODERN_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 8 of use. */
    FAILED_OTHER_MODERN_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 9 of use. */
    FAILED_OTHER_MODERN_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 10 of use. */
    FAILED_OTHER_MODERN_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 11 of use. */
    FAILED_OTHER_MODERN_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods ended by a pregnancy starting in month 12 of use. */
    FAILED_OTHER_MODERN_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 1 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 2 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 3 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 4 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 5 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 6 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 7 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 8 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 9 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 10 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 11 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods whose last day of use, on or before the reference date, falls in month 12 of use, without failure. */
    DISCONTINUED_OTHER_MODERN_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 1 of use (censored). */
    CENSORED_OTHER_MODERN_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 2 of use (censored). */
    CENSORED_OTHER_MODERN_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 3 of use (censored). */
    CENSORED_OTHER_MODERN_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 4 of use (censored). */
    CENSORED_OTHER_MODERN_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 5 of use (censored). */
    CENSORED_OTHER_MODERN_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 6 of use (censored). */
    CENSORED_OTHER_MODERN_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 7 of use (censored). */
    CENSORED_OTHER_MODERN_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 8 of use (censored). */
    CENSORED_OTHER_MODERN_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 9 of use (censored). */
    CENSORED_OTHER_MODERN_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 10 of use (censored). */
    CENSORED_OTHER_MODERN_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 11 of use (censored). */
    CENSORED_OTHER_MODERN_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods still in use on the reference date, which falls in month 12 of use (censored). */
    CENSORED_OTHER_MODERN_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of other modern methods discontinued (not failed) within 12 months of use whose 30 days after the end have passed by the reference date. */
    SWITCH_OBSERVED_OTHER_MODERN(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Of those, the episodes followed by an episode of another method starting within 30 days of the end. */
    SWITCHED_OTHER_MODERN(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Episodes of traditional methods starting in the 12 months before P (the discontinuation cohort). */
    COHORT_EPISODES_TRADITIONAL(RegisterTable.CONTRACEPTION),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 1 of use. */
    FAILED_TRADITIONAL_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 2 of use. */
    FAILED_TRADITIONAL_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 3 of use. */
    FAILED_TRADITIONAL_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 4 of use. */
    FAILED_TRADITIONAL_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 5 of use. */
    FAILED_TRADITIONAL_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 6 of use. */
    FAILED_TRADITIONAL_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 7 of use. */
    FAILED_TRADITIONAL_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 8 of use. */
    FAILED_TRADITIONAL_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 9 of use. */
    FAILED_TRADITIONAL_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 10 of use. */
    FAILED_TRADITIONAL_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 11 of use. */
    FAILED_TRADITIONAL_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods ended by a pregnancy starting in month 12 of use. */
    FAILED_TRADITIONAL_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 1 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 2 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 3 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 4 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 5 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 6 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 7 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 8 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 9 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 10 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 11 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods whose last day of use, on or before the reference date, falls in month 12 of use, without failure. */
    DISCONTINUED_TRADITIONAL_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 1 of use (censored). */
    CENSORED_TRADITIONAL_M01(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 2 of use (censored). */
    CENSORED_TRADITIONAL_M02(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 3 of use (censored). */
    CENSORED_TRADITIONAL_M03(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 4 of use (censored). */
    CENSORED_TRADITIONAL_M04(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 5 of use (censored). */
    CENSORED_TRADITIONAL_M05(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 6 of use (censored). */
    CENSORED_TRADITIONAL_M06(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 7 of use (censored). */
    CENSORED_TRADITIONAL_M07(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 8 of use (censored). */
    CENSORED_TRADITIONAL_M08(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 9 of use (censored). */
    CENSORED_TRADITIONAL_M09(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 10 of use (censored). */
    CENSORED_TRADITIONAL_M10(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 11 of use (censored). */
    CENSORED_TRADITIONAL_M11(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods still in use on the reference date, which falls in month 12 of use (censored). */
    CENSORED_TRADITIONAL_M12(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Cohort episodes of traditional methods discontinued (not failed) within 12 months of use whose 30 days after the end have passed by the reference date. */
    SWITCH_OBSERVED_TRADITIONAL(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Of those, the episodes followed by an episode of another method starting within 30 days of the end. */
    SWITCHED_TRADITIONAL(RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
    /** Deliveries (distinct birth dates of live births and stillbirths) in P, 42 days or more before the reference date, of women not sterilised before them. */
    POSTPARTUM_42D_OUTCOMES(RegisterTable.BIRTHS, RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES),
    /** Of those, the outcomes followed within 42 days by a modern method's episode or an IUD, implant or sterilisation procedure. */
    POSTPARTUM_42D_UPTAKES(RegisterTable.BIRTHS, RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES),
    /** Abortions (distinct outcome dates of pregnancies ending in induced abortion, mid-term induction or miscarriage) in P, 42 days or more before the reference date, of women not sterilised before them. */
    POSTABORTION_42D_OUTCOMES(RegisterTable.PREGNANCIES, RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES),
    /** Of those, the outcomes followed within 42 days by a modern method's episode or an IUD, implant or sterilisation procedure. */
    POSTABORTION_42D_UPTAKES(RegisterTable.PREGNANCIES, RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES),
    /** Deliveries whose 12-month anniversary falls in P, of women not sterilised before them. */
    POSTPARTUM_12M_OUTCOMES(RegisterTable.BIRTHS, RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES),
    /** Of those, the outcomes followed within 12 months by a modern method's episode or an IUD, implant or sterilisation procedure. */
    POSTPARTUM_12M_UPTAKES(RegisterTable.BIRTHS, RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES),
    /** Abortions whose 12-month anniversary falls in P, of women not sterilised before them. */
    POSTABORTION_12M_OUTCOMES(RegisterTable.PREGNANCIES, RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES),
    /** Of those, the outcomes followed within 12 months by a modern method's episode or an IUD, implant or sterilisation procedure. */
    POSTABORTION_12M_UPTAKES(RegisterTable.PREGNANCIES, RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES),
    /**
     * Live births in P recorded {@code policy = unknown} that the policy rules in force on
     * their date judge in ({@link io.github.fpkit.indicators.policy.PolicyRules}, China's by
     * default): what filling the unknown statuses adds to {@link #POLICY_IN_BIRTHS}.
     */
    POLICY_FILLED_IN_BIRTHS(RegisterTable.BIRTHS);

    private final Set<RegisterTable> tables;

    Count(RegisterTable... tables) {
        this.tables = Collections.unmodifiableSet(EnumSet.of(RegisterTable.WOMEN, tables));
    }

    /** @return the register tables this count is read from, always including {@code women}; unmodifiable */
    public Set<RegisterTable> tables() {
        return tables;
    }

    /**
     * @param method a method, not null
     * @return the users of that method, for example {@link #USERS_IUD}
     */
    public static Count users(ContraceptiveMethod method) {
        return switch (method) {
            case FEMALE_STERILIZATION -> USERS_FEMALE_STERILIZATION;
            case MALE_STERILIZATION -> USERS_MALE_STERILIZATION;
            case IUD -> USERS_IUD;
            case IMPLANT -> USERS_IMPLANT;
            case INJECTABLE -> USERS_INJECTABLE;
            case ORAL_PILL -> USERS_ORAL_PILL;
            case CONDOM -> USERS_CONDOM;
            case OTHER_MODERN -> USERS_OTHER_MODERN;
            case TRADITIONAL -> USERS_TRADITIONAL;
        };
    }

    /**
     * @param method a distributed method: {@code oral_pill}, {@code condom} or {@code injectable}, not null
     * @return the quantities of that method distributed in P, for example {@link #DISTRIBUTED_CONDOM}
     * @throws IllegalArgumentException if the method is not distributed as a commodity
     *         (see {@link io.github.fpkit.model.Distribution#METHODS})
     */
    public static Count distributed(ContraceptiveMethod method) {
        return switch (method) {
            case ORAL_PILL -> DISTRIBUTED_ORAL_PILL;
            case CONDOM -> DISTRIBUTED_CONDOM;
            case INJECTABLE -> DISTRIBUTED_INJECTABLE;
            default -> throw new IllegalArgumentException("method " + method + " is not distributed as a commodity");
        };
    }

    /**
     * @param type a procedure type, not null
     * @return the procedures of that type, for example {@link #PROC_IUD_INSERTION}
     */
    public static Count procedures(ProcedureType type) {
        return switch (type) {
            case IUD_INSERTION -> PROC_IUD_INSERTION;
            case IUD_REMOVAL -> PROC_IUD_REMOVAL;
            case FEMALE_STERILIZATION -> PROC_FEMALE_STERILIZATION;
            case MALE_STERILIZATION -> PROC_MALE_STERILIZATION;
            case INDUCED_ABORTION -> PROC_INDUCED_ABORTION;
            case MID_TERM_INDUCTION -> PROC_MID_TERM_INDUCTION;
            case IMPLANT_INSERTION -> PROC_IMPLANT_INSERTION;
            case IMPLANT_REMOVAL -> PROC_IMPLANT_REMOVAL;
        };
    }

    /**
     * @param outcome an outcome other than {@code ongoing}, not null
     * @return the pregnancies ending in that outcome, for example {@link #OUTCOME_MISCARRIAGE}
     * @throws IllegalArgumentException if the outcome is {@code ongoing} (see {@link #CURRENT_PREGNANCIES})
     */
    public static Count outcome(PregnancyOutcome outcome) {
        return switch (outcome) {
            case LIVE_BIRTH -> OUTCOME_LIVE_BIRTH;
            case STILLBIRTH -> OUTCOME_STILLBIRTH;
            case INDUCED_ABORTION -> OUTCOME_INDUCED_ABORTION;
            case MID_TERM_INDUCTION -> OUTCOME_MID_TERM_INDUCTION;
            case MISCARRIAGE -> OUTCOME_MISCARRIAGE;
            case ONGOING -> throw new IllegalArgumentException("outcome ongoing has no OUTCOME_ count; see CURRENT_PREGNANCIES");
        };
    }

    /**
     * @param group an age group, not null
     * @return the live births to mothers of that age group, for example {@link #BIRTHS_AGE_20_24}
     */
    public static Count births(AgeGroup group) {
        return switch (group) {
            case AGE_15_19 -> BIRTHS_AGE_15_19;
            case AGE_20_24 -> BIRTHS_AGE_20_24;
            case AGE_25_29 -> BIRTHS_AGE_25_29;
            case AGE_30_34 -> BIRTHS_AGE_30_34;
            case AGE_35_39 -> BIRTHS_AGE_35_39;
            case AGE_40_44 -> BIRTHS_AGE_40_44;
            case AGE_45_49 -> BIRTHS_AGE_45_49;
        };
    }

    /**
     * @param group an age group, not null
     * @return the woman-days lived in that age group, for example {@link #DAYS_AGE_20_24}
     */
    public static Count days(AgeGroup group) {
        return switch (group) {
            case AGE_15_19 -> DAYS_AGE_15_19;
            case AGE_20_24 -> DAYS_AGE_20_24;
            case AGE_25_29 -> DAYS_AGE_25_29;
            case AGE_30_34 -> DAYS_AGE_30_34;
            case AGE_35_39 -> DAYS_AGE_35_39;
            case AGE_40_44 -> DAYS_AGE_40_44;
            case AGE_45_49 -> DAYS_AGE_45_49;
        };
    }

    /**
     * @param liveBirths a married WRA's live births up to the reference date, 0 or more
     * @return her parity group: {@link #PARITY_0} … {@link #PARITY_3P}
     */
    public static Count parity(int liveBirths) {
        return liveBirths <= 0 ? PARITY_0 : liveBirths == 1 ? PARITY_1 : liveBirths == 2 ? PARITY_2 : PARITY_3P;
    }

    /**
     * @param birthOrder a live birth's order, 1 or more
     * @return {@link #BIRTHS_ORDER_1}, {@link #BIRTHS_ORDER_2} or {@link #BIRTHS_ORDER_3P}
     */
    public static Count birthOrder(int birthOrder) {
        return birthOrder == 1 ? BIRTHS_ORDER_1 : birthOrder == 2 ? BIRTHS_ORDER_2 : BIRTHS_ORDER_3P;
    }

    /**
     * @param birthOrder a live birth's order, 1 or more (3 and more are one group)
     * @param group the mother's age group at the birth, not null
     * @return the live births of that order to mothers of that age group, for example
     *         {@link #BIRTHS_ORDER_3P_AGE_20_24} for order 4 and group 20–24
     * @throws IllegalArgumentException if the order is below 1
     */
    public static Count births(int birthOrder, AgeGroup group) {
        return ByOrder.BIRTHS_BY_AGE[ByOrder.index(birthOrder)][group.ordinal()];
    }

    /**
     * @param birthOrder a live birth's order, 1 or more (3 and more are one group)
     * @return the male live births of that order, for example {@link #MALE_BIRTHS_ORDER_2}
     * @throws IllegalArgumentException if the order is below 1
     */
    public static Count maleBirths(int birthOrder) {
        return ByOrder.MALE[ByOrder.index(birthOrder)];
    }

    /**
     * @param birthOrder a live birth's order, 1 or more (3 and more are one group)
     * @return the female live births of that order, for example {@link #FEMALE_BIRTHS_ORDER_2}
     * @throws IllegalArgumentException if the order is below 1
     */
    public static Count femaleBirths(int birthOrder) {
        return ByOrder.FEMALE[ByOrder.index(birthOrder)];
    }

    /**
     * @return the reversible methods, whose episodes the discontinuation life tables follow:
     *         every method but female and male sterilisation, in method order; unmodifiable
     */
    public static List<ContraceptiveMethod> reversibleMethods() {
        return ByMethod.REVERSIBLE;
    }

    /**
     * @param method a reversible method ({@link #reversibleMethods()}), not null
     * @return the episodes of that method in the discontinuation cohort, for example {@link #COHORT_EPISODES_IUD}
     * @throws IllegalArgumentException if the method is a sterilisation
     */
    public static Count cohortEpisodes(ContraceptiveMethod method) {
        return ByMethod.COHORT[ByMethod.index(method)];
    }

    /**
     * @param method a reversible method, not null
     * @param month the month of use, 1 to 12
     * @return the cohort episodes of that method failed in that month, for example {@link #FAILED_IUD_M01}
     * @throws IllegalArgumentException if the method is a sterilisation or the month is not 1 to 12
     */
    public static Count failed(ContraceptiveMethod method, int month) {
        return ByMethod.FAILED[ByMethod.index(method)][ByMethod.month(month)];
    }

    /**
     * @param method a reversible method, not null
     * @param month the month of use, 1 to 12
     * @return the cohort episodes of that method discontinued for another reason than failure in
     *         that month, for example {@link #DISCONTINUED_IUD_M01}
     * @throws IllegalArgumentException if the method is a sterilisation or the month is not 1 to 12
     */
    public static Count discontinued(ContraceptiveMethod method, int month) {
        return ByMethod.DISCONTINUED[ByMethod.index(method)][ByMethod.month(month)];
    }

    /**
     * @param method a reversible method, not null
     * @param month the month of use, 1 to 12
     * @return the cohort episodes of that method censored at the reference date in that month,
     *         for example {@link #CENSORED_IUD_M01}
     * @throws IllegalArgumentException if the method is a sterilisation or the month is not 1 to 12
     */
    public static Count censored(ContraceptiveMethod method, int month) {
        return ByMethod.CENSORED[ByMethod.index(method)][ByMethod.month(month)];
    }

    /**
     * @param method a reversible method, not null
     * @return the cohort's discontinuations of that method whose switching is observed, for
     *         example {@link #SWITCH_OBSERVED_IUD}
     * @throws IllegalArgumentException if the method is a sterilisation
     */
    public static Count switchObserved(ContraceptiveMethod method) {
        return ByMethod.SWITCH_OBSERVED[ByMethod.index(method)];
    }

    /**
     * @param method a reversible method, not null
     * @return of those, the ones followed by another method within 30 days, for example {@link #SWITCHED_IUD}
     * @throws IllegalArgumentException if the method is a sterilisation
     */
    public static Count switched(ContraceptiveMethod method) {
        return ByMethod.SWITCHED[ByMethod.index(method)];
    }

    /** The counts of the discontinuation life tables by reversible method and month, looked up by name once. */
    private static final class ByMethod {
        static final int MONTHS = 12;
        static final List<ContraceptiveMethod> REVERSIBLE = Stream.of(ContraceptiveMethod.values())
                .filter(m -> m != ContraceptiveMethod.FEMALE_STERILIZATION && m != ContraceptiveMethod.MALE_STERILIZATION)
                .toList();
        static final Count[] COHORT = new Count[REVERSIBLE.size()];
        static final Count[][] FAILED = new Count[REVERSIBLE.size()][MONTHS];
        static final Count[][] DISCONTINUED = new Count[REVERSIBLE.size()][MONTHS];
        static final Count[][] CENSORED = new Count[REVERSIBLE.size()][MONTHS];
        static final Count[] SWITCH_OBSERVED = new Count[REVERSIBLE.size()];
        static final Count[] SWITCHED = new Count[REVERSIBLE.size()];

        static {
            for (int i = 0; i < REVERSIBLE.size(); i++) {
                String m = REVERSIBLE.get(i).name();
                COHORT[i] = valueOf("COHORT_EPISODES_" + m);
                for (int k = 0; k < MONTHS; k++) {
                    String month = String.format(Locale.ROOT, "_M%02d", k + 1);
                    FAILED[i][k] = valueOf("FAILED_" + m + month);
                    DISCONTINUED[i][k] = valueOf("DISCONTINUED_" + m + month);
                    CENSORED[i][k] = valueOf("CENSORED_" + m + month);
                }
                SWITCH_OBSERVED[i] = valueOf("SWITCH_OBSERVED_" + m);
                SWITCHED[i] = valueOf("SWITCHED_" + m);
            }
        }

        private ByMethod() {
        }

        static int index(ContraceptiveMethod method) {
            int i = REVERSIBLE.indexOf(Objects.requireNonNull(method, "method"));
            if (i < 0) {
                throw new IllegalArgumentException("method " + method + " is permanent: it has no discontinuation life table");
            }
            return i;
        }

        static int month(int month) {
            if (month < 1 || month > MONTHS) {
                throw new IllegalArgumentException("month of use must be 1 to " + MONTHS + ": " + month);
            }
            return month - 1;
        }
    }

    /** The counts by order group (1, 2, 3 or more), looked up by name once. */
    private static final class ByOrder {
        static final String[] LABELS = {"1", "2", "3P"};
        static final Count[][] BIRTHS_BY_AGE = new Count[LABELS.length][AgeGroup.values().length];
        static final Count[] MALE = new Count[LABELS.length];
        static final Count[] FEMALE = new Count[LABELS.length];

        static {
            for (int k = 0; k < LABELS.length; k++) {
                for (AgeGroup g : AgeGroup.values()) {
                    BIRTHS_BY_AGE[k][g.ordinal()] = valueOf("BIRTHS_ORDER_" + LABELS[k] + "_" + g.name());
                }
                MALE[k] = valueOf("MALE_BIRTHS_ORDER_" + LABELS[k]);
                FEMALE[k] = valueOf("FEMALE_BIRTHS_ORDER_" + LABELS[k]);
            }
        }

        private ByOrder() {
        }

        static int index(int birthOrder) {
            if (birthOrder < 1) {
                throw new IllegalArgumentException("birth order must be 1 or more: " + birthOrder);
            }
            return Math.min(birthOrder, LABELS.length) - 1;
        }
    }
}
