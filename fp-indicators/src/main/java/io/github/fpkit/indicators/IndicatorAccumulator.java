package io.github.fpkit.indicators;

import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.register.RegisterTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The one-pass accumulator of every indicator over a register's streams, for one
 * reporting period: start {@link #empty(WomenIndex, ReportingPeriod) empty} over the
 * index of the women, {@code add} each record of the other tables once, in any order,
 * and read the per-area {@link #tallies(AreaLevel) tallies} at any level.
 *
 * <pre>{@code
 * ReportingPeriod period = ReportingPeriod.parse("2009SY");
 * WomenIndex women;
 * try (Stream<Woman> s = source.women()) {
 *     women = WomenIndex.of(s);
 * }
 * IndicatorAccumulator acc = IndicatorAccumulator.empty(women, period);
 * try (Stream<Birth> s = source.births()) {
 *     s.forEach(acc::add);
 * }
 * // … the other tables the same way, or split a table across threads:
 * IndicatorAccumulator both = left.merge(right);
 * Map<AreaCode, AreaTally> townships = acc.tallies(AreaLevel.TOWNSHIP);
 * }</pre>
 *
 * <p>Memory grows with the women (a few primitives each: live births by sex up to the
 * reference date, best method in use, checked flag) and the areas, never with the events.
 * Births, users, pregnancies, procedures and checks belong to the woman's area; a record
 * whose woman is not in the index cannot be attributed: it is skipped and counted in
 * {@link #unattributedRecords()}. Deaths and households belong to their own area.
 * Population rows count only when their period equals this one ({@code 2009SY} equals
 * {@code 2008-10-01/2009-09-30}); several rows of one area are added.
 *
 * <p>{@code add} changes this accumulator and is not thread-safe; {@link #merge} returns
 * a new accumulator and is associative and commutative, with an empty accumulator as its
 * identity, so a table can be split across threads and the parts merged.
 */
public final class IndicatorAccumulator {
    private static final byte NO_METHOD = Byte.MAX_VALUE;
    /** Copies of {@code values()}, which makes a new array per call, and tallies ask per woman. */
    private static final ContraceptiveMethod[] METHODS = ContraceptiveMethod.values();
    private static final AgeGroup[] AGE_GROUPS = AgeGroup.values();

    private final WomenIndex women;
    private final ReportingPeriod period;
    /** The period's first and last days as epoch days, for woman-days. */
    private final long start;
    private final long end;
    /** The period's first and last days and its reference date as {@link PackedDate}s, for comparisons and ages. */
    private final int startDate;
    private final int endDate;
    private final int referenceDate;

    private final int[] liveMales;
    private final int[] liveFemales;
    private final byte[] method;
    private final boolean[] checked;
    private final long[] householdArea;

    private final Map<Long, long[]> events;
    private final Map<AreaCode, BigDecimal> ownPopulation;
    private final Map<AreaCode, String> names;
    private final Set<AreaCode> areasSeen;
    private final long[] unattributed;
    /** The counts of the area of the last event counted: the events of a woman, and of a village's women, come together. */
    private long lastArea = Long.MIN_VALUE;
    private long[] lastCounts;
    /**
     * The slot of the last woman joined to, and the first woman of the last household:
     * the next record's is usually the same or one of the next, which the index checks
     * before hashing.
     */
    private final RowCursor womanCursor = new RowCursor();
    private final RowCursor householdCursor = new RowCursor();

    private IndicatorAccumulator(WomenIndex women, ReportingPeriod period) {
        this.women = women;
        this.period = period;
        this.start = period.start().toEpochDay();
        this.end = period.end().toEpochDay();
        this.startDate = PackedDate.of(period.start());
        this.endDate = PackedDate.of(period.end());
        this.referenceDate = PackedDate.of(period.referenceDate());
        this.liveMales = new int[women.size()];
        this.liveFemales = new int[women.size()];
        this.method = new byte[women.size()];
        Arrays.fill(method, NO_METHOD);
        this.checked = new boolean[women.size()];
        this.householdArea = new long[women.householdCount()];
        this.events = new HashMap<>();
        this.ownPopulation = new HashMap<>();
        this.names = new HashMap<>();
        this.areasSeen = new HashSet<>();
        this.unattributed = new long[RegisterTable.values().length];
    }

    /**
     * @param women the index of the register's women, not null
     * @param period the reporting period, not null
     * @return an accumulator of no record but the women
     */
    public static IndicatorAccumulator empty(WomenIndex women, ReportingPeriod period) {
        return new IndicatorAccumulator(Objects.requireNonNull(women, "women"), Objects.requireNonNull(period, "period"));
    }

    /** @return the index of the women, not null */
    public WomenIndex women() {
        return women;
    }

    /** @return the reporting period, not null */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * @param area an area of {@code areas.csv}, not null
     * @return this accumulator
     */
    public IndicatorAccumulator add(Area area) {
        names.merge(area.code(), area.name(), IndicatorAccumulator::first);
        areasSeen.add(area.code());
        return this;
    }

    /**
     * @param count a row of {@code population.csv}, not null; used only if its period equals this one
     * @return this accumulator
     */
    public IndicatorAccumulator add(PopulationCount count) {
        areasSeen.add(count.areaCode());
        if (count.period().equals(period)) {
            ownPopulation.merge(count.areaCode(), new BigDecimal(count.averagePopulationOrDerived()), BigDecimal::add);
        }
        return this;
    }

    /**
     * @param birth a birth, not null
     * @return this accumulator
     */
    public IndicatorAccumulator add(Birth birth) {
        int s = slot(birth.motherId(), RegisterTable.BIRTHS);
        if (s == WomenIndex.NONE || !birth.isLive()) {
            return this;
        }
        int day = PackedDate.of(birth.birthDate());
        if (day <= endDate) {
            if (birth.sex() == Sex.MALE) {
                liveMales[s]++;
            } else {
                liveFemales[s]++;
            }
        }
        if (day >= startDate && day <= endDate) {
            long[] c = counts(women.area(s));
            c[Counter.LIVE_BIRTHS.ordinal()]++;
            c[(birth.sex() == Sex.MALE ? Counter.MALE_BIRTHS : Counter.FEMALE_BIRTHS).ordinal()]++;
            if (birth.policy() == PolicyStatus.IN) {
                c[Counter.POLICY_IN_BIRTHS.ordinal()]++;
            }
            c[Counter.birthOrder(birth.birthOrder().getAsInt()).ordinal()]++;
            int age = PackedDate.completedYears(women.birthDate(s), day);
            AgeGroup.of(age).ifPresent(g -> c[Counter.births(g).ordinal()]++);
        }
        return this;
    }

    /**
     * @param death a death, not null
     * @return this accumulator
     */
    public IndicatorAccumulator add(Death death) {
        areasSeen.add(death.areaCode());
        if (period.contains(death.deathDate())) {
            counts(death.areaCode().toNumber())[Counter.DEATHS.ordinal()]++;
        }
        return this;
    }

    /**
     * @param episode a contraceptive episode, not null
     * @return this accumulator
     */
    public IndicatorAccumulator add(ContraceptiveEpisode episode) {
        int s = slot(episode.womanId(), RegisterTable.CONTRACEPTION);
        if (s != WomenIndex.NONE && episode.isInUseOn(period.referenceDate())) {
            method[s] = (byte) Math.min(method[s], episode.method().ordinal());
        }
        return this;
    }

    /**
     * @param pregnancy a pregnancy, not null
     * @return this accumulator
     */
    public IndicatorAccumulator add(Pregnancy pregnancy) {
        int s = slot(pregnancy.womanId(), RegisterTable.PREGNANCIES);
        if (s == WomenIndex.NONE) {
            return this;
        }
        long[] c = counts(women.area(s));
        if (pregnancy.isCurrentOn(period.referenceDate())) {
            c[Counter.CURRENT_PREGNANCIES.ordinal()]++;
        }
        if (period.contains(pregnancy.startDate()) && pregnancy.planned().isPresent()) {
            c[Counter.PREGNANCIES_PLANNED_KNOWN.ordinal()]++;
            if (!pregnancy.planned().get()) {
                c[Counter.PREGNANCIES_UNPLANNED.ordinal()]++;
            }
        }
        if (pregnancy.outcome() != PregnancyOutcome.ONGOING && period.contains(pregnancy.outcomeDate().orElseThrow())) {
            c[Counter.outcome(pregnancy.outcome()).ordinal()]++;
        }
        return this;
    }

    /**
     * @param procedure a procedure, not null
     * @return this accumulator
     */
    public IndicatorAccumulator add(Procedure procedure) {
        int s = slot(procedure.womanId(), RegisterTable.PROCEDURES);
        if (s != WomenIndex.NONE && period.contains(procedure.date())) {
            counts(women.area(s))[Counter.procedures(procedure.type()).ordinal()]++;
        }
        return this;
    }

    /**
     * @param check a health check, not null
     * @return this accumulator
     */
    public IndicatorAccumulator add(HealthCheck check) {
        int s = slot(check.womanId(), RegisterTable.HEALTH_CHECKS);
        if (s != WomenIndex.NONE && check.kind().countsForCoverage() && period.contains(check.date())) {
            checked[s] = true;
        }
        return this;
    }

    /**
     * A household counts once however often its id appears; a household none of whose
     * women is in the index has no children and counts towards no indicator.
     *
     * @param household a household, not null
     * @return this accumulator
     */
    public IndicatorAccumulator add(Household household) {
        areasSeen.add(household.areaCode());
        int first = women.householdFirstWoman(household.id(), householdCursor);
        if (first != WomenIndex.NONE) {
            int h = women.household(first);
            householdArea[h] = firstArea(householdArea[h], household.areaCode().toNumber());
        }
        return this;
    }

    /**
     * Merges two accumulators of the same women and period.
     *
     * @param other an accumulator built on the same {@link WomenIndex} instance and an equal period, not null
     * @return a new accumulator holding the records of both; this and {@code other} are unchanged
     * @throws IllegalArgumentException if the index or the period differ
     */
    public IndicatorAccumulator merge(IndicatorAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (other.women != women) {
            throw new IllegalArgumentException("cannot merge accumulators over different women indexes");
        }
        if (!other.period.equals(period)) {
            throw new IllegalArgumentException("cannot merge period " + other.period + " into period " + period);
        }
        IndicatorAccumulator m = new IndicatorAccumulator(women, period);
        for (int s = 0; s < liveMales.length; s++) {
            m.liveMales[s] = liveMales[s] + other.liveMales[s];
            m.liveFemales[s] = liveFemales[s] + other.liveFemales[s];
            m.method[s] = (byte) Math.min(method[s], other.method[s]);
            m.checked[s] = checked[s] || other.checked[s];
        }
        for (int h = 0; h < householdArea.length; h++) {
            m.householdArea[h] = firstArea(householdArea[h], other.householdArea[h]);
        }
        for (IndicatorAccumulator part : new IndicatorAccumulator[] {this, other}) {
            part.events.forEach((area, c) -> {
                long[] sum = m.counts(area);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] = Math.addExact(sum[i], c[i]);
                }
            });
            part.ownPopulation.forEach((area, p) -> m.ownPopulation.merge(area, p, BigDecimal::add));
            part.names.forEach((area, name) -> m.names.merge(area, name, IndicatorAccumulator::first));
            m.areasSeen.addAll(part.areasSeen);
            for (int t = 0; t < unattributed.length; t++) {
                m.unattributed[t] += part.unattributed[t];
            }
        }
        return m;
    }

    /**
     * The tallies of the areas exactly as coded in the records (usually villages),
     * before any roll-up and without population.
     *
     * @return a tally per area code found in the women, deaths and households; unmodifiable
     */
    public Map<AreaCode, AreaTally> tallies() {
        return tallies(1, null);
    }

    /**
     * As {@link #tallies()}, the women and the households shared among {@code threads}
     * threads in ranges, each range counted into its own sums, which are added at the end:
     * the sums are those of one pass, whatever the threads.
     *
     * @param threads how many threads count, 1 or more
     * @param pool the threads but the calling one, or null to count on the calling thread
     */
    private Map<AreaCode, AreaTally> tallies(int threads, ExecutorService pool) {
        int ranges = Math.max(1, threads);
        List<WomenRange> womenRanges = new ArrayList<>();
        for (int i = 0; i < ranges; i++) {
            womenRanges.add(new WomenRange(part(women.size(), i, ranges), part(women.size(), i + 1, ranges)));
        }
        Consumer<WomenRange> womenCounter = WomenRange::count;
        ParallelParts.share(womenRanges, Collections.nCopies(ranges, womenCounter), pool);
        List<HouseholdRange> householdRanges = new ArrayList<>();
        for (int i = 0; i < ranges; i++) {
            householdRanges.add(new HouseholdRange(part(householdArea.length, i, ranges), part(householdArea.length, i + 1, ranges)));
        }
        Consumer<HouseholdRange> householdCounter = range -> range.count(womenRanges);
        ParallelParts.share(householdRanges, Collections.nCopies(ranges, householdCounter), pool);
        Map<Long, long[]> counts = new HashMap<>();
        events.forEach((area, c) -> counts.put(area, c.clone()));
        for (WomenRange range : womenRanges) {
            add(counts, range.counts);
        }
        for (HouseholdRange range : householdRanges) {
            add(counts, range.counts);
        }
        Map<AreaCode, AreaTally> tallies = new TreeMap<>();
        counts.forEach((code, sums) -> tallies.put(AreaCode.ofNumber(code), AreaTally.of(sums, null)));
        return Collections.unmodifiableMap(tallies);
    }

    /** @return the start of part {@code i} of {@code parts} equal parts of {@code n} */
    private static int part(int n, int i, int parts) {
        return (int) ((long) n * i / parts);
    }

    private static void add(Map<Long, long[]> sums, Map<Long, long[]> part) {
        part.forEach((area, c) -> {
            long[] sum = sums.computeIfAbsent(area, a -> new long[Counter.SIZE]);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += c[i];
            }
        });
    }

    /** A range of women, counted by one thread: the sums of its women's areas and its households' children. */
    private final class WomenRange {
        private final int from;
        private final int to;
        private final Map<Long, long[]> counts = new HashMap<>();
        private final int[] children = new int[householdArea.length];
        private final int[] sons = new int[householdArea.length];

        WomenRange(int from, int to) {
            this.from = from;
            this.to = to;
        }

        void count() {
            long area = Long.MIN_VALUE;
            long[] c = null;
            for (int s = from; s < to; s++) {
                if (women.area(s) != area) {
                    // The women of a village usually come together.
                    area = women.area(s);
                    c = counts.computeIfAbsent(area, a -> new long[Counter.SIZE]);
                }
                int born = liveMales[s] + liveFemales[s];
                int h = women.household(s);
                if (h != WomenIndex.NONE) {
                    children[h] += born;
                    sons[h] += liveMales[s];
                }
                int birthDate = women.birthDate(s);
                if (AgeGroup.isChildbearingAge(PackedDate.completedYears(birthDate, referenceDate))) {
                    c[Counter.WRA.ordinal()]++;
                    if (women.married(s)) {
                        c[Counter.MARRIED_WRA.ordinal()]++;
                        c[Counter.parity(born).ordinal()]++;
                        if (method[s] != NO_METHOD) {
                            c[Counter.users(METHODS[method[s]]).ordinal()]++;
                        }
                        if (checked[s]) {
                            c[Counter.CHECKED_MARRIED_WRA.ordinal()]++;
                        }
                    }
                }
                // Her ages during the period run from ageAtStart to ageAtEnd: only the groups
                // between them can hold days, so the others are not computed.
                int ageAtStart = PackedDate.completedYears(birthDate, startDate);
                int ageAtEnd = PackedDate.completedYears(birthDate, referenceDate);
                if (ageAtEnd >= AgeGroup.CHILDBEARING_MIN && ageAtStart <= AgeGroup.CHILDBEARING_MAX) {
                    for (AgeGroup g : AGE_GROUPS) {
                        if (g.upper() >= ageAtStart && g.lower() <= ageAtEnd) {
                            c[Counter.days(g).ordinal()] += daysAged(birthDate, g.lower(), g.upper());
                        }
                    }
                }
            }
        }
    }

    /**
     * A range of households, counted by one thread once every {@link WomenRange} is: a
     * household's children are the sums of every range's, since its women may lie in several.
     */
    private final class HouseholdRange {
        private final int from;
        private final int to;
        private final Map<Long, long[]> counts = new HashMap<>();

        HouseholdRange(int from, int to) {
            this.from = from;
            this.to = to;
        }

        void count(List<WomenRange> womenRanges) {
            long area = 0;
            long[] own = null;
            for (int h = from; h < to; h++) {
                if (householdArea[h] == 0) {
                    continue;
                }
                int children = 0;
                int sons = 0;
                for (WomenRange range : womenRanges) {
                    children += range.children[h];
                    sons += range.sons[h];
                }
                if (householdArea[h] != area) {
                    // The households of a village usually come together.
                    area = householdArea[h];
                    own = counts.computeIfAbsent(area, a -> new long[Counter.SIZE]);
                }
                if (children == 1) {
                    own[Counter.ONE_CHILD_HOUSEHOLDS.ordinal()]++;
                    if (sons == 1) {
                        own[Counter.ONLY_SON_HOUSEHOLDS.ordinal()]++;
                    }
                } else if (children == 2 && sons == 0) {
                    own[Counter.TWO_DAUGHTER_HOUSEHOLDS.ordinal()]++;
                }
            }
        }
    }

    /**
     * The tallies of every area at a level: a village's own; a township's the merge of its
     * villages' (and of records coded at the township itself); a county's the merge of its
     * townships'. An area's own population row (for this period) gives its population;
     * otherwise it is the sum of its children's known populations, unknown if none is.
     * The areas at a level are those of {@code areas.csv} and those coded in any record,
     * with their ancestors.
     *
     * @param level the level, not null
     * @return a tally per area of that level, by code; unmodifiable
     */
    public Map<AreaCode, AreaTally> tallies(AreaLevel level) {
        Objects.requireNonNull(level, "level");
        return tallies(EnumSet.of(level)).get(level);
    }

    /**
     * The tallies at several levels, from one pass over the women (which {@link #tallies()}
     * makes), as {@link #tallies(AreaLevel)} gives them level by level.
     *
     * @param levels the levels, not empty
     * @return the tallies per level asked
     */
    Map<AreaLevel, Map<AreaCode, AreaTally>> tallies(Set<AreaLevel> levels) {
        return tallies(levels, 1, null);
    }

    /**
     * As {@link #tallies(Set)}, the women and households counted by {@code threads}
     * threads; the tallies are the same whatever the threads.
     *
     * @param levels the levels, not empty
     * @param threads how many threads count, 1 or more
     * @param pool the threads but the calling one, or null to count on the calling thread
     * @return the tallies per level asked
     */
    Map<AreaLevel, Map<AreaCode, AreaTally>> tallies(Set<AreaLevel> levels, int threads, ExecutorService pool) {
        Map<AreaCode, AreaTally> base = tallies(threads, pool);
        Set<AreaCode> known = new HashSet<>(base.keySet());
        known.addAll(areasSeen);
        known.addAll(names.keySet());
        Map<AreaLevel, Map<AreaCode, AreaTally>> byLevel = new EnumMap<>(AreaLevel.class);
        for (AreaLevel level : levels) {
            byLevel.put(level, AreaRollUp.toLevel(base, ownPopulation, known, level));
        }
        return byLevel;
    }

    /** @return the names of {@code areas.csv}, by code; unmodifiable */
    public Map<AreaCode, String> areaNames() {
        return Collections.unmodifiableMap(new TreeMap<>(names));
    }

    /**
     * @return per table, the number of records whose woman ({@code mother_id} or
     *         {@code woman_id}) is not in the index, and which no indicator counts; only
     *         tables with at least one such record; unmodifiable
     */
    public Map<RegisterTable, Long> unattributedRecords() {
        Map<RegisterTable, Long> map = new EnumMap<>(RegisterTable.class);
        for (RegisterTable t : RegisterTable.values()) {
            if (unattributed[t.ordinal()] > 0) {
                map.put(t, unattributed[t.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private int slot(String womanId, RegisterTable table) {
        int s = women.slot(womanId, womanCursor);
        if (s == WomenIndex.NONE) {
            unattributed[table.ordinal()]++;
        }
        return s;
    }

    private long[] counts(long area) {
        if (area != lastArea) {
            lastCounts = events.computeIfAbsent(area, a -> new long[Counter.SIZE]);
            lastArea = area;
        }
        return lastCounts;
    }

    /** @return the number of days of the period on which the age is within [lower, upper] */
    private long daysAged(int birthDate, int lower, int upper) {
        long from = Math.max(start, PackedDate.epochDayOfTurning(birthDate, lower));
        long to = Math.min(end, PackedDate.epochDayOfTurning(birthDate, upper + 1) - 1);
        return Math.max(0, to - from + 1);
    }

    private static String first(String a, String b) {
        // Keeps the result independent of the order records arrive in.
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static long firstArea(long a, long b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }
}
