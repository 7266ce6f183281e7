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
package io.github.fpkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** fp-report exports its API package and nothing else: the page's model stays hidden. */
class ModuleLayoutTest {
    @Test
    void fpReport_exportsItsApiOnly_andCarriesTheChartLibrary() {
        Module module = HtmlReport.class.getModule();
        assertTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor d = module.getDescriptor();
        assertEquals(Set.of("io.github.fpkit.report"), d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(module.getPackages().contains("io.github.fpkit.report.internal"));
        assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("io.github.fpkit.io") && r.modifiers().contains(
                ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
        assertTrue(HtmlReport.class.getResource("internal/echarts.min.js") != null, "ECharts is in fp-report's jar");
    }
}
