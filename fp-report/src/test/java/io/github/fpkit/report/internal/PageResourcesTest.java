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
package io.github.fpkit.report.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The inlined scripts can be inlined: neither would end its script element early. */
class PageResourcesTest {
    @Test
    void theScripts_neverHoldTheEndOfAScriptElement() {
        String echarts = PageResources.echarts();
        assertTrue(echarts.contains("Licensed to the Apache Software Foundation"), "ECharts keeps its licence header");
        assertTrue(echarts.length() > 900_000, "the whole minified build");
        for (String script : new String[] {echarts, PageResources.pageScript()}) {
            assertFalse(script.toLowerCase(Locale.ROOT).contains("</script"));
            assertFalse(script.contains("<!--"), "a comment opener would change how the element's end is found");
        }
        assertFalse(PageResources.styleSheet().toLowerCase(Locale.ROOT).contains("</style"));
    }
}
