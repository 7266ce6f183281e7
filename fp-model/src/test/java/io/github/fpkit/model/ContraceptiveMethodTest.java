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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContraceptiveMethodTest implements CodedEnumContract<ContraceptiveMethod> {
    @Override
    public Class<ContraceptiveMethod> type() {
        return ContraceptiveMethod.class;
    }

    @Override
    public ContraceptiveMethod parse(CharSequence text) {
        return ContraceptiveMethod.parse(text);
    }

    @Override
    public List<String> labels(ContraceptiveMethod constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "method";
    }

    @Override
    public Map<String, ContraceptiveMethod> formatSpellings() {
        return Map.ofEntries(
                entry("female_sterilization", ContraceptiveMethod.FEMALE_STERILIZATION),
                entry("女扎", ContraceptiveMethod.FEMALE_STERILIZATION), entry("女性绝育", ContraceptiveMethod.FEMALE_STERILIZATION),
                entry("male_sterilization", ContraceptiveMethod.MALE_STERILIZATION),
                entry("男扎", ContraceptiveMethod.MALE_STERILIZATION), entry("男性绝育", ContraceptiveMethod.MALE_STERILIZATION),
                entry("iud", ContraceptiveMethod.IUD), entry("上环", ContraceptiveMethod.IUD), entry("宫内节育器", ContraceptiveMethod.IUD),
                entry("implant", ContraceptiveMethod.IMPLANT), entry("皮埋", ContraceptiveMethod.IMPLANT),
                entry("皮下埋植", ContraceptiveMethod.IMPLANT),
                entry("injectable", ContraceptiveMethod.INJECTABLE), entry("针剂", ContraceptiveMethod.INJECTABLE),
                entry("避孕针", ContraceptiveMethod.INJECTABLE),
                entry("oral_pill", ContraceptiveMethod.ORAL_PILL), entry("口服药", ContraceptiveMethod.ORAL_PILL),
                entry("口服避孕药", ContraceptiveMethod.ORAL_PILL),
                entry("condom", ContraceptiveMethod.CONDOM), entry("避孕套", ContraceptiveMethod.CONDOM),
                entry("other_modern", ContraceptiveMethod.OTHER_MODERN), entry("其他", ContraceptiveMethod.OTHER_MODERN),
                entry("外用药具", ContraceptiveMethod.OTHER_MODERN),
                entry("traditional", ContraceptiveMethod.TRADITIONAL), entry("安全期", ContraceptiveMethod.TRADITIONAL),
                entry("体外排精", ContraceptiveMethod.TRADITIONAL), entry("传统方法", ContraceptiveMethod.TRADITIONAL));
    }

    @Test
    void values_areInThePrecedenceOrderOfTheIndicatorCatalogue() {
        List<String> catalogueOrder = List.of("female_sterilization", "male_sterilization", "iud", "implant",
                "injectable", "oral_pill", "condom", "other_modern", "traditional");
        assertEquals(catalogueOrder, java.util.Arrays.stream(ContraceptiveMethod.values()).map(ContraceptiveMethod::code)
                .collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void precedes_followsTheCatalogueOrder() {
        assertTrue(ContraceptiveMethod.FEMALE_STERILIZATION.precedes(ContraceptiveMethod.MALE_STERILIZATION));
        assertTrue(ContraceptiveMethod.IUD.precedes(ContraceptiveMethod.CONDOM));
        assertTrue(ContraceptiveMethod.OTHER_MODERN.precedes(ContraceptiveMethod.TRADITIONAL));
        assertFalse(ContraceptiveMethod.CONDOM.precedes(ContraceptiveMethod.ORAL_PILL));
        assertFalse(ContraceptiveMethod.IUD.precedes(ContraceptiveMethod.IUD));
    }

    @Test
    void isModern_isFalseOnlyForTraditional() {
        for (ContraceptiveMethod m : ContraceptiveMethod.values()) {
            assertEquals(m != ContraceptiveMethod.TRADITIONAL, m.isModern(), m.code());
        }
    }

    @Test
    void isLongActing_isSterilizationIudAndImplant() {
        List<ContraceptiveMethod> longActing = List.of(ContraceptiveMethod.FEMALE_STERILIZATION,
                ContraceptiveMethod.MALE_STERILIZATION, ContraceptiveMethod.IUD, ContraceptiveMethod.IMPLANT);
        for (ContraceptiveMethod m : ContraceptiveMethod.values()) {
            assertEquals(longActing.contains(m), m.isLongActing(), m.code());
        }
    }
}
