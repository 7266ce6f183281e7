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

import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;

/**
 * Women of reproductive age by five-year age group and marital status on a period's
 * reference date (育龄妇女年龄结构): the same women, ages and marriages as the catalogue's
 * WRA and MARRIED_WRA, so that the groups add up to them. Filled by {@link AreaProfile}'s pass
 * over the women, then only read.
 */
public final class AgePyramid {
    private static final AgeGroup[] GROUPS = AgeGroup.values();

    private final long[] married = new long[GROUPS.length];
    private final long[] unmarried = new long[GROUPS.length];

    /** An empty tally, for {@link AreaProfile} to fill in its pass over the women. */
    AgePyramid() {
    }

    /** Counts the woman if she is of reproductive age (15–49) on the period's reference date. */
    void add(Woman woman, ReportingPeriod period) {
        AgeGroup.of(woman.ageOn(period.referenceDate())).ifPresent(g -> {
            if (woman.isMarried()) {
                married[g.ordinal()]++;
            } else {
                unmarried[g.ordinal()]++;
            }
        });
    }

    /** @return the married women of the group */
    public long married(AgeGroup group) {
        return married[group.ordinal()];
    }

    /** @return the women of the group who are not married */
    public long unmarried(AgeGroup group) {
        return unmarried[group.ordinal()];
    }

    /** @return the women of the group */
    public long women(AgeGroup group) {
        return married(group) + unmarried(group);
    }

    /** @return every woman counted: the area's WRA */
    public long total() {
        long sum = 0;
        for (AgeGroup g : GROUPS) {
            sum += women(g);
        }
        return sum;
    }
}
