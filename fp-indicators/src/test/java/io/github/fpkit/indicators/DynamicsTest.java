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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fpkit.indicators.testing.CatalogueDefinitions;
import io.github.fpkit.indicators.testing.KaplanMeierByEpisode;
import io.github.fpkit.indicators.testing.KaplanMeierByEpisode.Episode;
import io.github.fpkit.indicators.testing.KaplanMeierByEpisode.Exit;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
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
import io.github.fpkit.testkit.DynamicsRegisters;
import io.github.fpkit.testkit.EdgeRegisters;
import io.github.fpkit.testkit.Theories;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contraceptive dynamics (issue 16, item 2; docs/INDICATORS.md 6.10): the life tables of
 * discontinuation and failure, switching and uptake by hand on the worked examples E and F
 * (with censoring, ties, an episode ending on the reference date, open episodes, switches on
 * day 30 and 31, uptake on day 42 and 43, outcomes 41 and 42 days before the reference date,
 * a woman sterilised before her delivery), the life table against a second one computed
 * episode by episode, and over registers on the dynamics' edges every engine and level
 * against the catalogue's definitions, partitions and merges.
 */
class DynamicsTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2009Q1");
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");
    private static final AreaCode T1 = AreaCode.of("990101001000");
    private static final AreaCode V1 = AreaCode.of("990101001001");
    private static final double EXACT = 1e-9;
    private static final double Z95 = 1.959963984540054;

    private static Woman woman(String id) {
        return Woman.builder().id(id).areaCode(V1).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build();
    }

    private static ContraceptiveEpisode episode(String woman, ContraceptiveMethod method, String start, String end) {
        ContraceptiveEpisode.Builder b = ContraceptiveEpisode.builder().womanId(woman).method(method).startDate(LocalDate.parse(start));
        if (end != null) {
            b.endDate(LocalDate.parse(end));
        }
        return b.build();
    }

    private static Pregnancy pregnancy(String id, String woman, String start, PregnancyOutcome outcome, String end) {
        Pregnancy.Builder b = Pregnancy.builder().id(id).womanId(woman).startDate(LocalDate.parse(start)).outcome(outcome);
        if (end != null) {
            b.outcomeDate(LocalDate.parse(end));
        }
        return b.build();
    }

    private static Birth delivery(String id, String mother, String date) {
        return Birth.builder().id(id).motherId(mother).birthDate(LocalDate.parse(date)).sex(Sex.FEMALE).birthOrder(1).build();
    }

    /** Worked example E of docs/INDICATORS.md 6.10.4: IUD episodes E1 … E8, one woman each, P = 2009Q1. */
    static Register exampleE() {
        Register.Builder b = Register.builder();
        for (RegisterTable t : RegisterTable.values()) {
            b.withTable(t);
        }
        for (int i = 1; i <= 9; i++) {
            b.add(woman("E" + i));
        }
        return b.add(episode("E1", ContraceptiveMethod.IUD, "2008-01-15", "2008-03-20"))
                .add(episode("E2", ContraceptiveMethod.IUD, "2008-02-01", "2008-07-01"))
                .add(pregnancy("P2", "E2", "2008-05-10", PregnancyOutcome.INDUCED_ABORTION, "2008-07-01"))
                .add(episode("E3", ContraceptiveMethod.IUD, "2008-06-01", null))
                .add(episode("E4", ContraceptiveMethod.IUD, "2008-03-01", null))
                .add(episode("E5", ContraceptiveMethod.IUD, "2008-12-31", "2009-03-31"))
                .add(episode("E6", ContraceptiveMethod.IUD, "2008-10-10", "2009-05-01"))
                .add(episode("E7", ContraceptiveMethod.IUD, "2008-04-05", "2008-06-04"))
                .add(episode("E7", ContraceptiveMethod.ORAL_PILL, "2008-07-04", null))
                .add(episode("E8", ContraceptiveMethod.IUD, "2008-05-05", "2008-05-20"))
                .add(episode("E8", ContraceptiveMethod.CONDOM, "2008-06-20", null))
                .add(episode("E9", ContraceptiveMethod.IUD, "2007-12-31", null))
                .add(episode("E9", ContraceptiveMethod.FEMALE_STERILIZATION, "2008-05-01", null))
                .add(episode("E9", ContraceptiveMethod.IUD, "2009-01-10", null))
                .build();
    }

    /** Worked example F of docs/INDICATORS.md 6.10.5: deliveries and abortions, P = 2009SY. */
    static Register exampleF() {
        Register.Builder b = Register.builder();
        for (RegisterTable t : RegisterTable.values()) {
            b.withTable(t);
        }
        for (String w : List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10", "A1", "A2", "A3")) {
            b.add(woman(w));
        }
        return b.add(delivery("B1", "U1", "2009-03-01")).add(Procedure.of("U1", ProcedureType.IUD_INSERTION, LocalDate.of(2009, 4, 12)))
                .add(delivery("B2", "U2", "2009-03-01")).add(episode("U2", ContraceptiveMethod.IMPLANT, "2009-04-13", null))
                .add(delivery("B3", "U3", "2009-08-19"))
                .add(delivery("B4", "U4", "2009-08-20"))
                .add(delivery("B5", "U5", "2009-02-01")).add(episode("U5", ContraceptiveMethod.FEMALE_STERILIZATION, "2005-01-01", null))
                .add(delivery("B6", "U6", "2009-05-05"))
                .add(Procedure.of("U6", ProcedureType.FEMALE_STERILIZATION, LocalDate.of(2009, 5, 5)))
                .add(delivery("B7", "U7", "2009-01-10"))
                .add(Birth.builder().id("B7b").motherId("U7").birthDate(LocalDate.of(2009, 1, 10)).sex(Sex.MALE).birthOrder(2).build())
                .add(episode("U7", ContraceptiveMethod.TRADITIONAL, "2009-01-20", null))
                .add(delivery("B8", "U8", "2007-10-01")).add(episode("U8", ContraceptiveMethod.IUD, "2008-10-01", null))
                .add(delivery("B9", "U9", "2008-09-30"))
                .add(delivery("B10", "U10", "2007-09-30"))
                .add(pregnancy("PA1", "A1", "2009-04-01", PregnancyOutcome.INDUCED_ABORTION, "2009-06-01"))
                .add(episode("A1", ContraceptiveMethod.CONDOM, "2009-06-01", null))
                .add(pregnancy("PA2", "A2", "2009-05-01", PregnancyOutcome.MISCARRIAGE, "2009-07-01"))
                .add(pregnancy("PA3", "A3", "2008-10-01", PregnancyOutcome.LIVE_BIRTH, "2009-07-01"))
                .build();
    }

    private static double value(ComputedIndicators c, AreaCode area, Indicator i) {
        return c.result(area, i).orElseThrow().value().orElseThrow();
    }

    @Test
    void test_exampleE_lifeTableCounts_byHand() {
        AreaTally v = IndicatorCalculator.tally(exampleE(), Q1).tallies(AreaLevel.VILLAGE).get(V1);
        ContraceptiveMethod iud = ContraceptiveMethod.IUD;
        assertEquals(8, v.count(Count.COHORT_EPISODES_IUD));
        // Exits as the table of 6.10.4 gives them, month by month.
        assertEquals(1, v.count(Count.discontinued(iud, 1)));
        assertEquals(1, v.count(Count.discontinued(iud, 2)));
        assertEquals(1, v.count(Count.discontinued(iud, 3)));
        assertEquals(1, v.count(Count.discontinued(iud, 4)), "E5, ended on the reference date");
        assertEquals(1, v.count(Count.failed(iud, 4)), "E2, the pregnancy of 2008-05-10 in month 4");
        assertEquals(1, v.count(Count.censored(iud, 6)), "E6, ending after r");
        assertEquals(1, v.count(Count.censored(iud, 10)), "E3, open");
        long exits = 0;
        for (int k = 1; k <= 12; k++) {
            exits += v.count(Count.failed(iud, k)) + v.count(Count.discontinued(iud, k)) + v.count(Count.censored(iud, k));
        }
        assertEquals(7, exits, "E4 lasted 12 months: in no month's exits");
        assertEquals(3, v.count(Count.SWITCH_OBSERVED_IUD), "E8, E7, E1; not E5, whose 30 days run past r");
        assertEquals(1, v.count(Count.SWITCHED_IUD), "E7: the pill on day 30; E8's condom on day 31 is no switch");
        assertEquals(1, v.count(Count.COHORT_EPISODES_ORAL_PILL));
        assertEquals(1, v.count(Count.censored(ContraceptiveMethod.ORAL_PILL, 9)));
        assertEquals(1, v.count(Count.censored(ContraceptiveMethod.CONDOM, 10)));
        assertEquals(0, v.count(Count.COHORT_EPISODES_IMPLANT));
    }

    @Test
    void test_exampleE_rates_byHand() {
        ComputedIndicators c = Indicators.compute(exampleE(), Q1);
        // S(12) = 7/8 · 6/7 · 5/6 · 3/5 = 3/8.
        assertEquals(62.5, value(c, V1, Indicator.DISCONT_12M_IUD), EXACT);
        // Failure: S(3) · 1/5 = 5/8 · 1/5.
        assertEquals(12.5, value(c, V1, Indicator.FAILURE_12M_IUD), EXACT);
        assertEquals(100.0 / 3, value(c, V1, Indicator.SWITCHING_IUD), EXACT);
        // All reversible methods: 10 episodes, S(12) = 9/10 · 8/9 · 7/8 · 5/7 = 1/2; failure S(3) · 1/7 = 7/10 · 1/7.
        assertEquals(50.0, value(c, V1, Indicator.DISCONT_12M), EXACT);
        assertEquals(10.0, value(c, V1, Indicator.FAILURE_12M), EXACT);
        assertFalse(c.result(V1, Indicator.DISCONT_12M_ORAL_PILL).orElseThrow().value().isPresent(),
                "the one pill episode is censored in month 9: its table does not reach 12 months");
        assertFalse(c.result(V1, Indicator.DISCONT_12M_IMPLANT).orElseThrow().value().isPresent(), "no implant episode");
        // Greenwood by hand: Σ d/(n(n−d)) = 1/56 + 1/42 + 1/30 + 2/15; log-log interval of S = 3/8, as 1 − S.
        double sum = 1.0 / 56 + 1.0 / 42 + 1.0 / 30 + 2.0 / 15;
        double s = 3.0 / 8;
        double se = Math.sqrt(sum) / Math.abs(Math.log(s));
        IndicatorResult r = c.result(V1, Indicator.DISCONT_12M_IUD).orElseThrow();
        assertEquals(100 * (1 - Math.pow(s, Math.exp(-Z95 * se))), r.ciLow().getAsDouble(), 1e-6);
        assertEquals(100 * (1 - Math.pow(s, Math.exp(Z95 * se))), r.ciHigh().getAsDouble(), 1e-6);
        assertEquals(32.56, r.ciLow().getAsDouble(), 0.005, "as docs/INDICATORS.md states it");
        assertEquals(91.30, r.ciHigh().getAsDouble(), 0.005, "as docs/INDICATORS.md states it");
        assertTrue(r.numerator().isEmpty() && r.denominator().isEmpty(), "value and interval only");
        // The township is the sum of its one village's counts.
        assertEquals(62.5, value(c, T1, Indicator.DISCONT_12M_IUD), EXACT);
    }

    @Test
    void test_exampleE_agreesWithTheEpisodeByEpisodeLifeTable() {
        List<Episode> iud = List.of(new Episode(3, Exit.OTHER), new Episode(4, Exit.FAILURE), new Episode(10, Exit.CENSORED),
                new Episode(13, Exit.CENSORED), new Episode(4, Exit.OTHER), new Episode(6, Exit.CENSORED),
                new Episode(2, Exit.OTHER), new Episode(1, Exit.OTHER));
        CumulativeIncidence d = IndicatorCalculator.tally(exampleE(), Q1).tallies(AreaLevel.VILLAGE).get(V1)
                .cumulativeIncidence(Indicator.DISCONT_12M_IUD);
        assertEquals(100 * KaplanMeierByEpisode.discontinuation(iud), d.value().getAsDouble(), EXACT);
        assertEquals(KaplanMeierByEpisode.greenwoodVariance(iud), d.variance(), EXACT);
        CumulativeIncidence f = IndicatorCalculator.tally(exampleE(), Q1).tallies(AreaLevel.VILLAGE).get(V1)
                .cumulativeIncidence(Indicator.FAILURE_12M_IUD);
        assertEquals(100 * KaplanMeierByEpisode.failure(iud), f.value().getAsDouble(), EXACT);
    }

    @Test
    void test_exampleF_uptake_byHand() {
        ComputedIndicators c = Indicators.compute(exampleF(), SY);
        AreaTally v = IndicatorCalculator.tally(exampleF(), SY).tallies(AreaLevel.VILLAGE).get(V1);
        // U1 (IUD on day 42), U2 (implant on day 43), U3 (42 days before r), U6 (sterilised on the day), U7 (twins, traditional).
        assertEquals(5, v.count(Count.POSTPARTUM_42D_OUTCOMES));
        assertEquals(2, v.count(Count.POSTPARTUM_42D_UPTAKES));
        assertEquals(40.0, value(c, V1, Indicator.POSTPARTUM_UPTAKE_42D), EXACT);
        IndicatorResult r = c.result(V1, Indicator.POSTPARTUM_UPTAKE_42D).orElseThrow();
        assertEquals(11.76, r.ciLow().getAsDouble(), 0.005, "Wilson, as docs/INDICATORS.md states it");
        assertEquals(76.93, r.ciHigh().getAsDouble(), 0.005, "Wilson, as docs/INDICATORS.md states it");
        // A1 (condom on day 0) and A2 (miscarriage, nothing); A3 ended in a live birth.
        assertEquals(2, v.count(Count.POSTABORTION_42D_OUTCOMES));
        assertEquals(50.0, value(c, V1, Indicator.POSTABORTION_UPTAKE_42D), EXACT);
        // U8 (IUD on the anniversary) and U9; U10's anniversary is before P.
        assertEquals(2, v.count(Count.POSTPARTUM_12M_OUTCOMES));
        assertEquals(1, v.count(Count.POSTPARTUM_12M_UPTAKES));
        assertEquals(50.0, value(c, V1, Indicator.POSTPARTUM_UPTAKE_12M), EXACT);
        assertFalse(c.result(V1, Indicator.POSTABORTION_UPTAKE_12M).orElseThrow().value().isPresent());
    }

    @Test
    void test_examples_agreeWithTheCatalogueDefinitions_onEveryPath() {
        for (Register register : List.of(exampleE(), exampleF())) {
            for (ReportingPeriod p : List.of(Q1, SY)) {
                RegisterTally engine = IndicatorCalculator.tally(register, p);
                assertEquals(CatalogueDefinitions.tallies(register, p, AreaLevel.VILLAGE), engine.tallies(AreaLevel.VILLAGE), p.toString());
                assertEquals(engine, PerWomanDecompositionTest.perWoman(register, p, 2, new Random(7)), p.toString());
            }
        }
    }

    @Test
    void property_onTheDynamicsEdges_everyEngineAndLevel_isTheCatalogueDefinition() {
        Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(EdgeRegisters.periods(), DynamicsRegisters.seeds(), integers().between(1, 4))
                .checkAssert((period, seed, k) -> {
                    Register register = DynamicsRegisters.register(seed, period);
                    RegisterTally engine = IndicatorCalculator.tally(register, period);
                    for (AreaLevel level : AreaLevel.values()) {
                        assertEquals(CatalogueDefinitions.tallies(register, period, level), engine.tallies(level), period + " " + level);
                    }
                    assertEquals(engine, PerWomanDecompositionTest.perWoman(register, period, k, new Random(seed)), period.toString());
                    assertEquals(IndicatorCalculator.standard().results(engine, register.tables()).results(),
                            IndicatorCalculator.builder().parallelism(k).build().compute(register, period).results(), "threads " + k);
                });
    }

    @Test
    void test_dynamicsEdges_reachEveryKindOfCount() {
        // Without this the property above could hold over registers that never reach a rule.
        Set<String> seen = new java.util.TreeSet<>();
        Random seeds = new Random(16);
        for (int i = 0; i < 300; i++) {
            ReportingPeriod period = i % 2 == 0 ? SY : Q1;
            AreaTally county = IndicatorCalculator.tally(DynamicsRegisters.register(seeds.nextLong(), period), period)
                    .tallies(AreaLevel.COUNTY).values().stream().reduce(AreaTally.empty(), AreaTally::merge);
            for (Count count : EnumSet.range(Count.COHORT_EPISODES_IUD, Count.POSTABORTION_12M_UPTAKES)) {
                if (county.count(count) > 0) {
                    seen.add(count.name().replaceAll("_(IUD|IMPLANT|INJECTABLE|ORAL_PILL|CONDOM|OTHER_MODERN|TRADITIONAL)", "")
                            .replaceAll("_M\\d\\d$", ""));
                }
            }
        }
        assertEquals(Set.of("COHORT_EPISODES", "FAILED", "DISCONTINUED", "CENSORED", "SWITCH_OBSERVED", "SWITCHED",
                "POSTPARTUM_42D_OUTCOMES", "POSTPARTUM_42D_UPTAKES", "POSTABORTION_42D_OUTCOMES", "POSTABORTION_42D_UPTAKES",
                "POSTPARTUM_12M_OUTCOMES", "POSTPARTUM_12M_UPTAKES", "POSTABORTION_12M_OUTCOMES", "POSTABORTION_12M_UPTAKES"), seen);
    }

    @Test
    void property_lifeTableOfATally_isTheEpisodeByEpisodeLifeTable() {
        Theories.qt().forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 30)).checkAssert(codes -> {
            // Each code is an episode: its exit month 1–13 and how it left.
            List<Episode> episodes = new ArrayList<>();
            AreaTally.Builder b = AreaTally.builder();
            for (int code : codes) {
                int month = 1 + code % 13;
                Exit exit = Exit.values()[code / 14 % 3];
                episodes.add(new Episode(month, exit));
                b.add(Count.COHORT_EPISODES_CONDOM, 1);
                if (month <= 12) {
                    b.add(exit == Exit.FAILURE ? Count.failed(ContraceptiveMethod.CONDOM, month)
                            : exit == Exit.OTHER ? Count.discontinued(ContraceptiveMethod.CONDOM, month)
                            : Count.censored(ContraceptiveMethod.CONDOM, month), 1);
                }
            }
            AreaTally t = b.build();
            check(KaplanMeierByEpisode.discontinuation(episodes), t.cumulativeIncidence(Indicator.DISCONT_12M_CONDOM));
            check(KaplanMeierByEpisode.failure(episodes), t.cumulativeIncidence(Indicator.FAILURE_12M_CONDOM));
            CumulativeIncidence all = t.cumulativeIncidence(Indicator.DISCONT_12M);
            assertEquals(t.cumulativeIncidence(Indicator.DISCONT_12M_CONDOM), all, "the only method: all methods are it");
            if (all.value().isPresent()) {
                double variance = KaplanMeierByEpisode.greenwoodVariance(episodes);
                assertEquals(variance, all.variance(), 1e-12);
                double f = t.cumulativeIncidence(Indicator.FAILURE_12M_CONDOM).value().getAsDouble();
                assertTrue(f <= all.value().getAsDouble() + 1e-9, "failure is one cause of discontinuation");
                all.interval(0.95).ifPresent(ci -> assertTrue(ci.contains(all.value().getAsDouble()) && ci.low() >= 0 && ci.high() <= 100));
            }
        });
    }

    private static void check(double expected, CumulativeIncidence actual) {
        if (Double.isNaN(expected)) {
            assertFalse(actual.value().isPresent(), "undefined");
        } else {
            assertEquals(100 * expected, actual.value().getAsDouble(), 1e-9);
        }
    }

    @Test
    void test_cumulativeIncidence_withoutCompetingExits_hasTheKaplanMeierInterval() {
        // Only failures: failure and discontinuation are one table, and so are their intervals.
        AreaTally t = AreaTally.builder().add(Count.COHORT_EPISODES_IUD, 20).add(Count.FAILED_IUD_M02, 3).add(Count.FAILED_IUD_M07, 2)
                .add(Count.CENSORED_IUD_M05, 4).build();
        CumulativeIncidence f = t.cumulativeIncidence(Indicator.FAILURE_12M_IUD);
        CumulativeIncidence d = t.cumulativeIncidence(Indicator.DISCONT_12M_IUD);
        assertEquals(d, f);
        // By hand: S = 17/20 · 11/13 (13 at risk in month 7).
        assertEquals(100 * (1 - 17.0 / 20 * 11 / 13), d.value().getAsDouble(), EXACT);
    }

    @Test
    void test_cumulativeIncidence_undefinedCases() {
        assertFalse(AreaTally.empty().cumulativeIncidence(Indicator.DISCONT_12M).value().isPresent(), "no episode");
        AreaTally shortTable = AreaTally.builder().add(Count.COHORT_EPISODES_IUD, 2).add(Count.DISCONTINUED_IUD_M01, 1)
                .add(Count.CENSORED_IUD_M05, 1).build();
        assertFalse(shortTable.cumulativeIncidence(Indicator.DISCONT_12M_IUD).value().isPresent(), "no one at risk in month 6");
        AreaTally allGone = AreaTally.builder().add(Count.COHORT_EPISODES_IUD, 2).add(Count.DISCONTINUED_IUD_M01, 1)
                .add(Count.FAILED_IUD_M05, 1).build();
        CumulativeIncidence gone = allGone.cumulativeIncidence(Indicator.DISCONT_12M_IUD);
        assertEquals(100.0, gone.value().getAsDouble(), EXACT);
        assertFalse(gone.interval(0.95).isPresent(), "100 %: no interval");
        assertEquals(50.0, allGone.cumulativeIncidence(Indicator.FAILURE_12M_IUD).value().getAsDouble(), EXACT);
        AreaTally noExit = AreaTally.builder().add(Count.COHORT_EPISODES_IUD, 3).build();
        assertEquals(0.0, noExit.cumulativeIncidence(Indicator.DISCONT_12M_IUD).value().getAsDouble(), EXACT);
        assertFalse(noExit.cumulativeIncidence(Indicator.DISCONT_12M_IUD).interval(0.95).isPresent(), "0 %: no interval");
        AreaTally inconsistent = AreaTally.builder().add(Count.COHORT_EPISODES_IUD, 1).add(Count.DISCONTINUED_IUD_M01, 2).build();
        assertFalse(inconsistent.cumulativeIncidence(Indicator.DISCONT_12M_IUD).value().isPresent(), "more exits than at risk");
        assertThrows(IllegalArgumentException.class, () -> AreaTally.empty().cumulativeIncidence(Indicator.CPR));
        assertThrows(IllegalArgumentException.class, () -> AreaTally.empty().rate(Indicator.FAILURE_12M));
    }

    @Test
    void test_countLookups_refuseSterilisationAndMonthsOutside1To12() {
        assertEquals(Count.FAILED_TRADITIONAL_M12, Count.failed(ContraceptiveMethod.TRADITIONAL, 12));
        assertEquals(7, Count.reversibleMethods().size());
        assertThrows(IllegalArgumentException.class, () -> Count.cohortEpisodes(ContraceptiveMethod.FEMALE_STERILIZATION));
        assertThrows(IllegalArgumentException.class, () -> Count.censored(ContraceptiveMethod.IUD, 0));
        assertThrows(IllegalArgumentException.class, () -> Count.discontinued(ContraceptiveMethod.IUD, 13));
    }

    @Test
    void test_tables_ofTheDynamics() {
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.CONTRACEPTION, RegisterTable.PREGNANCIES),
                Indicator.DISCONT_12M_IUD.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.BIRTHS, RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES),
                Indicator.POSTPARTUM_UPTAKE_42D.inputTables());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.PREGNANCIES, RegisterTable.CONTRACEPTION, RegisterTable.PROCEDURES),
                Indicator.POSTABORTION_UPTAKE_12M.inputTables());
        assertEquals(28, IndicatorFamily.DYNAMICS.indicators().size());
    }

    @Test
    void test_stillbirthIsADelivery_andASterilisationBeforeExcludesTheWoman() {
        Register register = Register.builder().withTable(RegisterTable.BIRTHS).withTable(RegisterTable.CONTRACEPTION)
                .withTable(RegisterTable.PROCEDURES).withTable(RegisterTable.PREGNANCIES)
                .add(woman("S1")).add(woman("S2"))
                .add(Birth.builder().id("SB").motherId("S1").birthDate(LocalDate.of(2009, 3, 1)).sex(Sex.MALE)
                        .outcome(BirthOutcome.STILLBIRTH).build())
                .add(episode("S1", ContraceptiveMethod.INJECTABLE, "2009-03-20", null))
                .add(delivery("B", "S2", "2009-03-01"))
                .add(Procedure.of("S2", ProcedureType.MALE_STERILIZATION, LocalDate.of(2009, 2, 28)))
                .build();
        AreaTally v = IndicatorCalculator.tally(register, SY).tallies(AreaLevel.VILLAGE).get(V1);
        assertEquals(Map.of("outcomes", 1L, "uptakes", 1L),
                Map.of("outcomes", v.count(Count.POSTPARTUM_42D_OUTCOMES), "uptakes", v.count(Count.POSTPARTUM_42D_UPTAKES)));
    }
    @Test
    void test_anEpisodeRepeatedRowForRow_isOneEpisode() {
        Register.Builder b = Register.builder().withTable(RegisterTable.CONTRACEPTION).withTable(RegisterTable.PREGNANCIES).add(woman("R"));
        b.add(episode("R", ContraceptiveMethod.INJECTABLE, "2008-02-01", "2008-04-10"));
        b.add(episode("R", ContraceptiveMethod.INJECTABLE, "2008-02-01", "2008-04-10"));
        b.add(episode("R", ContraceptiveMethod.INJECTABLE, "2008-02-01", "2008-04-11"));
        Register register = b.build();
        AreaTally v = IndicatorCalculator.tally(register, Q1).tallies(AreaLevel.VILLAGE).get(V1);
        assertEquals(2, v.count(Count.COHORT_EPISODES_INJECTABLE), "the repeated row counts once; another end is another episode");
        assertEquals(2, v.count(Count.discontinued(ContraceptiveMethod.INJECTABLE, 3)));
        assertEquals(CatalogueDefinitions.tallies(register, Q1, AreaLevel.VILLAGE).get(V1), v);
        assertEquals(IndicatorCalculator.tally(register, Q1), PerWomanDecompositionTest.perWoman(register, Q1, 1, new Random(1)));
    }
}
