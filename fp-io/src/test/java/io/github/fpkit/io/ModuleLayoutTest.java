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
package io.github.fpkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.model.Woman;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published modules export their API packages to everyone, and nothing else: the engine and internals stay hidden. */
class ModuleLayoutTest {
    private static Set<String> exportedToAll(Class<?> member) {
        ModuleDescriptor d = member.getModule().getDescriptor();
        Set<String> packages = new TreeSet<>();
        for (ModuleDescriptor.Exports e : d.exports()) {
            if (!e.isQualified()) {
                packages.add(e.source());
            }
        }
        return packages;
    }

    private static void assertOnlyInternalPackagesQualified(Class<?> member) {
        for (ModuleDescriptor.Exports e : member.getModule().getDescriptor().exports()) {
            if (e.isQualified()) {
                assertTrue(e.source().endsWith(".internal"), e.toString());
                assertTrue(e.targets().stream().allMatch(t -> t.startsWith("io.github.fpkit.")), e.toString());
            }
        }
    }

    @Test
    void test_fpIndicators_exportsTheCatalogueReportValidationQualityDueListsAndPolicy_notTheEngine() {
        assertTrue(Indicator.class.getModule().isNamed(), "tests run on the module path");
        assertEquals(Set.of("io.github.fpkit.indicators", "io.github.fpkit.indicators.report", "io.github.fpkit.indicators.validation",
                "io.github.fpkit.indicators.quality", "io.github.fpkit.indicators.duelist", "io.github.fpkit.indicators.policy"),
                exportedToAll(Indicator.class));
        assertTrue(Indicator.class.getModule().getPackages().contains("io.github.fpkit.indicators.engine"));
        assertOnlyInternalPackagesQualified(Indicator.class);
    }

    @Test
    void test_fpModel_andFpIo_exportTheirApiPackagesOnly() {
        assertEquals(Set.of("io.github.fpkit.model", "io.github.fpkit.model.register"), exportedToAll(Woman.class));
        assertOnlyInternalPackagesQualified(Woman.class);
        assertEquals(Set.of("io.github.fpkit.io.csv", "io.github.fpkit.io.json", "io.github.fpkit.io.report"), exportedToAll(CsvRegister.class));
        assertOnlyInternalPackagesQualified(CsvRegister.class);
    }
}
