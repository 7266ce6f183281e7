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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.io.json.JsonFormatException;
import org.junit.jupiter.api.Test;

/** The limits of report JSON at their edges: a value at the limit passes the limit (whatever else it breaks), one more does not. */
class ReportLimitsEdgesTest {
    private static String reason(String json) {
        return assertThrows(ReportFormatException.class, () -> ReportJsonReader.parse(json)).reason();
    }

    @Test
    void test_stringsOf1000Characters() {
        assertEquals("镇".repeat(1000), ReportJsonReader.parse("{\"areaName\": \"" + "镇".repeat(1000) + "\"}").areaName().orElseThrow());
        assertTrue(reason("{\"areaName\": \"" + "镇".repeat(1001) + "\"}").contains("a string longer than 1000 characters"));
    }

    @Test
    void test_propertyNamesOf100Characters() {
        assertEquals("unknown property", reason("{\"" + "n".repeat(100) + "\": 1}"));
        assertTrue(reason("{\"" + "n".repeat(101) + "\": 1}").contains("a property name longer than 100 characters"));
    }

    @Test
    void test_numbersOf64Characters() {
        assertFalse(reason("{\"deaths\": " + "9".repeat(64) + "}").contains("a number longer than"));
        assertTrue(reason("{\"deaths\": " + "9".repeat(65) + "}").contains("a number longer than 64 characters"));
    }

    @Test
    void test_decimalsWrittenAsStringsOf46Characters_andExponentsOf3Digits() {
        assertFalse(reason("{\"population\": {\"average\": \"" + "1".repeat(46) + "\"}}").startsWith("longer than any decimal"));
        assertTrue(reason("{\"population\": {\"average\": \"" + "1".repeat(47) + "\"}}").startsWith("longer than any decimal"));
        assertFalse(reason("{\"population\": {\"average\": 1E+999}}").startsWith("exponent out of range"));
        assertTrue(reason("{\"population\": {\"average\": 1E+1000}}").startsWith("exponent out of range"));
    }

    @Test
    void test_messagesShowValuesOf60CharactersWhole_andNameTheFieldIfAny() {
        String sixty = "x".repeat(60);
        assertEquals("r.json:3:7: births.male '" + sixty + "' reason",
                new ReportFormatException("r.json", 3, 7, "births.male", sixty, "reason", null).getMessage());
        assertEquals("r.json:3:7: '" + sixty.substring(0, 60) + "… (61 characters)' reason",
                new ReportFormatException("r.json", 3, 7, "", sixty + "x", "reason", null).getMessage());
        assertEquals("r.json:-1:-1: reason", new ReportFormatException("r.json", -1, -1, "", "", "reason", null).getMessage());
    }

    @Test
    void test_jsonMessagesNameTheLineFrom1() {
        assertEquals("r.json line 1, column 2: bad", new JsonFormatException("r.json", 1, 2, "bad", null).getMessage());
        assertEquals("r.json: bad", new JsonFormatException("r.json", 0, 2, "bad", null).getMessage());
    }
}
