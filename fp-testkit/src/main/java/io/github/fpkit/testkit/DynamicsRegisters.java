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
package io.github.fpkit.testkit;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Registers whose dates sit on the edges of contraceptive dynamics, derived from a seed
 * and a period: episodes starting on or next to the first and last day of the 12 months
 * before P, ending on or next to a month of use's last day, on the reference date or after
 * it; pregnancies starting on or next to an episode's start and end; another method starting
 * 29 to 32 days from an end, before or after it; deliveries (twins too) and abortions on or
 * next to the reference date minus 42 days and to the day whose anniversary opens or closes
 * P; uptake on day 41 to 43 or on the anniversary ± 1; sterilisations just before, on or
 * after an outcome. Keys are unique; every table is present.
 *
 * <pre>{@code
 * qt().forAll(EdgeRegisters.periods(), DynamicsRegisters.seeds()).checkAssert((period, seed) -> {
 *     Register register = DynamicsRegisters.register(seed, period);
 *     ...
 * });
 * }</pre>
 */
public final class DynamicsRegisters {
    private static final List<AreaCode> VILLAGES = List.of(AreaCode.of("990101001001"), AreaCode.of("990101001002"),
            AreaCode.of("990101002001"));
    private static final ContraceptiveMethod[] METHODS = ContraceptiveMethod.values();

    private DynamicsRegisters() {
    }

    /** @return seeds, each giving one register of a period through {@link #register(long, ReportingPeriod)} */
    public static org.quicktheories.core.Gen<Long> seeds() {
        return CountyRegisters.seeds();
    }

    /**
     * @param seed any seed
     * @param period the period whose dynamics' edges the dates sit on, not null
     * @return the register of that seed: 0–24 women with episodes, pregnancies, births and procedures
     */
    public static Register register(long seed, ReportingPeriod period) {
        Random random = new Random(seed);
        Register.Builder b = Register.builder();
        for (RegisterTable t : RegisterTable.values()) {
            b.withTable(t);
        }
        Edges edges = new Edges(random, period);
        int women = random.nextInt(25);
        for (int w = 0; w < women; w++) {
            String id = "W" + w;
            b.add(Woman.builder().id(id).areaCode(VILLAGES.get(random.nextInt(VILLAGES.size())))
                    .birthDate(LocalDate.of(1970 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .maritalStatus(MaritalStatus.MARRIED).build());
            int events = 0;
            for (int k = random.nextInt(4); k > 0; k--) {
                LocalDate start = edges.episodeStart();
                ContraceptiveMethod method = METHODS[random.nextInt(METHODS.length)];
                ContraceptiveEpisode.Builder e = ContraceptiveEpisode.builder().womanId(id).method(method).startDate(start);
                LocalDate end = null;
                if (random.nextInt(4) > 0) {
                    end = edges.end(start);
                    e.endDate(end);
                }
                b.add(e.build());
                LocalDate around = end != null ? end : edges.reference;
                if (random.nextBoolean()) {
                    // Another method from near the end: a switch on day 30, not on day 31.
                    LocalDate next = around.plusDays((random.nextBoolean() ? 1 : -1) * (29 + random.nextInt(4)));
                    b.add(ContraceptiveEpisode.builder().womanId(id).method(METHODS[random.nextInt(METHODS.length)])
                            .startDate(next.isBefore(start) ? start : next).build());
                }
                if (random.nextInt(3) == 0) {
                    LocalDate conception = (random.nextBoolean() ? start : around).plusDays(random.nextInt(3) - 1);
                    b.add(pregnancy(id, id + "C" + (events++), conception, PregnancyOutcome.ONGOING, null));
                }
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                LocalDate outcome = edges.outcome();
                if (random.nextBoolean()) {
                    int twins = random.nextInt(4) == 0 ? 2 : 1;
                    for (int t = 0; t < twins; t++) {
                        b.add(Birth.builder().id(id + "B" + (events++)).motherId(id).birthDate(outcome).sex(Sex.FEMALE)
                                .outcome(random.nextInt(5) == 0 ? BirthOutcome.STILLBIRTH : BirthOutcome.LIVE)
                                .birthOrder(1 + random.nextInt(3)).build());
                    }
                } else {
                    PregnancyOutcome[] outcomes = {PregnancyOutcome.INDUCED_ABORTION, PregnancyOutcome.MID_TERM_INDUCTION,
                        PregnancyOutcome.MISCARRIAGE, PregnancyOutcome.LIVE_BIRTH};
                    b.add(pregnancy(id, id + "A" + (events++), outcome.minusDays(60 + random.nextInt(60)),
                            outcomes[random.nextInt(outcomes.length)], outcome));
                }
                uptake(b, random, id, outcome);
            }
        }
        return b.build();
    }

    /** A method or a procedure near the end of an outcome's 42 days or 12 months, or a sterilisation around it. */
    private static void uptake(Register.Builder b, Random random, String id, LocalDate outcome) {
        LocalDate day = switch (random.nextInt(4)) {
            case 0 -> outcome.plusDays(41 + random.nextInt(3));
            case 1 -> outcome.plusMonths(12).plusDays(random.nextInt(3) - 1);
            case 2 -> outcome.plusDays(random.nextInt(3) - 1);
            default -> outcome.minusYears(1 + random.nextInt(3));
        };
        if (random.nextBoolean()) {
            b.add(ContraceptiveEpisode.builder().womanId(id).method(METHODS[random.nextInt(METHODS.length)]).startDate(day).build());
        } else {
            ProcedureType[] types = ProcedureType.values();
            b.add(Procedure.of(id, types[random.nextInt(types.length)], day));
        }
    }

    private static Pregnancy pregnancy(String womanId, String id, LocalDate start, PregnancyOutcome outcome, LocalDate end) {
        Pregnancy.Builder p = Pregnancy.builder().id(id).womanId(womanId).startDate(start).outcome(outcome);
        if (end != null) {
            p.outcomeDate(end);
        }
        return p.build();
    }

    /** The edges of one period's dynamics. */
    private static final class Edges {
        private final Random random;
        private final LocalDate cohortStart;
        private final LocalDate start;
        private final LocalDate reference;

        Edges(Random random, ReportingPeriod period) {
            this.random = random;
            this.start = period.start();
            this.cohortStart = start.minusMonths(12);
            this.reference = period.referenceDate();
        }

        private int around() {
            return random.nextInt(3) - 1;
        }

        /** @return a start on or next to the cohort's first or last day, or anywhere from 15 months before P to r */
        LocalDate episodeStart() {
            return switch (random.nextInt(4)) {
                case 0 -> cohortStart.plusDays(around());
                case 1 -> start.minusDays(1).plusDays(around());
                default -> cohortStart.minusMonths(3).plusDays(random.nextInt((int) (reference.toEpochDay() - cohortStart.toEpochDay() + 92)));
            };
        }

        /** @return an end on or next to the last day of a month of use, on or next to r, or after r */
        LocalDate end(LocalDate from) {
            LocalDate end = switch (random.nextInt(4)) {
                case 0 -> from.plusMonths(1 + random.nextInt(13)).minusDays(1).plusDays(around());
                case 1 -> reference.plusDays(around());
                case 2 -> reference.plusDays(1 + random.nextInt(60));
                default -> from.plusDays(random.nextInt(400));
            };
            return end.isBefore(from) ? from : end;
        }

        /** @return an outcome on or next to r − 42 days, to P's start or r less 12 months, or in P */
        LocalDate outcome() {
            return switch (random.nextInt(5)) {
                case 0 -> reference.minusDays(42).plusDays(around());
                case 1 -> start.minusMonths(12).plusDays(around());
                case 2 -> reference.minusMonths(12).plusDays(around());
                case 3 -> start.plusDays(around());
                default -> start.plusDays(random.nextInt((int) (reference.toEpochDay() - start.toEpochDay() + 1)));
            };
        }
    }
}
