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
package io.github.fpkit.indicators.report;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.ProcedureType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Property-test generators of this package: consistent sets of report figures, tallied the
 * way a register's counts are (parts first, wholes as their sums, subsets drawn within
 * their sets), with the rates they give stated at a chosen precision.
 */
final class ReportGenerators {
    private static final List<RoundingMode> ROUND_HALF = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN);
    private static final List<BigDecimal> STANDARDS = List.of(new BigDecimal("720"), new BigDecimal("960"),
            new BigDecimal("1200"), new BigDecimal("600.50"));

    private ReportGenerators() {
    }

    /** Consistent figures with rates stated at 0 to 6 decimals under any round-half rule; the average population is sometimes left to be derived. */
    static Gen<ReportFigures> consistentFigures() {
        return in -> generate(in, false);
    }

    /**
     * Consistent figures whose rates are stated to 10 decimals and whose every rate has a
     * non-zero numerator (and births ≠ deaths), so that changing any count used by a rate
     * moves the rate beyond its stated precision; the average population is always stated.
     */
    static Gen<ReportFigures> preciseFigures() {
        return in -> generate(in, true);
    }

    /**
     * Figures with no consistency at all, drawn from the edges of what a report may state:
     * each figure is left out, 0, 1, {@code Long.MAX_VALUE} (or one less), a large random
     * count or a small one; decimals (average population, amounts) range from 0 and
     * {@code 1E-20} up to the largest a report may state (25 digits and 20 decimals); every
     * rate of the catalogue is stated at such a value. Area and period are stated.
     */
    static Gen<ReportFigures> extremeFigures() {
        return in -> {
            Map<String, BigDecimal> f = new TreeMap<>();
            for (String path : FIGURE_PATHS) {
                long choice = draw(in, 0, 6);
                if (choice == 0) {
                    continue;
                }
                f.put(path, DECIMAL_PATHS.contains(path) ? extremeDecimal(in) : dec(extremeCount(in, choice)));
            }
            List<StatedRate> rates = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                if (!indicator.isCount() && draw(in, 0, 3) > 0) {
                    BigDecimal value = extremeDecimal(in);
                    rates.add(StatedRate.of(indicator, indicator == Indicator.NIR && draw(in, 0, 1) == 1 ? value.negate() : value));
                }
            }
            return new ReportFigures(f, rates);
        };
    }

    /** Every figure path a report can state, sorted. */
    private static final List<String> FIGURE_PATHS = ReportSection.report().figures().stream().map(ReportFigure::path).sorted()
            .collect(Collectors.toUnmodifiableList());
    private static final Set<String> DECIMAL_PATHS = ReportSection.report().figures().stream().filter(ReportFigure::isDecimal)
            .map(ReportFigure::path).collect(Collectors.toUnmodifiableSet());
    private static final BigDecimal LARGEST_DECIMAL = new BigDecimal("9999999999999999999999999.99999999999999999999");

    private static long extremeCount(RandomnessSource in, long choice) {
        switch ((int) choice) {
            case 1: return 0;
            case 2: return 1;
            case 3: return Long.MAX_VALUE;
            case 4: return Long.MAX_VALUE - draw(in, 0, 2);
            case 5: return longs().between(0, Long.MAX_VALUE).generate(in);
            default: return draw(in, 0, 5000);
        }
    }

    private static BigDecimal extremeDecimal(RandomnessSource in) {
        switch ((int) draw(in, 0, 5)) {
            case 0: return BigDecimal.ZERO;
            case 1: return new BigDecimal("1E-20");
            case 2: return LARGEST_DECIMAL;
            case 3: return BigDecimal.valueOf(Long.MAX_VALUE);
            case 4: return BigDecimal.valueOf(longs().between(0, Long.MAX_VALUE).generate(in), (int) draw(in, 0, 20));
            default: return BigDecimal.valueOf(draw(in, 0, 100_000), (int) draw(in, 0, 3));
        }
    }

    private static ReportFigures generate(RandomnessSource in, boolean precise) {
        int min = precise ? 1 : 0;
        Map<String, BigDecimal> f = new TreeMap<>();

        long married = 0;
        for (String parity : List.of("women.parity0", "women.parity1", "women.parity2", "women.parity3Plus")) {
            long n = draw(in, min, 3000);
            f.put(parity, dec(n));
            married += n;
        }
        f.put("women.married", dec(married));
        f.put("women.wra", dec(married + draw(in, 0, 3000)));
        long oneChild = draw(in, 0, f.get("women.parity1").longValue());
        f.put("women.oneChild", dec(oneChild));
        f.put("women.twoDaughters", dec(draw(in, 0, f.get("women.parity2").longValue())));
        f.put("oneChildCertificatesIssued", dec(draw(in, 0, oneChild)));

        long users = draw(in, precise ? 3 : 0, married);
        f.put("contraception.users", dec(users));
        long remaining = users;
        if (precise) {
            // one long-acting user and one modern user keep LONG_ACTING_SHARE and MCPR numerators above 0
            f.put("contraception.byMethod.iud", dec(1));
            f.put("contraception.byMethod.condom", dec(1));
            remaining -= 2;
        }
        ContraceptiveMethod[] methods = ContraceptiveMethod.values();
        for (int i = 0; i < methods.length; i++) {
            long n = i == methods.length - 1 ? remaining : draw(in, 0, remaining);
            f.merge("contraception.byMethod." + methods[i].code(), dec(n), BigDecimal::add);
            remaining -= n;
        }

        long births = 0;
        for (String order : List.of("births.order1", "births.order2", "births.order3Plus")) {
            long n = draw(in, min, 500);
            f.put(order, dec(n));
            births += n;
        }
        f.put("births.total", dec(births));
        long male = draw(in, min, precise ? births - 1 : births);
        f.put("births.male", dec(male));
        f.put("births.female", dec(births - male));
        long inPolicy = draw(in, min, births);
        f.put("births.inPolicy", dec(inPolicy));
        f.put("births.outOfPolicy", dec(births - inPolicy));
        long deaths = draw(in, min, 500);
        if (precise && deaths == births) {
            deaths++;
        }
        f.put("deaths", dec(deaths));

        long start = draw(in, 2000, 100_000);
        long end = draw(in, 2000, 100_000);
        f.put("population.start", dec(start));
        f.put("population.end", dec(end));
        f.put("population.households", dec(draw(in, 500, 30_000)));
        if (precise || draw(in, 0, 1) == 1) {
            f.put("population.average", dec(start + end).divide(BigDecimal.valueOf(2)));
        }

        long surgeries = 0;
        for (ProcedureType type : ProcedureType.values()) {
            long n = draw(in, 0, 200);
            f.put("surgeries.byType." + type.code(), dec(n));
            surgeries += n;
        }
        f.put("surgeries.total", dec(surgeries));
        f.put("currentPregnancies", dec(draw(in, 0, 500)));
        long due = draw(in, min, married);
        f.put("healthChecks.due", dec(due));
        f.put("healthChecks.done", dec(draw(in, min, due)));

        for (String flow : List.of("floatingOut", "floatingIn")) {
            long within = draw(in, 0, 3000);
            long across = draw(in, 0, 3000);
            f.put(flow + ".inProvince", dec(within));
            f.put(flow + ".outOfProvince", dec(across));
            f.put(flow + ".total", dec(within + across));
            for (String work : List.of("certificatesHeld", "certificatesVerified", "certificatesReturned", "contractsSigned")) {
                f.put(flow + "." + work, dec(draw(in, 0, within + across)));
            }
        }

        for (String programme : List.of("rewardSubsidy", "specialAssistanceBereaved", "specialAssistanceDisabled")) {
            long people = draw(in, min, 2000);
            BigDecimal standard = STANDARDS.get((int) draw(in, 0, STANDARDS.size() - 1));
            f.put(programme + ".beneficiaries", dec(people));
            f.put(programme + ".standardPerPerson", standard);
            f.put(programme + ".statedTotal", standard.multiply(dec(people)));
        }

        return new ReportFigures(f, statedRates(in, f, precise));
    }

    /** The rates the figures give, each written out from its definition here, independently of the code under test. */
    private static List<StatedRate> statedRates(RandomnessSource in, Map<String, BigDecimal> f, boolean precise) {
        BigDecimal average = f.containsKey("population.average") ? f.get("population.average")
                : f.get("population.start").add(f.get("population.end")).divide(BigDecimal.valueOf(2));
        BigDecimal births = f.get("births.total");
        BigDecimal users = f.get("contraception.users");
        BigDecimal longActing = f.get("contraception.byMethod.female_sterilization").add(f.get("contraception.byMethod.male_sterilization"))
                .add(f.get("contraception.byMethod.iud")).add(f.get("contraception.byMethod.implant"));
        Map<Indicator, BigDecimal[]> ratios = new LinkedHashMap<>();
        ratios.put(Indicator.CBR, new BigDecimal[] {births, average});
        ratios.put(Indicator.CDR, new BigDecimal[] {f.get("deaths"), average});
        ratios.put(Indicator.NIR, new BigDecimal[] {births.subtract(f.get("deaths")), average});
        ratios.put(Indicator.SRB, new BigDecimal[] {f.get("births.male"), f.get("births.female")});
        ratios.put(Indicator.POLICY_BIRTH_RATE, new BigDecimal[] {f.get("births.inPolicy"), births});
        ratios.put(Indicator.HIGHER_ORDER_BIRTH_SHARE, new BigDecimal[] {f.get("births.order3Plus"), births});
        ratios.put(Indicator.CPR, new BigDecimal[] {users, f.get("women.married")});
        ratios.put(Indicator.MCPR, new BigDecimal[] {users.subtract(f.get("contraception.byMethod.traditional")), f.get("women.married")});
        ratios.put(Indicator.LONG_ACTING_SHARE, new BigDecimal[] {longActing, users});
        ratios.put(Indicator.HEALTH_CHECK_COVERAGE, new BigDecimal[] {f.get("healthChecks.done"), f.get("healthChecks.due")});
        List<StatedRate> rates = new ArrayList<>();
        ratios.forEach((indicator, ratio) -> {
            if (ratio[1].signum() > 0) {
                int decimals = precise ? 10 : (int) draw(in, 0, 6);
                RoundingMode mode = ROUND_HALF.get((int) draw(in, 0, ROUND_HALF.size() - 1));
                BigDecimal multiplier = BigDecimal.valueOf((long) indicator.unit().multiplier());
                rates.add(StatedRate.of(indicator, ratio[0].multiply(multiplier).divide(ratio[1], decimals, mode)));
            }
        });
        return rates;
    }

    private static long draw(RandomnessSource in, long min, long max) {
        return integers().between((int) min, (int) Math.max(min, max)).generate(in);
    }

    private static BigDecimal dec(long n) {
        return BigDecimal.valueOf(n);
    }
}
