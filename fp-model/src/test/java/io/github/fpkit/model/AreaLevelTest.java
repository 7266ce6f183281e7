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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AreaLevelTest implements CodedEnumContract<AreaLevel> {
    @Override
    public Class<AreaLevel> type() {
        return AreaLevel.class;
    }

    @Override
    public AreaLevel parse(CharSequence text) {
        return AreaLevel.parse(text);
    }

    @Override
    public List<String> labels(AreaLevel constant) {
        return List.of(constant.chineseName());
    }

    @Override
    public String field() {
        return "level";
    }

    @Override
    public Map<String, AreaLevel> formatSpellings() {
        return Map.ofEntries(
                entry("county", AreaLevel.COUNTY), entry("县", AreaLevel.COUNTY),
                entry("township", AreaLevel.TOWNSHIP), entry("乡镇", AreaLevel.TOWNSHIP),
                entry("village", AreaLevel.VILLAGE), entry("村", AreaLevel.VILLAGE));
    }

    @Test
    void values_runFromCountyDownToVillage() {
        assertTrue(AreaLevel.COUNTY.compareTo(AreaLevel.TOWNSHIP) < 0);
        assertTrue(AreaLevel.TOWNSHIP.compareTo(AreaLevel.VILLAGE) < 0);
    }
}
