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
package io.github.fpkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.synthetic.GeneratorSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoRegisterTest {
    @Test
    void test_register_oneTownshipOfAboutElevenThousandPeople() {
        Register demo = DemoRegister.register();
        assertEquals(List.of(), demo.check());
        assertEquals(1, demo.areas().filter(a -> a.level() == AreaLevel.TOWNSHIP).count());
        assertEquals(DemoRegister.VILLAGES, demo.areas().filter(a -> a.level() == AreaLevel.VILLAGE).count());
        long women = demo.women().count();
        assertTrue(women >= 3000 && women <= 3500, "women " + women);
        double people = demo.populationCounts().mapToDouble(PopulationCount::averagePopulationOrDerived).sum();
        assertTrue(people >= 10_000 && people <= 12_000, "people " + people);
    }

    @Test
    void test_settings_fixed() {
        GeneratorSettings s = DemoRegister.settings();
        assertEquals(DemoRegister.SEED, s.seed());
        assertEquals(DemoRegister.WOMEN, s.women());
        assertEquals(2009, s.statisticalYear());
        assertEquals(s, DemoRegister.settings());
    }
}
