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
package io.github.fpkit.io.json;

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.indicators.ConfidenceInterval;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.testing.ResultGenerators;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.testkit.ConformanceCase;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** {@link ResultJsonWriter} and {@link ResultJsonReader}: the form, the round trip, and errors that name their place. */
class ResultJsonTest {
    private static final ReportingPeriod SY2009 = ReportingPeriod.parse("2009SY");

    @TempDir
    Path temp;

    private static String written(List<IndicatorResult> results) {
        StringWriter text = new StringWriter();
        try (ResultJsonWriter out = ResultJsonWriter.of(text)) {
            out.writeAll(results.stream());
        }
        return text.toString();
    }

    private static IndicatorResult cbr() {
        return IndicatorResult.builder().area(AreaCode.of("990101001000")).areaName("第1乡").period(SY2009).indicator(Indicator.CBR)
                .numerator(125).denominator(10862).value(11.508009574663966)
                .interval(ConfidenceInterval.of(9.57916581407662, 13.711273885742274, 0.95)).build();
    }

    @Test
    void test_form_oneRecordALine_everyKey_periodAsIsoIntervalAndCode() {
        IndicatorResult births = IndicatorResult.builder().area(AreaCode.of("990101001001")).period(SY2009)
                .indicator(Indicator.LIVE_BIRTHS).numerator(12).value(12).build();
        assertEquals("[\n"
                + "  {\"area\": \"990101001000\", \"areaName\": \"第1乡\", \"period\": \"2008-10-01/2009-09-30\", \"indicator\": \"CBR\", "
                + "\"numerator\": 125, \"denominator\": 10862, \"value\": 11.508009574663966, \"unit\": \"‰\", "
                + "\"ciLow\": 9.57916581407662, \"ciHigh\": 13.711273885742274, \"confidence\": 0.95, \"status\": \"defined\", "
                + "\"level\": \"township\", \"periodCode\": \"2009SY\"},\n"
                + "  {\"area\": \"990101001001\", \"areaName\": null, \"period\": \"2008-10-01/2009-09-30\", \"indicator\": \"LIVE_BIRTHS\", "
                + "\"numerator\": 12, \"denominator\": null, \"value\": 12, \"unit\": \"count\", \"ciLow\": null, \"ciHigh\": null, "
                + "\"confidence\": null, \"status\": \"count\", \"level\": \"village\", \"periodCode\": \"2009SY\"}\n"
                + "]\n", written(List.of(cbr(), births)));
        assertEquals("[]\n", written(List.of()));
    }

    @Test
    void test_aPeriodAlone_isWrittenAsInsideAResult() {
        assertEquals("\"2008-10-01/2009-09-30\"", FpkitJson.mapper(true).writeValueAsString(SY2009));
        assertEquals(SY2009, FpkitJson.mapper(true).readValue("\"2009SY\"", ReportingPeriod.class));
    }

    @Test
    void property_resultsWrittenThenRead_giveEqualRecords() {
        Gen<List<IndicatorResult>> lists = in -> {
            List<IndicatorResult> list = new ArrayList<>();
            int n = SourceDSL.integers().between(0, 10).generate(in);
            for (int i = 0; i < n; i++) {
                list.add(ResultGenerators.results().generate(in));
            }
            return list;
        };
        qt().withExamples(200).forAll(lists).checkAssert(results ->
                assertEquals(results, ResultJsonReader.read(new StringReader(written(results)), "results")));
    }

    @Test
    void test_file_streamedBack_andTheConformanceCasesOlderKeysRead() {
        Path file = temp.resolve("results.json");
        try (ResultJsonWriter out = ResultJsonWriter.open(file)) {
            out.write(cbr());
        }
        try (ResultJsonReader reader = ResultJsonReader.open(file); Stream<IndicatorResult> records = reader.stream()) {
            assertEquals(List.of(cbr()), records.collect(java.util.stream.Collectors.toList()));
        }
        // The case holds the contract's 58 codes; fertility by order goes beyond it.
        assertEquals(7 * 58, ResultJsonReader.read(ConformanceCase.path("expected-2009SY.json")).size());
    }

    @Test
    void test_errors_nameLineColumnKeyAndValue() {
        String record = "{\"area\": \"990101001000\", \"period\": \"2009SY\", \"indicator\": \"CBR\", \"numerator\": ";
        assertError("{}", 1, 1, "expected a JSON array of result records, found '{'");
        assertError("[\n  " + record + "\"12\"}\n]", 2, 81, "numerator '12': expected a whole JSON number, found VALUE_STRING");
        assertError("[\n  " + record + "1, \"colour\": \"red\"}]", 2, 84,
                "unknown property 'colour' of IndicatorResult; expected area, areaName, period, indicator, numerator, "
                        + "denominator, value, unit, ciLow, ciHigh, confidence, status, level, periodCode");
        assertError("[" + record + "1, \"numerator\": 2}]", 1, 94, "Duplicate Object property \"numerator\"");
        assertError("[" + record + "1, \"status\": \"defined\"}]", 1, 102,
                "IndicatorResult: status 'defined': does not match the record's status undefined");
        assertError("[" + record + "1}, 3]", 1, 84, "expected a result record (a JSON object), found '3'");
        assertError("[" + record + "1}] []", 1, 84, "content after the array of result records");
        assertError("[" + record + "1}", 1, 82, "the input ends before the array of result records does");
        assertError("[" + record + "1,", 1, 82, "Unexpected end-of-input within/between Object entries");
        assertError("[" + record + "}]", 1, 80, "Unexpected character ('}' (code 125)): expected a valid value "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertError("[{\"area\": \"990101001000\", \"period\": \"2009SY\"}]", 1, 45,
                "IndicatorResult lacks its required property 'indicator'");
    }

    private static void assertError(String json, long line, long column, String reason) {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> ResultJsonReader.read(new StringReader(json), "r.json"));
        assertEquals(List.of(line, column, reason), List.of(e.line(), e.column(), e.reason()), e.getMessage());
        assertEquals("r.json line " + line + ", column " + column + ": " + reason, e.getMessage());
    }

    @Test
    void test_missingFile_isAnIoFailure() {
        assertThrows(UncheckedIOException.class, () -> ResultJsonReader.read(temp.resolve("none.json")));
    }
}
