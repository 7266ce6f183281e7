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

import io.github.fpkit.indicators.AreaTally;
import io.github.fpkit.indicators.Count;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.policy.PolicyRules;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.register.RegisterTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The single-machine engine's accumulator: the records of every table but {@code women.csv}
 * are joined to a {@link WomenIndex} and leave on each woman only what the per-woman rules
 * need (live births by sex, best method in use, a check in the period, what the due rules
 * need, and the few events that the cross-table rules of {@link ContraceptiveDynamics} read),
 * and on each area
 * the counts of its events; {@link #tally} then applies the women's and the households'
 * rules, on several threads, and gives the {@link RegisterTally}. Every rule is
 * {@link RecordRules}', as in the per-woman path, so both give the same tally.
 *
 * <p>Memory grows with the women and the areas, and with the events of the dynamics' window
 * (the 12 months before the period and the period), never with the register's history. A record whose
 * woman is not in the index is skipped and counted as unattributed. {@code add} changes
 * this accumulator and is not thread-safe; {@link #merge} of accumulators over the same
 * index and period is associative and commutative, so a table can be split across
 * threads and the parts merged.
 */
public final class IndexAccumulator {
    private final WomenIndex women;
    private final PeriodDays period;
    private final PolicyRules policyRules;

    private final int[] liveMales;
    private final int[] liveFemales;
    private final byte[] method;
    private final boolean[] checked;
    /** Each woman's due state ({@link RecordRules#dueState}), her earliest follow-up procedure and latest check that answers one. */
    private final byte[] dueState;
    private final int[] followUp;
    private final int[] lastCheck;
    private final long[] householdArea;
    /** The events of the dynamics, with their women's slots: only those {@link ContraceptiveDynamics} can read. */
    private SlottedEvents dynamics = new SlottedEvents();

    private final Map<Long, long[]> events;
    /** The names and populations of {@code areas.csv} and {@code population.csv}, which are few. */
    private final RegisterTally.Builder rows;
    private final Set<AreaCode> areasSeen = new HashSet<>();
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

    private IndexAccumulator(WomenIndex women, ReportingPeriod period, PolicyRules policyRules) {
        this.women = women;
        this.period = PeriodDays.of(period);
        this.policyRules = policyRules;
        this.liveMales = new int[women.size()];
        this.liveFemales = new int[women.size()];
        this.method = new byte[women.size()];
        Arrays.fill(method, (byte) RecordRules.NO_METHOD);
        this.checked = new boolean[women.size()];
        this.dueState = new byte[women.size()];
        this.followUp = new int[women.size()];
        Arrays.fill(followUp, RecordRules.NO_FOLLOW_UP);
        this.lastCheck = new int[women.size()];
        this.householdArea = new long[women.householdCount()];
        this.events = new HashMap<>();
        this.rows = RegisterTally.builder(period);
        this.unattributed = new long[RegisterTable.values().length];
    }

    /**
     * @param women the index of the register's women, not null
     * @param period the reporting period, not null
     * @return an accumulator of no record but the women
     */
    public static IndexAccumulator empty(WomenIndex women, ReportingPeriod period) {
        return empty(women, period, PolicyRules.china());
    }

    /**
     * @param women the index of the register's women, not null
     * @param period the reporting period, not null
     * @param policyRules the rules that judge the births recorded of unknown policy, not null
     * @return an accumulator of no record but the women
     */
    public static IndexAccumulator empty(WomenIndex women, ReportingPeriod period, PolicyRules policyRules) {
        return new IndexAccumulator(Objects.requireNonNull(women, "women"), Objects.requireNonNull(period, "period"),
                Objects.requireNonNull(policyRules, "policyRules"));
    }

    /** @return this accumulator, with the area's name and code */
    public IndexAccumulator add(Area area) {
        rows.name(area.code(), area.name());
        return this;
    }

    /** @return this accumulator, with the row's population if it is of this period */
    public IndexAccumulator add(PopulationCount count) {
        BigDecimal population = RecordRules.population(count, period);
        areasSeen.add(count.areaCode());
        if (population != null) {
            rows.population(count.areaCode(), population);
        }
        return this;
    }

    /** @return this accumulator, with the birth */
    public IndexAccumulator add(Birth birth) {
        int s = slot(birth.motherId(), RegisterTable.BIRTHS);
        if (s == WomenIndex.NONE) {
            return this;
        }
        dueState[s] |= (byte) RecordRules.dueState(birth, period);
        int delivery = PackedDate.of(birth.birthDate());
        if (ContraceptiveDynamics.keepsDelivery(period, delivery)) {
            dynamics.add(s, ContraceptiveDynamics.deliveryCode(), delivery, 0);
        }
        int day = RecordRules.childBorn(birth, period);
        if (day != 0) {
            if (birth.sex() == Sex.MALE) {
                liveMales[s]++;
            } else {
                liveFemales[s]++;
            }
            RecordRules.liveBirth(counts(women.area(s)), period, birth, day, women.birthDate(s), policyRules, women.area(s),
                    women.status(s), women.marriage(s));
        }
        return this;
    }

    /** @return this accumulator, with the death */
    public IndexAccumulator add(Death death) {
        areasSeen.add(death.areaCode());
        if (RecordRules.deathCounts(death, period)) {
            counts(death.areaCode().toNumber())[Count.DEATHS.ordinal()]++;
        }
        return this;
    }

    /** @return this accumulator, with the episode */
    public IndexAccumulator add(ContraceptiveEpisode episode) {
        int s = slot(episode.womanId(), RegisterTable.CONTRACEPTION);
        if (s != WomenIndex.NONE) {
            method[s] = (byte) Math.min(method[s], RecordRules.methodInUse(episode, period));
            dueState[s] |= (byte) RecordRules.dueState(episode, period);
            int start = PackedDate.of(episode.startDate());
            if (ContraceptiveDynamics.keepsEpisode(period, episode.method(), start)) {
                dynamics.add(s, ContraceptiveDynamics.episodeCode(episode.method()), start,
                        episode.endDate().map(PackedDate::of).orElse(0));
            }
        }
        return this;
    }

    /** @return this accumulator, with the pregnancy */
    public IndexAccumulator add(Pregnancy pregnancy) {
        int s = slot(pregnancy.womanId(), RegisterTable.PREGNANCIES);
        if (s != WomenIndex.NONE) {
            RecordRules.pregnancy(counts(women.area(s)), period, pregnancy);
            dueState[s] |= (byte) RecordRules.dueState(pregnancy, period);
            int start = PackedDate.of(pregnancy.startDate());
            int outcome = pregnancy.outcomeDate().map(PackedDate::of).orElse(0);
            if (ContraceptiveDynamics.keepsPregnancy(period, start, outcome)) {
                dynamics.add(s, ContraceptiveDynamics.pregnancyCode(pregnancy.outcome()), start, outcome);
            }
        }
        return this;
    }

    /** @return this accumulator, with the procedure */
    public IndexAccumulator add(Procedure procedure) {
        int s = slot(procedure.womanId(), RegisterTable.PROCEDURES);
        if (s != WomenIndex.NONE) {
            RecordRules.procedure(counts(women.area(s)), period, procedure);
            followUp[s] = Math.min(followUp[s], RecordRules.followUpProcedure(procedure, period));
            dueState[s] |= (byte) RecordRules.dueState(procedure, period);
            int day = PackedDate.of(procedure.date());
            if (ContraceptiveDynamics.keepsProcedure(period, procedure.type(), day)) {
                dynamics.add(s, ContraceptiveDynamics.procedureCode(procedure.type()), day, 0);
            }
        }
        return this;
    }

    /**
     * A distribution with a woman belongs to her area (unattributed if she is not in the
     * index); one without belongs to its own area, which is seen whether or not it falls in P.
     *
     * @return this accumulator, with the distribution
     */
    public IndexAccumulator add(Distribution distribution) {
        if (distribution.womanId().isPresent()) {
            int s = slot(distribution.womanId().get(), RegisterTable.DISTRIBUTIONS);
            if (s != WomenIndex.NONE) {
                RecordRules.distribution(counts(women.area(s)), period, distribution);
            }
        } else {
            AreaCode area = distribution.areaCode().orElseThrow();
            areasSeen.add(area);
            if (RecordRules.distributionCounts(distribution, period)) {
                RecordRules.distribution(counts(area.toNumber()), period, distribution);
            }
        }
        return this;
    }

    /** @return this accumulator, with the check */
    public IndexAccumulator add(HealthCheck check) {
        int s = slot(check.womanId(), RegisterTable.HEALTH_CHECKS);
        if (s != WomenIndex.NONE) {
            checked[s] |= RecordRules.checkCounts(check, period);
            dueState[s] |= (byte) RecordRules.dueState(check, period);
            lastCheck[s] = Math.max(lastCheck[s], RecordRules.followUpCheck(check, period));
        }
        return this;
    }

    /**
     * A household counts once however often its id appears, in the least of its areas; a
     * household none of whose women is in the index has no children and counts towards no
     * indicator.
     *
     * @return this accumulator, with the household
     */
    public IndexAccumulator add(Household household) {
        areasSeen.add(household.areaCode());
        int first = women.householdFirstWoman(household.id(), householdCursor);
        if (first != WomenIndex.NONE) {
            int h = women.household(first);
            householdArea[h] = leastArea(householdArea[h], household.areaCode().toNumber());
        }
        return this;
    }

    /**
     * Merges two accumulators of the same women and period.
     *
     * @param other an accumulator built on the same {@link WomenIndex} instance, an equal period and equal policy rules, not null
     * @return a new accumulator holding the records of both; this and {@code other} are unchanged
     * @throws IllegalArgumentException if the index, the period or the policy rules differ
     */
    public IndexAccumulator merge(IndexAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (other.women != women) {
            throw new IllegalArgumentException("cannot merge accumulators over different women indexes");
        }
        if (!other.period.period().equals(period.period())) {
            throw new IllegalArgumentException("cannot merge period " + other.period.period() + " into period " + period.period());
        }
        if (!other.policyRules.equals(policyRules)) {
            throw new IllegalArgumentException("cannot merge accumulators of different policy rules");
        }
        IndexAccumulator m = new IndexAccumulator(women, period.period(), policyRules);
        for (int s = 0; s < liveMales.length; s++) {
            m.liveMales[s] = liveMales[s] + other.liveMales[s];
            m.liveFemales[s] = liveFemales[s] + other.liveFemales[s];
            m.method[s] = (byte) Math.min(method[s], other.method[s]);
            m.checked[s] = checked[s] || other.checked[s];
            m.dueState[s] = (byte) (dueState[s] | other.dueState[s]);
            m.followUp[s] = Math.min(followUp[s], other.followUp[s]);
            m.lastCheck[s] = Math.max(lastCheck[s], other.lastCheck[s]);
        }
        for (int h = 0; h < householdArea.length; h++) {
            m.householdArea[h] = leastArea(householdArea[h], other.householdArea[h]);
        }
        m.dynamics = dynamics.merge(other.dynamics);
        for (IndexAccumulator part : new IndexAccumulator[] {this, other}) {
            part.events.forEach((area, c) -> {
                long[] sum = m.counts(area);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] = Math.addExact(sum[i], c[i]);
                }
            });
            RegisterTally partRows = part.rows.build();
            partRows.populations().forEach(m.rows::population);
            partRows.areaNames().forEach(m.rows::name);
            m.areasSeen.addAll(part.areasSeen);
            for (int t = 0; t < unattributed.length; t++) {
                m.unattributed[t] += part.unattributed[t];
            }
        }
        return m;
    }

    /**
     * The register's tally: the women and the households shared among {@code threads}
     * threads in ranges, each range counted into its own sums, which are added at the end:
     * the sums are those of one pass, whatever the threads.
     *
     * @param threads how many threads count, 1 or more
     * @param pool the threads but the calling one, or null to count on the calling thread
     * @return the tally of every record added and of the women
     */
    public RegisterTally tally(int threads, ExecutorService pool) {
        int ranges = Math.max(1, threads);
        SlottedEvents.BySlot bySlot = dynamics.bySlot();
        List<WomenRange> womenRanges = new ArrayList<>();
        for (int i = 0; i < ranges; i++) {
            womenRanges.add(new WomenRange(part(women.size(), i, ranges), part(women.size(), i + 1, ranges), bySlot));
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
        RegisterTally.Builder tally = RegisterTally.builder(period.period());
        RegisterTally own = rows.build();
        own.populations().forEach(tally::population);
        own.areaNames().forEach(tally::name);
        own.knownAreas().forEach(tally::area);
        areasSeen.forEach(tally::area);
        counts.forEach((code, sums) -> tally.add(AreaCode.ofNumber(code), tallyOf(sums)));
        for (RegisterTable t : RegisterTable.values()) {
            tally.unattributed(t, unattributed[t.ordinal()]);
        }
        return tally.build();
    }

    private static AreaTally tallyOf(long[] sums) {
        AreaTally.Builder b = AreaTally.builder();
        for (Count c : Count.values()) {
            b.add(c, sums[c.ordinal()]);
        }
        return b.build();
    }

    /** @return the start of part {@code i} of {@code parts} equal parts of {@code n} */
    private static int part(int n, int i, int parts) {
        return (int) ((long) n * i / parts);
    }

    private static void add(Map<Long, long[]> sums, Map<Long, long[]> part) {
        part.forEach((area, c) -> {
            long[] sum = sums.computeIfAbsent(area, a -> new long[RecordRules.COUNTS]);
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
        private final SlottedEvents.BySlot events;

        WomenRange(int from, int to, SlottedEvents.BySlot events) {
            this.from = from;
            this.to = to;
            this.events = events;
        }

        void count() {
            long area = Long.MIN_VALUE;
            long[] c = null;
            int e = events.first(from);
            for (int s = from; s < to; s++) {
                if (women.area(s) != area) {
                    // The women of a village usually come together.
                    area = women.area(s);
                    c = counts.computeIfAbsent(area, a -> new long[RecordRules.COUNTS]);
                }
                int born = liveMales[s] + liveFemales[s];
                int h = women.household(s);
                if (h != WomenIndex.NONE) {
                    children[h] += born;
                    sons[h] += liveMales[s];
                }
                RecordRules.woman(c, period, women.birthDate(s), women.married(s), born, method[s], checked[s], dueState[s],
                        followUp[s], lastCheck[s]);
                if (e < events.size() && events.slot(e) == s) {
                    int end = events.end(e);
                    ContraceptiveDynamics.count(c, period, events.events(), e, end);
                    e = end;
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
                    own = counts.computeIfAbsent(area, a -> new long[RecordRules.COUNTS]);
                }
                RecordRules.household(own, children, sons);
            }
        }
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
            lastCounts = events.computeIfAbsent(area, a -> new long[RecordRules.COUNTS]);
            lastArea = area;
        }
        return lastCounts;
    }

    /** The least of two area codes as numbers, 0 standing for none. */
    private static long leastArea(long a, long b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }
}
