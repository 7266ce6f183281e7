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
package io.github.fpkit.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.register.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/** The cell types of the register format at their edges: lengths, signs, spellings and the JSON tokens they accept. */
class CellTypesEdgesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static <V> V json(CellType<V> type, String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return type.readJson(parser);
        }
    }

    @Test
    void test_wholeNumbers_ofEighteenDigits_withOrWithoutASign() {
        assertEquals(999_999_999_999_999_999L, CellTypes.WHOLE.parse("999999999999999999"));
        assertEquals(999_999_999_999_999_999L, CellTypes.WHOLE.parse("+999999999999999999"));
        assertEquals(-999_999_999_999_999_999L, CellTypes.SIGNED_WHOLE.parse("-999999999999999999"));
        assertThrows(CellException.class, () -> CellTypes.WHOLE.parse("1000000000000000000"));
        assertThrows(CellException.class, () -> CellTypes.SIGNED_WHOLE.parse("-1000000000000000000"));
        assertEquals("expected a whole number", assertThrows(CellException.class, () -> CellTypes.WHOLE.parse("+")).reason());
        assertEquals("expected a whole number", assertThrows(CellException.class, () -> CellTypes.SIGNED_WHOLE.parse("-")).reason());
        assertEquals("must be 0 or more", assertThrows(CellException.class, () -> CellTypes.WHOLE.parse("-3")).reason());
        assertEquals("expected a whole number", assertThrows(CellException.class, () -> CellTypes.WHOLE.parse("3/")).reason());
        assertEquals("expected a whole number", assertThrows(CellException.class, () -> CellTypes.WHOLE.parse("3:")).reason());
        assertEquals(0L, CellTypes.WHOLE.parse("0"));
    }

    @Test
    void test_wholeNumbersInJson() {
        assertEquals(0L, json(CellTypes.WHOLE, "0"));
        assertEquals(-4L, json(CellTypes.SIGNED_WHOLE, "-4"));
        assertEquals("must be 0 or more", assertThrows(CellException.class, () -> json(CellTypes.WHOLE, "-1")).reason());
        assertThrows(CellException.class, () -> json(CellTypes.WHOLE, "1.5"));
    }

    @Test
    void test_decimals_ofThirtyTwoCharacters_plainDigitsOnly() {
        String longest = "1" + "0".repeat(29) + ".5";
        assertEquals(32, longest.length());
        assertEquals(1e29, CellTypes.DECIMAL.parse(longest), 1e14);
        assertThrows(CellException.class, () -> CellTypes.DECIMAL.parse(longest + "0"));
        assertEquals(1000.0, CellTypes.DECIMAL.parse("1e3"));
        assertEquals(-1.5, CellTypes.DECIMAL.parse("-1.5"));
        assertEquals(2.0, CellTypes.DECIMAL.parse("+2E0"));
        for (String javaOnly : List.of("1.5d", "2f", "0x1p3", "NaN", "Infinity", "1_000", " 1")) {
            assertThrows(CellException.class, () -> CellTypes.DECIMAL.parse(javaOnly), javaOnly);
        }
        assertEquals("the number is too large", assertThrows(CellException.class, () -> CellTypes.DECIMAL.parse("1e999")).reason());
    }

    @Test
    void test_decimals_writtenWholeUpTo2To53() {
        assertEquals("9007199254740991", CellTypes.DECIMAL.format(9007199254740991.0));
        assertEquals("9.007199254740992E15", CellTypes.DECIMAL.format(9007199254740992.0));
        assertEquals("-292", CellTypes.DECIMAL.format(-292.0));
        assertEquals("292.5", CellTypes.DECIMAL.format(292.5));
    }

    @Test
    void test_labels_anyCase_codesAndChineseLabels() {
        assertEquals(MaritalStatus.MARRIED, CellTypes.MARITAL_STATUS.parse("MARRIED"));
        assertEquals(MaritalStatus.MARRIED, CellTypes.MARITAL_STATUS.parse("已婚"));
        assertEquals("已婚", CellTypes.MARITAL_STATUS.formatChinese(MaritalStatus.MARRIED));
        assertEquals("error", CellTypes.SEVERITY.formatChinese(Severity.ERROR));
        Labels<Severity> severities = new Labels<>(Severity.class, Severity::code, s -> List.of());
        assertEquals(Severity.WARNING, severities.parse("Warning"));
        assertEquals("expected one of error, warning", assertThrows(CellException.class, () -> severities.parse("fatal")).reason());
        Labels<MaritalStatus> statuses = new Labels<>(MaritalStatus.class, MaritalStatus::code, MaritalStatus::labels);
        assertEquals(MaritalStatus.REMARRIED, statuses.parse("Remarried"));
        assertEquals(true, assertThrows(CellException.class, () -> statuses.parse("x")).reason().endsWith(" or a Chinese label"));
    }

    @Test
    void test_booleans_inEverySpelling() {
        assertEquals(true, CellTypes.BOOLEAN.parse("TRUE"));
        assertEquals(false, CellTypes.BOOLEAN.parse("计划外"));
        assertEquals("是", CellTypes.BOOLEAN.formatChinese(true));
        assertEquals(true, json(CellTypes.BOOLEAN, "true"));
        assertEquals(false, json(CellTypes.BOOLEAN, "false"));
        assertEquals(true, json(CellTypes.BOOLEAN, "\"是\""));
    }
}
