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
package io.github.fpkit.synthetic;

import io.github.fpkit.model.PolicyStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a live birth's record says its parents held a birth permit (生育证, births.csv
 * {@code birth_permit}), drawn from a woman's own permit stream ({@link Dice#PERMIT}), so that
 * the records a seed gave before permits were drawn stay the same. A permit was the rule for a
 * birth the family-planning office approved: a first birth mostly had one (生育服务证); a second
 * or later birth before the two-child rule (2016-01-01) had one when it was within policy and
 * seldom when it was not; from 2016 the second and, from 2021-05-31, the third only needed
 * registering (生育登记), and offices recorded permits less often. One birth in five leaves it
 * unrecorded, as registers do; a stillbirth's is never recorded.
 */
final class BirthPermits {
    /** The share of live births whose record says whether there was a permit. */
    static final double RECORDED = 0.8;
    private static final LocalDate TWO_CHILDREN = LocalDate.of(2016, 1, 1);
    private static final LocalDate THREE_CHILDREN = LocalDate.of(2021, 5, 31);

    private BirthPermits() {
    }

    /**
     * @param permits the woman's permit stream
     * @param d a delivery
     * @return true or false if recorded, empty if not (always for a stillbirth)
     */
    static Optional<Boolean> draw(Dice permits, Delivery d) {
        if (!d.live() || !permits.chance(RECORDED)) {
            return Optional.empty();
        }
        return Optional.of(permits.chance(permitted(d)));
    }

    /** @return the chance that a recorded birth had a permit */
    private static double permitted(Delivery d) {
        boolean limited = d.order() >= 3 ? d.date().isBefore(THREE_CHILDREN) : d.order() == 2 && d.date().isBefore(TWO_CHILDREN);
        if (!limited) {
            return d.order() == 1 ? 0.95 : 0.6;
        }
        return d.policy() == PolicyStatus.IN ? 0.9 : d.policy() == PolicyStatus.OUT ? 0.05 : 0.5;
    }
}
