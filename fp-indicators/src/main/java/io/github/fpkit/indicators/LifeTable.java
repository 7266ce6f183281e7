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
package io.github.fpkit.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * A 12-month multiple-decrement life table over the counts of a tally: the episodes that
 * enter month 1 of use and, for each month of use 1 to 12, the exits for the cause of
 * interest, the exits for every cause, and the episodes censored in that month. An
 * episode censored in a month is at risk during it (Kaplan–Meier with ties: exits come
 * before censoring), so the episodes at risk in month k are those entering month 1 less the
 * exits and censored episodes of the months before k. The table gives the cumulative
 * incidence of its cause by 12 months ({@link CumulativeIncidence}, Aalen–Johansen); when
 * the cause is every cause, that is 1 − the Kaplan–Meier probability of continuing 12 months.
 * Its counts add over areas, so the table of a township is that of its villages' counts.
 *
 * <pre>{@code
 * LifeTable iud = Indicator.DISCONT_12M_IUD.formula().lifeTable().orElseThrow();
 * iud.entering();             // COHORT_EPISODES_IUD
 * iud.estimate(tally::count); // the 12-month discontinuation of the IUD
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LifeTable {
    /** The months of use a table follows. */
    public static final int MONTHS = 12;

    private final CountSum entering;
    private final List<CountSum> causeExits;
    private final List<CountSum> exits;
    private final List<CountSum> censored;

    private LifeTable(CountSum entering, List<CountSum> causeExits, List<CountSum> exits, List<CountSum> censored) {
        this.entering = entering;
        this.causeExits = causeExits;
        this.exits = exits;
        this.censored = censored;
    }

    /**
     * @param entering the episodes entering month 1, not null
     * @param causeExits by month of use 1 to 12, the exits for the cause of interest, not null, 12 sums
     * @param exits by month of use, the exits for every cause (those of the cause among them), not null, 12 sums
     * @param censored by month of use, the episodes censored in that month, not null, 12 sums
     * @return the table
     * @throws IllegalArgumentException if a list does not have 12 sums
     */
    public static LifeTable of(CountSum entering, List<CountSum> causeExits, List<CountSum> exits, List<CountSum> censored) {
        Objects.requireNonNull(entering, "entering");
        return new LifeTable(entering, months(causeExits, "causeExits"), months(exits, "exits"), months(censored, "censored"));
    }

    private static List<CountSum> months(List<CountSum> sums, String name) {
        List<CountSum> copy = List.copyOf(Objects.requireNonNull(sums, name));
        if (copy.size() != MONTHS) {
            throw new IllegalArgumentException(name + " must have " + MONTHS + " months, not " + copy.size());
        }
        return copy;
    }

    /** @return the episodes entering month 1 of use */
    public CountSum entering() {
        return entering;
    }

    /** @return by month of use 1 to 12, the exits for the cause of interest; unmodifiable */
    public List<CountSum> causeExits() {
        return causeExits;
    }

    /** @return by month of use 1 to 12, the exits for every cause; unmodifiable */
    public List<CountSum> exits() {
        return exits;
    }

    /** @return by month of use 1 to 12, the episodes censored; unmodifiable */
    public List<CountSum> censored() {
        return censored;
    }

    /** @return every count the table reads; unmodifiable */
    public Set<Count> counts() {
        Set<Count> counts = EnumSet.copyOf(entering.counts());
        for (List<CountSum> month : List.of(causeExits, exits, censored)) {
            month.forEach(s -> counts.addAll(s.counts()));
        }
        return Collections.unmodifiableSet(counts);
    }

    /**
     * @param counts the value of each count, for example {@code tally::count}, not null
     * @return the 12-month cumulative incidence of the table's cause over those counts
     */
    public CumulativeIncidence estimate(ToLongFunction<Count> counts) {
        Objects.requireNonNull(counts, "counts");
        long atRisk = entering.evaluate(counts);
        List<CumulativeIncidence.Step> steps = new ArrayList<>(MONTHS);
        for (int k = 0; k < MONTHS; k++) {
            long all = exits.get(k).evaluate(counts);
            long lost = censored.get(k).evaluate(counts);
            steps.add(new CumulativeIncidence.Step(atRisk, causeExits.get(k).evaluate(counts), all, lost));
            atRisk -= all + lost;
        }
        return CumulativeIncidence.of(steps);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LifeTable)) {
            return false;
        }
        LifeTable other = (LifeTable) o;
        return entering.equals(other.entering) && causeExits.equals(other.causeExits) && exits.equals(other.exits)
                && censored.equals(other.censored);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entering, causeExits, exits, censored);
    }

    /** @return for example {@code "exits (FAILED_IUD_M01) … (FAILED_IUD_M12) of (COHORT_EPISODES_IUD)"} */
    @Override
    public String toString() {
        return "exits (" + causeExits.get(0) + ") … (" + causeExits.get(MONTHS - 1) + ") of (" + entering + ")";
    }
}
