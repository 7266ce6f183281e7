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
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A woman's contraceptive episodes, the surgeries that go with them, and the pregnancies
 * that end in an abortion or a miscarriage.
 *
 * <p>The model follows the rural practice of the 2000s, "IUD after the first child,
 * sterilisation after the second": between births a couple spaces with an IUD (removed
 * before the next pregnancy) or a condom; once the family is complete, a long-acting
 * method follows the last birth. Short-acting methods fail now and then, giving induced
 * abortions, after which many women have an IUD inserted. Methods other than
 * sterilisation end at menopause (about 50) or at divorce or widowhood, and IUDs are
 * sometimes replaced after six to ten years, so some women have several episodes.
 */
final class ContraceptiveHistory {
    private static final ContraceptiveMethod[] METHODS = ContraceptiveMethod.values();
    /** Weights over {@link ContraceptiveMethod#values()} then "no method", by situation. */
    private static final double[] BEFORE_FIRST_BIRTH = {0, 0, 0, 0, 0, 0.05, 0.25, 0, 0, 0.70};
    private static final double[] BETWEEN_BIRTHS = {0, 0, 0.50, 0, 0.02, 0.03, 0.20, 0, 0, 0.25};
    private static final double[] CHILDLESS = {0, 0, 0, 0, 0, 0.05, 0.15, 0, 0, 0.80};
    private static final double[] WANTS_MORE = {0, 0, 0.30, 0, 0, 0.05, 0.25, 0, 0.03, 0.37};
    private static final double[] DONE_AFTER_ONE = {0.06, 0, 0.72, 0.03, 0.02, 0.03, 0.07, 0.02, 0.02, 0.03};
    private static final double[] DONE_AFTER_TWO = {0.52, 0.05, 0.33, 0.02, 0.01, 0.01, 0.02, 0.01, 0.01, 0.02};

    /** Unmarried women rarely appear with a method in these registers. */
    private static final double UNMARRIED_CONDOM = 0.02;
    private static final double ABORTION = 0.10;
    private static final double MID_TERM = 0.08;
    private static final double IUD_AFTER_ABORTION = 0.6;
    private static final double MISCARRIAGE = 0.06;
    private static final double IUD_REPLACED = 0.35;
    private static final double SWITCH_TO_IUD = 0.2;
    private static final int IMPLANT_YEARS = 5;

    private final Dice dice;
    private final String womanId;
    private final List<ContraceptiveEpisode> episodes = new ArrayList<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<PregnancyDraft> pregnancies = new ArrayList<>();
    private final LocalDate reference;
    /** Last day of need for a reversible method (menopause, divorce, widowhood); after the reference date if none. */
    private LocalDate needEnd;

    private ContraceptiveHistory(Dice dice, String womanId, LocalDate reference) {
        this.dice = dice;
        this.womanId = womanId;
        this.reference = reference;
    }

    /**
     * Simulates the woman's contraception.
     *
     * @param windowStart the first day of the period in which abortions and miscarriages are recorded
     */
    static ContraceptiveHistory simulate(Dice dice, String womanId, LocalDate birthDate, ReproductiveHistory history,
            LocalDate reference, LocalDate windowStart) {
        ContraceptiveHistory c = new ContraceptiveHistory(dice, womanId, reference);
        if (history.marriage.isEmpty()) {
            LocalDate adult = Age.dateOfTurning(birthDate, 18);
            if (!adult.isAfter(reference) && dice.chance(UNMARRIED_CONDOM)) {
                LocalDate first = adult.isAfter(reference.minusYears(3)) ? adult : reference.minusYears(3);
                c.episode(ContraceptiveMethod.CONDOM, dice.dateBetween(first, reference), Optional.empty());
            }
            return c;
        }
        LocalDate marriage = history.marriage.get();
        LocalDate menopause = Age.dateOfTurning(birthDate, 50).plusDays(dice.between(0, 3 * 365));
        c.needEnd = history.dissolution.filter(d -> d.isBefore(menopause)).orElse(menopause);

        LocalDate gapStart = marriage;
        boolean first = true;
        for (Delivery d : history.deliveries) {
            c.spacing(first, gapStart, d.pregnancyStart());
            gapStart = d.date();
            first = false;
        }
        if (history.ongoingStart.isPresent()) {
            c.spacing(first, gapStart, history.ongoingStart.get());
        } else {
            c.afterLastDelivery(history, gapStart, birthDate, windowStart);
        }
        c.episodes.sort(Comparator.comparing(ContraceptiveEpisode::startDate));
        c.procedures.sort(Comparator.comparing(Procedure::date));
        return c;
    }

    List<ContraceptiveEpisode> episodes() {
        return episodes;
    }

    List<Procedure> procedures() {
        return procedures;
    }

    /** @return the pregnancies ending in an abortion or a miscarriage */
    List<PregnancyDraft> pregnancies() {
        return pregnancies;
    }

    /** @return the method in use on a date, by the precedence of the indicator catalogue */
    Optional<ContraceptiveMethod> methodOn(LocalDate date) {
        return episodes.stream().filter(e -> e.isInUseOn(date)).map(ContraceptiveEpisode::method)
                .min(Comparator.naturalOrder());
    }

    /** A method between marriage or a birth and the next pregnancy, stopped one to four months before it. */
    private void spacing(boolean beforeFirstBirth, LocalDate gapStart, LocalDate nextPregnancy) {
        Optional<ContraceptiveMethod> method = draw(beforeFirstBirth ? BEFORE_FIRST_BIRTH : BETWEEN_BIRTHS);
        LocalDate start = beforeFirstBirth ? gapStart.plusDays(dice.between(0, 60))
                : gapStart.plusDays(dice.between(42, 180));
        LocalDate end = nextPregnancy.minusDays(dice.between(30, 120));
        if (method.isEmpty() || end.isBefore(start)) {
            return;
        }
        episode(method.get(), start, Optional.of(end));
        if (method.get() == ContraceptiveMethod.IUD) {
            procedure(ProcedureType.IUD_INSERTION, start);
            procedure(ProcedureType.IUD_REMOVAL, end);
        }
    }

    /** The method chosen after the last delivery (or after marriage if there is none), to the reference date. */
    private void afterLastDelivery(ReproductiveHistory history, LocalDate gapStart, LocalDate birthDate,
            LocalDate windowStart) {
        int parity = history.liveBirths();
        double[] weights = parity == 0 ? CHILDLESS
                : !history.completed ? WANTS_MORE
                : parity == 1 ? DONE_AFTER_ONE : DONE_AFTER_TWO;
        Optional<ContraceptiveMethod> method = draw(weights);
        boolean permanent = method.map(ContraceptiveHistory::isSterilization).orElse(false);
        LocalDate start = history.deliveries.isEmpty() ? gapStart.plusDays(dice.between(0, 90))
                : gapStart.plusDays(permanent ? dice.between(42, 365) : dice.between(42, 270));
        LocalDate horizon = needEnd.isBefore(reference) ? needEnd : reference;
        if (start.isAfter(horizon)) {
            return;
        }
        if (permanent) {
            episode(method.get(), start, Optional.empty());
            procedure(method.get() == ContraceptiveMethod.FEMALE_STERILIZATION
                    ? ProcedureType.FEMALE_STERILIZATION : ProcedureType.MALE_STERILIZATION, start);
            return;
        }
        boolean longActing = method.map(ContraceptiveMethod::isLongActing).orElse(false);
        if (history.completed && parity >= 1 && !longActing && Age.completedYears(birthDate, reference) < 47
                && dice.chance(ABORTION)) {
            LocalDate earliest = later(start.plusDays(90), windowStart);
            if (!earliest.isAfter(horizon)) {
                LocalDate date = dice.dateBetween(earliest, horizon);
                boolean midTerm = dice.chance(MID_TERM);
                LocalDate conception = date.minusDays(midTerm ? dice.between(100, 170) : dice.between(42, 84));
                if (conception.isAfter(gapStart)) {
                    pregnancies.add(new PregnancyDraft(conception, Optional.of(false),
                            midTerm ? PregnancyOutcome.MID_TERM_INDUCTION : PregnancyOutcome.INDUCED_ABORTION,
                            Optional.of(date)));
                    procedure(midTerm ? ProcedureType.MID_TERM_INDUCTION : ProcedureType.INDUCED_ABORTION, date);
                    if (dice.chance(IUD_AFTER_ABORTION)) {
                        method.ifPresent(m -> episode(m, start, Optional.of(date.minusDays(1))));
                        run(ContraceptiveMethod.IUD, date);
                        return;
                    }
                }
            }
        }
        if (method.isEmpty()) {
            if (!history.completed && dice.chance(MISCARRIAGE)) {
                miscarriage(start, gapStart, windowStart);
            }
            return;
        }
        run(method.get(), start);
    }

    private void miscarriage(LocalDate start, LocalDate gapStart, LocalDate windowStart) {
        LocalDate earliest = later(start.plusDays(60), windowStart);
        if (earliest.isAfter(reference)) {
            return;
        }
        LocalDate date = dice.dateBetween(earliest, reference);
        LocalDate conception = date.minusDays(dice.between(49, 90));
        if (conception.isAfter(gapStart)) {
            pregnancies.add(new PregnancyDraft(conception, Optional.of(true), PregnancyOutcome.MISCARRIAGE,
                    Optional.of(date)));
        }
    }

    /** Uses a reversible method from {@code start} until the need ends, with replacements and switches. */
    private void run(ContraceptiveMethod method, LocalDate start) {
        boolean ends = !needEnd.isAfter(reference);
        LocalDate horizon = ends ? needEnd : reference;
        Optional<LocalDate> end = ends ? Optional.of(needEnd) : Optional.empty();
        switch (method) {
            case IUD: {
                procedure(ProcedureType.IUD_INSERTION, start);
                if (dice.chance(IUD_REPLACED)) {
                    LocalDate replaced = start.plusDays(dice.between(6 * 365, 10 * 365));
                    if (replaced.isBefore(horizon)) {
                        episode(method, start, Optional.of(replaced));
                        procedure(ProcedureType.IUD_REMOVAL, replaced);
                        run(method, replaced);
                        return;
                    }
                }
                episode(method, start, end);
                end.ifPresent(d -> procedure(ProcedureType.IUD_REMOVAL, d));
                return;
            }
            case IMPLANT: {
                procedure(ProcedureType.IMPLANT_INSERTION, start);
                LocalDate expiry = start.plusYears(IMPLANT_YEARS);
                if (expiry.isBefore(horizon)) {
                    episode(method, start, Optional.of(expiry));
                    procedure(ProcedureType.IMPLANT_REMOVAL, expiry);
                    run(ContraceptiveMethod.IUD, expiry);
                    return;
                }
                episode(method, start, end);
                end.ifPresent(d -> procedure(ProcedureType.IMPLANT_REMOVAL, d));
                return;
            }
            default: {
                LocalDate lastSwitch = horizon.minusYears(1);
                LocalDate firstSwitch = start.plusYears(1);
                if (!firstSwitch.isAfter(lastSwitch) && dice.chance(SWITCH_TO_IUD)) {
                    LocalDate switched = dice.dateBetween(firstSwitch, lastSwitch);
                    episode(method, start, Optional.of(switched.minusDays(1)));
                    run(ContraceptiveMethod.IUD, switched);
                    return;
                }
                episode(method, start, end);
            }
        }
    }

    private Optional<ContraceptiveMethod> draw(double[] weights) {
        int i = dice.pick(weights);
        return i < METHODS.length ? Optional.of(METHODS[i]) : Optional.empty();
    }

    private static boolean isSterilization(ContraceptiveMethod m) {
        return m == ContraceptiveMethod.FEMALE_STERILIZATION || m == ContraceptiveMethod.MALE_STERILIZATION;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private void episode(ContraceptiveMethod method, LocalDate start, Optional<LocalDate> end) {
        episodes.add(ContraceptiveEpisode.builder().womanId(womanId).method(method).startDate(start).endDate(end)
                .build());
    }

    private void procedure(ProcedureType type, LocalDate date) {
        procedures.add(Procedure.of(womanId, type, date));
    }
}
