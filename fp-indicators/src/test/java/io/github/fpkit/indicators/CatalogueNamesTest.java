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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The names, units and definitions the catalogue shows users, in both languages. */
class CatalogueNamesTest {
    @Test
    void test_indicators_haveDistinctEnglishNamesAndDefinitions() {
        assertEquals("Contraceptive prevalence rate", Indicator.CPR.englishName());
        assertEquals("Natural increase rate", Indicator.NIR.englishName());
        for (java.util.function.Function<Indicator, String> text : java.util.List.<java.util.function.Function<Indicator, String>>of(
                Indicator::englishName, Indicator::definition)) {
            assertEquals(Indicator.values().length,
                    Arrays.stream(Indicator.values()).map(text).filter(t -> !t.isBlank()).collect(Collectors.toSet()).size());
        }
    }

    @Test
    void test_ofCount_isTheCountIndicatorOfThatCount() {
        assertEquals(Optional.of(Indicator.LIVE_BIRTHS), Indicator.ofCount(Count.LIVE_BIRTHS));
        assertEquals(Optional.of(Indicator.USERS_IUD), Indicator.ofCount(Count.USERS_IUD));
        assertEquals(Optional.empty(), Indicator.ofCount(Count.MALE_BIRTHS));
        for (Indicator i : Indicator.values()) {
            if (i.isCount()) {
                assertEquals(Optional.of(i), Indicator.ofCount(i.formula().numerator().orElseThrow().counts().iterator().next()), i.name());
            }
        }
    }

    @Test
    void test_families_haveTheirNamesInBothLanguages() {
        assertEquals("避孕节育", IndicatorFamily.CONTRACEPTION.chineseName());
        assertEquals("Contraception", IndicatorFamily.CONTRACEPTION.englishName());
        assertEquals("独生子女户与双女户", IndicatorFamily.HOUSEHOLDS.chineseName());
        assertEquals("Households by children", IndicatorFamily.HOUSEHOLDS.englishName());
    }

    @Test
    void test_units_printTheirSymbol_andAreFoundByIt() {
        for (Unit u : Unit.values()) {
            assertEquals(u.symbol(), u.toString());
            assertEquals(u, Unit.ofSymbol(u.symbol()));
        }
        assertEquals("女=100", Unit.PER_100_FEMALES.chineseSymbol());
        assertEquals("孩/妇女", Unit.CHILDREN_PER_WOMAN.chineseSymbol());
        assertEquals("人", Unit.COUNT.chineseSymbol());
        assertThrows(IllegalArgumentException.class, () -> Unit.ofSymbol("percent"));
        assertFalse(Unit.PERCENT.symbol().equals(Unit.PER_MILLE.symbol()));
    }
}
