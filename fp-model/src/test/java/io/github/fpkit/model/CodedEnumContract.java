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
package io.github.fpkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.model.testing.ModelGenerators;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tests every coded enumeration of the register format passes; a test class of one
 * enumeration implements this interface and says what the register format expects of it.
 *
 * @param <E> the enumeration
 */
interface CodedEnumContract<E extends Enum<E> & Coded> {
    /** @return the enumeration's class */
    Class<E> type();

    /**
     * @param text a text
     * @return the enumeration's {@code parse(text)}
     */
    E parse(CharSequence text);

    /**
     * @param constant a constant
     * @return the Chinese labels the enumeration says it accepts for the constant
     */
    List<String> labels(E constant);

    /** @return the register column the enumeration's errors name */
    String field();

    /** @return every spelling the register format (FORMAT.md) lists, with the constant it denotes */
    Map<String, E> formatSpellings();

    @Test
    default void parse_acceptsEveryCode() {
        for (E constant : type().getEnumConstants()) {
            assertEquals(constant, parse(constant.code()));
        }
    }

    @Test
    default void parse_acceptsEveryLabel() {
        for (E constant : type().getEnumConstants()) {
            assertTrue(labels(constant).contains(constant.chineseName()), constant + " lists its Chinese name as a label");
            for (String label : labels(constant)) {
                assertEquals(constant, parse(label), label);
            }
        }
    }

    @Test
    default void parse_acceptsTheSpellingsOfTheRegisterFormat() {
        formatSpellings().forEach((text, constant) -> assertEquals(constant, parse(text), text));
    }

    @Test
    default void registerFormat_namesEveryConstant() {
        assertEquals(EnumSet.allOf(type()), EnumSet.copyOf(formatSpellings().values()));
    }

    @Test
    default void parse_isCaseInsensitiveAndIgnoresSurroundingWhitespace() {
        qt().forAll(ModelGenerators.spellings(type(), this::labels))
                .check(spelling -> parse(spelling.text()) == spelling.constant());
    }

    @Test
    default void parse_acceptsUppercaseCodes() {
        for (E constant : type().getEnumConstants()) {
            assertEquals(constant, parse(" " + constant.code().toUpperCase(Locale.ROOT) + " "));
        }
    }

    @Test
    default void parse_rejectsUnknownTextNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> parse("no such value"));
        assertEquals(field(), e.field());
        assertEquals("no such value", e.value());
        assertTrue(e.getMessage().contains(field()), e.getMessage());
    }

    @Test
    default void parse_rejectsEmptyText() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> parse("  "));
        assertEquals(field(), e.field());
    }

    @Test
    default void parse_rejectsACodeWithInnerSpace() {
        E first = type().getEnumConstants()[0];
        String broken = first.code().charAt(0) + " " + first.code().substring(1);
        assertThrows(InvalidValueException.class, () -> parse(broken));
    }

    @Test
    default void parse_rejectsNull() {
        assertThrows(NullPointerException.class, () -> parse(null));
    }

    @Test
    default void codes_areDistinctLowercaseAndPrintedByToString() {
        Set<String> codes = new HashSet<>();
        for (E constant : type().getEnumConstants()) {
            assertEquals(constant.code().toLowerCase(Locale.ROOT), constant.code());
            assertEquals(constant.code(), constant.toString());
            assertTrue(codes.add(constant.code()), constant.code());
            assertNotEquals("", constant.chineseName());
        }
    }
}
