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

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What every part of a report is made from: the wording, the period, the area's results
 * and those of its sub-areas (the areas one level below it, in code order), and its
 * profile. Immutable.
 */
public final class ReportContext {
    private final Wording words;
    private final ReportingPeriod period;
    private final AreaResults area;
    private final List<AreaResults> subAreas;
    private final AreaProfile profile;
    private final ComputedIndicators computed;

    private ReportContext(Wording words, ComputedIndicators computed, AreaResults area, List<AreaResults> subAreas,
            AreaProfile profile) {
        this.words = words;
        this.period = computed.period();
        this.computed = computed;
        this.area = area;
        this.subAreas = subAreas;
        this.profile = profile;
    }

    /**
     * @param words the wording, not null
     * @param computed results at the area's level and below, not null
     * @param area the area, not null; it has results in {@code computed}
     * @param profile the area's profile, not null
     * @return the context
     * @throws IllegalArgumentException if {@code computed} has no result for the area
     */
    public static ReportContext of(Wording words, ComputedIndicators computed, AreaCode area, AreaProfile profile) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(profile, "profile");
        AreaResults own = AreaResults.of(computed, area);
        if (own.isEmpty()) {
            throw new IllegalArgumentException("no results for area " + area + " in " + computed.period()
                    + ": the register has no such area, or its level was not computed");
        }
        List<AreaResults> subAreas = new ArrayList<>();
        for (AreaCode a : computed.areas()) {
            if (a.parent().filter(area::equals).isPresent()) {
                subAreas.add(AreaResults.of(computed, a));
            }
        }
        return new ReportContext(words, computed, own, Collections.unmodifiableList(subAreas), profile);
    }

    /** @return the wording */
    public Wording words() {
        return words;
    }

    /** @return the period */
    public ReportingPeriod period() {
        return period;
    }

    /** @return the area's results */
    public AreaResults area() {
        return area;
    }

    /** @return the sub-areas' results, in code order; empty for a village */
    public List<AreaResults> subAreas() {
        return subAreas;
    }

    /** @return the area's profile */
    public AreaProfile profile() {
        return profile;
    }

    /** @return every result computed, of the area, the areas below it and any others */
    public ComputedIndicators computed() {
        return computed;
    }

    /** @return the line under every chart's title: the area and the period, {@code 第1乡（990102001000） · 2009SY（…）} */
    public String subtitle() {
        return words.area(area.area(), area.name()) + " · " + words.period(period);
    }

    /** @return true if the area had live births in the period */
    public boolean hasBirths() {
        return area.numerator(Indicator.LIVE_BIRTHS) > 0;
    }
}
