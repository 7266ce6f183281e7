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
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Residence;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Generates one woman at a time with everything that belongs to her, from her own
 * {@link Dice}, and hands the records to the sink at once: nothing of a woman is kept once
 * the next one starts, except the id of the household the next woman may share.
 * Not thread-safe.
 */
final class WomanGenerator {
    /** Age groups of the register (lower bounds, five years wide; the last is 75–80) and their weights. */
    private static final int[] AGE_LOWER = {0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75};
    private static final double[] AGE_WEIGHT = {1, 1, 2, 8, 10, 9, 8, 10, 10, 8, 6, 4, 2, 1.5, 1, 0.5};
    /** Two women (a mother-in-law and her son's wife, a mother and her grown daughter) share a household. */
    private static final double SHARES_HOUSEHOLD = 0.18;
    private static final double HAS_RESIDENT_ID = 0.8;
    private static final double MARRIAGE_DATE_RECORDED = 0.96;
    private static final double CHECKED_IN_YEAR = 0.88;
    private static final double CHECKED_IN_PREVIOUS_YEAR = 0.5;
    private static final double PRE_PREGNANCY_CHECK = 0.5;
    private static final double ONE_CHILD_CERTIFICATE = 0.55;
    /** A resupply visit of a woman using pills, condoms or an injectable is recorded in distributions.csv. */
    private static final double SUPPLY_RECORDED = 0.85;
    private static final int CERTIFICATES_SINCE = 1980;

    private final ReportingPeriod year;
    private final ReportingPeriod previousYear;
    private final LocalDate reference;
    private final long seed;
    private final RegisterSink sink;
    private final VillageTally tally;
    private final IdSequence womanIds = new IdSequence('W');
    private final IdSequence birthIds = new IdSequence('B');
    private final IdSequence pregnancyIds = new IdSequence('P');
    private final IdSequence householdIds = new IdSequence('H');
    private final ResidentIdSequence residentIds;
    private final IdSequence deathIds;
    private String lastHousehold;

    WomanGenerator(GeneratorSettings settings, RegisterSink sink, VillageTally tally, IdSequence deathIds) {
        this.year = settings.period();
        this.previousYear = ReportingPeriod.statisticalYear(settings.statisticalYear() - 1);
        this.reference = settings.referenceDate();
        this.residentIds = new ResidentIdSequence(settings.county().toString().substring(0, 6));
        this.seed = settings.seed();
        this.sink = sink;
        this.tally = tally;
        this.deathIds = deathIds;
    }

    /**
     * Generates woman {@code index} of village {@code village} and emits her records.
     *
     * @param firstInVillage true for the village's first woman, who cannot share a household with the previous one
     */
    void generate(int index, int village, AreaCode villageCode, boolean firstInVillage) {
        Dice dice = Dice.of(seed, Dice.WOMAN, index);
        boolean sharesHousehold = !firstInVillage && dice.chance(SHARES_HOUSEHOLD);
        LocalDate birthDate = birthDate(dice);
        int age = Age.completedYears(birthDate, reference);
        Optional<ResidentId> residentId = dice.chance(HAS_RESIDENT_ID)
                ? Optional.of(residentIds.next(birthDate, dice.between(0, ResidentIdSequence.SEQUENCES - 1)))
                : Optional.empty();
        Residence residence = residence(dice, age);
        ReproductiveHistory history = ReproductiveHistory.simulate(dice, birthDate, reference);
        String id = womanIds.next();
        ContraceptiveHistory contraception = ContraceptiveHistory.simulate(dice, id, birthDate, history, reference,
                previousYear.start());

        if (!sharesHousehold) {
            lastHousehold = householdIds.next();
            sink.accept(household(dice, lastHousehold, villageCode, birthDate, history));
        }
        sink.accept(Woman.builder().id(id).residentId(residentId).areaCode(villageCode).householdId(lastHousehold)
                .birthDate(birthDate).maritalStatus(history.status)
                .marriageDate(history.marriage.filter(m -> dice.chance(MARRIAGE_DATE_RECORDED)))
                .residence(residence).build());
        tally.women[village]++;
        if (age >= 15) {
            tally.adultWomen[village]++;
        }

        emitBirths(Dice.of(seed, Dice.PERMIT, index), id, village, villageCode, history);
        contraception.episodes().forEach(sink::accept);
        emitPregnancies(dice, id, history, contraception);
        contraception.procedures().forEach(sink::accept);
        emitHealthChecks(dice, id, age, history, contraception);
        // Drawn last, so that a seed gives the records it gave before distributions.csv, and these after them.
        emitDistributions(dice, id, villageCode, contraception);
    }

    /**
     * A woman using pills, condoms or an injectable fetches them (药具发放) from the previous
     * statistical year's start to the reference date while the episode lasts: three pill
     * cycles every 84 days, one injectable dose every 91 days, 10 to 30 condoms every 61 days;
     * each visit recorded with chance {@link #SUPPLY_RECORDED}, one in five rows also giving
     * her village's code.
     */
    private void emitDistributions(Dice dice, String womanId, AreaCode villageCode, ContraceptiveHistory contraception) {
        List<Distribution> rows = new ArrayList<>();
        for (ContraceptiveEpisode e : contraception.episodes()) {
            if (!Distribution.METHODS.contains(e.method())) {
                continue;
            }
            LocalDate from = later(e.startDate(), previousYear.start());
            LocalDate to = e.endDate().filter(end -> end.isBefore(reference)).orElse(reference);
            int every = e.method() == ContraceptiveMethod.ORAL_PILL ? 84 : e.method() == ContraceptiveMethod.INJECTABLE ? 91 : 61;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(every)) {
                if (!dice.chance(SUPPLY_RECORDED)) {
                    continue;
                }
                int quantity = e.method() == ContraceptiveMethod.ORAL_PILL ? 3 : e.method() == ContraceptiveMethod.INJECTABLE ? 1
                        : dice.between(10, 30);
                Distribution.Builder row = Distribution.builder().womanId(womanId).date(d).method(e.method()).quantity(quantity);
                if (dice.chance(0.2)) {
                    row.areaCode(villageCode);
                }
                rows.add(row.build());
            }
        }
        rows.sort(Comparator.comparing(Distribution::date));
        rows.forEach(sink::accept);
    }

    private LocalDate birthDate(Dice dice) {
        int group = dice.pick(AGE_WEIGHT);
        int lower = AGE_LOWER[group];
        int upper = group == AGE_LOWER.length - 1 ? lower + 5 : lower + 4;
        // Born on the latest date she is `lower` on the reference date, back to the earliest she is `upper`.
        return dice.dateBetween(reference.minusYears(upper + 1L).plusDays(1), reference.minusYears(lower));
    }

    /** Young adults migrate for work: more outflow at 18 to 40. */
    private static Residence residence(Dice dice, int age) {
        int i = age >= 18 && age <= 40 ? dice.pick(0.78, 0.06, 0.09, 0.07) : dice.pick(0.93, 0.03, 0.02, 0.02);
        return Residence.values()[i];
    }

    private Household household(Dice dice, String id, AreaCode village, LocalDate birthDate,
            ReproductiveHistory history) {
        int rural = dice.pick(0.88, 0.10, 0.02);
        Optional<LocalDate> father;
        if (history.marriage.isPresent()) {
            // The husband is usually up to five years older than his wife.
            father = dice.chance(0.85) ? Optional.of(birthDate.minusDays(dice.between(-365, 5 * 365))) : Optional.empty();
        } else {
            father = dice.chance(0.6) ? Optional.of(birthDate.minusDays(dice.between(22 * 365, 35 * 365)))
                    : Optional.empty();
        }
        Optional<LocalDate> certificate = Optional.empty();
        if (history.completed && history.liveBirths() == 1) {
            LocalDate child = history.deliveries.stream().filter(Delivery::live).findFirst().orElseThrow().date();
            LocalDate issued = child.plusDays(dice.between(180, 4 * 365));
            if (child.getYear() >= CERTIFICATES_SINCE && dice.chance(ONE_CHILD_CERTIFICATE)
                    && !issued.isAfter(reference)) {
                certificate = Optional.of(issued);
            }
        }
        return Household.builder().id(id).areaCode(village)
                .rural(rural == 0 ? Optional.of(true) : rural == 1 ? Optional.of(false) : Optional.empty())
                .fatherBirthDate(father).oneChildCertificateDate(certificate).build();
    }

    private void emitBirths(Dice permits, String motherId, int village, AreaCode villageCode, ReproductiveHistory history) {
        LocalDate childhoodStart = reference.minusYears(15);
        for (Delivery d : history.deliveries) {
            Birth.Builder b = Birth.builder().id(birthIds.next()).motherId(motherId).birthDate(d.date()).sex(d.sex())
                    .policy(d.policy()).birthPermit(BirthPermits.draw(permits, d)).deathDate(d.childDeath());
            if (d.live()) {
                b.birthOrder(d.order());
            } else {
                b.outcome(BirthOutcome.STILLBIRTH);
            }
            sink.accept(b.build());
            if (!d.live()) {
                continue;
            }
            if (year.contains(d.date())) {
                tally.liveBirthsInYear[village]++;
            }
            if (d.date().isAfter(childhoodStart) && d.childDeath().isEmpty()) {
                tally.childrenUnder15[village]++;
            }
            d.childDeath().ifPresent(death -> emitChildDeath(village, villageCode, d, death));
        }
    }

    /** A child's death is also a death of the village, if it falls in the years the deaths table covers. */
    private void emitChildDeath(int village, AreaCode villageCode, Delivery d, LocalDate death) {
        if (year.contains(death)) {
            tally.deathsInYear[village]++;
        } else if (previousYear.contains(death)) {
            tally.deathsInPreviousYear[village]++;
        } else {
            return;
        }
        sink.accept(Death.builder().id(deathIds.next()).areaCode(villageCode).deathDate(death).sex(d.sex())
                .birthDate(d.date()).build());
    }

    /**
     * Pregnancies of the previous and the current statistical year (ended in a birth, an
     * abortion or a miscarriage) and the one in progress, in order of start.
     */
    private void emitPregnancies(Dice dice, String womanId, ReproductiveHistory history,
            ContraceptiveHistory contraception) {
        List<PregnancyDraft> drafts = new ArrayList<>(contraception.pregnancies());
        for (Delivery d : history.deliveries) {
            if (!d.date().isBefore(previousYear.start())) {
                Optional<Boolean> planned = d.policy() == PolicyStatus.IN
                        ? (dice.chance(0.9) ? Optional.of(true) : Optional.empty())
                        : d.policy() == PolicyStatus.OUT ? Optional.of(false) : Optional.empty();
                drafts.add(new PregnancyDraft(d.pregnancyStart(), planned,
                        d.live() ? PregnancyOutcome.LIVE_BIRTH : PregnancyOutcome.STILLBIRTH, Optional.of(d.date())));
            }
        }
        history.ongoingStart.ifPresent(start -> {
            // A first child, or a second after a daughter, is planned; anything else is not.
            int live = history.liveBirths();
            boolean noSon = history.deliveries.stream().noneMatch(d -> d.live() && d.sex() == Sex.MALE);
            Optional<Boolean> planned = dice.chance(0.1) ? Optional.empty()
                    : Optional.of(live == 0 || (live == 1 && noSon));
            drafts.add(new PregnancyDraft(start, planned, PregnancyOutcome.ONGOING, Optional.empty()));
        });
        drafts.sort(Comparator.comparing(PregnancyDraft::start));
        for (PregnancyDraft p : drafts) {
            sink.accept(Pregnancy.builder().id(pregnancyIds.next()).womanId(womanId).startDate(p.start())
                    .planned(p.planned()).outcome(p.outcome()).outcomeDate(p.outcomeDate()).build());
        }
    }

    /**
     * Married women of childbearing age are checked (查环查孕) one to three times a year;
     * the kind follows the method in use that day. Childless married women may have a
     * pre-pregnancy check.
     */
    private void emitHealthChecks(Dice dice, String womanId, int age, ReproductiveHistory history,
            ContraceptiveHistory contraception) {
        if (!history.status.isMarried() || age < 15 || age > 49) {
            return;
        }
        LocalDate marriage = history.marriage.orElseThrow();
        List<HealthCheck> checks = new ArrayList<>();
        if (!marriage.isAfter(previousYear.end()) && dice.chance(CHECKED_IN_PREVIOUS_YEAR)) {
            LocalDate date = dice.dateBetween(later(previousYear.start(), marriage), previousYear.end());
            checks.add(HealthCheck.of(womanId, kind(dice, contraception.methodOn(date)), date));
        }
        if (dice.chance(CHECKED_IN_YEAR)) {
            int count = 1 + dice.pick(0.35, 0.40, 0.25);
            for (int i = 0; i < count; i++) {
                LocalDate date = dice.dateBetween(later(year.start(), marriage), reference);
                checks.add(HealthCheck.of(womanId, kind(dice, contraception.methodOn(date)), date));
            }
        }
        if (history.liveBirths() == 0 && dice.chance(PRE_PREGNANCY_CHECK)) {
            checks.add(HealthCheck.of(womanId, HealthCheckKind.PRE_PREGNANCY,
                    dice.dateBetween(later(year.start(), marriage), reference)));
        }
        checks.sort(Comparator.comparing(HealthCheck::date));
        checks.forEach(sink::accept);
    }

    /**
     * Sterilised women are checked for disease, IUD users for the IUD's position; everyone
     * else (a short-acting method or none, mapped to the default branch) for pregnancy or disease.
     */
    private static HealthCheckKind kind(Dice dice, Optional<ContraceptiveMethod> method) {
        switch (method.orElse(ContraceptiveMethod.TRADITIONAL)) {
            case FEMALE_STERILIZATION:
            case MALE_STERILIZATION:
                return dice.chance(0.8) ? HealthCheckKind.DISEASE_CHECK : HealthCheckKind.PREGNANCY_CHECK;
            case IUD:
                int i = dice.pick(0.7, 0.15, 0.15);
                return i == 0 ? HealthCheckKind.IUD_CHECK : i == 1 ? HealthCheckKind.PREGNANCY_CHECK
                        : HealthCheckKind.DISEASE_CHECK;
            default:
                return dice.chance(0.6) ? HealthCheckKind.PREGNANCY_CHECK : HealthCheckKind.DISEASE_CHECK;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
