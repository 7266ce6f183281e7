package io.github.fpkit.indicators;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Woman;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The compact in-memory index of a register's women that the streaming indicator pass
 * joins events to: per woman only her birth date, area, married flag and household, in
 * primitive arrays, plus a map from ids to slots. Everything else (births, episodes,
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

    private final Map<String, Integer> slotById;
    private final Map<String, Integer> householdSlotById;
    private final int size;
    private final int[] birthDay;
    private final long[] area;
    private final boolean[] married;
    private final int[] household;

    private WomenIndex(Map<String, Integer> slotById, Map<String, Integer> householdSlotById, int size,
            int[] birthDay, long[] area, boolean[] married, int[] household) {
        this.slotById = slotById;
        this.householdSlotById = householdSlotById;
        this.size = size;
        this.birthDay = birthDay;
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
        Objects.requireNonNull(women, "women");
        Map<String, Integer> slots = new HashMap<>();
        Map<String, Integer> households = new HashMap<>();
        int[] birthDays = new int[64];
        long[] areas = new long[64];
        boolean[] marrieds = new boolean[64];
        int[] householdSlots = new int[64];
        int n = 0;
        for (Iterator<Woman> it = women.iterator(); it.hasNext(); n++) {
            Woman w = Objects.requireNonNull(it.next(), "woman");
            if (n == birthDays.length) {
                birthDays = Arrays.copyOf(birthDays, n * 2);
                areas = Arrays.copyOf(areas, n * 2);
                marrieds = Arrays.copyOf(marrieds, n * 2);
                householdSlots = Arrays.copyOf(householdSlots, n * 2);
            }
            slots.putIfAbsent(w.id(), n);
            birthDays[n] = Math.toIntExact(w.birthDate().toEpochDay());
            areas[n] = w.areaCode().toNumber();
            marrieds[n] = w.isMarried();
            householdSlots[n] = w.householdId().isEmpty() ? NONE
                    : households.computeIfAbsent(w.householdId().get(), k -> households.size());
        }
        return new WomenIndex(slots, households, n, Arrays.copyOf(birthDays, n), Arrays.copyOf(areas, n),
                Arrays.copyOf(marrieds, n), Arrays.copyOf(householdSlots, n));
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
        Integer s = slotById.get(Objects.requireNonNull(id, "id"));
        return s == null ? NONE : s;
    }

    /** @return the household's slot, or {@link #NONE} if no woman of the index belongs to it */
    int householdSlot(String id) {
        Integer s = householdSlotById.get(id);
        return s == null ? NONE : s;
    }

    int householdCount() {
        return householdSlotById.size();
    }

    int birthDay(int slot) {
        return birthDay[slot];
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
