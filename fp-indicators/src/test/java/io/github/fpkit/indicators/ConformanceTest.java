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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.fpkit.indicators.testing.CsvFixture;
import io.github.fpkit.indicators.testing.StreamingSource;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.ConformanceCase;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The conformance case of the indicator contract: the English register computed for
 * 2009SY must give every record of expected-2009SY.json (7 areas × 58 indicators). The
 * catalogue goes beyond the contract's 58 codes with fertility by birth order (issue 16),
 * which the case does not hold: those records are checked by {@link FertilityByOrderTest}; and
 * with distributions and couple-years of protection, checked by {@link CoupleYearsTest}; with
 * the coverage of the women due, checked by {@link DueCoverageTest}; and with contraceptive
 * dynamics (family DYNAMICS), checked by {@link DynamicsTest}. The
 * case has no {@code distributions.csv}: the indicators that need it are unavailable.
 */
class ConformanceTest {
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2009SY");
    private static final double VALUE_TOLERANCE = 1e-9;
    private static final double INTERVAL_TOLERANCE = 1e-6;

    private static final Register REGISTER = CsvFixture.load(ConformanceCase.path("register-en"));
    /** The indicators of distributions.csv, which the case does not have. */
    private static final Set<Indicator> NEEDING_DISTRIBUTIONS = Stream.of(Indicator.values())
            .filter(i -> i.inputTables().contains(RegisterTable.DISTRIBUTIONS))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Indicator.class)));

    @Test
    void test_inMemoryRegister_matchesEveryExpectedRecord() throws IOException {
        check(Indicators.compute(REGISTER, PERIOD));
    }

    @Test
    void test_streamingSource_matchesEveryExpectedRecord_readingEachTableOnce() throws IOException {
        StreamingSource source = new StreamingSource(REGISTER, true);
        check(Indicators.compute(source, PERIOD));
        for (RegisterTable t : REGISTER.tables()) {
            assertEquals(1, source.opened().get(t), "streams of " + t);
        }
        assertEquals(0, source.stillOpen());
    }

    @Test
    void test_isoNotationOfThePeriod_givesTheSameResults() {
        ComputedIndicators sy = Indicators.compute(REGISTER, PERIOD);
        ComputedIndicators iso = Indicators.compute(REGISTER, ReportingPeriod.parse("2008-10-01/2009-09-30"));
        assertEquals(sy.results(), iso.results());
    }

    @Test
    void test_namesComeFromTheAreasTable() {
        ComputedIndicators computed = Indicators.compute(REGISTER, PERIOD);
        assertEquals("示例县", computed.result(AreaCode.of("990101000000"), Indicator.WRA).orElseThrow().areaName().orElseThrow());
        assertEquals("2乡2村", computed.result(AreaCode.of("990101002002"), Indicator.WRA).orElseThrow().areaName().orElseThrow());
        assertEquals(NEEDING_DISTRIBUTIONS, computed.unavailable());
        assertTrue(computed.unattributedRecords().isEmpty());
    }

    private static void check(ComputedIndicators computed) throws IOException {
        JsonNode expected;
        try (InputStream in = ConformanceCase.open("expected-2009SY.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        assertEquals(7 * 58, expected.size());
        assertEquals(expected.size(), computed.results().stream().filter(r -> !FertilityByOrderTest.BY_ORDER.contains(r.indicator())
                && !CoupleYearsTest.CYP_INDICATORS.contains(r.indicator()) && r.indicator() != Indicator.HEALTH_CHECK_COVERAGE_DUE
                && r.indicator().family() != IndicatorFamily.DYNAMICS).count(), "number of result records of the contract's indicators");
        assertEquals(7 * (Indicator.values().length - NEEDING_DISTRIBUTIONS.size()), computed.results().size(), "number of result records");
        List<String> failures = new ArrayList<>();
        EnumSet<Indicator> seen = EnumSet.noneOf(Indicator.class);
        for (JsonNode e : expected) {
            AreaCode area = AreaCode.of(e.get("area").asString());
            Indicator indicator = Indicator.parse(e.get("indicator").asString());
            seen.add(indicator);
            String where = area + " " + indicator;
            IndicatorResult r = computed.result(area, indicator).orElse(null);
            if (r == null) {
                failures.add(where + ": missing");
                continue;
            }
            if (!e.get("period").asString().equals(r.period().toIsoString())) {
                failures.add(where + ": period " + r.period().toIsoString());
            }
            if (!e.get("unit").asString().equals(r.unit().symbol())) {
                failures.add(where + ": unit " + r.unit().symbol());
            }
            exactLong(failures, where + " numerator", e.get("numerator"), r.numerator());
            exactDouble(failures, where + " denominator", e.get("denominator"), r.denominator());
            close(failures, where + " value", e.get("value"), r.value(), VALUE_TOLERANCE);
            close(failures, where + " ciLow", e.get("ciLow"), r.ciLow(), INTERVAL_TOLERANCE);
            close(failures, where + " ciHigh", e.get("ciHigh"), r.ciHigh(), INTERVAL_TOLERANCE);
        }
        EnumSet<Indicator> contract = EnumSet.complementOf(FertilityByOrderTest.BY_ORDER);
        contract.removeAll(CoupleYearsTest.CYP_INDICATORS);
        contract.remove(Indicator.HEALTH_CHECK_COVERAGE_DUE);
        contract.removeAll(IndicatorFamily.DYNAMICS.indicators());
        assertEquals(contract, seen, "the expected file covers the contract's catalogue");
        if (!failures.isEmpty()) {
            fail(failures.size() + " mismatches:\n" + String.join("\n", failures));
        }
    }

    private static void exactLong(List<String> failures, String what, JsonNode expected, OptionalLong actual) {
        if (expected.isNull() ? actual.isPresent() : actual.isEmpty() || actual.getAsLong() != expected.asLong()) {
            failures.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void exactDouble(List<String> failures, String what, JsonNode expected, OptionalDouble actual) {
        if (expected.isNull() ? actual.isPresent() : actual.isEmpty() || actual.getAsDouble() != expected.asDouble()) {
            failures.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void close(List<String> failures, String what, JsonNode expected, OptionalDouble actual, double rel) {
        if (expected.isNull()) {
            if (actual.isPresent()) {
                failures.add(what + ": expected null, got " + actual);
            }
            return;
        }
        double e = expected.asDouble();
        if (actual.isEmpty() || Math.abs(actual.getAsDouble() - e) > rel * Math.abs(e)) {
            failures.add(what + ": expected " + e + ", got " + actual);
        }
    }
}
