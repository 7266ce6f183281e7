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
package io.github.fpkit.indicators;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rolls the tallies of coded areas up the hierarchy village → township → county by
 * merging, and gives each area its population: its own population row where it has one,
 * otherwise the sum over its children — but only when every child's population is known,
 * since a sum over some children would put all the births over part of the people.
 * A village coded directly under its county (no township digits) skips the township
 * level and merges into its county.
 */
final class AreaRollUp {
    private static final AreaLevel[] BOTTOM_UP = {AreaLevel.VILLAGE, AreaLevel.TOWNSHIP, AreaLevel.COUNTY};

    private AreaRollUp() {
    }

    /**
     * @param base the tallies of the areas as coded in the records
     * @param ownPopulation the population rows of the period, by area
     * @param known every area code seen (records, areas.csv, population rows)
     * @param level the level wanted
     */
    static Map<AreaCode, AreaTally> toLevel(Map<AreaCode, AreaTally> base, Map<AreaCode, BigDecimal> ownPopulation,
            Set<AreaCode> known, AreaLevel level) {
        Map<AreaCode, AreaTally> below = Map.of();
        for (AreaLevel current : BOTTOM_UP) {
            Map<AreaCode, AreaTally> here = new TreeMap<>();
            for (AreaCode code : known) {
                code.at(current).ifPresent(a -> here.put(a, base.getOrDefault(a, AreaTally.empty())));
            }
            Map<AreaCode, AreaTally> carried = new TreeMap<>();
            Set<AreaCode> partlyUnknown = new HashSet<>();
            for (Map.Entry<AreaCode, AreaTally> child : below.entrySet()) {
                Optional<AreaCode> parent = child.getKey().at(current);
                if (parent.isEmpty()) {
                    carried.put(child.getKey(), child.getValue());
                    continue;
                }
                here.merge(parent.get(), child.getValue(), AreaTally::merge);
                if (child.getValue().population().isEmpty()) {
                    partlyUnknown.add(parent.get());
                }
            }
            here.replaceAll((a, t) -> ownPopulation.containsKey(a) ? t.withPopulation(ownPopulation.get(a))
                    : partlyUnknown.contains(a) ? t.withoutPopulation() : t);
            if (current == level) {
                return Collections.unmodifiableMap(here);
            }
            carried.putAll(here);
            below = carried;
        }
        throw new IllegalStateException("bug: level " + level + " not reached");
    }
}
