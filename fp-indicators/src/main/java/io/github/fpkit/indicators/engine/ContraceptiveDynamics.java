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
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import java.util.Arrays;
import java.util.List;

/**
 * The cross-table rules of contraceptive dynamics, in one place: what one woman's
 * episodes, pregnancies, deliveries and procedures add to her area's counts of the
 * discontinuation life tables (failure, other discontinuation, censoring by month of use,
 * switching) and of postpartum and post-abortion uptake. Unlike {@link RecordRules}, these
 * rules read several of her records at once, so each path first gathers her events: the
 * per-woman path from her record card, the index path from the tables as they stream past
 * (keeping only the events these rules can read, so that memory grows with them, not with
 * the register). Both keep exactly the events {@link Events} keeps and call
 * {@link #count}, so they cannot differ; the rules do not depend on the order of the events.
 *
 * <p>An event is three ints: its kind and code (the method, outcome or procedure type), a
 * date and a second date, packed as {@link PackedDate}s (0 for none). Stateless.
 */
public final class ContraceptiveDynamics {
    /** The ints of one event. */
    static final int WIDTH = 3;
    static final int EPISODE = 0;
    static final int PREGNANCY = 1;
    static final int DELIVERY = 2;
    static final int PROCEDURE = 3;
    /** An event's code is its kind times this plus its method's, outcome's or type's ordinal. */
    private static final int KINDS = 32;
    /** Days after a delivery or abortion in which uptake is timely (产后/流产后及时落实). */
    static final int UPTAKE_DAYS = 42;
    /** Days around the end of an episode in which another method's start is a switch. */
    static final int SWITCH_DAYS = 30;
    /** Months of use that the life tables follow. */
    static final int MONTHS = 12;

    private static final List<ContraceptiveMethod> REVERSIBLE = Count.reversibleMethods();
    /** By method ordinal: its index among the reversible methods, or −1 for a sterilisation. */
    private static final int[] REVERSIBLE_INDEX = new int[ContraceptiveMethod.values().length];
    private static final int[] COHORT = new int[REVERSIBLE.size()];
    private static final int[][] FAILED = new int[REVERSIBLE.size()][MONTHS];
    private static final int[][] DISCONTINUED = new int[REVERSIBLE.size()][MONTHS];
    private static final int[][] CENSORED = new int[REVERSIBLE.size()][MONTHS];
    private static final int[] SWITCH_OBSERVED = new int[REVERSIBLE.size()];
    private static final int[] SWITCHED = new int[REVERSIBLE.size()];

    static {
        Arrays.fill(REVERSIBLE_INDEX, -1);
        for (int i = 0; i < REVERSIBLE.size(); i++) {
            ContraceptiveMethod m = REVERSIBLE.get(i);
            REVERSIBLE_INDEX[m.ordinal()] = i;
            COHORT[i] = Count.cohortEpisodes(m).ordinal();
            for (int k = 1; k <= MONTHS; k++) {
                FAILED[i][k - 1] = Count.failed(m, k).ordinal();
                DISCONTINUED[i][k - 1] = Count.discontinued(m, k).ordinal();
                CENSORED[i][k - 1] = Count.censored(m, k).ordinal();
            }
            SWITCH_OBSERVED[i] = Count.switchObserved(m).ordinal();
            SWITCHED[i] = Count.switched(m).ordinal();
        }
    }

    private ContraceptiveDynamics() {
    }

    /**
     * One woman's events that the dynamics can read, gathered from her records in any
     * order; not thread-safe.
     */
    public static final class Events {
        private final PeriodDays period;
        private int[] data = new int[WIDTH * 8];
        private int size;

        /** @param period the period, not null */
        public Events(PeriodDays period) {
            this.period = period;
        }

        /** Keeps the episode if the dynamics can read it. */
        public void add(ContraceptiveEpisode episode) {
            int start = PackedDate.of(episode.startDate());
            int end = episode.endDate().map(PackedDate::of).orElse(0);
            if (keepsEpisode(period, episode.method(), start)) {
                put(EPISODE * KINDS + episode.method().ordinal(), start, end);
            }
        }

        /** Keeps the pregnancy if the dynamics can read it. */
        public void add(Pregnancy pregnancy) {
            int start = PackedDate.of(pregnancy.startDate());
            int outcome = pregnancy.outcomeDate().map(PackedDate::of).orElse(0);
            if (keepsPregnancy(period, start, outcome)) {
                put(PREGNANCY * KINDS + pregnancy.outcome().ordinal(), start, outcome);
            }
        }

        /** Keeps the birth (live or stillborn) as a delivery if the dynamics can read it. */
        public void add(Birth birth) {
            int day = PackedDate.of(birth.birthDate());
            if (keepsDelivery(period, day)) {
                put(DELIVERY * KINDS, day, 0);
            }
        }

        /** Keeps the procedure if the dynamics can read it. */
        public void add(Procedure procedure) {
            int day = PackedDate.of(procedure.date());
            if (keepsProcedure(period, procedure.type(), day)) {
                put(PROCEDURE * KINDS + procedure.type().ordinal(), day, 0);
            }
        }

        private void put(int code, int first, int second) {
            if (data.length < (size + 1) * WIDTH) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size * WIDTH] = code;
            data[size * WIDTH + 1] = first;
            data[size * WIDTH + 2] = second;
            size++;
        }

        /** Adds what the events kept give to the woman's area's counts. */
        public void count(long[] counts) {
            ContraceptiveDynamics.count(counts, period, data, 0, size);
        }
    }

    /** @return true if an episode of the method starting then is read: it starts by the reference date, and in the window of the dynamics unless a sterilisation */
    static boolean keepsEpisode(PeriodDays p, ContraceptiveMethod method, int start) {
        return start <= p.reference() && (start >= p.cohortStart() || REVERSIBLE_INDEX[method.ordinal()] < 0);
    }

    /** @return true if a pregnancy is read: it starts, or ends, in the window of the dynamics */
    static boolean keepsPregnancy(PeriodDays p, int start, int outcomeDate) {
        return inWindow(p, start) || outcomeDate != 0 && inWindow(p, outcomeDate);
    }

    /** @return true if a delivery on that day is read: it lies in the window of the dynamics */
    static boolean keepsDelivery(PeriodDays p, int day) {
        return inWindow(p, day);
    }

    /** @return true if a procedure is read: an insertion in the window, or a sterilisation by the reference date */
    static boolean keepsProcedure(PeriodDays p, ProcedureType type, int day) {
        return switch (type) {
            case IUD_INSERTION, IMPLANT_INSERTION -> inWindow(p, day);
            case FEMALE_STERILIZATION, MALE_STERILIZATION -> day <= p.reference();
            default -> false;
        };
    }

    /** @return an event's code as the index path stores it */
    static int episodeCode(ContraceptiveMethod method) {
        return EPISODE * KINDS + method.ordinal();
    }

    static int pregnancyCode(PregnancyOutcome outcome) {
        return PREGNANCY * KINDS + outcome.ordinal();
    }

    static int deliveryCode() {
        return DELIVERY * KINDS;
    }

    static int procedureCode(ProcedureType type) {
        return PROCEDURE * KINDS + type.ordinal();
    }

    /** The window: from 12 months before the period's start to the reference date. */
    private static boolean inWindow(PeriodDays p, int day) {
        return day >= p.cohortStart() && day <= p.reference();
    }

    /**
     * What one woman's events add to her area: the discontinuation life tables of her
     * cohort episodes, their switches, and her deliveries' and abortions' uptake.
     *
     * @param counts her area's counts
     * @param events her events, {@link #WIDTH} ints each, as {@link Events} keeps them
     * @param from the index of her first event
     * @param to the index after her last event
     */
    static void count(long[] counts, PeriodDays p, int[] events, int from, int to) {
        for (int i = from; i < to; i++) {
            if (kind(events, i) == EPISODE && !sameEventBefore(events, from, i)) {
                cohortEpisode(counts, p, events, from, to, i);
            }
        }
        for (int i = from; i < to; i++) {
            int date = outcomeDate(events, i);
            if (date != 0 && !sameOutcomeBefore(events, from, i, date)) {
                outcome(counts, p, events, from, to, date, kind(events, i) == DELIVERY);
            }
        }
    }

    /** A cohort episode: reversible, started in the 12 months before P; its exit by month of use, and its switch. */
    private static void cohortEpisode(long[] counts, PeriodDays p, int[] events, int from, int to, int i) {
        int method = code(events, i);
        int m = REVERSIBLE_INDEX[method];
        int start = events[i * WIDTH + 1];
        if (m < 0 || start < p.cohortStart() || start >= p.start()) {
            return;
        }
        int end = events[i * WIDTH + 2];
        boolean ended = end != 0 && end <= p.reference();
        int last = ended ? end : p.reference();
        int failure = 0;
        for (int j = from; j < to; j++) {
            int conception = events[j * WIDTH + 1];
            if (kind(events, j) == PREGNANCY && conception >= start && conception <= last && (failure == 0 || conception < failure)) {
                failure = conception;
            }
        }
        counts[COHORT[m]]++;
        int[][] exits = failure != 0 ? FAILED : ended ? DISCONTINUED : CENSORED;
        int month = PackedDate.monthsBetween(start, failure != 0 ? failure : last) + 1;
        if (month > MONTHS) {
            return;
        }
        counts[exits[m][month - 1]]++;
        long endDay = PackedDate.epochDay(last);
        if (exits == DISCONTINUED && endDay + SWITCH_DAYS <= p.referenceEpochDay()) {
            counts[SWITCH_OBSERVED[m]]++;
            for (int j = from; j < to; j++) {
                int next = events[j * WIDTH + 1];
                if (kind(events, j) == EPISODE && code(events, j) != method && next > start
                        && Math.abs(PackedDate.epochDay(next) - endDay) <= SWITCH_DAYS) {
                    counts[SWITCHED[m]]++;
                    return;
                }
            }
        }
    }

    /** A delivery or an abortion on {@code date}: in the denominators of uptake if its window has passed, and in the numerators if a method followed. */
    private static void outcome(long[] counts, PeriodDays p, int[] events, int from, int to, int date, boolean delivery) {
        if (sterilisedBefore(events, from, to, date)) {
            return;
        }
        long day = PackedDate.epochDay(date);
        if (p.contains(date) && day + UPTAKE_DAYS <= p.referenceEpochDay()) {
            counts[(delivery ? Count.POSTPARTUM_42D_OUTCOMES : Count.POSTABORTION_42D_OUTCOMES).ordinal()]++;
            if (uptake(events, from, to, date, PackedDate.ofEpochDay(day + UPTAKE_DAYS))) {
                counts[(delivery ? Count.POSTPARTUM_42D_UPTAKES : Count.POSTABORTION_42D_UPTAKES).ordinal()]++;
            }
        }
        int anniversary = PackedDate.plusYear(date);
        if (p.contains(anniversary)) {
            counts[(delivery ? Count.POSTPARTUM_12M_OUTCOMES : Count.POSTABORTION_12M_OUTCOMES).ordinal()]++;
            if (uptake(events, from, to, date, anniversary)) {
                counts[(delivery ? Count.POSTPARTUM_12M_UPTAKES : Count.POSTABORTION_12M_UPTAKES).ordinal()]++;
            }
        }
    }

    /** @return true if a modern method's episode, or an IUD, implant or sterilisation procedure, starts in [{@code from}, {@code until}] */
    private static boolean uptake(int[] events, int first, int to, int from, int until) {
        for (int j = first; j < to; j++) {
            int day = events[j * WIDTH + 1];
            if (day < from || day > until) {
                continue;
            }
            int kind = kind(events, j);
            if (kind == EPISODE && code(events, j) != ContraceptiveMethod.TRADITIONAL.ordinal() || kind == PROCEDURE) {
                return true;
            }
        }
        return false;
    }

    /** @return true if a sterilisation (an episode's start or a procedure) lies before the date */
    private static boolean sterilisedBefore(int[] events, int from, int to, int date) {
        for (int j = from; j < to; j++) {
            int kind = kind(events, j);
            int code = code(events, j);
            boolean sterilisation = kind == EPISODE && REVERSIBLE_INDEX[code] < 0
                    || kind == PROCEDURE && (code == ProcedureType.FEMALE_STERILIZATION.ordinal()
                            || code == ProcedureType.MALE_STERILIZATION.ordinal());
            if (sterilisation && events[j * WIDTH + 1] < date) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the date of the event if it is a delivery or an abortion (a pregnancy ending in
     *         induced abortion, mid-term induction or miscarriage), else 0
     */
    private static int outcomeDate(int[] events, int i) {
        int kind = kind(events, i);
        if (kind == DELIVERY) {
            return events[i * WIDTH + 1];
        }
        if (kind == PREGNANCY && isAbortion(code(events, i))) {
            return events[i * WIDTH + 2];
        }
        return 0;
    }

    private static boolean isAbortion(int outcome) {
        return outcome == PregnancyOutcome.INDUCED_ABORTION.ordinal() || outcome == PregnancyOutcome.MID_TERM_INDUCTION.ordinal()
                || outcome == PregnancyOutcome.MISCARRIAGE.ordinal();
    }

    /** @return true if an earlier event is the same as event i in every field: an episode repeated row for row is one episode */
    private static boolean sameEventBefore(int[] events, int from, int i) {
        for (int j = from; j < i; j++) {
            if (events[j * WIDTH] == events[i * WIDTH] && events[j * WIDTH + 1] == events[i * WIDTH + 1]
                    && events[j * WIDTH + 2] == events[i * WIDTH + 2]) {
                return true;
            }
        }
        return false;
    }

    /** @return true if an earlier event is an outcome of the same kind (delivery or abortion) on the same date: twins are one delivery */
    private static boolean sameOutcomeBefore(int[] events, int from, int i, int date) {
        for (int j = from; j < i; j++) {
            if (kind(events, j) == kind(events, i) && outcomeDate(events, j) == date) {
                return true;
            }
        }
        return false;
    }

    private static int kind(int[] events, int i) {
        return events[i * WIDTH] / KINDS;
    }

    private static int code(int[] events, int i) {
        return events[i * WIDTH] % KINDS;
    }
}
