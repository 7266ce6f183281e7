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
package io.github.fpkit.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {
    @Test
    void test_defaults() {
        GeneratorSettings s = GeneratorSettings.builder().women(1000).build();
        assertEquals(1000, s.women());
        assertEquals(4, s.villages(), "one village per 300 women, rounded up");
        assertEquals(12, s.villagesPerTownship());
        assertEquals(1, s.townships());
        assertEquals(1L, s.seed());
        assertEquals(ReportingPeriod.parse("2009SY"), s.period());
        assertEquals(LocalDate.of(2009, 9, 30), s.referenceDate());
        assertEquals(AreaCode.of("990102000000"), s.county());
        assertEquals("模拟县", s.countyName());
    }

    @Test
    void test_villages_atLeastOne() {
        assertEquals(1, GeneratorSettings.builder().women(1).build().villages());
    }

    @Test
    void test_townships_threeMillionWomen() {
        GeneratorSettings s = GeneratorSettings.builder().women(3_000_000).build();
        assertEquals(10_000, s.villages());
        assertEquals(834, s.townships());
    }

    @Test
    void test_explicitValues() {
        GeneratorSettings s = GeneratorSettings.builder().women(50).villages(25).villagesPerTownship(10).seed(-9)
                .statisticalYear(2015).county(AreaCode.of("110105000000"), "朝阳区").build();
        assertEquals(25, s.villages());
        assertEquals(3, s.townships());
        assertEquals(-9L, s.seed());
        assertEquals(LocalDate.of(2014, 10, 1), s.period().start());
        assertEquals("朝阳区", s.countyName());
    }

    @Test
    void test_equalsAndHashCode() {
        GeneratorSettings a = GeneratorSettings.builder().women(10).seed(3).build();
        GeneratorSettings b = GeneratorSettings.builder().women(10).seed(3).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, GeneratorSettings.builder().women(10).seed(4).build());
        assertTrue(a.toString().contains("2009SY"));
    }

    @Test
    void test_build_womenNotSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratorSettings.builder().build());
        assertTrue(e.getMessage().startsWith("women '-1'"), e.getMessage());
    }

    @Test
    void test_build_zeroWomen() {
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.builder().women(0).build());
    }

    @Test
    void test_build_tooManyWomen() {
        assertThrows(IllegalArgumentException.class,
                () -> GeneratorSettings.builder().women(GeneratorSettings.MAX_WOMEN + 1).build());
    }

    @Test
    void test_build_negativeVillages() {
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.builder().women(5).villages(-1).build());
    }

    @Test
    void test_build_villagesPerTownshipOutOfRange() {
        assertThrows(IllegalArgumentException.class,
                () -> GeneratorSettings.builder().women(5).villagesPerTownship(1000).build());
    }

    @Test
    void test_build_tooManyTownships() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratorSettings.builder().women(5).villages(1000).villagesPerTownship(1).build());
        assertTrue(e.getMessage().contains("1000 townships"), e.getMessage());
    }

    @Test
    void test_build_yearOutOfRange() {
        assertThrows(IllegalArgumentException.class,
                () -> GeneratorSettings.builder().women(5).statisticalYear(1989).build());
    }

    @Test
    void test_build_countyCodeNotCounty() {
        assertThrows(IllegalArgumentException.class,
                () -> GeneratorSettings.builder().women(5).county(AreaCode.of("990102001000"), "乡").build());
    }

    @Test
    void test_build_blankCountyName() {
        assertThrows(IllegalArgumentException.class,
                () -> GeneratorSettings.builder().women(5).county(AreaCode.of("990102000000"), " ").build());
    }
}
