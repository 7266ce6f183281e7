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
package io.github.fpkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.json.FpkitJson;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.ConformanceCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared conformance case end to end: each form of the register (English UTF-8 and
 * Chinese GBK), read from its files by the streaming CSV reader, must give exactly the
 * records of expected-2009SY.json (counts, numerators and denominators exactly, values to
 * a relative 1e-9, interval ends to a relative 1e-6, null where null).
 */
class ConformanceEndToEndTest {
    private static final double VALUE_TOLERANCE = 1e-9;
    private static final double INTERVAL_TOLERANCE = 1e-6;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"register-en, UTF-8", "register-zh-gbk, GBK"})
    void test_registerForm_givesEveryExpectedRecord(String folder, String encoding) throws Exception {
        CsvRegisterSource source = CsvRegister.builder().encoding(Charset.forName(encoding)).strict(true)
                .open(ConformanceCase.path(folder));
        ComputedIndicators computed = Indicators.compute(source, ReportingPeriod.parse("2009SY"));

        List<IndicatorResult> expected = expectedRecords();
        assertEquals(7 * 58, expected.size());
        // The case holds the contract's 58 codes; the catalogue's fertility by order and CYP go beyond them.
        Set<Indicator> contract = expected.stream().map(IndicatorResult::indicator)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Indicator.class)));
        assertEquals(58, contract.size());
        assertEquals(expected.size(), computed.results().stream().filter(r -> contract.contains(r.indicator())).count(),
                "number of result records of the contract's indicators");
        // The case has every table of the contract's format; distributions.csv goes beyond it.
        Set<Indicator> needingDistributions = EnumSet.noneOf(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (i.inputTables().contains(RegisterTable.DISTRIBUTIONS)) {
                needingDistributions.add(i);
            }
        }
        assertEquals(7 * (Indicator.values().length - needingDistributions.size()), computed.results().size(), "number of result records");
        assertEquals(needingDistributions, computed.unavailable(), "every table of the contract is present");
        assertTrue(source.rowErrors().isEmpty(), "no row rejected");

        List<String> mismatches = new ArrayList<>();
        for (IndicatorResult e : expected) {
            String where = e.area() + " " + e.indicator();
            IndicatorResult r = computed.result(e.area(), e.indicator()).orElse(null);
            if (r == null) {
                mismatches.add(where + ": missing");
                continue;
            }
            if (!r.period().equals(e.period())) {
                mismatches.add(where + ": period " + r.period().toIsoString());
            }
            exact(mismatches, where + " numerator", e.numerator(), r.numerator());
            exact(mismatches, where + " denominator", e.denominator(), r.denominator());
            close(mismatches, where + " value", e.value(), r.value(), VALUE_TOLERANCE);
            close(mismatches, where + " ciLow", e.ciLow(), r.ciLow(), INTERVAL_TOLERANCE);
            close(mismatches, where + " ciHigh", e.ciHigh(), r.ciHigh(), INTERVAL_TOLERANCE);
        }
        assertEquals(List.of(), mismatches);
    }

    private static List<IndicatorResult> expectedRecords() throws IOException {
        try (InputStream in = ConformanceCase.open("expected-2009SY.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.asList(FpkitJson.mapper(true).readValue(json, IndicatorResult[].class));
        }
    }

    private static void exact(List<String> mismatches, String what, OptionalLong expected, OptionalLong actual) {
        if (!expected.equals(actual)) {
            mismatches.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void exact(List<String> mismatches, String what, OptionalDouble expected, OptionalDouble actual) {
        if (!expected.equals(actual)) {
            mismatches.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void close(List<String> mismatches, String what, OptionalDouble expected, OptionalDouble actual,
            double relative) {
        if (expected.isEmpty() || actual.isEmpty()) {
            if (expected.isPresent() != actual.isPresent()) {
                mismatches.add(what + ": expected " + expected + ", got " + actual);
            }
            return;
        }
        double e = expected.getAsDouble();
        if (Math.abs(actual.getAsDouble() - e) > relative * Math.abs(e)) {
            mismatches.add(what + ": expected " + e + ", got " + actual.getAsDouble());
        }
    }
}
