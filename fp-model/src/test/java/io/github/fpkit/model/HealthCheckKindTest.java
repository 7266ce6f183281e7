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

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthCheckKindTest implements CodedEnumContract<HealthCheckKind> {
    @Override
    public Class<HealthCheckKind> type() {
        return HealthCheckKind.class;
    }

    @Override
    public HealthCheckKind parse(CharSequence text) {
        return HealthCheckKind.parse(text);
    }

    @Override
    public List<String> labels(HealthCheckKind constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "kind";
    }

    @Override
    public Map<String, HealthCheckKind> formatSpellings() {
        return Map.ofEntries(
                entry("iud_check", HealthCheckKind.IUD_CHECK), entry("查环", HealthCheckKind.IUD_CHECK),
                entry("pregnancy_check", HealthCheckKind.PREGNANCY_CHECK), entry("查孕", HealthCheckKind.PREGNANCY_CHECK),
                entry("disease_check", HealthCheckKind.DISEASE_CHECK), entry("查病", HealthCheckKind.DISEASE_CHECK),
                entry("妇检", HealthCheckKind.DISEASE_CHECK),
                entry("pre_pregnancy", HealthCheckKind.PRE_PREGNANCY), entry("孕前优生检查", HealthCheckKind.PRE_PREGNANCY));
    }

    @Test
    void countsForCoverage_isTheIudPregnancyAndDiseaseChecks() {
        assertTrue(HealthCheckKind.IUD_CHECK.countsForCoverage());
        assertTrue(HealthCheckKind.PREGNANCY_CHECK.countsForCoverage());
        assertTrue(HealthCheckKind.DISEASE_CHECK.countsForCoverage());
        assertFalse(HealthCheckKind.PRE_PREGNANCY.countsForCoverage());
    }
}
