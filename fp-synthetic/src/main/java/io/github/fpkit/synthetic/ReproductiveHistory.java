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
package io.github.fpkit.synthetic;

import io.github.fpkit.model.Age;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A woman's simulated marriage and deliveries up to the reference date.
 *
 * <p>The model is a rural county under the "1.5-child" policy of the 2000s: women marry
 * at about 22, have a first child about a year and a half later, and go on to a second
 * child mostly when the first is a girl; older cohorts had more children. Spacing is at
 * least 18 months, deliveries fall between the ages of 18 and 45, and the sex ratio at
 * birth rises with the order when no son has been born yet, which gives the 110–120 boys
 * per 100 girls of that period.
 */
final class ReproductiveHistory {
    /** Never married by any age. */
    private static final double NEVER_MARRY = 0.03;
    /** First marriage at 18.5 plus three uniforms of 0 to 2.4 years: mean about 22.1. */
    private static final double MIN_MARRIAGE_AGE = 18.5;
    private static final double MARRIAGE_AGE_SPREAD = 2.4;
    /** Some women marry late; they add an exponential delay of mean 3 years. */
    private static final double LATE_MARRIAGE = 0.08;
    private static final double LATE_MARRIAGE_MEAN_YEARS = 3.0;
    private static final double DIVORCED = 0.025;
    private static final double REMARRIED = 0.025;
    /** Couples who never have a child. */
    private static final double INFERTILE = 0.04;
    private static final double STILLBIRTH = 0.008;
    /** Infant deaths per live birth, and deaths at ages 1 to 14, in the rural China of the 2000s. */
    private static final double INFANT_DEATH = 0.015;
    private static final double CHILD_DEATH = 0.004;
    /** Deliveries stop at 45 completed years (the register rule allows 10 to 60). */
    private static final int LAST_DELIVERY_AGE = 45;
    private static final int FIRST_DELIVERY_AGE = 18;
    /** Spacing: 18 months at least, plus an exponential delay. */
    private static final int MIN_SPACING_DAYS = 548;

    final Optional<LocalDate> marriage;
    final MaritalStatus status;
    /** Date of divorce or widowhood, when the status is divorced or widowed. */
    final Optional<LocalDate> dissolution;
    final List<Delivery> deliveries;
    /** Start of a pregnancy in progress on the reference date. */
    final Optional<LocalDate> ongoingStart;
    /** True if she wants no more children (or can have none): long-acting methods follow. */
    final boolean completed;
    final boolean infertile;

    private ReproductiveHistory(Optional<LocalDate> marriage, MaritalStatus status, Optional<LocalDate> dissolution,
            List<Delivery> deliveries, Optional<LocalDate> ongoingStart, boolean completed, boolean infertile) {
        this.marriage = marriage;
        this.status = status;
        this.dissolution = dissolution;
        this.deliveries = deliveries;
        this.ongoingStart = ongoingStart;
        this.completed = completed;
        this.infertile = infertile;
    }

    /** @return the number of live births */
    int liveBirths() {
        return (int) deliveries.stream().filter(Delivery::live).count();
    }

    /** @return the last delivery, if any */
    Optional<Delivery> lastDelivery() {
        return deliveries.isEmpty() ? Optional.empty() : Optional.of(deliveries.get(deliveries.size() - 1));
    }

    static ReproductiveHistory simulate(Dice dice, LocalDate birthDate, LocalDate reference) {
        int ageAtReference = Age.completedYears(birthDate, reference);
        if (dice.chance(NEVER_MARRY)) {
            return unmarried();
        }
        double marriageAge = MIN_MARRIAGE_AGE + dice.uniform(0, MARRIAGE_AGE_SPREAD)
                + dice.uniform(0, MARRIAGE_AGE_SPREAD) + dice.uniform(0, MARRIAGE_AGE_SPREAD);
        if (dice.chance(LATE_MARRIAGE)) {
            marriageAge += dice.exponential(LATE_MARRIAGE_MEAN_YEARS);
        }
        LocalDate marriage = birthDate.plusDays(Math.round(marriageAge * 365.25));
        if (marriage.isAfter(reference)) {
            return unmarried();
        }

        MaritalStatus status = MaritalStatus.MARRIED;
        Optional<LocalDate> dissolution = Optional.empty();
        double widowed = ageAtReference >= 50 ? Math.min(0.3, 0.02 + 0.012 * (ageAtReference - 50)) : 0.01;
        int kind = dice.pick(widowed, DIVORCED, REMARRIED, 1 - widowed - DIVORCED - REMARRIED);
        LocalDate earliestDissolution = marriage.plusYears(1);
        if (kind == 0 && !earliestDissolution.isAfter(reference)) {
            status = MaritalStatus.WIDOWED;
            dissolution = Optional.of(dice.dateBetween(earliestDissolution, reference));
        } else if (kind == 1 && !earliestDissolution.isAfter(reference)) {
            status = MaritalStatus.DIVORCED;
            dissolution = Optional.of(dice.dateBetween(earliestDissolution, reference));
        } else if (kind == 2) {
            status = MaritalStatus.REMARRIED;
        }

        boolean infertile = dice.chance(INFERTILE);
        List<Delivery> deliveries = new ArrayList<>();
        Optional<LocalDate> ongoing = Optional.empty();
        boolean completed = infertile;
        if (!infertile) {
            LocalDate tooOld = Age.dateOfTurning(birthDate, LAST_DELIVERY_AGE + 1);
            LocalDate fertileUntil = dissolution.orElse(LocalDate.MAX);
            int cohort = birthDate.getYear();
            LocalDate date = marriage.plusDays(270 + Math.round(dice.exponential(250)));
            int live = 0;
            int sons = 0;
            while (true) {
                if (!date.isBefore(tooOld) || date.isAfter(fertileUntil)) {
                    completed = true;
                    break;
                }
                LocalDate adult = Age.dateOfTurning(birthDate, FIRST_DELIVERY_AGE);
                if (date.isBefore(adult)) {
                    date = adult;
                }
                LocalDate start = date.minusDays(dice.between(266, 294));
                if (date.isAfter(reference)) {
                    if (!start.isAfter(reference)) {
                        ongoing = Optional.of(start);
                    }
                    break;
                }
                boolean wantsMore;
                if (dice.chance(STILLBIRTH)) {
                    Sex sex = dice.chance(0.5) ? Sex.MALE : Sex.FEMALE;
                    deliveries.add(new Delivery(date, start, false, 0, sex, policy(dice, live + 1, sons),
                            Optional.empty()));
                    wantsMore = dice.chance(0.85);
                } else {
                    live++;
                    Sex sex = dice.chance(maleShare(live, sons)) ? Sex.MALE : Sex.FEMALE;
                    PolicyStatus policy = policy(dice, live, sons);
                    if (sex == Sex.MALE) {
                        sons++;
                    }
                    deliveries.add(new Delivery(date, start, true, live, sex, policy,
                            childDeath(dice, date, reference)));
                    wantsMore = dice.chance(continuation(cohort, live, sons));
                }
                if (!wantsMore) {
                    completed = true;
                    break;
                }
                double meanDelay = cohort < 1960 ? 400 : 700;
                date = date.plusDays(MIN_SPACING_DAYS + Math.round(dice.exponential(meanDelay)));
            }
        }
        return new ReproductiveHistory(Optional.of(marriage), status, dissolution, List.copyOf(deliveries),
                ongoing, completed, infertile);
    }

    private static ReproductiveHistory unmarried() {
        return new ReproductiveHistory(Optional.empty(), MaritalStatus.UNMARRIED, Optional.empty(), List.of(),
                Optional.empty(), false, false);
    }

    /** Probability of a boy: about 0.515 for a first child, more when no son has been born yet. */
    private static double maleShare(int order, int sonsBefore) {
        if (order == 1) {
            return 0.515;
        }
        if (sonsBefore > 0) {
            return 0.5;
        }
        return order == 2 ? 0.60 : 0.66;
    }

    /**
     * Policy status: a first child is within policy; a second is within policy for a rural
     * couple whose first child is a girl; higher orders are mostly outside.
     */
    private static PolicyStatus policy(Dice dice, int order, int sonsBefore) {
        int i;
        if (order == 1) {
            i = dice.pick(0.96, 0.01, 0.03);
        } else if (order == 2) {
            i = sonsBefore == 0 ? dice.pick(0.85, 0.10, 0.05) : dice.pick(0.25, 0.65, 0.10);
        } else {
            i = dice.pick(0.08, 0.85, 0.07);
        }
        return i == 0 ? PolicyStatus.IN : i == 1 ? PolicyStatus.OUT : PolicyStatus.UNKNOWN;
    }

    /** Probability of wanting another child after {@code live} live births, by birth cohort. */
    private static double continuation(int cohort, int live, int sons) {
        boolean noSon = sons == 0;
        if (cohort < 1955) {
            return live == 1 ? 0.92 : live == 2 ? 0.75 : live == 3 ? 0.5 : 0.3;
        }
        if (cohort < 1965) {
            return live == 1 ? 0.85 : live == 2 ? (noSon ? 0.55 : 0.3) : live == 3 ? 0.2 : 0.1;
        }
        if (cohort < 1975) {
            return live == 1 ? (noSon ? 0.8 : 0.3) : live == 2 ? (noSon ? 0.25 : 0.05) : 0.05;
        }
        return live == 1 ? (noSon ? 0.82 : 0.35) : live == 2 ? (noSon ? 0.2 : 0.04) : 0.03;
    }

    private static Optional<LocalDate> childDeath(Dice dice, LocalDate birth, LocalDate reference) {
        LocalDate death;
        if (dice.chance(INFANT_DEATH)) {
            // Most infant deaths happen in the first weeks: the square of a uniform favours small delays.
            double u = dice.unit();
            death = birth.plusDays(Math.round(u * u * 364));
        } else if (dice.chance(CHILD_DEATH)) {
            death = birth.plusDays(dice.between(365, 14 * 365));
        } else {
            return Optional.empty();
        }
        return death.isAfter(reference) ? Optional.empty() : Optional.of(death);
    }
}
