package io.github.fpkit.indicators;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Woman;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The compact in-memory index of a register's women that the streaming indicator pass
 * joins events to: per woman only her birth date, area, married flag and household, in
 * primitive arrays, plus compact tables from ids to slots (the ids' characters in one
 * array, no object per woman). Everything else (births, episodes,
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

    private final IdTable slotById;
    private final IdTable householdSlotById;
    private final int size;
    private final int[] birthDate;
    private final long[] area;
    private final boolean[] married;
    private final int[] household;

    private WomenIndex(IdTable slotById, IdTable householdSlotById, int size,
            int[] birthDate, long[] area, boolean[] married, int[] household) {
        this.slotById = slotById;
        this.householdSlotById = householdSlotById;
        this.size = size;
        this.birthDate = birthDate;
        this.area = area;
        this.married = married;
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
        return of(women, 1, null);
    }

    /**
     * Indexes the women of a stream cut into up to {@code parts} parts read by the pool's
     * threads; slots are the rows' positions in the stream, as in a sequential pass.
     */
    static WomenIndex of(Stream<Woman> women, int parts, ExecutorService pool) {
        Objects.requireNonNull(women, "women");
        List<Spliterator<Woman>> pieces = ParallelParts.split(women.spliterator(), parts);
        List<Rows> rows = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            rows.add(new Rows());
        }
        List<Consumer<Integer>> readers = Collections.nCopies(parts, i -> pieces.get(i).forEachRemaining(rows.get(i)::add));
        ParallelParts.share(IntStream.range(0, pieces.size()).boxed().collect(Collectors.toList()), readers, pool);
        int n = rows.stream().mapToInt(r -> r.n).sum();
        IdTable slots = new IdTable();
        IdTable households = new IdTable();
        int[] birthDays = new int[n];
        long[] areas = new long[n];
        boolean[] marrieds = new boolean[n];
        int[] householdSlots = new int[n];
        int s = 0;
        for (Rows r : rows) {
            System.arraycopy(r.birthDays, 0, birthDays, s, r.n);
            System.arraycopy(r.areas, 0, areas, s, r.n);
            System.arraycopy(r.marrieds, 0, marrieds, s, r.n);
            for (int i = 0; i < r.n; i++, s++) {
                slots.putIfAbsent(r.ids, r.idEntry[i], s);
                int h = r.householdEntry[i];
                householdSlots[s] = h == NONE ? NONE : households.putIfAbsent(r.householdIds, h, households.size());
            }
        }
        slots.trim();
        households.trim();
        return new WomenIndex(slots, households, n, birthDays, areas, marrieds, householdSlots);
    }

    /**
     * The rows of one part, in order, with their ids in compact tables of the part (no
     * string is kept); the parts' tables are joined into the index's in stream order.
     */
    private static final class Rows {
        private int n;
        private final IdTable ids = new IdTable();
        private final IdTable householdIds = new IdTable();
        private int[] idEntry = new int[64];
        private int[] householdEntry = new int[64];
        private int[] birthDays = new int[64];
        private long[] areas = new long[64];
        private boolean[] marrieds = new boolean[64];

        void add(Woman w) {
            Objects.requireNonNull(w, "woman");
            if (n == idEntry.length) {
                idEntry = Arrays.copyOf(idEntry, n * 2);
                householdEntry = Arrays.copyOf(householdEntry, n * 2);
                birthDays = Arrays.copyOf(birthDays, n * 2);
                areas = Arrays.copyOf(areas, n * 2);
                marrieds = Arrays.copyOf(marrieds, n * 2);
            }
            idEntry[n] = ids.putIfAbsent(w.id(), ids.size());
            householdEntry[n] = w.householdId().isEmpty() ? NONE
                    : householdIds.putIfAbsent(w.householdId().get(), householdIds.size());
            birthDays[n] = PackedDate.of(w.birthDate());
            areas[n] = w.areaCode().toNumber();
            marrieds[n] = w.isMarried();
            n++;
        }
    }

    /** @return the number of women (rows) indexed, 0 or more */
    public int size() {
        return size;
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
        return slotById.get(Objects.requireNonNull(id, "id"));
    }

    /** @return the household's slot, or {@link #NONE} if no woman of the index belongs to it */
    int householdSlot(String id) {
        return householdSlotById.get(id);
    }

    int householdCount() {
        return householdSlotById.size();
    }

    /** @return the woman's birth date as a {@link PackedDate} */
    int birthDate(int slot) {
        return birthDate[slot];
    }

    long area(int slot) {
        return area[slot];
    }

    AreaCode areaCode(int slot) {
        return AreaCode.ofNumber(area[slot]);
    }

    boolean married(int slot) {
        return married[slot];
    }

    /** @return the household slot, or {@link #NONE} */
    int household(int slot) {
        return household[slot];
    }
}
