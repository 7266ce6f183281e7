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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A village's deaths and population count, made after its women from the counts in the
 * {@link VillageTally}, from the village's own {@link Dice}.
 *
 * <p>The population is the women of the register plus an estimate of everyone else: men
 * (slightly more than the adult women), the living children under 15 born to the
 * register's women, and the elderly and others outside the register. The end population
 * minus the year's live births plus its deaths gives the start population, so the counts
 * agree with the records. Deaths occur at the crude death rate of rural China around 2009,
 * about 6 per 1000 a year, in the previous and the current statistical year; children's
 * deaths already recorded count towards it.
 */
final class VillagePopulation {
    private static final double CRUDE_DEATH_RATE = 0.006;
    /** Ages at death: 1–4, 5–39, 40–59, 60–74, 75–95. */
    private static final int[] DEATH_AGE_LOWER = {1, 5, 40, 60, 75};
    private static final int[] DEATH_AGE_UPPER = {4, 39, 59, 74, 95};
    private static final double[] DEATH_AGE_WEIGHT = {0.02, 0.08, 0.15, 0.30, 0.45};

    private final ReportingPeriod year;
    private final ReportingPeriod previousYear;
    private final long seed;
    private final RegisterSink sink;
    private final VillageTally tally;
    private final IdSequence deathIds;

    VillagePopulation(GeneratorSettings settings, RegisterSink sink, VillageTally tally, IdSequence deathIds) {
        this.year = settings.period();
        this.previousYear = ReportingPeriod.statisticalYear(settings.statisticalYear() - 1);
        this.seed = settings.seed();
        this.sink = sink;
        this.tally = tally;
        this.deathIds = deathIds;
    }

    /** Emits the village's remaining deaths, then its population count for the statistical year, then its free condoms. */
    void emit(int village, AreaCode code) {
        Dice dice = Dice.of(seed, Dice.VILLAGE, village);
        int women = tally.women[village];
        long men = Math.round(tally.adultWomen[village] * dice.uniform(1.02, 1.08));
        long others = Math.round(women * dice.uniform(0.7, 0.9));
        long end = women + men + tally.childrenUnder15[village] + others;

        emitDeaths(dice, code, previousYear,
                Math.max(0, dice.poisson(CRUDE_DEATH_RATE * end) - tally.deathsInPreviousYear[village]));
        int target = dice.poisson(CRUDE_DEATH_RATE * end);
        int extra = Math.max(0, target - tally.deathsInYear[village]);
        emitDeaths(dice, code, year, extra);
        long deaths = tally.deathsInYear[village] + extra;
        long start = Math.max(0, end - tally.liveBirthsInYear[village] + deaths);

        PopulationCount.Builder count = PopulationCount.builder().areaCode(code).period(year);
        switch (dice.pick(0.45, 0.35, 0.20)) {
            case 0:
                count.startPopulation(start).endPopulation(end);
                break;
            case 1:
                count.averagePopulation((start + end) / 2.0);
                break;
            default:
                count.startPopulation(start).endPopulation(end).averagePopulation((start + end) / 2.0);
        }
        sink.accept(count.build());
        emitFreeCondoms(dice, code);
    }

    /**
     * The village's free condom point (计生服务室, 自助发放机) gives condoms to anyone: recorded
     * against the village, with no woman, a few times in each of the two statistical years.
     * Drawn after everything else of the village, so that a seed's other records are unchanged.
     */
    private void emitFreeCondoms(Dice dice, AreaCode code) {
        for (ReportingPeriod period : new ReportingPeriod[] {previousYear, year}) {
            for (int i = dice.between(0, 4); i > 0; i--) {
                sink.accept(Distribution.builder().areaCode(code).date(dice.dateBetween(period.start(), period.end()))
                        .method(ContraceptiveMethod.CONDOM).quantity(dice.between(50, 300)).build());
            }
        }
    }

    private void emitDeaths(Dice dice, AreaCode code, ReportingPeriod period, int count) {
        for (int i = 0; i < count; i++) {
            LocalDate date = dice.dateBetween(period.start(), period.end());
            int group = dice.pick(DEATH_AGE_WEIGHT);
            int age = dice.between(DEATH_AGE_LOWER[group], DEATH_AGE_UPPER[group]);
            LocalDate birth = date.minusYears(age).minusDays(dice.between(0, 364));
            Optional<Sex> sex = dice.chance(0.97) ? Optional.of(dice.chance(0.55) ? Sex.MALE : Sex.FEMALE)
                    : Optional.empty();
            sink.accept(Death.builder().id(deathIds.next()).areaCode(code).deathDate(date).sex(sex)
                    .birthDate(dice.chance(0.9) ? Optional.of(birth) : Optional.empty()).build());
        }
    }
}
