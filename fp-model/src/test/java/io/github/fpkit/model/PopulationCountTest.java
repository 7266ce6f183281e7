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
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PopulationCountTest {
    private static PopulationCount.Builder count() {
        return PopulationCount.builder().areaCode(AreaCode.of("990101002001")).period(ReportingPeriod.parse("2009SY"));
    }

    @Test
    void averagePopulationOrDerived_isTheMeanOfStartAndEnd() {
        assertEquals(531.5, count().startPopulation(511).endPopulation(552).build().averagePopulationOrDerived());
    }

    @Test
    void averagePopulationOrDerived_prefersTheStatedAverage() {
        assertEquals(530.0, count().startPopulation(511).endPopulation(552).averagePopulation(530)
                .build().averagePopulationOrDerived());
    }

    @Test
    void build_rejectsNeitherAverageNorStartAndEnd() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> count().build());
        assertEquals("average_population", e.field());
    }

    @Test
    void build_rejectsStartWithoutEndOrAverage() {
        assertThrows(InvalidValueException.class, () -> count().startPopulation(511).build());
    }

    @Test
    void build_rejectsNegativeStartPopulation() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> count().startPopulation(-1).endPopulation(5).build());
        assertEquals("start_population", e.field());
    }

    @Test
    void build_rejectsNegativeEndPopulation() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> count().startPopulation(1).endPopulation(-5).build());
        assertEquals("end_population", e.field());
    }

    @Test
    void build_rejectsNegativeAverage() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> count().averagePopulation(-0.5).build());
        assertEquals("average_population", e.field());
    }

    @Test
    void build_rejectsNaNAverage() {
        assertThrows(InvalidValueException.class, () -> count().averagePopulation(Double.NaN).build());
    }

    @Test
    void build_rejectsInfiniteAverage() {
        assertThrows(InvalidValueException.class, () -> count().averagePopulation(Double.POSITIVE_INFINITY).build());
    }

    @Test
    void build_acceptsZeroPopulation() {
        assertEquals(0.0, count().averagePopulation(0).build().averagePopulationOrDerived());
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> PopulationCount.builder().areaCode(AreaCode.of("990101001001")).averagePopulation(500).build());
        assertEquals("period", e.field());
    }
}
