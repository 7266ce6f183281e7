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
package io.github.fpkit.indicators.validation;

import io.github.fpkit.model.Birth;
import io.github.fpkit.model.internal.ReferentialFindings;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.register.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.function.ToIntFunction;

/**
 * The rules over a mother's births in date order — live-birth orders 1, 2, 3, …
 * ({@code REF_BIRTH_ORDER}, the first wrong one) and births too soon after a live birth
 * ({@code PLAUSIBILITY_BIRTH_INTERVAL}) — applied while the births stream past, with a
 * few ints per woman rather than her births: a mother's births are sorted by date, then
 * birth order (a stillbirth without one last), keeping file order among equals, and as long
 * as her births come in that order, as registers export them, each birth is checked when
 * it comes. A mother one of whose births comes before the last one seen is marked
 * unordered; her findings so far are dropped, and {@link #recheckUnordered} reads the
 * births again, holding the births of a batch of such mothers at a time, sorts each one's
 * and checks them in order. Not thread-safe.
 */
final class BirthSequences {
    /** The most births of unordered mothers held at once when they are checked again: some 40 MB. */
    static final int RECHECK_BATCH = 1 << 18;

    private static final int NONE = Integer.MIN_VALUE;
    private static final Comparator<LinedBirth> BY_DATE_THEN_ORDER = Comparator
            .comparing((LinedBirth b) -> b.birth.birthDate()).thenComparingInt(b -> order(b.birth));

    /** Per woman's row: the day and order of the last birth checked, or {@link #NONE}. */
    private final int[] lastDay;
    private final int[] lastOrder;
    /** Per woman's row: the live births checked, and the day of the last, or {@link #NONE}. */
    private final int[] lives;
    private final int[] previousLive;
    /** Per woman's row: all her births, for the batches of {@link #recheckUnordered}. */
    private final int[] births;
    private final long[] unordered;
    private final long[] orderReported;
    private final List<Pending> pending = new ArrayList<>();
    private final int recheckBatch;

    /** A finding of a mother's births so far, dropped if she turns out unordered. */
    private static final class Pending {
        private final int mother;
        private final Finding finding;

        Pending(int mother, Finding finding) {
            this.mother = mother;
            this.finding = finding;
        }
    }

    /** A birth read again, with its line. */
    private static final class LinedBirth {
        private final Birth birth;
        private final long line;

        LinedBirth(Birth birth, long line) {
            this.birth = birth;
            this.line = line;
        }
    }

    /**
     * @param women the number of women's rows
     * @param recheckBatch the most births of unordered mothers held at once (but all of one mother's), 1 or more
     */
    BirthSequences(int women, int recheckBatch) {
        this.recheckBatch = recheckBatch;
        lastDay = new int[women];
        lastOrder = new int[women];
        lives = new int[women];
        previousLive = new int[women];
        births = new int[women];
        unordered = new long[(women + 63) >>> 6];
        orderReported = new long[(women + 63) >>> 6];
        Arrays.fill(lastDay, NONE);
        Arrays.fill(previousLive, NONE);
    }

    private static int order(Birth b) {
        return b.birthOrder().orElse(Integer.MAX_VALUE);
    }

    /**
     * Checks the next birth of a mother, in file order.
     *
     * @param mother the row of her first {@code women.csv} row
     * @param birth the birth
     * @param line its line, or {@link TableReading#NO_LINE}
     */
    void add(int mother, Birth birth, long line) {
        births[mother]++;
        if (isSet(unordered, mother)) {
            return;
        }
        int day = (int) birth.birthDate().toEpochDay();
        if (lastDay[mother] != NONE && (day < lastDay[mother] || day == lastDay[mother] && order(birth) < lastOrder[mother])) {
            set(unordered, mother);
            return;
        }
        step(mother, birth, line, f -> pending.add(new Pending(mother, f)));
    }

    /** Applies both rules to a mother's next birth in sorted order. */
    private void step(int mother, Birth birth, long line, Consumer<Finding> found) {
        int day = (int) birth.birthDate().toEpochDay();
        lastDay[mother] = day;
        lastOrder[mother] = order(birth);
        if (previousLive[mother] != NONE) {
            long days = (long) day - previousLive[mother];
            if (days > 0 && days < RegisterValidator.MIN_BIRTH_INTERVAL_DAYS) {
                found.accept(TableReading.located(PlausibilityRule.BIRTH_INTERVAL.finding(birth.id(), "birth_date",
                        birth.birthDate().toString(), "birth on " + birth.birthDate() + " only " + days
                                + " days after a previous live birth of the mother " + ResidentId.maskIfNumber(birth.motherId()) + " on "
                                + LocalDate.ofEpochDay(previousLive[mother]) + "; expected at least "
                                + RegisterValidator.MIN_BIRTH_INTERVAL_DAYS), line));
            }
        }
        if (birth.isLive()) {
            lives[mother]++;
            if (!isSet(orderReported, mother) && birth.birthOrder().getAsInt() != lives[mother]) {
                set(orderReported, mother);
                found.accept(TableReading.located(ReferentialFindings.birthOrder(birth, lives[mother]), line));
            }
            previousLive[mother] = day;
        }
    }

    /** Passes on the findings of the mothers whose births all came in order, in the order found. */
    void emitOrdered(Consumer<? super Finding> out) {
        for (Pending p : pending) {
            if (!isSet(unordered, p.mother)) {
                out.accept(p.finding);
            }
        }
        pending.clear();
    }

    /**
     * Checks the births of the unordered mothers again, in batches of mothers with at most
     * the batch's births between them (or one mother with more), reading the
     * births once per batch; findings mother by mother, in row order.
     *
     * @param readBirths reads the births once, in file order, with their lines
     * @param motherRow the row of a mother's first {@code women.csv} row, or a negative number
     * @param out receives the findings
     */
    void recheckUnordered(Consumer<ObjLongConsumer<Birth>> readBirths, ToIntFunction<String> motherRow,
            Consumer<? super Finding> out) {
        int women = births.length;
        int from = nextUnordered(0);
        while (from < women) {
            int to = from + 1;
            long held = births[from];
            for (; to < women; to++) {
                int more = isSet(unordered, to) ? births[to] : 0;
                if (held + more > recheckBatch) {
                    break;
                }
                held += more;
            }
            int low = from;
            int high = to;
            Map<Integer, List<LinedBirth>> byMother = new TreeMap<>();
            readBirths.accept((birth, line) -> {
                int m = motherRow.applyAsInt(birth.motherId());
                if (m >= low && m < high && isSet(unordered, m)) {
                    byMother.computeIfAbsent(m, k -> new ArrayList<>()).add(new LinedBirth(birth, line));
                }
            });
            byMother.forEach((mother, list) -> {
                list.sort(BY_DATE_THEN_ORDER);
                lastDay[mother] = NONE;
                lives[mother] = 0;
                previousLive[mother] = NONE;
                orderReported[mother >>> 6] &= ~(1L << mother);
                for (LinedBirth b : list) {
                    step(mother, b.birth, b.line, out::accept);
                }
            });
            from = nextUnordered(to);
        }
    }

    /** @return true if some mother's births did not come in order */
    boolean anyUnordered() {
        return nextUnordered(0) < births.length;
    }

    private int nextUnordered(int from) {
        int w = from;
        while (w < births.length && !isSet(unordered, w)) {
            w++;
        }
        return w;
    }

    private static boolean isSet(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }
}
