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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterSource;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a report draws from an area's records beyond the catalogue's results: its women by
 * age and marriage and its births by month and sex. One pass over the women (keeping the
 * ids of the area's women only) and one over the births, each birth counted in its
 * mother's area as the catalogue counts it. Immutable.
 */
public final class AreaProfile {
    private final AgePyramid women;
    private final BirthsByMonth births;

    private AreaProfile(AgePyramid women, BirthsByMonth births) {
        this.women = women;
        this.births = births;
    }

    /**
     * @param source the register, not null; its women and births are streamed once each
     * @param area the area, not null; its women are those whose area it is or contains
     * @param period the period, not null
     * @return the profile
     */
    public static AreaProfile of(RegisterSource source, AreaCode area, ReportingPeriod period) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(period, "period");
        Set<String> ids = new HashSet<>();
        AgePyramid women = new AgePyramid();
        try (Stream<Woman> all = source.women()) {
            all.filter(w -> area.contains(w.areaCode())).forEach(w -> {
                ids.add(w.id());
                women.add(w, period);
            });
        }
        BirthsByMonth births;
        try (Stream<Birth> all = source.births()) {
            births = BirthsByMonth.of(all.filter(b -> ids.contains(b.motherId())), period);
        }
        return new AreaProfile(women, births);
    }

    /** @return the area's women of reproductive age by age group and marriage */
    public AgePyramid women() {
        return women;
    }

    /** @return the area's live births of the period by month and sex */
    public BirthsByMonth births() {
        return births;
    }
}
