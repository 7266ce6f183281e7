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

class MaritalStatusTest implements CodedEnumContract<MaritalStatus> {
    @Override
    public Class<MaritalStatus> type() {
        return MaritalStatus.class;
    }

    @Override
    public MaritalStatus parse(CharSequence text) {
        return MaritalStatus.parse(text);
    }

    @Override
    public List<String> labels(MaritalStatus constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "marital_status";
    }

    @Override
    public Map<String, MaritalStatus> formatSpellings() {
        return Map.ofEntries(
                entry("unmarried", MaritalStatus.UNMARRIED), entry("未婚", MaritalStatus.UNMARRIED),
                entry("married", MaritalStatus.MARRIED), entry("已婚", MaritalStatus.MARRIED), entry("初婚", MaritalStatus.MARRIED),
                entry("remarried", MaritalStatus.REMARRIED), entry("再婚", MaritalStatus.REMARRIED),
                entry("divorced", MaritalStatus.DIVORCED), entry("离婚", MaritalStatus.DIVORCED),
                entry("widowed", MaritalStatus.WIDOWED), entry("丧偶", MaritalStatus.WIDOWED));
    }

    @Test
    void isMarried_onlyForMarriedAndRemarried() {
        assertTrue(MaritalStatus.MARRIED.isMarried());
        assertTrue(MaritalStatus.REMARRIED.isMarried());
        assertFalse(MaritalStatus.UNMARRIED.isMarried());
        assertFalse(MaritalStatus.DIVORCED.isMarried());
        assertFalse(MaritalStatus.WIDOWED.isMarried());
    }
}
