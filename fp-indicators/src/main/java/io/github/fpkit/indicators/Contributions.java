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

import io.github.fpkit.indicators.engine.ContraceptiveDynamics;
import io.github.fpkit.indicators.engine.PeriodDays;
import io.github.fpkit.indicators.engine.RecordRules;
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
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-woman decomposition of the catalogue: pure functions from one record card, or
 * one row of a table that contributes by itself, to a {@link RegisterTally}. The tally of
 * a register is the {@link RegisterTally#merge merge} of the contributions of
 * <ul>
 *   <li>every woman's {@link WomanHistory record card} ({@link #ofWoman});</li>
 *   <li>every household: its rows and the children its women pass on ({@link #childrenOf},
 *     merged by household id, then {@link #ofHousehold});</li>
 *   <li>every death, population row and area row ({@link #ofDeath}, {@link #ofPopulation},
 *     {@link #ofArea}), and every distribution without a woman ({@link #ofDistribution});
 *     a distribution with a woman is on her card ({@link WomanHistory#withDistributions});</li>
 *   <li>the events whose woman is not in the register ({@link #unattributed}).</li>
 * </ul>
 * These are the same rules the single-machine engine applies, so a distributed engine
 * that groups each woman's events by her id, applies these functions anywhere and merges
 * the tallies by area gets the results of {@link IndicatorCalculator#compute} to the last
 * bit (for a register whose woman ids are unique).
 *
 * <pre>{@code
 * ReportingPeriod period = ReportingPeriod.parse("2009SY");
 * RegisterTally tally = RegisterTally.empty(period);
 * for (WomanHistory card : cards) {
 *     tally = tally.merge(Contributions.ofWoman(card, period));
 * }
 * ComputedIndicators results = IndicatorCalculator.standard().results(tally, tables);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Contributions {
    private Contributions() {
    }

    /**
     * What one woman contributes to her area: she herself (WRA, married WRA, parity, her
     * method in use, her check, her woman-days, whether she is due for a check on the reference
     * date and was checked), her events in the period (the distributions to her among them),
     * her births of unknown policy judged by China's rules ({@link PolicyRules#china()}), and the
     * contraceptive dynamics of her whole card (discontinuation, failure and switching of her
     * episodes, uptake after her deliveries and abortions; {@link ContraceptiveDynamics}).
     *
     * @param card her record card, not null
     * @param period the period, not null
     * @return her contribution
     */
    public static RegisterTally ofWoman(WomanHistory card, ReportingPeriod period) {
        return ofWoman(card, period, PolicyRules.china());
    }

    /**
     * What one woman contributes to her area, as {@link #ofWoman(WomanHistory, ReportingPeriod)}
     * gives it, her births of unknown policy judged by the rules given (those of the
     * {@link IndicatorCalculator} that turns the tally into results, for
     * {@link IndicatorCalculator.Builder#fillUnknownPolicy}).
     *
     * @param card her record card, not null
     * @param period the period, not null
     * @param policyRules the policy rules, not null
     * @return her contribution
     */
    public static RegisterTally ofWoman(WomanHistory card, ReportingPeriod period, PolicyRules policyRules) {
        Objects.requireNonNull(policyRules, "policyRules");
        PeriodDays p = PeriodDays.of(period);
        Woman woman = card.woman();
        int birthDate = RecordRules.packed(woman.birthDate());
        long area = woman.areaCode().toNumber();
        int marriage = RecordRules.marriageDay(woman.marriageDate());
        long[] counts = new long[RecordRules.COUNTS];
        int children = 0;
        int dueState = 0;
        for (Birth b : card.births()) {
            dueState |= RecordRules.dueState(b, p);
            int day = RecordRules.childBorn(b, p);
            if (day != 0) {
                children++;
                RecordRules.liveBirth(counts, p, b, day, birthDate, policyRules, area, woman.maritalStatus(), marriage);
            }
        }
        int method = RecordRules.NO_METHOD;
        for (ContraceptiveEpisode e : card.episodes()) {
            method = Math.min(method, RecordRules.methodInUse(e, p));
            dueState |= RecordRules.dueState(e, p);
        }
        boolean checked = false;
        int lastCheck = RecordRules.NO_CHECK;
        for (HealthCheck c : card.checks()) {
            checked |= RecordRules.checkCounts(c, p);
            dueState |= RecordRules.dueState(c, p);
            lastCheck = Math.max(lastCheck, RecordRules.followUpCheck(c, p));
        }
        for (Pregnancy pregnancy : card.pregnancies()) {
            RecordRules.pregnancy(counts, p, pregnancy);
            dueState |= RecordRules.dueState(pregnancy, p);
        }
        int followUp = RecordRules.NO_FOLLOW_UP;
        for (Procedure procedure : card.procedures()) {
            RecordRules.procedure(counts, p, procedure);
            followUp = Math.min(followUp, RecordRules.followUpProcedure(procedure, p));
            dueState |= RecordRules.dueState(procedure, p);
        }
        for (Distribution distribution : card.distributions()) {
            RecordRules.distribution(counts, p, distribution);
        }
        ContraceptiveDynamics.Events events = new ContraceptiveDynamics.Events(p);
        card.episodes().forEach(events::add);
        card.pregnancies().forEach(events::add);
        card.births().forEach(events::add);
        card.procedures().forEach(events::add);
        events.count(counts);
        RecordRules.woman(counts, p, birthDate, woman.isMarried(), children, method, checked, dueState, followUp, lastCheck);
        return RegisterTally.builder(period).add(woman.areaCode(), AreaTally.wrap(counts, null)).build();
    }

    /**
     * What one woman passes on to her household: her live-born children up to the
     * reference date.
     *
     * @param card her record card, not null
     * @param period the period, not null
     * @return her children, empty if she has no household
     */
    public static Optional<HouseholdChildren> childrenOf(WomanHistory card, ReportingPeriod period) {
        Optional<String> household = card.woman().householdId();
        if (household.isEmpty()) {
            return Optional.empty();
        }
        PeriodDays p = PeriodDays.of(period);
        int children = 0;
        int sons = 0;
        for (Birth b : card.births()) {
            if (RecordRules.childBorn(b, p) != 0) {
                children++;
                if (b.sex() == Sex.MALE) {
                    sons++;
                }
            }
        }
        return Optional.of(HouseholdChildren.of(household.get(), children, sons));
    }

    /**
     * What one household contributes to its own area: one-child, only-son and
     * two-daughter households. A household whose id has several rows counts once, in the
     * least of their area codes; every row's area is seen.
     *
     * @param rows the household's rows, all of one id, not empty
     * @param children the merged children of its women; empty if none of the register's women belongs to it
     * @param period the period, not null
     * @return its contribution
     * @throws IllegalArgumentException if the rows are empty or of several ids, or the children of another household
     */
    public static RegisterTally ofHousehold(List<Household> rows, Optional<HouseholdChildren> children, ReportingPeriod period) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a household needs at least one row");
        }
        String id = rows.get(0).id();
        RegisterTally.Builder b = RegisterTally.builder(period);
        AreaCode area = rows.get(0).areaCode();
        for (Household h : rows) {
            if (!h.id().equals(id)) {
                throw new IllegalArgumentException("rows of households " + id + " and " + h.id() + " given as one household");
            }
            b.area(h.areaCode());
            if (h.areaCode().toNumber() < area.toNumber()) {
                area = h.areaCode();
            }
        }
        if (children.isPresent()) {
            if (!children.get().householdId().equals(id)) {
                throw new IllegalArgumentException("children of household " + children.get().householdId() + " given to household " + id);
            }
            long[] counts = new long[RecordRules.COUNTS];
            RecordRules.household(counts, children.get().children(), children.get().sons());
            b.add(area, AreaTally.wrap(counts, null));
        }
        return b.build();
    }

    /**
     * @param death a death, not null
     * @param period the period, not null
     * @return one death in its own area if it falls in the period; its area is seen either way
     */
    public static RegisterTally ofDeath(Death death, ReportingPeriod period) {
        RegisterTally.Builder b = RegisterTally.builder(period).area(death.areaCode());
        if (RecordRules.deathCounts(death, PeriodDays.of(period))) {
            b.add(death.areaCode(), AreaTally.builder().add(Count.DEATHS, 1).build());
        }
        return b.build();
    }

    /**
     * @param distribution a distribution without a woman, not null
     * @param period the period, not null
     * @return its quantity in its own area if it falls in the period; its area is seen either way
     * @throws IllegalArgumentException if it names a woman: it belongs on her card, in her area
     */
    public static RegisterTally ofDistribution(Distribution distribution, ReportingPeriod period) {
        if (distribution.womanId().isPresent()) {
            throw new IllegalArgumentException("the distribution names woman '" + distribution.womanId().get()
                    + "': it belongs on her record card");
        }
        AreaCode area = distribution.areaCode().orElseThrow();
        PeriodDays p = PeriodDays.of(period);
        RegisterTally.Builder b = RegisterTally.builder(period).area(area);
        if (RecordRules.distributionCounts(distribution, p)) {
            long[] counts = new long[RecordRules.COUNTS];
            RecordRules.distribution(counts, p, distribution);
            b.add(area, AreaTally.wrap(counts, null));
        }
        return b.build();
    }

    /**
     * @param count a population row, not null
     * @param period the period, not null
     * @return the row's average population for its area if the row is of this period; its area is seen either way
     */
    public static RegisterTally ofPopulation(PopulationCount count, ReportingPeriod period) {
        RegisterTally.Builder b = RegisterTally.builder(period).area(count.areaCode());
        BigDecimal population = RecordRules.population(count, PeriodDays.of(period));
        if (population != null) {
            b.population(count.areaCode(), population);
        }
        return b.build();
    }

    /**
     * @param area a row of {@code areas.csv}, not null
     * @param period the period, not null
     * @return the area's name
     */
    public static RegisterTally ofArea(Area area, ReportingPeriod period) {
        return RegisterTally.builder(period).name(area.code(), area.name()).build();
    }

    /**
     * @param table the table of records whose woman is not in the register, not null
     * @param records how many, 0 or more
     * @param period the period, not null
     * @return the count of unattributed records, which no indicator counts
     */
    public static RegisterTally unattributed(RegisterTable table, long records, ReportingPeriod period) {
        return RegisterTally.builder(period).unattributed(Objects.requireNonNull(table, "table"), records).build();
    }
}
