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
package io.github.fpkit.indicators.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link BirthPolicyRule} judges a live birth by: its date, its order among the
 * mother's live births, whether the mother was married at the birth, and whether the
 * parents held a birth permit (生育证, 准生证, 生育服务证), where the register records it.
 *
 * <pre>{@code
 * BirthCircumstances second = BirthCircumstances.of(LocalDate.of(2012, 6, 1), 2, MarriageAtBirth.MARRIED, Optional.of(true));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class BirthCircumstances {
    private final LocalDate birthDate;
    private final int order;
    private final MarriageAtBirth marriage;
    private final Optional<Boolean> permit;

    private BirthCircumstances(LocalDate birthDate, int order, MarriageAtBirth marriage, Optional<Boolean> permit) {
        this.birthDate = birthDate;
        this.order = order;
        this.marriage = marriage;
        this.permit = permit;
    }

    /**
     * @param birthDate the birth's date, not null
     * @param order its order among the mother's live births, 1 or more
     * @param marriage whether the mother was married at the birth, not null
     * @param permit whether the parents held a birth permit, not null (empty if not recorded)
     * @return the circumstances
     * @throws IllegalArgumentException if the order is less than 1
     */
    public static BirthCircumstances of(LocalDate birthDate, int order, MarriageAtBirth marriage, Optional<Boolean> permit) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(marriage, "marriage");
        Objects.requireNonNull(permit, "permit");
        if (order < 1) {
            throw new IllegalArgumentException("order must be 1 or more: " + order);
        }
        return new BirthCircumstances(birthDate, order, marriage, permit);
    }

    /** @return the birth's date */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return its order among the mother's live births, 1 or more */
    public int order() {
        return order;
    }

    /** @return whether the mother was married at the birth */
    public MarriageAtBirth marriage() {
        return marriage;
    }

    /** @return whether the parents held a birth permit; empty if the register does not record it */
    public Optional<Boolean> permit() {
        return permit;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BirthCircumstances)) {
            return false;
        }
        BirthCircumstances other = (BirthCircumstances) o;
        return birthDate.equals(other.birthDate) && order == other.order && marriage == other.marriage
                && permit.equals(other.permit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(birthDate, order, marriage, permit);
    }

    /** @return for example {@code birth of order 2 on 2012-06-01, mother MARRIED, permit yes} */
    @Override
    public String toString() {
        return "birth of order " + order + " on " + birthDate + ", mother " + marriage + ", permit "
                + permit.map(p -> p ? "yes" : "no").orElse("not recorded");
    }
}
