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

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SexTest implements CodedEnumContract<Sex> {
    @Override
    public Class<Sex> type() {
        return Sex.class;
    }

    @Override
    public Sex parse(CharSequence text) {
        return Sex.parse(text);
    }

    @Override
    public List<String> labels(Sex constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "sex";
    }

    @Override
    public Map<String, Sex> formatSpellings() {
        return Map.ofEntries(
                entry("male", Sex.MALE), entry("男", Sex.MALE),
                entry("female", Sex.FEMALE), entry("女", Sex.FEMALE));
    }

    @Test
    void opposite_swapsTheSexes() {
        assertEquals(Sex.FEMALE, Sex.MALE.opposite());
        assertEquals(Sex.MALE, Sex.FEMALE.opposite());
    }
}
