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

import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Woman;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The compact in-memory index of a register's women that the streaming indicator pass
 * joins events to: per woman only her birth date, area, marital status, marriage date and household, in
 * primitive arrays, plus the women's and households' ids in row order (their characters
 * in one array, no object per woman) with tables from an id to its first row. Everything else (births, episodes,
 * pregnancies, procedures, checks, deaths, households) streams past it.
 *
 * <pre>{@code
 * WomenIndex women;
 * try (Stream<Woman> s = source.women()) {
 *     women = WomenIndex.of(s);
 * }
 * women.size();
 * women.contains("W000001");
 * }</pre>
 *
 * <p>Every row counts as a woman (for WRA and woman-years); when an id is duplicated,
 * events are joined to its first row (the referential check reports the duplicate).
 * Immutable and thread-safe.
 */
public final class WomenIndex {
    static final int NONE = -1;
    private static final MaritalStatus[] STATUSES = MaritalStatus.values();

    private final RowIds ids;
    private final RowIds householdIds;
    private final int householdCount;
    private final int[] birthDate;
    private final long[] area;
    private final byte[] status;
    /** Her marriage date as an epoch day, or {@link RecordRules#NO_MARRIAGE}. */
    private final int[] marriage;
    private final int[] household;

    private WomenIndex(RowIds ids, RowIds householdIds, int householdCount,
            int[] birthDate, long[] area, byte[] status, int[] marriage, int[] household) {
        this.ids = ids;
        this.householdIds = householdIds;
        this.householdCount = householdCount;
        this.birthDate = birthDate;
        this.area = area;
        this.status = status;
        this.marriage = marriage;
        this.household = household;
    }

    /**
     * Indexes the women of a stream, in one pass; the stream is consumed, not closed.
     *
     * @param women the women, not null, no null element
     * @return the index
     * @throws NullPointerException if the stream or an element is null
     */
    public static WomenIndex of(Stream<Woman> women) {
        Objects.requireNonNull(women, "women");
        return of(List.of(women.spliterator()), 1, null);
    }

    /**
     * Indexes the women of a stream cut into parts, read by {@code threads} threads, which
     * then fill the id tables together; slots are the rows' positions in the stream, as in
     * a sequential pass, and households are numbered in the order of their first row.
     *
     * @param pieces the parts of the stream, in stream order
     * @param threads the threads to use, 1 or more
     * @param pool the threads but the calling one, or null to use only the calling thread
     */
    static WomenIndex of(List<Spliterator<Woman>> pieces, int threads, ExecutorService pool) {
        List<Rows> rows = new ArrayList<>();
        for (Spliterator<Woman> piece : pieces) {
            rows.add(new Rows(piece));
        }
        Consumer<Rows> reader = Rows::read;
        ParallelParts.share(rows, Collections.nCopies(threads, reader), pool);
        int n = 0;
        for (Rows r : rows) {
            n += r.n;
        }
        int[] birthDates = new int[n];
        long[] areas = new long[n];
        byte[] statuses = new byte[n];
        int[] marriages = new int[n];
        List<RowIds.Part> idParts = new ArrayList<>();
        List<RowIds.Part> householdParts = new ArrayList<>();
        int s = 0;
        for (Rows r : rows) {
            System.arraycopy(r.birthDates, 0, birthDates, s, r.n);
            System.arraycopy(r.areas, 0, areas, s, r.n);
            System.arraycopy(r.statuses, 0, statuses, s, r.n);
            System.arraycopy(r.marriages, 0, marriages, s, r.n);
            idParts.add(r.ids);
            householdParts.add(r.householdIds);
            s += r.n;
        }
        rows.clear();
        RowIds ids = RowIds.of(idParts, threads, pool);
        idParts.clear();
        RowIds householdIds = RowIds.of(householdParts, threads, pool);
        householdParts.clear();
        // A household's slot is the number of households whose first row comes before its own.
        int[] householdSlots = new int[n];
        int households = 0;
        for (int i = 0; i < n; i++) {
            int first = householdIds.firstOf(i);
            householdSlots[i] = first == NONE ? NONE : first == i ? households++ : householdSlots[first];
        }
        return new WomenIndex(ids, householdIds, households, birthDates, areas, statuses, marriages, householdSlots);
    }

    /** The rows of one part of the stream, in order, as one thread reads them. */
    private static final class Rows {
        private final Spliterator<Woman> piece;
        private int n;
        private final RowIds.Part ids = new RowIds.Part();
        private final RowIds.Part householdIds = new RowIds.Part();
        private int[] birthDates = new int[64];
        private long[] areas = new long[64];
        private byte[] statuses = new byte[64];
        private int[] marriages = new int[64];

        Rows(Spliterator<Woman> piece) {
            this.piece = piece;
        }

        void read() {
            piece.forEachRemaining(this::add);
        }

        private void add(Woman w) {
            Objects.requireNonNull(w, "woman");
            if (n == birthDates.length) {
                birthDates = Arrays.copyOf(birthDates, n * 2);
                areas = Arrays.copyOf(areas, n * 2);
                statuses = Arrays.copyOf(statuses, n * 2);
                marriages = Arrays.copyOf(marriages, n * 2);
            }
            ids.add(w.id());
            householdIds.add(w.householdId().orElse(null));
            birthDates[n] = PackedDate.of(w.birthDate());
            areas[n] = w.areaCode().toNumber();
            statuses[n] = (byte) w.maritalStatus().ordinal();
            marriages[n] = RecordRules.marriageDay(w.marriageDate());
            n++;
        }
    }

    /** @return the number of women (rows) indexed, 0 or more */
    public int size() {
        return ids.size();
    }

    /**
     * @param id a woman's id, not null
     * @return true if a woman of the index has that id
     */
    public boolean contains(String id) {
        return slot(id) != NONE;
    }

    /** @return the slot of the woman's first row, or {@link #NONE} */
    int slot(String id) {
        return ids.first(Objects.requireNonNull(id, "id"));
    }

    /**
     * As {@link #slot(String)}, faster when the woman's row is at the cursor or shortly after it.
     *
     * @param cursor where the last lookup of the caller's stream of records stands, moved to the slot found
     */
    int slot(String id, RowCursor cursor) {
        return cursor.find(ids, Objects.requireNonNull(id, "id"));
    }

    /**
     * The first woman of a household, for {@link #household(int)}; faster when that woman
     * is at the cursor or shortly after it.
     *
     * @param id a household id, not null
     * @param cursor where the last household lookup of the caller stands, moved to the slot found
     * @return the slot of the household's first woman, or {@link #NONE} if no woman of the index belongs to it
     */
    int householdFirstWoman(String id, RowCursor cursor) {
        return cursor.find(householdIds, Objects.requireNonNull(id, "id"));
    }

    int householdCount() {
        return householdCount;
    }

    /** @return the woman's birth date as a {@link PackedDate} */
    int birthDate(int slot) {
        return birthDate[slot];
    }

    long area(int slot) {
        return area[slot];
    }

    boolean married(int slot) {
        return status(slot).isMarried();
    }

    MaritalStatus status(int slot) {
        return STATUSES[status[slot]];
    }

    /** @return her marriage date as an epoch day, or {@link RecordRules#NO_MARRIAGE} */
    int marriage(int slot) {
        return marriage[slot];
    }

    /** @return the household slot, or {@link #NONE} */
    int household(int slot) {
        return household[slot];
    }
}
