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
package io.github.fpkit.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hostile and broken report JSON: every failure is a located {@link ReportFormatException} in fpkit's words. */
class ReportJsonLimitsTest {
    private static ReportFormatException rejected(String json) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(ReportFormatException.class, () -> ReportJsonReader.parse(json)));
    }

    private static void assertClean(ReportFormatException e) {
        assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
        for (String internal : new String[] {"Exception", "REDACTED", "#UNKNOWN", "Source:", "StreamReadConstraints", "`"}) {
            assertFalse(e.getMessage().contains(internal), e::getMessage);
        }
        assertTrue(e.getMessage().length() < 300, e::getMessage);
    }

    @Test
    void test_read_numberOf1001Digits_isLocated() {
        ReportFormatException e = rejected("{\n  \"deaths\": " + "9".repeat(1001) + "}");
        assertClean(e);
        assertEquals(2, e.line());
        assertTrue(e.reason().contains("a number longer than 64 characters"), e::getMessage);
    }

    @Test
    void test_read_nameOf100000Characters_isLocated() {
        ReportFormatException e = rejected("{\"" + "n".repeat(100_000) + "\": 1}");
        assertClean(e);
        assertTrue(e.reason().contains("a property name longer than 100 characters"), e::getMessage);
    }

    @Test
    void test_read_stringOfAMillionCharacters_isLocated() {
        ReportFormatException e = rejected("{\"areaName\": \"" + "镇".repeat(1_000_000) + "\"}");
        assertClean(e);
        assertTrue(e.reason().contains("a string longer than 1000 characters"), e::getMessage);
    }

    @Test
    void test_read_deepNesting_isLocated() {
        assertClean(rejected("[".repeat(10_000) + "]".repeat(10_000)));
        assertClean(rejected("{\"births\": " + "[".repeat(10_000)));
    }

    @Test
    void test_read_countWithHugeExponent_isLocatedWithoutBuildingIt() {
        ReportFormatException e = rejected("{\"statedRates\": {\"LIVE_BIRTHS\": 1e999999999}}");
        assertClean(e);
        assertEquals("statedRates.LIVE_BIRTHS", e.field());
    }

    @Test
    void test_read_rateWithHugeExponent_isLocatedWithoutBuildingIt() {
        ReportFormatException e = rejected("{\"statedRates\": {\"CBR\": 1e999999999}}");
        assertClean(e);
        assertTrue(e.reason().contains("exponent out of range"), e::getMessage);
    }

    @Test
    void test_read_exponentBeyondAnInt_isLocated() {
        ReportFormatException e = rejected("{\"statedRates\": {\"CBR\": 1e9999999999}}");
        assertClean(e);
        assertEquals("statedRates.CBR", e.field());
        assertEquals(1, e.line());
        assertEquals(25, e.column());
        ReportFormatException amount = rejected("{\"population\": {\"average\": 1E-9999999999}}");
        assertClean(amount);
        assertEquals("population.average", amount.field());
    }

    @Test
    void test_read_smallExponent_isStillRead() {
        assertEquals(0, ReportJsonReader.parse("{\"statedRates\": {\"CBR\": 1E+1}}").statedRates().get(0).decimals());
    }

    @Test
    void test_read_rateAsStringOfAMillionDigits_isQuickAndShort() {
        ReportFormatException e = rejected("{\"statedRates\": {\"CBR\": \"" + "9".repeat(1_000_000) + "\"}}");
        assertClean(e);
    }

    @Test
    void test_read_decimalAsLongString_isRejectedBeforeParsing_andShownShort() {
        ReportFormatException e = rejected("{\"population\": {\"average\": \"" + "1".repeat(900) + "\"}}");
        assertClean(e);
        assertEquals("population.average", e.field());
        assertTrue(e.getMessage().contains("(900 characters)"), e::getMessage);
        ReportFormatException rate = rejected("{\"statedRates\": {\"CBR\": \"" + "1".repeat(900) + "\"}}");
        assertClean(rate);
        assertTrue(rate.getMessage().contains("(900 characters)"), rate::getMessage);
    }

    @Test
    void test_read_unknownFigureWithNull_isRejected() {
        ReportFormatException e = rejected("{\"births\": {\"totl\": null}}");
        assertEquals("births.totl", e.field());
        assertTrue(e.reason().contains("unknown property"), e::getMessage);
    }

    @Test
    void test_read_unknownRateWithNull_isRejected() {
        ReportFormatException e = rejected("{\"statedRates\": {\"XYZ\": null}}");
        assertEquals("statedRates.XYZ", e.field());
    }

    @Test
    void test_read_unknownMethodWithNull_isRejected() {
        ReportFormatException e = rejected("{\"contraception\": {\"byMethod\": {\"bogus\": null}}}");
        assertEquals("contraception.byMethod.bogus", e.field());
    }

    @Test
    void test_read_unknownTopLevelPropertyWithNull_isRejected() {
        assertEquals("bogus", rejected("{\"bogus\": null}").field());
    }

    @Test
    void test_read_knownPropertiesWithNull_areNotStated() {
        ReportJsonReader.parse("{\"areaCode\": null, \"areaName\": null, \"statedRates\": {\"CBR\": null}, \"births\": null,"
                + " \"contraception\": {\"byMethod\": {\"iud\": null}}}");
    }

    @Test
    void test_read_nonStandardJson_saysNothingOfJacksonsSettings() {
        String[] tokens = {"NaN", "Infinity", "-Infinity", "+5", "0x10", "/* c */ 5", "\u001e5"};
        for (String token : tokens) {
            ReportFormatException e = rejected("{\"deaths\": " + token + "}");
            assertClean(e);
            for (String internal : new String[] {"Feature", "enabl", "ALLOW_"}) {
                assertFalse(e.getMessage().contains(internal), e::getMessage);
            }
            assertTrue(e.reason().startsWith("malformed JSON: "), e::getMessage);
        }
        assertTrue(rejected("{\"deaths\": 0x10}").reason().contains("hexadecimal number literals are not JSON"));
    }

    @Test
    void test_read_truncatedFile_isLocatedAndClean() {
        ReportFormatException e = rejected("{\n  \"births\": {\"total\": 5,\n");
        assertClean(e);
        assertTrue(e.reason().contains("ends before the report does"), e::getMessage);
        assertClean(rejected("{\"areaName\": \"示范"));
    }
}
