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

import static io.github.fpkit.model.testing.ModelGenerators.legacyResidentIdParts;
import static io.github.fpkit.model.testing.ModelGenerators.residentIdParts;
import static io.github.fpkit.model.testing.ModelGenerators.residentIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ResidentIdTest {
    /** Characters a typist might put in place of one of the 18. */
    private static final Gen<Character> REPLACEMENTS = Generate.pick(
            java.util.List.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', 'x', 'A', 'O', ' ', '-', '０'));

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "34052419800101001X"})
    void parse_acceptsTheExamplesOfTheRegisterFormat(String number) {
        assertEquals(number, ResidentId.parse(number).fullNumber());
    }

    @Test
    void parse_readsBirthDateSexAndAreaOfTheExamples() {
        ResidentId woman = ResidentId.parse("11010519491231002X");
        assertEquals(LocalDate.of(1949, 12, 31), woman.birthDate());
        assertEquals(Sex.FEMALE, woman.sex());
        assertEquals("110105", woman.areaPrefix());
        ResidentId man = ResidentId.parse("440524188001010014");
        assertEquals(LocalDate.of(1880, 1, 1), man.birthDate());
        assertEquals(Sex.MALE, man.sex());
        assertEquals(Sex.MALE, ResidentId.parse("34052419800101001X").sex());
    }

    @Test
    void parse_acceptsLowercaseCheckCharacter() {
        assertEquals(ResidentId.parse("11010519491231002X"), ResidentId.parse("11010519491231002x"));
    }

    @Test
    void parse_ignoresSurroundingWhitespace() {
        assertEquals("11010519491231002X", ResidentId.parse(" \t11010519491231002X \n").fullNumber());
    }

    @Test
    void parse_convertsTheLegacySpellingOfAnExample() {
        assertEquals(ResidentId.parse("34052419800101001X"), ResidentId.parse("340524800101001"));
    }

    @Test
    void parse_acceptsEveryGeneratedNumber() {
        qt().forAll(residentIds())
                .check(id -> ResidentId.parse(id.fullNumber()).equals(id) && id.fullNumber().length() == 18);
    }

    @Test
    void of_roundTripsBirthDateSexAndArea() {
        qt().forAll(residentIdParts()).check(parts -> {
            ResidentId id = parts.toResidentId();
            return id.birthDate().equals(parts.birthDate())
                    && id.sex() == (parts.sequence() % 2 == 1 ? Sex.MALE : Sex.FEMALE)
                    && id.areaPrefix().equals(parts.areaPrefix());
        });
    }

    @Test
    void parse_rejectsEverySingleCharacterChange() {
        qt().forAll(residentIds(), integers().between(0, 17), REPLACEMENTS)
                .assuming((id, position, c) -> isRealChange(id.fullNumber(), position, c))
                .check((id, position, c) -> {
                    String changed = replace(id.fullNumber(), position, c);
                    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ResidentId.parse(changed));
                    return e.field().equals("resident_id");
                });
    }

    @Test
    void parse_rejectsEveryOtherCheckCharacter() {
        qt().forAll(residentIds()).check(id -> {
            String number = id.fullNumber();
            for (char c : "0123456789X".toCharArray()) {
                if (c != number.charAt(17)) {
                    String changed = number.substring(0, 17) + c;
                    assertThrows(InvalidValueException.class, () -> ResidentId.parse(changed), changed);
                }
            }
            return true;
        });
    }

    @Test
    void parse_rejectsEveryOtherDigitAtEveryPosition() {
        // Each example parses 153 altered numbers, so fewer examples suffice.
        qt().withExamples(30).forAll(residentIds()).check(id -> {
            String number = id.fullNumber();
            for (int position = 0; position < 17; position++) {
                for (char c = '0'; c <= '9'; c++) {
                    if (c != number.charAt(position)) {
                        String changed = replace(number, position, c);
                        assertThrows(InvalidValueException.class, () -> ResidentId.parse(changed), changed);
                    }
                }
            }
            return true;
        });
    }

    @Test
    void parse_convertsLegacyNumbersByInsertingTheCenturyAndCheck() {
        qt().forAll(legacyResidentIdParts()).check(parts -> {
            ResidentId converted = ResidentId.parse(parts.toLegacyNumber());
            String expected = parts.toResidentId().fullNumber();
            return converted.fullNumber().equals(expected)
                    && expected.equals(parts.areaPrefix() + "19" + parts.toLegacyNumber().substring(6) + expected.charAt(17));
        });
    }

    @Test
    void parse_rejectsLegacyNumberWithImpossibleDate() {
        assertThrows(InvalidValueException.class, () -> ResidentId.parse("340524810229001"));
    }

    @Test
    void parse_rejectsLegacyNumberWithLetter() {
        assertThrows(InvalidValueException.class, () -> ResidentId.parse("34052480010100X"));
    }

    @Test
    void parse_rejectsImpossibleBirthDate() {
        // 1981-02-29 does not exist; the check character is made right so only the date is wrong.
        String body = "11010519810229002";
        String number = body + checkCharacterOf(body);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ResidentId.parse(number));
        assertTrue(e.reason().contains("birth date"), e.reason());
    }

    @Test
    void parse_rejectsSeventeenCharacters() {
        assertThrows(InvalidValueException.class, () -> ResidentId.parse("11010519491231002"));
    }

    @Test
    void parse_rejectsNineteenCharacters() {
        assertThrows(InvalidValueException.class, () -> ResidentId.parse("11010519491231002X0"));
    }

    @Test
    void parse_rejectsEmptyText() {
        assertThrows(InvalidValueException.class, () -> ResidentId.parse(""));
    }

    @Test
    void parse_rejectsNullNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> ResidentId.parse(null));
        assertEquals("text", e.getMessage());
    }

    @Test
    void toString_masksAllButFirstSixAndLastFour() {
        assertEquals("110105********002X", ResidentId.parse("11010519491231002X").toString());
        qt().forAll(residentIds()).check(id -> {
            String shown = id.toString();
            String number = id.fullNumber();
            return shown.equals(number.substring(0, 6) + "********" + number.substring(14))
                    && !shown.contains(number.substring(6, 14));
        });
    }

    @Test
    void exceptionMessages_neverContainTheNumber() {
        qt().forAll(residentIds(), integers().between(0, 17), REPLACEMENTS)
                .assuming((id, position, c) -> isRealChange(id.fullNumber(), position, c))
                .check((id, position, c) -> {
                    String changed = replace(id.fullNumber(), position, c);
                    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ResidentId.parse(changed));
                    return !e.getMessage().contains(changed.trim().substring(6, 14))
                            && !e.value().contains(changed.trim().substring(6, 14));
                });
    }

    @Test
    void exceptionMessage_showsTheMaskedNumber() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ResidentId.parse("110105194912310021"));
        assertEquals("110105********0021", e.value());
        assertFalse(e.getMessage().contains("110105194912310021"));
    }

    @Test
    void exceptionMessage_masksLegacyNumbers() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ResidentId.parse("340524810229001"));
        assertFalse(e.getMessage().contains("810229"), e.getMessage());
    }

    @Test
    void mask_keepsFirstSixAndLastFourCharacters() {
        assertEquals("123456*****4321", ResidentId.mask("123456789004321"));
        assertEquals("**********", ResidentId.mask("1234567890"));
        assertEquals("", ResidentId.mask(""));
    }

    @Test
    void of_rejectsShortAreaPrefix() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ResidentId.of("11010", LocalDate.of(1980, 1, 1), 2));
        assertEquals("area_prefix", e.field());
    }

    @Test
    void of_rejectsSequenceAbove999() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ResidentId.of("110105", LocalDate.of(1980, 1, 1), 1000));
        assertEquals("sequence", e.field());
    }

    @Test
    void of_rejectsNegativeSequence() {
        assertThrows(InvalidValueException.class, () -> ResidentId.of("110105", LocalDate.of(1980, 1, 1), -1));
    }

    @Test
    void of_rejectsBirthYearBefore1800() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ResidentId.of("110105", LocalDate.of(1799, 12, 31), 2));
        assertEquals("birth_date", e.field());
    }

    @Test
    void equals_comparesTheNumber() {
        assertEquals(ResidentId.parse("11010519491231002X"), ResidentId.of("110105", LocalDate.of(1949, 12, 31), 2));
        assertEquals(ResidentId.parse("11010519491231002X").hashCode(),
                ResidentId.of("110105", LocalDate.of(1949, 12, 31), 2).hashCode());
        assertFalse(ResidentId.parse("11010519491231002X").equals(ResidentId.parse("440524188001010014")));
    }

    /** A change of case of the check character X is no change: lowercase x is accepted. */
    private static boolean isRealChange(String number, int position, char c) {
        return Character.toUpperCase(c) != number.charAt(position);
    }

    private static String replace(String number, int position, char c) {
        return number.substring(0, position) + c + number.substring(position + 1);
    }

    /** The ISO 7064 MOD 11-2 check character, computed independently of ResidentId for a test input. */
    private static char checkCharacterOf(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (first17.charAt(i) - '0') * weight;
        }
        return "10X98765432".charAt(sum % 11);
    }

    @Test
    void checkCharacter_ofTestHelperAgreesWithTheExamples() {
        assertEquals('X', checkCharacterOf("11010519491231002"));
        assertEquals('4', checkCharacterOf("44052418800101001"));
    }

    @Test
    void of_computesTheCheckCharacterOfIso7064() {
        qt().forAll(residentIds()).check(id -> {
            String number = id.fullNumber();
            return number.charAt(17) == checkCharacterOf(number.substring(0, 17));
        });
    }
    @Test
    void test_maskIfNumber_masksTheShapesOfANumber_keepsOtherIds() {
        // By hand: the first six and last four characters stay, whatever the check character.
        assertEquals("110105********002X", ResidentId.maskIfNumber("11010519491231002X"));
        assertEquals("110105********002x", ResidentId.maskIfNumber("11010519491231002x"));
        assertEquals("110105********0021", ResidentId.maskIfNumber("110105194912310021"));
        assertEquals("110105*****1021", ResidentId.maskIfNumber("110105491231021"));
        assertEquals(" 11010**********02X ", ResidentId.maskIfNumber(" 11010519491231002X "));
        assertEquals("W000123", ResidentId.maskIfNumber("W000123"));
        assertEquals("990101001001", ResidentId.maskIfNumber("990101001001"));
        assertEquals("1101051949123100", ResidentId.maskIfNumber("1101051949123100"));
        assertEquals("B11010519491231002X", ResidentId.maskIfNumber("B11010519491231002X"));
    }

    @Test
    void test_maskIfNumber_isIdempotent_andHidesEveryNumberWhole() {
        qt().forAll(residentIds()).checkAssert(id -> {
            String shown = ResidentId.maskIfNumber(id.fullNumber());
            assertEquals(id.toString(), shown);
            assertEquals(shown, ResidentId.maskIfNumber(shown));
            assertFalse(shown.contains(id.fullNumber().substring(6, 14)));
        });
    }

    @Test
    void test_anIdRefusedForItsBlanks_isShownMasked() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Woman.builder().id(" 11010519491231002X")
                .areaCode(AreaCode.of("990101001001")).birthDate(LocalDate.of(1949, 12, 31)).maritalStatus(MaritalStatus.MARRIED).build());
        // By hand: of the 19 characters of " 11010519491231002X" the first six and last four stay.
        assertEquals(" 11010*********002X", e.value());
        assertFalse(e.getMessage().contains("11010519491231002X"), e.getMessage());
    }
}
