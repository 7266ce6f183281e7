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

import static io.github.fpkit.model.testing.ModelGenerators.areaCodes;
import static io.github.fpkit.model.testing.ModelGenerators.counties;
import static io.github.fpkit.model.testing.ModelGenerators.relatedAreaCodes;
import static io.github.fpkit.model.testing.ModelGenerators.townships;
import static io.github.fpkit.model.testing.ModelGenerators.twelveDigitTexts;
import static io.github.fpkit.model.testing.ModelGenerators.villages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AreaCodeTest {
    private static final AreaCode COUNTY = AreaCode.of("990101000000");
    private static final AreaCode TOWNSHIP = AreaCode.of("990101001000");
    private static final AreaCode VILLAGE = AreaCode.of("990101001002");

    @Test
    void level_ofTheThreeKindsOfCode() {
        assertEquals(AreaLevel.COUNTY, COUNTY.level());
        assertEquals(AreaLevel.TOWNSHIP, TOWNSHIP.level());
        assertEquals(AreaLevel.VILLAGE, VILLAGE.level());
    }

    @Test
    void level_followsTheZeroParts() {
        qt().forAll(counties()).check(c -> c.level() == AreaLevel.COUNTY);
        qt().forAll(townships()).check(t -> t.level() == AreaLevel.TOWNSHIP);
        qt().forAll(villages()).check(v -> v.level() == AreaLevel.VILLAGE);
    }

    @Test
    void parent_ofVillageIsItsTownshipAndOfTownshipItsCounty() {
        assertEquals(Optional.of(TOWNSHIP), VILLAGE.parent());
        assertEquals(Optional.of(COUNTY), TOWNSHIP.parent());
        assertEquals(Optional.empty(), COUNTY.parent());
        assertEquals(COUNTY, VILLAGE.county());
        assertEquals(COUNTY, COUNTY.county());
    }

    @Test
    void parent_ofVillageWithoutTownshipIsTheCounty() {
        assertEquals(Optional.of(COUNTY), AreaCode.of("990101000007").parent());
    }

    @Test
    void parentChain_endsAtTheCountyWithinTwoSteps() {
        qt().forAll(areaCodes()).check(code -> {
            List<AreaCode> chain = ancestors(code);
            AreaCode last = chain.isEmpty() ? code : chain.get(chain.size() - 1);
            return chain.size() <= 2 && last.level() == AreaLevel.COUNTY && last.equals(code.county());
        });
    }

    @Test
    void parent_isOneLevelUpAndContainsTheChild() {
        qt().forAll(areaCodes()).check(code -> code.parent()
                .map(p -> p.level().compareTo(code.level()) < 0 && p.contains(code) && !code.contains(p))
                .orElse(code.level() == AreaLevel.COUNTY));
    }

    @Test
    void contains_agreesWithParents() {
        qt().forAll(relatedAreaCodes(), relatedAreaCodes())
                .check((a, b) -> a.contains(b) == (a.equals(b) || ancestors(b).contains(a)));
    }

    @Test
    void contains_agreesWithParentsForUnrelatedCodes() {
        qt().forAll(areaCodes(), areaCodes()).check((a, b) -> a.contains(b) == (a.equals(b) || ancestors(b).contains(a)));
    }

    @Test
    void contains_examples() {
        assertTrue(COUNTY.contains(VILLAGE));
        assertTrue(TOWNSHIP.contains(VILLAGE));
        assertTrue(VILLAGE.contains(VILLAGE));
        assertFalse(VILLAGE.contains(TOWNSHIP));
        assertFalse(AreaCode.of("990101002000").contains(VILLAGE));
        assertFalse(AreaCode.of("990102000000").contains(VILLAGE));
    }

    @Test
    void at_returnsTheAncestorOrSelfAtThatLevel() {
        assertEquals(Optional.of(COUNTY), VILLAGE.at(AreaLevel.COUNTY));
        assertEquals(Optional.of(TOWNSHIP), VILLAGE.at(AreaLevel.TOWNSHIP));
        assertEquals(Optional.of(VILLAGE), VILLAGE.at(AreaLevel.VILLAGE));
        assertEquals(Optional.of(TOWNSHIP), TOWNSHIP.at(AreaLevel.TOWNSHIP));
        assertEquals(Optional.empty(), TOWNSHIP.at(AreaLevel.VILLAGE));
        assertEquals(Optional.empty(), COUNTY.at(AreaLevel.TOWNSHIP));
    }

    @Test
    void at_isAnAncestorOrSelfOfThatLevel() {
        qt().forAll(areaCodes(), org.quicktheories.generators.Generate.enumValues(AreaLevel.class))
                .check((code, level) -> code.at(level)
                        .map(a -> a.level() == level && a.contains(code) && (a.equals(code) || ancestors(code).contains(a)))
                        .orElse(level.compareTo(code.level()) > 0 || !hasAncestorAt(code, level)));
    }

    @Test
    void at_villageWithoutTownship_hasNoTownship() {
        AreaCode village = AreaCode.of("990101000007");
        assertEquals(Optional.empty(), village.at(AreaLevel.TOWNSHIP));
        assertEquals(Optional.of(COUNTY), village.at(AreaLevel.COUNTY));
    }

    @Test
    void toString_roundTripsThroughOf() {
        qt().forAll(areaCodes()).check(code -> AreaCode.of(code.toString()).equals(code) && code.toString().length() == 12);
    }

    @Test
    void toString_keepsLeadingZeros() {
        assertEquals("010101001001", AreaCode.of("010101001001").toString());
        assertEquals(10101001001L, AreaCode.of("010101001001").toNumber());
    }

    @Test
    void toNumber_roundTripsThroughOfNumber() {
        qt().forAll(areaCodes()).check(code -> AreaCode.ofNumber(code.toNumber()).equals(code));
    }

    @Test
    void everyAcceptedCode_hasAncestorsThatRoundTrip() {
        qt().forAll(twelveDigitTexts()).check(text -> {
            AreaCode code;
            try {
                code = AreaCode.of(text);
            } catch (InvalidValueException e) {
                return e.field().equals("area_code");
            }
            for (AreaCode a : ancestors(code)) {
                if (!AreaCode.of(a.toString()).equals(a)) {
                    return false;
                }
            }
            return code.toString().equals(text) && AreaCode.of(code.county().toString()).equals(code.county());
        });
    }

    @Test
    void of_ignoresSurroundingWhitespace() {
        assertEquals(VILLAGE, AreaCode.of(" 990101001002\t"));
    }

    @Test
    void of_rejectsElevenDigits() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AreaCode.of("99010100100"));
        assertEquals("area_code", e.field());
        assertEquals("99010100100", e.value());
    }

    @Test
    void of_rejectsThirteenDigits() {
        assertThrows(InvalidValueException.class, () -> AreaCode.of("9901010010021"));
    }

    @Test
    void of_rejectsLetters() {
        assertThrows(InvalidValueException.class, () -> AreaCode.of("99010100100A"));
    }

    @Test
    void of_rejectsFullWidthDigits() {
        assertThrows(InvalidValueException.class, () -> AreaCode.of("９９０１０１００１００２"));
    }

    @Test
    void of_rejectsAllZeros() {
        assertThrows(InvalidValueException.class, () -> AreaCode.of("000000000000"));
    }

    @Test
    void of_rejectsZeroCountyPart() {
        assertThrows(InvalidValueException.class, () -> AreaCode.of("000000001000"));
    }

    @Test
    void of_rejectsNegativeSign() {
        assertThrows(InvalidValueException.class, () -> AreaCode.of("-99010100100"));
    }

    @Test
    void ofNumber_rejectsZero() {
        assertThrows(InvalidValueException.class, () -> AreaCode.ofNumber(0));
    }

    @Test
    void ofNumber_rejectsThirteenDigits() {
        assertThrows(InvalidValueException.class, () -> AreaCode.ofNumber(1_000_000_000_000L));
    }

    @Test
    void ofNumber_rejectsZeroCountyPart() {
        assertThrows(InvalidValueException.class, () -> AreaCode.ofNumber(1_001L));
    }

    @Test
    void compareTo_ordersByCode() {
        assertTrue(COUNTY.compareTo(TOWNSHIP) < 0);
        assertTrue(VILLAGE.compareTo(TOWNSHIP) > 0);
        assertEquals(0, VILLAGE.compareTo(AreaCode.of("990101001002")));
    }

    private static List<AreaCode> ancestors(AreaCode code) {
        List<AreaCode> chain = new ArrayList<>();
        Optional<AreaCode> parent = code.parent();
        while (parent.isPresent() && chain.size() < 5) {
            chain.add(parent.get());
            parent = parent.get().parent();
        }
        return chain;
    }

    private static boolean hasAncestorAt(AreaCode code, AreaLevel level) {
        return ancestors(code).stream().anyMatch(a -> a.level() == level);
    }
}
