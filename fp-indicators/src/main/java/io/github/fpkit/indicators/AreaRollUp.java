package io.github.fpkit.indicators;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rolls the tallies of coded areas up the hierarchy village → township → county by
 * merging, and gives each area its own population row where it has one.
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
            for (Map.Entry<AreaCode, AreaTally> child : below.entrySet()) {
                AreaCode parent = child.getKey().parent().orElseThrow();
                here.merge(parent, child.getValue(), AreaTally::merge);
            }
            here.replaceAll((a, t) -> ownPopulation.containsKey(a) ? t.withPopulation(ownPopulation.get(a)) : t);
            if (current == level) {
                return Collections.unmodifiableMap(here);
            }
            below = here;
        }
        throw new IllegalStateException("bug: level " + level + " not reached");
    }
}
