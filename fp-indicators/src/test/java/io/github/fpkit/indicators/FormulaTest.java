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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The formulas an indicator is declared with, as a user writes a new one. */
class FormulaTest {
    @Test
    void test_eachKind_namesItsPartsAndTables() {
        Formula srb = Formula.ratio(CountSum.of(Count.MALE_BIRTHS), CountSum.of(Count.FEMALE_BIRTHS));
        assertEquals(Formula.Kind.RATIO, srb.kind());
        assertEquals("(MALE_BIRTHS) / (FEMALE_BIRTHS)", srb.toString());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.BIRTHS), srb.tables());
        Formula cdr = Formula.perPopulation(CountSum.of(Count.DEATHS));
        assertEquals(Formula.Kind.PER_POPULATION, cdr.kind());
        assertEquals("(DEATHS) / average population", cdr.toString());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.DEATHS, RegisterTable.POPULATION), cdr.tables());
        assertEquals(Optional.empty(), cdr.denominator());
        Formula gfr = Formula.perWomanYear(CountSum.of(Count.BIRTHS_AGE_20_24), CountSum.of(Count.DAYS_AGE_20_24));
        assertEquals(Formula.Kind.PER_WOMAN_YEAR, gfr.kind());
        assertEquals("(BIRTHS_AGE_20_24) / ((DAYS_AGE_20_24) / 365.25)", gfr.toString());
        Formula count = Formula.count(Count.WRA);
        assertEquals(Formula.Kind.COUNT, count.kind());
        assertEquals("WRA", count.toString());
        assertEquals(EnumSet.of(RegisterTable.WOMEN), count.tables());
        Formula tfr = Indicator.TFR.formula();
        assertEquals(Formula.Kind.TOTAL_FERTILITY, tfr.kind());
        assertEquals("5 × Σ ASFR / 1000 over BIRTHS_AGE_15_19 … BIRTHS_AGE_45_49", tfr.toString());
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.BIRTHS), tfr.tables());
    }

    @Test
    void test_theCatalogueDeclaresItsIndicatorsWithTheseFormulas() {
        assertEquals(Formula.ratio(CountSum.of(Count.MALE_BIRTHS), CountSum.of(Count.FEMALE_BIRTHS)), Indicator.SRB.formula());
        assertEquals(Formula.perPopulation(CountSum.of(Count.DEATHS)), Indicator.CDR.formula());
        assertEquals(Formula.perWomanYear(CountSum.of(Count.BIRTHS_AGE_20_24), CountSum.of(Count.DAYS_AGE_20_24)),
                Indicator.ASFR_20_24.formula());
        assertEquals(Formula.count(Count.WRA), Indicator.WRA.formula());
        assertEquals(Formula.totalFertility(Arrays.stream(AgeGroup.values()).map(g -> Indicator.asfr(g).formula())
                .collect(Collectors.toList())), Indicator.TFR.formula());
    }

    @Test
    void test_equals_comparesKindAndParts() {
        Formula srb = Formula.ratio(CountSum.of(Count.MALE_BIRTHS), CountSum.of(Count.FEMALE_BIRTHS));
        assertEquals(srb.hashCode(), Formula.ratio(CountSum.of(Count.MALE_BIRTHS), CountSum.of(Count.FEMALE_BIRTHS)).hashCode());
        assertNotEquals(srb, Formula.ratio(CountSum.of(Count.FEMALE_BIRTHS), CountSum.of(Count.FEMALE_BIRTHS)));
        assertNotEquals(srb, Formula.ratio(CountSum.of(Count.MALE_BIRTHS), CountSum.of(Count.MALE_BIRTHS)));
        assertNotEquals(Formula.perPopulation(CountSum.of(Count.MALE_BIRTHS)), Formula.count(Count.MALE_BIRTHS));
        assertNotEquals(srb, srb.toString());
    }
    @Test
    void test_theLaterKinds_rebuildTheCatalogueDeclarations() {
        assertEquals(Formula.meanChildbearingAge(Arrays.stream(AgeGroup.values()).map(g -> Indicator.asfr(g).formula())
                .collect(Collectors.toList())), Indicator.MAC.formula());
        Formula firstBirth = Formula.meanAge(CountSum.of(Count.FIRST_BIRTH_MOTHER_DAYS), CountSum.of(Count.BIRTHS_ORDER_1));
        assertEquals(Formula.Kind.MEAN_AGE, firstBirth.kind());
        assertEquals(Indicator.MEAN_AGE_FIRST_BIRTH.formula(), firstBirth);
        Formula iud = Formula.coupleYears(CountSum.of(Count.PROC_IUD_INSERTION));
        assertEquals(Formula.Kind.COUPLE_YEARS, iud.kind());
        assertEquals(Indicator.CYP_IUD.formula(), iud);
        LifeTable table = Indicator.DISCONT_12M_IUD.formula().lifeTable().orElseThrow();
        Formula discontinuation = Formula.cumulativeIncidence(table);
        assertEquals(Formula.Kind.CUMULATIVE_INCIDENCE, discontinuation.kind());
        assertEquals(Optional.of(table), discontinuation.lifeTable());
        assertEquals(Indicator.DISCONT_12M_IUD.formula(), discontinuation);
        assertNotEquals(Indicator.FAILURE_12M_IUD.formula(), discontinuation);
    }

    @Test
    void test_coupleYears_addOnlyCountsWithAFactor() {
        IllegalArgumentException noFactor = assertThrows(IllegalArgumentException.class,
                () -> Formula.coupleYears(CountSum.of(Count.PROC_IUD_INSERTION, Count.PROC_IUD_REMOVAL)));
        assertTrue(noFactor.getMessage().startsWith("couple-years add counts that have a CYP factor, not "), noFactor.getMessage());
        assertTrue(noFactor.getMessage().contains("PROC_IUD_REMOVAL"), noFactor.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Formula.coupleYears(CountSum.of(Count.PROC_IUD_INSERTION).minus(Count.DISTRIBUTED_CONDOM)));
        assertThrows(NullPointerException.class, () -> Formula.coupleYears(null));
        assertEquals(Formula.Kind.COUPLE_YEARS, Formula.coupleYears(CountSum.of(Count.DISTRIBUTED_CONDOM)).kind());
    }
}
